import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { directors } from '../../src/lib/film.ts';
import { jsonLdText, movieLd, reviewLd } from '../../src/lib/jsonld.ts';
import { pageHref, pageParam, paginate, paginateByWeight } from '../../src/lib/paginate.ts';
import { isPublicMention, peopleIndex } from '../../src/lib/people.ts';
import {
  aggregate,
  criticsAggregate,
  distribution,
  sortByScore,
  sourceLabel,
} from '../../src/lib/ratings.ts';
import { peopleOf } from '../../src/lib/search-index.ts';
import { personSlug } from '../../src/lib/slug.ts';
import { readShowAll, SHOW_ALL_KEY, writeShowAll } from '../../src/lib/spoiler-client.ts';
import { personSearchHref, safeHttpUrl } from '../../src/lib/url.ts';
import { parseFilmRegistry } from '../../src/schemas/film.ts';
import type { Review } from '../../src/schemas/review.ts';
import {
  normalizeForMatch,
  regionOf,
  revealsSpoiler,
  splitBody,
  spoilerSafeQuote,
} from '../e2e/spoiler-text.ts';

type Rating = Review['rating'];
const explicit = (score: number): Rating => ({
  score,
  source: 'explicit',
  explicit: { text: `${score}/100`, value: score, max: 100, kind: 'numeric' },
  estimated: null,
});
const estimated = (score: number): Rating => ({
  score,
  source: 'estimated',
  explicit: null,
  estimated: { score, confidence: 0.5, evidence: [] },
});
const none: Rating = { score: null, source: 'none', explicit: null, estimated: null };

const registry = (path: string) => parseFilmRegistry(readFileSync(path, 'utf8'), path);
const film = registry('content/films/ballerina-2025/film.yaml');
const jw4 = registry('tests/fixtures/films/john-wick-chapter-4/film.yaml');

function entry(slug: string, rating: Rating, extra: Partial<Review> = {}) {
  const data: Review = {
    film: 'ballerina-2025',
    title: slug.toUpperCase(),
    slug,
    source: { file: `${slug}.txt`, outlet: null, author: null, url: null },
    date: null,
    rating,
    cast: [],
    crew: [],
    spoilers: [],
    quote: 'A quote.',
    wordCount: 10,
    warnings: [],
    overrides: [],
    ...extra,
  };
  return { data };
}

describe('film registry', () => {
  it('names the directors in registry order', () => {
    expect(film.cast.length).toBeGreaterThan(0);
    expect(directors(jw4)).toEqual(['Chad Stahelski']);
    expect(directors(film)).toEqual(film.crew.filter((c) => c.roles.includes('director')).map((c) => c.name));
  });

  it('rejects an invalid registry with a message naming the file and the field', () => {
    expect(() =>
      parseFilmRegistry('title: X\nshortTitle: X\nyear: 3000\ncast: []\n', 'films/x/film.yaml'),
    ).toThrow(/^films\/x\/film\.yaml: film data does not match its schema:[\s\S]*year[\s\S]*cast/);
  });
});

describe('ratings', () => {
  const list = [explicit(80), estimated(61), explicit(55), none, estimated(100)];

  it('aggregates the mean over scored reviews and counts explicit, estimated and unscored', () => {
    expect(aggregate(list.map((rating) => ({ rating })))).toEqual({
      average: 74,
      reviews: 5,
      scored: 4,
      explicit: 2,
      estimated: 2,
      unscored: 1,
    });
    expect(aggregate([{ rating: none }]).average).toBeNull();
  });

  it('puts scores into ten bands, 100 in the top band, explicit and estimated apart', () => {
    const buckets = distribution(list.map((rating) => ({ rating })));
    expect(buckets).toHaveLength(10);
    expect(buckets[8]).toEqual({ from: 80, to: 89, explicit: 1, estimated: 0 });
    expect(buckets[9]).toEqual({ from: 90, to: 100, explicit: 0, estimated: 1 });
    expect(buckets[6]?.estimated).toBe(1);
    expect(buckets.reduce((n, b) => n + b.explicit + b.estimated, 0)).toBe(4);
  });

  it('sorts by score both ways with unscored reviews last, without mutating the input', () => {
    const entries = [
      entry('b', explicit(50)),
      entry('n', none),
      entry('a', explicit(90)),
      entry('c', estimated(50)),
    ];
    const before = entries.map((e) => e.data.slug);
    expect(sortByScore(entries).map((e) => e.data.slug)).toEqual(['a', 'b', 'c', 'n']);
    expect(sortByScore(entries, 'asc').map((e) => e.data.slug)).toEqual(['b', 'c', 'a', 'n']);
    expect(entries.map((e) => e.data.slug)).toEqual(before);
  });

  it('labels the score source in plain words', () => {
    expect(sourceLabel(explicit(1))).toBe("Critic's score");
    expect(sourceLabel(estimated(1))).toBe('Estimated from tone');
    expect(sourceLabel(none)).toBe('No score');
  });
});

describe('pagination', () => {
  it('splits into pages with numbers, counts and start offsets', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.count, p.total, p.start])).toEqual([
      [1, 3, 5, 0],
      [2, 3, 5, 2],
      [3, 3, 5, 4],
    ]);
    expect(paginate([], 24)).toEqual([{ items: [], number: 1, count: 1, total: 0, start: 0 }]);
    expect(() => paginate([1], 0)).toThrow();
  });

  it('also closes a page when the summed weight would pass the limit, never leaving a page empty', () => {
    const pages = paginateByWeight([5, 5, 5, 20, 1, 1], 3, 10, (n) => n);
    expect(pages.map((p) => p.items)).toEqual([[5, 5], [5], [20], [1, 1]]);
    expect(pages.map((p) => p.start)).toEqual([0, 2, 3, 4]);
    expect(pages.every((p) => p.count === 4 && p.total === 6)).toBe(true);
    expect(paginateByWeight([1, 1, 1, 1], 3, 100, (n) => n).map((p) => p.items.length)).toEqual([3, 1]);
    expect(paginateByWeight([], 3, 10, () => 1)).toEqual([
      { items: [], number: 1, count: 1, total: 0, start: 0 },
    ]);
  });

  it('builds page URLs and rest params', () => {
    expect(pageHref('/', 1)).toBe('/');
    expect(pageHref('/', 2)).toBe('/page/2/');
    expect(pageHref('/cast/ana-de-armas', 3)).toBe('/cast/ana-de-armas/page/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(4)).toBe('page/4');
  });
});

describe('urls and slugs', () => {
  it('slugs names to ASCII', () => {
    expect(personSlug('Ana de Armas')).toBe('ana-de-armas');
    expect(personSlug('Zoë Bell-Ramírez')).toBe('zoe-bell-ramirez');
    expect(personSlug('!!!')).toBe('person');
  });

  it('links a person’s search with URLSearchParams encoding', () => {
    expect(personSearchHref('Norman Reedus')).toBe('/search/?cast=Norman+Reedus');
    expect(personSearchHref('A&B é')).toBe('/search/?cast=A%26B+%C3%A9');
    expect(personSearchHref('Chad Stahelski', 'crew')).toBe('/search/?crew=Chad+Stahelski');
  });

  it('keeps only absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://example.com/a')).toBe('https://example.com/a');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,x')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });
});

describe('JSON-LD', () => {
  it('escapes < > & and line separators so nothing can end the script element', () => {
    const text = jsonLdText({ q: '</script><script>alert(1)</script> & <!-- \u2028' });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual({ q: '</script><script>alert(1)</script> & <!-- \u2028' });
  });

  it('describes the movie with reviews whose body is the given quote', () => {
    const e = entry('x', explicit(70), { source: { file: 'x', outlet: 'Outlet', author: null, url: null } });
    const ld = movieLd(film, { ...criticsAggregate([e.data]), reviews: 1 }, [
      { data: e.data, url: 'https://s/reviews/x/', quote: 'Q' },
    ]);
    expect(ld['@type']).toBe('Movie');
    expect(ld.aggregateRating).toMatchObject({
      ratingValue: 70,
      ratingCount: 1,
      reviewCount: 1,
      bestRating: 100,
    });
    expect(ld.review).toEqual([
      {
        '@type': 'Review',
        name: 'X',
        url: 'https://s/reviews/x/',
        reviewBody: 'Q',
        author: { '@type': 'Organization', name: 'Outlet' },
        publisher: { '@type': 'Organization', name: 'Outlet' },
        // The critic's own rating on the critic's own scale (the fixture's is out of 100).
        reviewRating: { '@type': 'Rating', ratingValue: 70, bestRating: 100, worstRating: 0 },
      },
    ]);
  });

  it('gives a reviewRating on the critic’s own scale, and never for an estimate', () => {
    const rated: Rating = {
      score: 70,
      source: 'explicit',
      explicit: { text: '3.5/5', value: 3.5, max: 5, kind: 'numeric' },
      estimated: null,
    };
    expect(reviewLd({ data: entry('r', rated).data, url: 'u', quote: 'q' }).reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 3.5,
      bestRating: 5,
      worstRating: 0,
    });
    expect(reviewLd({ data: entry('e', estimated(61)).data, url: 'u', quote: 'q' })).not.toHaveProperty(
      'reviewRating',
    );
    expect(reviewLd({ data: entry('n', none).data, url: 'u', quote: 'q' })).not.toHaveProperty(
      'reviewRating',
    );
  });

  it('counts only the critics’ own scores in aggregateRating, and has none when no critic scored', () => {
    const data = [explicit(80), estimated(20), explicit(60), none].map((r, i) => entry(String(i), r).data);
    const critics = criticsAggregate(data);
    expect(critics).toEqual({ average: 70, count: 2 });
    expect(movieLd(film, { ...critics, reviews: 4 }, []).aggregateRating).toMatchObject({
      ratingValue: 70,
      ratingCount: 2,
      reviewCount: 4,
    });
    const estimatesOnly = [estimated(90), none].map((r, i) => entry(String(i), r).data);
    expect(movieLd(film, { ...criticsAggregate(estimatesOnly), reviews: 2 }, [])).not.toHaveProperty(
      'aggregateRating',
    );
  });
});

describe('spoiler text', () => {
  const body = [
    'Public words about Eve.',
    '',
    ':::spoiler{reason="marked" label="Ending"}',
    'Eve kills the villain in the ’final’ act.',
    ':::',
    '',
    'More public words.',
  ].join('\n');

  it('splits a body into public text and spoiler regions', () => {
    const split = splitBody(body);
    expect(split.spoilers).toEqual([
      { reason: 'marked', label: 'Ending', text: "eve kills the villain in the 'final' act." },
    ]);
    expect(split.public).toContain('public words about eve.');
    expect(split.public).not.toContain('villain');
  });

  it('keeps list items and paragraphs apart in region text', () => {
    const split = splitBody(':::spoiler{reason="detected" label="Twists"}\n- One.\n- Two.\n\nThree.\n:::\n');
    expect(split.spoilers[0]?.text).toBe('one. two. three.');
  });

  it('finds text that only a spoiler region holds', () => {
    const split = splitBody(body);
    expect(revealsSpoiler('kills the villain', split)).toBe(true);
    expect(revealsSpoiler("in the 'final'  act", split)).toBe(true);
    expect(revealsSpoiler('Eve', split)).toBe(false);
    expect(revealsSpoiler('Public words', split)).toBe(false);
    expect(revealsSpoiler('', split)).toBe(false);
    expect(regionOf('Eve kills the villain', split)?.label).toBe('Ending');
    expect(regionOf('More public words', split)).toBeUndefined();
    expect(normalizeForMatch(' A\u2019s  “B” ')).toBe('a\'s "b"');
  });

  it('replaces a pull quote taken from a spoiler region by the fallback line', () => {
    const split = splitBody(body);
    expect(spoilerSafeQuote('Eve kills the villain', split, 'F')).toBe('F');
    expect(spoilerSafeQuote('Public words about Eve.', split, 'F')).toBe('Public words about Eve.');
  });
});

describe('cast and crew index', () => {
  const mention = (name: string, mentions: number) => ({
    name,
    character: 'Someone',
    mentions,
    forms: [name],
    sentences: [{ text: `${name} acts.`, spoiler: false, region: null }],
  });
  const a = entry('a', explicit(1), {
    cast: [mention('Ana de Armas', 3), mention('Unknown Person', 1)],
    crew: [
      {
        name: 'Len Wiseman',
        role: 'director',
        mentions: 1,
        sentences: [{ text: 'L.', spoiler: false, region: null }],
      },
      {
        name: 'Len Wiseman',
        role: 'producer',
        mentions: 2,
        sentences: [{ text: 'M.', spoiler: true, region: 0 }],
      },
    ],
  });
  const b = entry('b', explicit(1), { cast: [mention('Ana de Armas', 5)] });
  const c = entry('c', explicit(1), { film: 'john-wick-chapter-4', cast: [mention('Keanu Reeves', 2)] });
  const d = entry('d', explicit(1), { cast: [mention('Keanu Reeves', 1)] });
  const films = [
    { id: 'ballerina-2025', data: film },
    { id: 'john-wick-chapter-4', data: jw4 },
  ];

  it('lists every registry person film by film, then names only entries know, with mentions summed', () => {
    const people = peopleIndex(films, [a, b]);
    const registered = [
      ...new Set([...film.cast, ...film.crew, ...jw4.cast, ...jw4.crew].map((p) => p.name)),
    ];
    expect(people.slice(0, registered.length).map((p) => p.name)).toEqual(registered);
    const ana = people.find((p) => p.name === 'Ana de Armas');
    expect(ana?.mentions).toBe(8);
    expect(ana?.reviews.map((r) => r.entry.data.slug)).toEqual(['b', 'a']);
    expect(ana?.slug).toBe('ana-de-armas');
    expect(people.at(-1)).toMatchObject({ name: 'Unknown Person', registered: false, mentions: 1 });
  });

  it('makes one person of someone in two films, with their part in each and reviews of both', () => {
    const people = peopleIndex(films, [c, d]);
    const keanu = people.filter((p) => p.name === 'Keanu Reeves');
    expect(keanu).toHaveLength(1);
    expect(keanu[0]?.roles.map((r) => r.film)).toEqual(['ballerina-2025', 'john-wick-chapter-4']);
    expect(keanu[0]?.reviews.map((r) => r.entry.data.film).sort()).toEqual([
      'ballerina-2025',
      'john-wick-chapter-4',
    ]);
    // A producer of one film who directed the other shows both.
    const chad = people.find((p) => p.name === 'Chad Stahelski');
    expect(chad?.roles).toEqual([
      {
        film: 'ballerina-2025',
        kind: 'crew',
        part: film.crew.find((m) => m.name === 'Chad Stahelski')?.roles.join(', '),
      },
      { film: 'john-wick-chapter-4', kind: 'crew', part: 'director, producer' },
    ]);
  });

  it('shows no chip for a person named only inside spoilers, yet lists the review for them everywhere', () => {
    const cases = [
      [],
      [{ text: 'a', spoiler: true, region: 0 }],
      [{ text: 'a', spoiler: false, region: null }],
      [
        { text: 'a', spoiler: true, region: 0 },
        { text: 'b', spoiler: false, region: null },
      ],
    ];
    expect(cases.map((sentences) => isPublicMention({ sentences }))).toEqual([true, false, true, true]);
    // The person's page and the search filter read the same entry lists: they agree, spoiler-only names included.
    const hidden = entry('h', explicit(1), {
      cast: [{ ...mention('Norman Reedus', 1), sentences: cases[1] ?? [] }],
    });
    const page = peopleIndex(films, [hidden]).find((p) => p.name === 'Norman Reedus');
    expect(page?.reviews.map((r) => r.entry.data.slug)).toEqual(['h']);
    expect(peopleOf(hidden.data, 'cast')).toEqual(['Norman Reedus']);
  });

  it('merges one review listing a crew member under two roles', () => {
    const len = peopleIndex(films, [a]).find((p) => p.name === 'Len Wiseman');
    expect(len?.reviews).toHaveLength(1);
    expect(len?.reviews[0]?.mentions).toBe(2);
    expect(len?.reviews[0]?.sentences.map((s) => s.text)).toEqual(['L.', 'M.']);
  });
});

describe('spoiler switch storage', () => {
  function memory() {
    const map = new Map<string, string>();
    return {
      map,
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
  }

  it('is off by default and remembers on/off', () => {
    const s = memory();
    expect(readShowAll(s)).toBe(false);
    writeShowAll(s, true);
    expect(s.map.get(SHOW_ALL_KEY)).toBe('on');
    expect(readShowAll(s)).toBe(true);
    writeShowAll(s, false);
    expect(readShowAll(s)).toBe(false);
  });

  it('treats missing or failing storage as off without throwing', () => {
    const failing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(readShowAll(null)).toBe(false);
    expect(readShowAll(failing)).toBe(false);
    expect(() => writeShowAll(failing, true)).not.toThrow();
  });
});
