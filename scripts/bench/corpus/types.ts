/** The shapes the generator reads and writes, and the rating and spoiler situations it plants. */

/** The parts of the film registry the generator uses (structurally compatible with the film schema). */
export interface Registry {
  title: string;
  shortTitle: string;
  year?: number;
  cast: readonly { name: string; character: string; aliases: readonly string[] }[];
  crew: readonly { name: string; roles: readonly string[]; aliases: readonly string[] }[];
}

/** What the generator recombines: the seed reviews' texts and the film registry. */
export interface Material {
  seeds: readonly string[];
  film: Registry;
}

/** The rating notations the generator plants. */
export const RATING_KINDS = [
  'stars',
  'stars-decimal',
  'emoji-stars',
  'x/5',
  'x/10',
  'x / 10',
  'x/100',
  'out-of-4',
  'out-of-5-stars',
  'grade',
  'playful',
  'none',
] as const;
/** One of the rating notations the generator plants. */
export type RatingKind = (typeof RATING_KINDS)[number];

/** The spoiler situations the generator plants: an author's marker, an unmarked reveal, a spoiler-free note. */
export const SPOILER_KINDS = ['marked', 'reveal', 'spoiler-free', 'none'] as const;
/** One of the spoiler situations the generator plants. */
export type SpoilerKind = (typeof SPOILER_KINDS)[number];

/** What the generator put into one review, for tests and sanity checks. */
export interface Planted {
  rating: RatingKind;
  /** The planted rating on 0–100 (the revised one when the review revises its score), or null. */
  score: number | null;
  revised: boolean;
  /** An age classification or an empty "Rating:" line that is not a score. */
  distractor: boolean;
  spoiler: SpoilerKind;
  /** Cast and crew names planted by templates (seed paragraphs may name more). */
  cast: string[];
  crew: string[];
  misspelled: boolean;
  title: string | null;
  outlet: string | null;
  author: string | null;
  promo: boolean;
  sidecar: boolean;
}

/** One synthetic raw review: its file name, bytes as text, an optional sidecar and what was planted. */
export interface RawReviewFile {
  name: string;
  text: string;
  /** YAML for `<stem>.yaml`, or null. */
  sidecar: string | null;
  planted: Planted;
}
