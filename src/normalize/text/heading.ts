import { countWords } from './words.ts';

/** A list item: a bullet, "+" or "-" (pros and cons), or a number, then the text. */
export const LIST_ITEM = /^(?:[-*•▪◦‣+✓✔✗✘×]|\d{1,2}[.)])\s+(.+)$/u;
/** A block-quote line. */
export const QUOTE_LINE = /^>\s?(.*)$/;
/** A labelled line ("Rating: …", "Score: …") is content, never a heading. */
export const LABELLED = /^[\p{L} ]{2,20}:\s*\S/u;
/** What can close a line of prose. */
const END_PUNCT = /[.!?…:;,"”’)\]]$/u;

/**
 * Whether a short line reads as a heading rather than prose: few words, no closing punctuation, a
 * capital first letter, and another line after it.
 * @param line one cleaned line
 * @param next the line after it, if any
 */
export function looksLikeHeading(line: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (line.length > 90 || countWords(line) > 12) return false;
  if (LABELLED.test(line) && !/^[\p{L} ]+:\s*[\p{Lu}]/u.test(line)) return false;
  if (/^[\p{Ll}]/u.test(line)) return false;
  if (/\?$/.test(line)) return countWords(line) <= 7;
  if (/\)$/.test(line)) return /\([\p{L} ]{2,20}\)$/u.test(line);
  return !END_PUNCT.test(line);
}

/**
 * Whether a line can be a review's headline: words (not bare punctuation), not a sentence of prose,
 * not a list item or quote. A short question or exclamation may be a headline.
 * @param line one cleaned line
 */
export function isTitleLine(line: string): boolean {
  const words = countWords(line);
  if (!/[\p{L}\p{N}]/u.test(line) || line.length > 160 || words > 24) return false;
  if (LIST_ITEM.test(line) || QUOTE_LINE.test(line)) return false;
  if (/[?!]["”’]?$/u.test(line)) return words <= 14;
  // A user name ("ferrous_ghost", "@reelgirl88") is a post's author, not a title.
  if (/^@?[\p{L}\p{N}_.]+$/u.test(line) && /[_\p{N}@]/u.test(line)) return false;
  // A line that ends in a colon leads into what follows.
  return !/[.…,;:]$/u.test(line);
}
