import type { Film } from '../schemas/film.ts';
import type { Review } from '../schemas/review.ts';
import { directors } from './film.ts';
import type { Aggregate } from './ratings.ts';

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

/** A schema.org Review object for one entry (reviewBody is the spoiler-free quote, never the body). */
export function reviewLd(review: ReviewLd): Record<string, unknown> {
  const { data } = review;
  const ld: Record<string, unknown> = {
    '@type': 'Review',
    name: data.title,
    url: review.url,
    reviewBody: review.quote,
  };
  if (data.source.author) ld.author = { '@type': 'Person', name: data.source.author };
  else if (data.source.outlet) ld.author = { '@type': 'Organization', name: data.source.outlet };
  if (data.source.outlet) ld.publisher = { '@type': 'Organization', name: data.source.outlet };
  if (data.date) ld.datePublished = data.date;
  if (data.rating.score !== null) {
    ld.reviewRating = { '@type': 'Rating', ratingValue: data.rating.score, bestRating: 100, worstRating: 0 };
  }
  return ld;
}

/** A schema.org Movie with director, actors, aggregateRating (when any review is scored) and Review items. */
export function movieLd(
  film: Film,
  agg: Aggregate,
  reviews: readonly ReviewLd[],
  url?: string,
): Record<string, unknown> {
  const ld: Record<string, unknown> = {
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
  if (agg.average !== null) {
    ld.aggregateRating = {
      '@type': 'AggregateRating',
      ratingValue: agg.average,
      bestRating: 100,
      worstRating: 0,
      ratingCount: agg.scored,
      reviewCount: agg.reviews,
    };
  }
  if (reviews.length) ld.review = reviews.map(reviewLd);
  return ld;
}
