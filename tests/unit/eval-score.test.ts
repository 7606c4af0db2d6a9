import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreReview } from '../../src/eval/score.ts';
import { normalizeReview } from '../../src/normalize/review.ts';
import { fallbackTitle } from '../../src/normalize/segment/headline.ts';
import { parseFilmRegistry } from '../../src/schemas/film.ts';
import type { CorpusLabel } from '../../src/schemas/label.ts';

const FILM_FILE = 'content/films/ballerina-2025/film.yaml';
const film = parseFilmRegistry(readFileSync(FILM_FILE, 'utf8'), FILM_FILE);

const FILM_HEADER = 'From the World of John Wick: Ballerina';
const MENU = 'Reviews · Lists · About';
const raw = `${FILM_HEADER}\n${MENU}\n\nAna de Armas is terrific as Eve, and the flamethrower fight is the best action scene of the year.\n`;

/** A label for a page without a headline, whose film header and menu are furniture. */
const label = (outlet: string | null): CorpusLabel => ({
  film: 'ballerina',
  shapes: [],
  headline: null,
  author: null,
  outlet,
  rating: null,
  cast: ['Ana de Armas'],
  crew: [],
  spoilers: [],
  premise: [],
  furniture: [FILM_HEADER, MENU, 'Print subscriptions'],
  quotable: [],
  tone: 80,
});

/** Scores the page as if the normalizer had found `outlet` and so titled it "<outlet>'s review of …". */
function titleCleanWith(outlet: string, l: CorpusLabel): boolean {
  const result = normalizeReview({ file: 'x.txt', text: raw }, film);
  if (!result.ok) throw new Error(result.error);
  const { entry } = result.value;
  const title = fallbackTitle(film.title, outlet, null);
  const made = { ...result.value, entry: { ...entry, title, source: { ...entry.source, outlet } } };
  return scoreReview('x', l, made, film, raw).titleClean;
}

describe('eval: titles free of furniture', () => {
  it('does not count the registry title inside a fallback title as furniture, nor the labelled outlet', () => {
    expect(titleCleanWith('The Night Bus Review', label('The Night Bus Review'))).toBe(true);
  });

  it('counts a fallback title made from a furniture line as tainted', () => {
    expect(titleCleanWith('Print subscriptions', label('The Night Bus Review'))).toBe(false);
  });
});
