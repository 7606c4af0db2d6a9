import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { personSlug } from '../../src/lib/slug.ts';
import { type Review, reviewSchema } from '../../src/schemas/review.ts';
import { splitBody } from '../e2e/spoiler-text.ts';

/** A review entry as the browser tests read it: validated frontmatter, raw body and its spoiler split. */
export interface TestEntry {
  data: Review;
  body: string;
  /** Public text and the text of each :::spoiler region, normalized (lower-case, single spaces). */
  split: ReturnType<typeof splitBody>;
}

/** The directory the site was built from (the same REVIEWS_DIR the build saw). */
export const reviewsDir = resolve(process.env.REVIEWS_DIR ?? 'content/reviews');

/** Reads and validates every entry of the built corpus; the tests derive their expectations from these. */
export function loadEntries(dir = reviewsDir): TestEntry[] {
  if (!existsSync(dir))
    throw new Error(`${dir} does not exist: run \`npm run normalize\` (or set REVIEWS_DIR) first`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  return files.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!match) throw new Error(`${file}: no frontmatter`);
    const data = reviewSchema.parse(parse(match[1] as string));
    const body = match[2] as string;
    return { data, body, split: splitBody(body) };
  });
}

/** Cast page path of an actor (the site slugs names the same way). */
export function castPath(name: string): string {
  return `/cast/${personSlug(name)}/`;
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
