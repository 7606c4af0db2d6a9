/**
 * What each review page tells Pagefind (filters, sorts, meta), as pure functions of the entry,
 * so IndexData.astro, the browser tests and the unit tests agree on one definition.
 */
import type { Film } from '../schemas/film.ts';
import type { CastMention, CrewMention, Review } from '../schemas/review.ts';

/**
 * Rating bands on the 0–100 scale, with Metacritic's cut-offs for critics' scores:
 * positive 61–100, mixed 40–60, negative 0–39.
 */
export type RatingBand = 'positive' | 'mixed' | 'negative';

/** The lowest score that counts as positive. */
export const POSITIVE_FROM = 61;
/** The lowest score that counts as mixed; anything below is negative. */
export const MIXED_FROM = 40;

/** The rating band of a 0–100 score, or null for a review without a score. */
export function ratingBand(score: number | null): RatingBand | null {
  if (score === null || !Number.isFinite(score)) return null;
  if (score >= POSITIVE_FROM) return 'positive';
  if (score >= MIXED_FROM) return 'mixed';
  return 'negative';
}

/**
 * Sort keys for a score. Pagefind drops every page without the key when a sort is applied, so an
 * unscored review gets a sentinel on each key that puts it last either way:
 * `score_desc` (sort descending) is -1 for it, `score_asc` (sort ascending) is 101.
 */
export function scoreSortKeys(score: number | null): { score_desc: string; score_asc: string } {
  if (score === null) return { score_desc: '-1', score_asc: '101' };
  return { score_desc: String(score), score_asc: String(score) };
}

/**
 * Whether a mention may be shown by search. A person named only inside spoiler regions is itself a
 * spoiler (a surprise cameo), so such a mention is left out of the filters; a tag with no sentences
 * (an editor's tag from a sidecar) is kept.
 */
export function isSearchableMention(mention: Pick<CastMention | CrewMention, 'sentences'>): boolean {
  return mention.sentences.length === 0 || mention.sentences.some((s) => !s.spoiler);
}

/** The canonical names of the cast members a review's `cast` filter carries, deduplicated, in entry order. */
export function searchableCast(review: Pick<Review, 'cast'>): string[] {
  return [...new Set(review.cast.filter(isSearchableMention).map((c) => c.name))];
}

/** The names of the crew members a review's `crew` filter carries, deduplicated, in entry order. */
export function searchableCrew(review: Pick<Review, 'crew'>): string[] {
  return [...new Set(review.crew.filter(isSearchableMention).map((c) => c.name))];
}

/**
 * Filter values of one review, keyed by Pagefind filter name; a key with no value is omitted.
 * @param review The entry.
 * @param film The film it reviews: the `film` filter's value is its title.
 */
export function reviewFilters(review: Review, film: Pick<Film, 'title'>): Record<string, string[]> {
  const filters: Record<string, string[]> = {
    film: [film.title],
    cast: searchableCast(review),
    crew: searchableCrew(review),
    source: [review.rating.source],
  };
  const band = ratingBand(review.rating.score);
  if (band) filters.band = [band];
  if (review.source.outlet) filters.outlet = [review.source.outlet];
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0));
}

/**
 * Meta Pagefind returns with each result (Pagefind 1.6 also searches meta, so `quote` must be the
 * spoiler-safe pull quote); keys without a value (no outlet, no score) are omitted. Whether a score is
 * the critic's own or estimated travels in the `source` filter, which is returned but never searched.
 */
export function reviewMeta(
  review: Review,
  quote: string,
  film: Pick<Film, 'title' | 'year'>,
): Record<string, string> {
  const meta: Record<string, string> = { title: review.title, quote, film: `${film.title} (${film.year})` };
  if (review.rating.score !== null) meta.score = String(review.rating.score);
  if (review.source.outlet) meta.outlet = review.source.outlet;
  return meta;
}
