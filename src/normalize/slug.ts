/** Turns a title into a URL slug: lower-case ASCII words joined by hyphens, at most `max` characters. */
export function slugify(title: string, max = 60): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > max) break;
    slug = next;
  }
  return slug || (words[0]?.slice(0, max) ?? '');
}

/**
 * A film's slug: the one its registry was given (its folder's name under content/films/), else
 * its short title and year ("ballerina-2025").
 * @param film The film registry.
 */
export function filmSlug(film: { slug?: string | undefined; shortTitle: string; year: number }): string {
  return film.slug ?? slugify(`${film.shortTitle} ${film.year}`);
}
