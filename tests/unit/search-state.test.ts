import { describe, expect, it } from 'vitest';
import {
  hasCriteria,
  isExactMatch,
  MAX_CAST,
  MAX_QUERY,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  resultSummary,
  serializeSearchState,
} from '../../src/lib/search-state.ts';

describe('parseSearchState', () => {
  it('reads a cast deep link with "+" for spaces', () => {
    expect(parseSearchState('?cast=Norman+Reedus')).toEqual({
      q: '',
      film: [],
      cast: ['Norman Reedus'],
      crew: [],
      sort: 'relevance',
    });
  });

  it('reads words, several cast members and a sort', () => {
    expect(
      parseSearchState('q=%20skate%20%20fight&cast=Ian+McShane&cast=Keanu%20Reeves&sort=score-asc'),
    ).toEqual({
      q: 'skate fight',
      film: [],
      cast: ['Ian McShane', 'Keanu Reeves'],
      crew: [],
      sort: 'score-asc',
    });
  });

  it('drops empty and repeated cast values and unknown sorts', () => {
    expect(parseSearchState('cast=&cast=Ana+de+Armas&cast=Ana%20de%20Armas&sort=random')).toEqual({
      q: '',
      film: [],
      cast: ['Ana de Armas'],
      crew: [],
      sort: 'relevance',
    });
  });

  it('bounds what a URL can ask for', () => {
    const params = new URLSearchParams({ q: 'x'.repeat(1000) });
    for (let i = 0; i < 50; i++) params.append('cast', `Person ${i}`);
    const state = parseSearchState(params);
    expect(state.q).toHaveLength(MAX_QUERY);
    expect(state.cast).toHaveLength(MAX_CAST);
  });

  it('gives the empty state for an empty query string', () => {
    const state = parseSearchState('');
    expect(state).toEqual({ q: '', film: [], cast: [], crew: [], sort: 'relevance' });
    expect(hasCriteria(state)).toBe(false);
  });
});

describe('film and crew deep links', () => {
  it('reads films and crew members beside cast members', () => {
    const state = parseSearchState('?film=John+Wick%3A+Chapter+4&cast=Keanu+Reeves&crew=Chad+Stahelski');
    expect(state).toMatchObject({
      film: ['John Wick: Chapter 4'],
      cast: ['Keanu Reeves'],
      crew: ['Chad Stahelski'],
    });
    expect(hasCriteria(parseSearchState('?film=Ballerina'))).toBe(true);
  });

  it('asks Pagefind for any of the films and all of the people', () => {
    expect(pagefindFilters(parseSearchState('?film=A&film=B&cast=C&crew=D'))).toEqual({
      film: { any: ['A', 'B'] },
      cast: ['C'],
      crew: ['D'],
    });
    expect(pagefindFilters(parseSearchState('?q=x'))).toEqual({});
  });
});

describe('serializeSearchState', () => {
  it('writes the deep link format the cast pages use', () => {
    expect(
      serializeSearchState({ q: '', film: [], cast: ['Norman Reedus'], crew: [], sort: 'relevance' }),
    ).toBe('?cast=Norman+Reedus');
  });

  it('round-trips through parseSearchState', () => {
    const state = {
      q: 'de Armas & "Eve"',
      film: ['John Wick: Chapter 4'],
      cast: ['Ana de Armas', 'Ian McShane'],
      crew: ['Chad Stahelski'],
      sort: 'score-desc' as const,
    };
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
  });

  it('writes nothing for the empty state', () => {
    expect(serializeSearchState({ q: '', film: [], cast: [], crew: [], sort: 'relevance' })).toBe('');
  });
});

describe('pagefindSort', () => {
  it('maps orders to the sort keys that keep unscored reviews last', () => {
    expect(pagefindSort('relevance')).toBeUndefined();
    expect(pagefindSort('score-desc')).toEqual({ score_desc: 'desc' });
    expect(pagefindSort('score-asc')).toEqual({ score_asc: 'asc' });
  });
});

describe('resultSummary', () => {
  it.each([
    [
      { q: 'Reedus', film: [], cast: [], crew: [], sort: 'relevance' as const },
      3,
      '3 reviews found for “Reedus”.',
    ],
    [
      { q: '', film: [], cast: ['Norman Reedus'], crew: [], sort: 'relevance' as const },
      1,
      '1 review found, with Norman Reedus.',
    ],
    [
      { q: 'fight', film: [], cast: ['A', 'B', 'C'], crew: [], sort: 'relevance' as const },
      0,
      'No reviews found for “fight”, with A, B and C.',
    ],
    [
      { q: '', film: ['Ballerina', 'John Wick'], cast: ['A'], crew: ['B'], sort: 'relevance' as const },
      2,
      '2 reviews found in Ballerina or John Wick, with A and B.',
    ],
  ])('%j, %d → %j', (state, total, text) => expect(resultSummary(state, total)).toBe(text));
});

describe('isExactMatch', () => {
  it.each([
    ['Ian <mark>McShane</mark> returns', 'McShane', true],
    ['the <mark>Reedus</mark> role', 'Reed', true],
    ['<mark>Ana</mark> de <mark>Armas</mark>', 'ana de armas', true],
    ['<mark>Ballerina’s</mark> stunts', 'ballerina', true],
    ['Ian <mark>McShane</mark> returns', 'McCarthy', false],
    ['nothing marked here', 'Reeves', false],
  ])('%j for %j → %s', (excerpt, query, exact) => {
    expect(isExactMatch(excerpt, query)).toBe(exact);
  });
});
