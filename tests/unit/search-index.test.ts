import { describe, expect, it } from 'vitest';
import { peopleOf, reviewFilters, reviewMeta, scoreSortKeys } from '../../src/lib/search-index.ts';
import { type Review, reviewSchema } from '../../src/schemas/review.ts';

const said = (text: string, spoiler = false) => ({ text, spoiler, region: spoiler ? 0 : null });

function review(overrides: Partial<Review> = {}): Review {
  return reviewSchema.parse({
    film: 'ballerina-2025',
    title: 'A dancer with a gun',
    slug: 'a-dancer-with-a-gun',
    source: { file: '000.txt', outlet: 'The Daily Reel', author: null, url: null },
    date: null,
    rating: {
      score: 80,
      source: 'explicit',
      explicit: { text: '4/5', value: 4, max: 5, kind: 'numeric' },
      estimated: null,
    },
    cast: [
      {
        name: 'Keanu Reeves',
        character: 'John Wick',
        mentions: 2,
        forms: ['Reeves'],
        sentences: [said('Reeves drops in.'), said('Reeves dies.', true)],
      },
      {
        name: 'Norman Reedus',
        character: 'Daniel Pine',
        mentions: 1,
        forms: ['Norman Reedus'],
        sentences: [said('Reedus was the informant.', true)],
      },
      { name: 'Catalina Sandino Moreno', character: 'Lena', mentions: 0, forms: [], sentences: [] },
      {
        name: 'Keanu Reeves',
        character: 'John Wick',
        mentions: 1,
        forms: ['Keanu'],
        sentences: [said('Keanu!')],
      },
    ],
    crew: [
      { name: 'Len Wiseman', role: 'director', mentions: 1, sentences: [said('Wiseman stages it.')] },
      {
        name: 'Shay Hatten',
        role: 'writer',
        mentions: 1,
        sentences: [said('Hatten wrote the twist.', true)],
      },
    ],
    spoilers: [],
    quote: 'Reeves drops in.',
    wordCount: 10,
    warnings: [],
    overrides: [],
    ...overrides,
  });
}

describe('scoreSortKeys', () => {
  it('uses the score on both keys', () =>
    expect(scoreSortKeys(72)).toEqual({ score_desc: '72', score_asc: '72' }));
  it('puts an unscored review past both ends, so it sorts last either way', () => {
    const keys = scoreSortKeys(null);
    expect(Number(keys.score_desc)).toBeLessThan(0);
    expect(Number(keys.score_asc)).toBeGreaterThan(100);
  });
});

/** The film a test review belongs to: its filter value is the title, its meta the title and year. */
const FILM = { title: 'John Wick: Chapter 4', year: 2023 };

describe('the people a review is listed for', () => {
  it('are everyone its entry names, once each: spoiler-only names and editor tags too', () => {
    expect(peopleOf(review(), 'cast')).toEqual(['Keanu Reeves', 'Norman Reedus', 'Catalina Sandino Moreno']);
    expect(peopleOf(review(), 'crew')).toEqual(['Len Wiseman', 'Shay Hatten']);
  });
});

describe('reviewFilters', () => {
  it('gives every filter of a scored review', () => {
    expect(reviewFilters(review(), FILM)).toEqual({
      film: ['John Wick: Chapter 4'],
      cast: ['Keanu Reeves', 'Norman Reedus', 'Catalina Sandino Moreno'],
      crew: ['Len Wiseman', 'Shay Hatten'],
      source: ['explicit'],
    });
  });

  it('omits empty lists when there is nothing to say', () => {
    const unscored = review({
      rating: { score: null, source: 'none', explicit: null, estimated: null },
      source: { file: 'x.txt', outlet: null, author: 'Sam', url: null },
      cast: [],
      crew: [],
    });
    expect(reviewFilters(unscored, FILM)).toEqual({ film: ['John Wick: Chapter 4'], source: ['none'] });
  });
});

describe('reviewMeta', () => {
  it('carries title, the given quote, score and outlet', () => {
    expect(reviewMeta(review(), 'A safe quote.', FILM)).toEqual({
      title: 'A dancer with a gun',
      quote: 'A safe quote.',
      film: 'John Wick: Chapter 4 (2023)',
      score: '80',
      outlet: 'The Daily Reel',
    });
  });

  it('leaves out score and outlet when there are none', () => {
    const meta = reviewMeta(
      review({
        rating: { score: null, source: 'none', explicit: null, estimated: null },
        source: { file: 'x.txt', outlet: null, author: null, url: null },
      }),
      'q',
      FILM,
    );
    expect(meta).toEqual({ title: 'A dancer with a gun', quote: 'q', film: 'John Wick: Chapter 4 (2023)' });
  });
});
