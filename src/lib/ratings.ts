import type { Rating, Review } from '../schemas/review.ts';

/** Counts behind the aggregate: scored reviews, and how many scores are the critics' own vs estimated. */
export interface Aggregate {
  /** Mean score (0–100, one decimal) over scored reviews, or null when none is scored. */
  average: number | null;
  reviews: number;
  scored: number;
  explicit: number;
  estimated: number;
  unscored: number;
}

/** Computes the aggregate score and its counts over a list of review entries' data. */
export function aggregate(reviews: readonly Pick<Review, 'rating'>[]): Aggregate {
  let sum = 0;
  let scored = 0;
  let explicit = 0;
  let estimated = 0;
  for (const { rating } of reviews) {
    if (rating.score === null) continue;
    sum += rating.score;
    scored++;
    if (rating.source === 'explicit') explicit++;
    else estimated++;
  }
  return {
    average: scored ? Math.round((sum / scored) * 10) / 10 : null,
    reviews: reviews.length,
    scored,
    explicit,
    estimated,
    unscored: reviews.length - scored,
  };
}

/** From this many critics' own scores on, their average is the film's headline figure (docs/site.md). */
export const CRITICS_HEADLINE = 3;

/** The critics' own scores alone: what may be published as ratings (estimates never are). */
export interface CriticsAggregate {
  /** Mean of the critics' own scores (0–100, one decimal), or null when no critic gave one. */
  average: number | null;
  /** How many critics gave a score of their own. */
  count: number;
}

/** Averages the critics' own scores, leaving every tone estimate out. */
export function criticsAggregate(reviews: readonly Pick<Review, 'rating'>[]): CriticsAggregate {
  const own = reviews.flatMap(({ rating }) =>
    rating.source === 'explicit' && rating.score !== null ? [rating.score] : [],
  );
  const average = own.length ? Math.round((own.reduce((a, b) => a + b, 0) / own.length) * 10) / 10 : null;
  return { average, count: own.length };
}

/** One bar of the score distribution: the score range [from, to] and its explicit/estimated counts. */
export interface Bucket {
  from: number;
  to: number;
  explicit: number;
  estimated: number;
}

/** Groups scores into ten bands (0–9 … 90–100), counting critics' own and estimated scores apart. */
export function distribution(reviews: readonly Pick<Review, 'rating'>[]): Bucket[] {
  const buckets: Bucket[] = Array.from({ length: 10 }, (_, i) => ({
    from: i * 10,
    to: i === 9 ? 100 : i * 10 + 9,
    explicit: 0,
    estimated: 0,
  }));
  for (const { rating } of reviews) {
    if (rating.score === null) continue;
    const bucket = buckets[Math.min(9, Math.floor(rating.score / 10))] as Bucket;
    if (rating.source === 'explicit') bucket.explicit++;
    else bucket.estimated++;
  }
  return buckets;
}

/** Sort direction of a review listing. */
export type ScoreOrder = 'desc' | 'asc';

/** Sorts reviews by score (unscored last in both orders), ties by title then slug, without mutating the input. */
export function sortByScore<T extends { data: Pick<Review, 'rating' | 'title' | 'slug'> }>(
  items: readonly T[],
  order: ScoreOrder = 'desc',
): T[] {
  const sign = order === 'desc' ? -1 : 1;
  return [...items].sort((a, b) => {
    const sa = a.data.rating.score;
    const sb = b.data.rating.score;
    if (sa !== sb) {
      if (sa === null) return 1;
      if (sb === null) return -1;
      return sign * (sa - sb);
    }
    return a.data.title.localeCompare(b.data.title, 'en') || a.data.slug.localeCompare(b.data.slug, 'en');
  });
}

/** The plain-words name of where a score comes from, as shown on badges. */
export function sourceLabel(rating: Pick<Rating, 'source'>): string {
  return SOURCE_LABELS[rating.source];
}

/** The plain words for where a score comes from, by rating source: review cards and search results. */
export const SOURCE_LABELS: Record<Rating['source'], string> = {
  explicit: "Critic's score",
  estimated: 'Estimated from tone',
  none: 'No score',
};
