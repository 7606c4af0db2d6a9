import type { Movie, Organization, Person, Review as ReviewThing, WithContext } from 'schema-dts';
import type { Film } from '../schemas/film.ts';
import type { Review } from '../schemas/review.ts';
import { directors } from './film.ts';
import type { CriticsAggregate } from './ratings.ts';

/** Serializes data for an application/ld+json script, escaping < > & U+2028 U+2029 so no text can end the script. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** What a JSON-LD Review needs from an entry: its data, absolute URL and spoiler-free quote. */
export interface ReviewLd {
  data: Pick<Review, 'title' | 'source' | 'date' | 'rating'>;
  url: string;
  quote: string;
}

/** A schema.org Review object for one entry (reviewBody is the spoiler-free quote, never the body); a reviewRating only for the critic's own rating. */
export function reviewLd(review: ReviewLd): ReviewThing & { '@type': 'Review' } {
  const { data } = review;
  const person = (name: string): Person => ({ '@type': 'Person', name });
  const org = (name: string): Organization => ({ '@type': 'Organization', name });
  const ld: ReviewThing & { '@type': 'Review' } = {
    '@type': 'Review',
    name: data.title,
    url: review.url,
    reviewBody: review.quote,
  };
  if (data.source.author) ld.author = person(data.source.author);
  else if (data.source.outlet) ld.author = org(data.source.outlet);
  if (data.source.outlet) ld.publisher = org(data.source.outlet);
  if (data.date) ld.datePublished = data.date;
  // Only the critic's own rating, on the critic's own scale: a tone estimate is no one's rating.
  const own = data.rating.source === 'explicit' ? data.rating.explicit : null;
  if (own)
    ld.reviewRating = { '@type': 'Rating', ratingValue: own.value, bestRating: own.max, worstRating: 0 };
  return ld;
}

/**
 * A schema.org Movie with director, actors, Review items, and an aggregateRating of the critics'
 * own scores only (absent when no critic gave one).
 * @param film the film
 * @param critics the critics' own scores (see criticsAggregate) and the number of reviews
 * @param reviews the reviews to list (a page of them)
 * @param url the page's address
 */
export function movieLd(
  film: Film,
  critics: CriticsAggregate & { reviews: number },
  reviews: readonly ReviewLd[],
  url?: string,
): WithContext<Movie> {
  const ld: WithContext<Movie> = {
    '@context': 'https://schema.org',
    '@type': 'Movie',
    name: film.title,
    alternateName: film.shortTitle,
    dateCreated: String(film.year),
    director: directors(film).map((name) => ({ '@type': 'Person', name })),
    actor: film.cast.map((c) => ({ '@type': 'Person', name: c.name })),
  };
  if (url) ld.url = url;
  if (film.runtimeMinutes) ld.duration = `PT${film.runtimeMinutes}M`;
  if (critics.average !== null) {
    ld.aggregateRating = {
      '@type': 'AggregateRating',
      ratingValue: critics.average,
      bestRating: 100,
      worstRating: 0,
      ratingCount: critics.count,
      reviewCount: critics.reviews,
    };
  }
  if (reviews.length) ld.review = reviews.map(reviewLd);
  return ld;
}
