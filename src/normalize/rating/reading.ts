import type { ExplicitRating } from '../../schemas/review.ts';
import { execAt } from '../text/pattern.ts';

/** Scales a written number may be out of; 24/7, 50/50 or 9/11 are not ratings. */
export const SCALES: ReadonlySet<number> = new Set([4, 5, 10, 20, 100]);
/** A star count with no scale and no empty stars ("4 stars", "★★★") is out of five. */
export const DEFAULT_STAR_SCALE = 5;

/** What may follow a rating that ends its phrase: the end, punctuation, "for me"/"from me", or "kind of film". */
const PHRASE_END =
  /[ \t]{0,3}(?:$|[.,;:!?)\]—–-]|(?:for|from|overall)(?!\p{L})|(?:kind|sort)[ \t]of[ \t](?:film|movie|picture|thing|spin-?off|sequel)(?!\p{L}))/iuy;

/** How a notation is written. */
export type Form = 'stars' | 'fraction' | 'outOf' | 'of' | 'starCount' | 'percent';

/** A notation read at one position, before its context is judged. */
export type Reading = Pick<ExplicitRating, 'value' | 'max'> & {
  start: number;
  /** End of the notation including any unit ("4/5 popcorn buckets"). */
  end: number;
  /** End without a non-star unit; the unit is kept only where the rating stands alone or is labelled. */
  coreEnd: number;
  form: Form;
  /** Star glyphs in a star run (0 for other forms). */
  glyphs: number;
  /** A star run written together with the same rating as a number. */
  paired: boolean;
  unitIsStars: boolean;
  /** Nothing but punctuation, the end or "for me" follows the notation (with its unit). */
  endsPhrase: boolean;
};

/**
 * A reading with nothing judged yet: no unit, no pair, not ending a phrase.
 * @param start where the notation starts
 * @param end where it ends
 * @param value its value
 * @param max its scale
 * @param form how it is written
 * @param glyphs star glyphs in it (0 for other forms)
 */
export function reading(
  start: number,
  end: number,
  value: number,
  max: number,
  form: Form,
  glyphs: number,
): Reading {
  return {
    start,
    end,
    coreEnd: end,
    value,
    max,
    form,
    glyphs,
    paired: false,
    unitIsStars: false,
    endsPhrase: false,
  };
}

/**
 * Whether only punctuation, the end or "for me" follows a notation ending at `at`.
 * @param line the line
 * @param at where the notation ends
 */
export function endsPhrase(line: string, at: number): boolean {
  return execAt(PHRASE_END, line, at) !== null;
}
