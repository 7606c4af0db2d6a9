/** Returns the URL if it is an absolute http(s) link, else null (drops javascript:, data:, relative and bad URLs). */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The /search/ deep link that filters by one cast member (URLSearchParams encoding: spaces become "+"). */
export function castSearchHref(name: string): string {
  return `/search/?${new URLSearchParams({ cast: name }).toString()}`;
}
