import type { ExplicitRating } from '../../schemas/review.ts';

// Tiers of precedence among the ratings found in one review, highest first (see extract.ts).
/** A revision: "Update: bumped to 4/5". */
export const REVISED = 4;
/** After a rating label: "Rating: 3/5". */
export const LABELLED = 3;
/** After a rating verb: "I give it 3/5". */
export const CUED = 2;
/** A notation that is a sentence of its own: "Ballerina? 3/5." */
export const ALONE = 1;
/** A notation inside prose. */
export const BARE = 0;
/** A rating the critic says they have replaced ("My original score was 3/5"). */
export const REPLACED = -1;

/** A rating found in the text; `at` is its offset in the whole text. */
export type Candidate = ExplicitRating & { tier: number; at: number };

/**
 * Whether `c` takes precedence over `best`: a higher tier; in a tie the last revision or the first
 * of the rest.
 * @param c a rating just found
 * @param best the rating that has precedence so far, if any
 */
export function outranks(c: Candidate, best: Candidate | null): boolean {
  if (!best || c.tier !== best.tier) return !best || c.tier > best.tier;
  return c.tier === REVISED ? c.at > best.at : c.at < best.at;
}
