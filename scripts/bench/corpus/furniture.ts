/**
 * What surrounds a review's prose, as pasted from the web: the headline, the outlet's and critic's
 * names, the byline or sign-off, a line that looks like a rating and is not one, and promo.
 */
import { chance, pick, type Rng, weighted } from './rng.ts';
import type { Registry } from './types.ts';
import {
  DISTRACTORS,
  FIRST_NAMES,
  OUTLET_A,
  OUTLET_B,
  SURNAMES,
  TITLE_ADJECTIVES,
  TITLE_WORDS,
} from './vocabulary.ts';

/** How the critic is named: a dash after the closing paragraph, a "Review by" line, or "By" at the top. */
export type SignOff = 'dash' | 'review-by' | 'by-top';

/**
 * An outlet's name ("Midnight Reel").
 * @param rng the review's stream
 * @returns two words from the outlet word lists
 */
export function outletName(rng: Rng): string {
  return `${pick(rng, OUTLET_A)} ${pick(rng, OUTLET_B)}`;
}

/**
 * A critic's name.
 * @param rng the review's stream
 * @returns a first name and a surname
 */
export function criticName(rng: Rng): string {
  return `${pick(rng, FIRST_NAMES)} ${pick(rng, SURNAMES)}`;
}

/**
 * Draws a headline naming the film, for seven reviews in ten.
 * @param rng the review's stream
 * @param film the film's registry (its title, short title and year)
 * @returns the headline, or null
 */
export function drawTitle(rng: Rng, film: Registry): string | null {
  if (!chance(rng, 0.7)) return null;
  const phrase = `${pick(rng, TITLE_ADJECTIVES)} ${pick(rng, TITLE_WORDS)}`;
  return pick(rng, [
    `${film.shortTitle} review: A ${phrase}`,
    `“${film.shortTitle}”: ${phrase}`,
    `${film.title} Review`,
    `${phrase}: ${film.shortTitle} Dances to a Deadly Beat`,
    `Review: ${film.shortTitle}${film.year ? ` (${film.year})` : ''} is a ${phrase}`,
  ]);
}

/**
 * Draws where a review names its critic.
 * @param rng the review's stream
 * @param author the critic's name, or null when the review has none
 * @returns the sign-off's form, or null without an author (nothing is drawn then)
 */
export function drawSignOff(rng: Rng, author: string | null): SignOff | null {
  if (!author) return null;
  return weighted<SignOff>(rng, [
    ['dash', 45],
    ['review-by', 30],
    ['by-top', 25],
  ]);
}

/**
 * Draws, for one review in ten, an age classification or an empty "Rating:" line: not a score.
 * @param rng the review's stream
 * @returns the line, or null
 */
export function drawDistractor(rng: Rng): string | null {
  return chance(rng, 0.1) ? pick(rng, DISTRACTORS) : null;
}

/**
 * Draws, for four reviews in ten, the promo an outlet pastes after a review.
 * @param rng the review's stream
 * @param outlet the outlet's name, which one promo line names, or null
 * @returns the promo (one or two lines), or null
 */
export function drawPromo(rng: Rng, outlet: string | null): string | null {
  if (!chance(rng, 0.4)) return null;
  return pick(rng, [
    outlet
      ? `Stay connected with us for the latest and exclusive updates on global entertainment—only here on ${outlet}!`
      : 'Stay connected with us for the latest and exclusive updates on global entertainment!',
    'Get access to exclusive strategies, hidden tips, and pro-level insights that we don’t share publicly.\nUltimate Gaming Strategy Guide + Weekly Pro Tips',
    'Follow us on Instagram and Threads for more reviews.',
    'Subscribe to our newsletter for weekly picks.',
    'Click here to read our ranking of every John Wick film.',
  ]);
}
