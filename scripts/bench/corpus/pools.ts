/**
 * The seed reviews cut into pools: each line of a seed is kept as a prose paragraph (and its
 * sentences), a plot reveal, a heading or a list item, or dropped when it carries a rating, a spoiler
 * marker or promo.
 */
import { countWords, splitSentences } from '../../../src/normalize/text/index.ts';

/** The seed texts split into the pools reviews are recombined from. */
export interface Pools {
  /** Whole prose paragraphs without ratings, markers, promo or plot reveals. */
  paragraphs: string[];
  /** Sentences of those paragraphs. */
  sentences: string[];
  /** Paragraphs that reveal plot (endings, deaths, twists). */
  reveals: string[];
  /** Short heading-like lines. */
  headings: string[];
  /** Dash-list items. */
  items: string[];
}

const PROMO_LINE = /stay connected|get access|strategy guide|pro tips|newsletter|subscribe/i;
const RATING_LINE = /[★⭐]|\b\d+(?:\.\d+)?\s*\/\s*\d+\b|\bout of \d|^(?:rating|score|grade)\s*:/i;
const MARKER_LINE = /spoiler/i;
const REVEAL =
  /\b(?:kills|killed|dies|fade to black|twists?|long-lost|sleeper agent|truth behind|ends up)\b/i;
const SIGN_OFF = /([.!?…”"’)])\s+[–—-]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*$/u;
const LIST_ITEM = /^[-•*]\s+(.+)$/u;

/** A heading has at most this many words and no closing punctuation. */
const HEADING_MAX_WORDS = 10;
/** Shorter lines that are neither headings nor items are dropped. */
const PARAGRAPH_MIN_WORDS = 25;
/** Shorter sentences are left out of the sentence pool. */
const SENTENCE_MIN_WORDS = 4;

/** The sentences of a paragraph long enough to reuse on their own. */
function sentencesOf(paragraph: string): string[] {
  return splitSentences(paragraph).filter((s) => countWords(s) >= SENTENCE_MIN_WORDS);
}

/**
 * Splits the seed reviews into pools of paragraphs, sentences, reveals, headings and list items.
 * @param seeds the seed reviews' texts (a BOM and CRLF line ends are allowed)
 * @returns the pools; throws if any pool would be empty
 */
export function buildPools(seeds: readonly string[]): Pools {
  const pools: Pools = { paragraphs: [], sentences: [], reveals: [], headings: [], items: [] };
  for (const seed of seeds) {
    const lines = seed
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    for (const raw of lines) {
      if (PROMO_LINE.test(raw) || RATING_LINE.test(raw) || MARKER_LINE.test(raw)) continue;
      const line = raw.replace(SIGN_OFF, '$1');
      const item = LIST_ITEM.exec(line);
      const length = countWords(line);
      if (item?.[1]) pools.items.push(item[1]);
      else if (length <= HEADING_MAX_WORDS && !/[.!,;:…]$/u.test(line)) pools.headings.push(line);
      else if (length < PARAGRAPH_MIN_WORDS) continue;
      else if (REVEAL.test(line)) pools.reveals.push(line);
      else {
        pools.paragraphs.push(line);
        pools.sentences.push(...sentencesOf(line));
      }
    }
  }
  for (const [name, pool] of Object.entries(pools)) {
    if (pool.length === 0) throw new Error(`corpus: the seeds yield no ${name}`);
  }
  return pools;
}
