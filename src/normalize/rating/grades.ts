import type { ExplicitRating } from '../../schemas/review.ts';
import { execAt } from '../text/pattern.ts';

/** A letter grade ("B+", "B-plus", "B MINUS"); a bare letter must be followed by punctuation or the end, so "A triumph" is no grade. */
const LETTER =
  /([A-DF])(\+|[-−–](?:plus|minus|PLUS|MINUS)(?![\p{L}])|[ \t](?:plus|minus|PLUS|MINUS)(?![\p{L}])|[-−–])?/uy;
const AFTER_BARE_LETTER = /[ \t]{0,3}(?:$|[.,;:!?)\]([]|[–—−-](?![\p{L}\p{N}]))/uy;
/** How far after a grade to look for a hint that it is a certificate. */
export const CERTIFICATE_REACH = 30;
/** Words after a grade that make "Rating: A" a certificate (India's "A" for adults). */
export const CERTIFICATE_HINT =
  /(?<![\p{L}\p{N}])(?:adults?|certificate|certified|cbfc|censor|restricted)(?![\p{L}\p{N}])/iu;

/**
 * Letter grades on 0–100: A is the top of the scale and F is 0; the steps between are
 * twelfths of the scale, rounded (B+ 83, C 50). A+ cannot go above the top, so it is 100 too.
 */
export const LETTER_GRADES: ReadonlyMap<string, number> = new Map([
  ['A+', 100],
  ['A', 100],
  ['A-', 92],
  ['B+', 83],
  ['B', 75],
  ['B-', 67],
  ['C+', 58],
  ['C', 50],
  ['C-', 42],
  ['D+', 33],
  ['D', 25],
  ['D-', 17],
  ['F', 0],
]);

/** Keeps binary-float noise (14.499999…) from rounding an exact half the wrong way. */
const HALF_EPSILON = 1e-9;

/** A rating as an integer score from 0 to 100, proportional to where it sits on its scale. */
export function ratingToScore(rating: ExplicitRating): number {
  const score = Math.round((rating.value / rating.max) * 100 + HALF_EPSILON);
  return Math.min(100, Math.max(0, score));
}

/** A letter grade at `at` and its 0–100 value. */
export function readLetter(line: string, at: number): { end: number; value: number } | null {
  const m = execAt(LETTER, line, at);
  if (!m) return null;
  const end = at + m[0].length;
  // "B-plus", "B minus": the sign spelled out.
  const sign = m[2]?.replace(/^[-−– \t]?plus$/iu, '+').replace(/^[-−– \t]?minus$/iu, '-');
  if (sign === undefined ? !execAt(AFTER_BARE_LETTER, line, end) : /[\p{L}\p{N}]/u.test(line.charAt(end))) {
    return null;
  }
  const letter = m[1] ?? '';
  // F is the bottom of the scale with or without a sign.
  const key = letter === 'F' || sign === undefined ? letter : letter + (sign === '+' ? '+' : '-');
  const value = LETTER_GRADES.get(key);
  return value === undefined ? null : { end, value };
}
