import { slugify } from '../slug.ts';

/**
 * The slug a raw file's entry gets: the one its title gives, unless someone else holds it; then
 * with the raw file's name added, then numbered. Raw files claim slugs in name order, so the
 * outcome depends only on the set of files, never on the order they were read in or on earlier runs.
 * @param wanted The slug the review's title gives.
 * @param file The raw file's name, e.g. `a.txt`.
 * @param holder Who already holds a slug: a raw file's name, `''` for an entry an editor wrote, or undefined when free.
 */
export function claimSlug(
  wanted: string,
  file: string,
  holder: (slug: string) => string | undefined,
): string {
  const free = (s: string) => (holder(s) ?? file) === file;
  if (free(wanted)) return wanted;
  const base = [wanted, slugify(file.replace(/\.txt$/, ''))].filter(Boolean).join('-');
  if (free(base)) return base;
  for (let n = 2; ; n++) if (free(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Orders raw file names the same way on every machine and locale: by UTF-16 code units.
 * @param a A raw file name.
 * @param b Another.
 */
export function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
