import type { ExplicitRating } from '../../schemas/review.ts';

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
