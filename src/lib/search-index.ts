/**
 * What each review page tells Pagefind (filters, sorts, meta), as pure functions of the entry,
 * so IndexData.astro, the browser tests and the unit tests agree on one definition.
 */
import type { Film } from '../schemas/film.ts';
import type { CastMention, CrewMention, Review } from '../schemas/review.ts';

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
 * The people a review is listed for: everyone its entry names, cast (`cast`) or crew (`crew`),
 * deduplicated, in entry order. The normalizer decides once whether a person appears in a review;
 * person pages, the search filters and their counts all read this, so they never disagree. A name
 * found only inside a spoiler region is listed too: the listing shows the name, never the spoiler's
 * text (the sentence stays behind its control on the person's page, and search shows the pull quote).
 * @param review The entry.
 * @param kind Cast or crew.
 */
export function peopleOf(review: Pick<Review, 'cast' | 'crew'>, kind: 'cast' | 'crew'): string[] {
  const mentions: readonly Pick<CastMention | CrewMention, 'name'>[] = review[kind];
  return [...new Set(mentions.map((c) => c.name))];
}

/**
 * Filter values of one review, keyed by Pagefind filter name; a key with no value is omitted.
 * @param review The entry.
 * @param film The film it reviews: the `film` filter's value is its title.
 */
export function reviewFilters(review: Review, film: Pick<Film, 'title'>): Record<string, string[]> {
  const filters: Record<string, string[]> = {
    film: [film.title],
    cast: peopleOf(review, 'cast'),
    crew: peopleOf(review, 'crew'),
    source: [review.rating.source],
  };
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
