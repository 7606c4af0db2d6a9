import { describe, expect, it } from 'vitest';
import {
  hasCriteria,
  isExactMatch,
  MAX_CAST,
  MAX_QUERY,
  pagefindSort,
  parseSearchState,
  resultSummary,
  serializeSearchState,
} from '../../src/lib/search-state.ts';

describe('parseSearchState', () => {
  it('reads a cast deep link with "+" for spaces', () => {
    expect(parseSearchState('?cast=Norman+Reedus')).toEqual({
      q: '',
      cast: ['Norman Reedus'],
      sort: 'relevance',
    });
  });

  it('reads words, several cast members and a sort', () => {
    expect(
      parseSearchState('q=%20skate%20%20fight&cast=Ian+McShane&cast=Keanu%20Reeves&sort=score-asc'),
    ).toEqual({
      q: 'skate fight',
      cast: ['Ian McShane', 'Keanu Reeves'],
      sort: 'score-asc',
    });
  });

  it('drops empty and repeated cast values and unknown sorts', () => {
    expect(parseSearchState('cast=&cast=Ana+de+Armas&cast=Ana%20de%20Armas&sort=random')).toEqual({
      q: '',
      cast: ['Ana de Armas'],
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
    expect(state).toEqual({ q: '', cast: [], sort: 'relevance' });
    expect(hasCriteria(state)).toBe(false);
  });
});

describe('serializeSearchState', () => {
  it('writes the deep link format the cast pages use', () => {
    expect(serializeSearchState({ q: '', cast: ['Norman Reedus'], sort: 'relevance' })).toBe(
      '?cast=Norman+Reedus',
    );
  });

  it('round-trips through parseSearchState', () => {
    const state = {
      q: 'de Armas & "Eve"',
      cast: ['Ana de Armas', 'Ian McShane'],
      sort: 'score-desc' as const,
    };
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
  });

  it('writes nothing for the empty state', () => {
    expect(serializeSearchState({ q: '', cast: [], sort: 'relevance' })).toBe('');
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
    [{ q: 'Reedus', cast: [], sort: 'relevance' as const }, 3, '3 reviews found for “Reedus”.'],
    [
      { q: '', cast: ['Norman Reedus'], sort: 'relevance' as const },
      1,
      '1 review found, with Norman Reedus.',
    ],
    [
      { q: 'fight', cast: ['A', 'B', 'C'], sort: 'relevance' as const },
      0,
      'No reviews found for “fight”, with A, B and C.',
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
