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

/**
 * The /search/ deep link that filters by one person (URLSearchParams encoding: spaces become "+").
 * @param name Their canonical name.
 * @param facet As a cast member or as crew.
 */
export function personSearchHref(name: string, facet: 'cast' | 'crew' = 'cast'): string {
  return `/search/?${new URLSearchParams({ [facet]: name }).toString()}`;
}
