/** Tokens: the words of a sentence with their positions, case and possessives. */
import { HONORIFICS } from '../text/sentences.ts';
import { GAP_INITIAL, GAP_SPACE } from './english.ts';

// ---------------------------------------------------------------------------
// Tokens.

export interface Token {
  /** The word as written, without a possessive suffix. */
  readonly text: string;
  /** Lower-case comparison key. */
  readonly key: string;
  readonly start: number;
  /** End of the word, before any possessive suffix. */
  readonly end: number;
  /** End of the word including any possessive suffix. */
  readonly after: number;
  readonly possessive: boolean;
  readonly cap: boolean;
  readonly lower: boolean;
  readonly hasLower: boolean;
  readonly hyphen: boolean;
  readonly digit: boolean;
  readonly letters: number;
}

export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+|-[\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index;
    let after = start + word.length;
    let possessive = false;
    const lastTwo = word.slice(-2);
    if (word.length > 2 && (lastTwo === "'s" || lastTwo === '’s' || lastTwo === "'S" || lastTwo === '’S')) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (
      (word.endsWith('s') || word.endsWith('S')) &&
      (text[after] === "'" || text[after] === '’') &&
      !/[\p{L}\p{N}]/u.test(text[after + 1] ?? '')
    ) {
      possessive = true;
      after += 1;
    }
    const lower = word.toLowerCase();
    const upper = word.toUpperCase();
    let letters = 0;
    let digit = false;
    for (let k = 0; k < word.length; k++) {
      const ch = word[k];
      if (ch === "'" || ch === '’' || ch === '-') continue;
      if (lower[k] !== upper[k] || /\p{L}/u.test(ch)) letters++;
      else digit = true;
    }
    out.push({
      text: word,
      key: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      start,
      end: start + word.length,
      after,
      possessive,
      cap: word[0] !== lower[0],
      lower: word[0] !== upper[0],
      hasLower: word !== upper,
      hyphen: word.includes('-'),
      digit,
      letters,
    });
  }
  return out;
}

const TITLES = new Set(HONORIFICS.map((h) => h.toLowerCase()));

/**
 * Whether two tokens sit as the words of one name do: a space between, or the full stop of an
 * initial or a title ("J. Richard", "Mr. Nobody").
 */
export function nameGap(text: string, a: Token, b: Token): boolean {
  const gap = gapBetween(text, a, b);
  return GAP_SPACE.test(gap) || (a.cap && (a.letters === 1 || TITLES.has(a.key)) && GAP_INITIAL.test(gap));
}

/** Text between the end of token a (with its possessive) and the start of token b. */
export function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.after, b.start);
}

/** A heading-like sentence: no closing full stop, and nearly every word of four letters or more capitalised. */
export function isTitleCase(text: string, tokens: readonly Token[]): boolean {
  if (/[.!…]["”’')\]]*\s*$/u.test(text)) return false;
  let total = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.letters < 4 || t.digit) continue;
    total++;
    if (t.cap) caps++;
  }
  return total >= 2 && caps / total >= 0.8;
}
