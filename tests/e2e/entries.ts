import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { personSlug } from '../../src/lib/slug.ts';
import { type Film, parseFilmRegistry } from '../../src/schemas/film.ts';
import { type Review, reviewSchema } from '../../src/schemas/review.ts';
import { splitBody } from '../e2e/spoiler-text.ts';

/** A review entry as the browser tests read it: validated frontmatter, raw body and its spoiler split. */
export interface TestEntry {
  data: Review;
  body: string;
  /** Public text and the text of each :::spoiler region, normalized (lower-case, single spaces). */
  split: ReturnType<typeof splitBody>;
}

/** The films folder the site was built from (the same FILMS_DIR the build saw). */
export const filmsDir = resolve(process.env.FILMS_DIR ?? 'content/films');

/** Reads and validates every entry of every film of the built corpus; the tests derive their expectations from these. */
export function loadEntries(dir = filmsDir): TestEntry[] {
  if (!existsSync(dir))
    throw new Error(`${dir} does not exist: run \`npm run normalize\` (or set FILMS_DIR) first`);
  const files = readdirSync(dir)
    .filter((film) => existsSync(join(dir, film, 'reviews')))
    .sort()
    .flatMap((film) =>
      readdirSync(join(dir, film, 'reviews'))
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => join(dir, film, 'reviews', f)),
    );
  return files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!match) throw new Error(`${file}: no frontmatter`);
    const data = reviewSchema.parse(parse(match[1] as string));
    const body = match[2] as string;
    return { data, body, split: splitBody(body) };
  });
}

/** Reads a film's registry from a films folder. */
export function loadFilm(slug: string, dir = filmsDir): Film {
  const path = join(dir, slug, 'film.yaml');
  return parseFilmRegistry(readFileSync(path, 'utf8'), path);
}

/** A person's page path (the site slugs names the same way). */
export function personPath(name: string): string {
  return `/people/${personSlug(name)}/`;
}

/** A review page's path. */
export function reviewPath(e: Pick<TestEntry, 'data'>): string {
  return `/films/${e.data.film}/reviews/${e.data.slug}/`;
}

/** Sentences (≥ 24 chars) of each spoiler region that the public text lacks: any of them in a public place is a leak. */
export function spoilerSnippets(entry: TestEntry): string[] {
  const out: string[] = [];
  for (const region of entry.split.spoilers) {
    for (const sentence of region.text.split(/(?<=[.!?])\s+|\n+/)) {
      const s = sentence.trim();
      if (s.length >= 24 && !entry.split.public.includes(s)) out.push(s);
    }
  }
  return out;
}
