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

/** "ferrous_ghost", "@reelgirl88": one handle of 3–31 characters, holding a digit, "_" or "@". */
const USER_NAME = /^@?[\p{L}\p{N}][\p{L}\p{N}_.-]{2,30}$/u;

/**
 * Whether a line is nothing but a user name, as forums and review sites print their posters.
 * @param line one cleaned line
 */
export function isUserName(line: string): boolean {
  return USER_NAME.test(line) && /[_\p{N}@]/u.test(line);
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
  if (isUserName(line)) return false;
  // A line that ends in a colon leads into what follows.
  return !/[.…,;:]$/u.test(line);
}
