import { execAt } from '../text/pattern.ts';
import { endsPhrase } from './reading.ts';

/** A whole number after a rating label, ending its phrase: "Score: 68". */
const BARE_NUMBER = /(\d{2,3})(?![\p{L}\p{N}.,/%°])/uy;
/** Above this, a bare score can only be out of a hundred (at or below it, it may be out of 10 or 20). */
const LOWEST_HUNDRED = 21;

/**
 * A labelled score with no scale written that can only be out of a hundred: "Score: 68", "Our
 * score: 34." ("Score: 8" or "Score: 16" could be out of ten or twenty, and are left alone).
 * @param line the line
 * @param at where the number may start, right after the label
 * @returns the value and where the number ends, or null
 */
export function readHundred(line: string, at: number): { value: number; end: number } | null {
  const m = execAt(BARE_NUMBER, line, at);
  if (!m) return null;
  const value = Number(m[1]);
  const end = at + m[0].length;
  return value >= LOWEST_HUNDRED && value <= 100 && endsPhrase(line, end) ? { value, end } : null;
}
