/** The mention stage's shared types. */
import type { Film } from '../../schemas/film.ts';
import type { MentionSentence, Review } from '../../schemas/review.ts';

/** A block of review text in reading order, flagged when it sits inside a spoiler region. */
export type MentionBlock = Pick<MentionSentence, 'text' | 'spoiler' | 'region'>;

/** The registry people a review names, plus person-like names that match nobody. */
export type MentionResult = Pick<Review, 'cast' | 'crew' | 'warnings'>;

/** A film's precomputed alias index; build it once and reuse it for every review of that film. */
export interface MentionMatcher {
  readonly film: Film;
  find(blocks: readonly MentionBlock[]): MentionResult;
}
