/**
 * The search page's state as it lives in the URL:
 * `/search/?q=reedus&film=Ballerina+…&cast=Norman+Reedus&cast=Ian+McShane&crew=…&sort=score-desc`.
 * Parsing is forgiving (unknown values fall back to defaults) and bounded (long or repeated values are cut).
 */

/** How results are ordered: Pagefind's relevance, or the review score either way. */
export type SortOrder = 'relevance' | 'score-desc' | 'score-asc';

/** The facets a search can narrow by, as Pagefind filters of the same names. */
export const FACETS = ['film', 'cast', 'crew'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * How many values of each facet the search page offers before a search (the most reviewed), and
 * how many more of those a search's results hold the script adds: many films have hundreds of names.
 */
export const FACET_SHOWN = 24;

/** What the reader asked for: words, films (any of them), cast and crew (all must be tagged) and an order. */
export interface SearchState {
  q: string;
  film: string[];
  cast: string[];
  crew: string[];
  sort: SortOrder;
}

/** The longest query kept from a URL, in characters. */
export const MAX_QUERY = 200;
/** The most values of one facet kept from a URL. */
export const MAX_CAST = 20;

const SORTS: readonly SortOrder[] = ['relevance', 'score-desc', 'score-asc'];

/** True when the value names one of the sort orders. */
export function isSortOrder(value: unknown): value is SortOrder {
  return typeof value === 'string' && (SORTS as readonly string[]).includes(value);
}

function clean(value: string, max: number): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, max).trim();
}

/** Reads the search state from a query string or URLSearchParams (missing or invalid parts get defaults). */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const q = clean(params.get('q') ?? '', MAX_QUERY);
  const values = (key: Facet) =>
    [
      ...new Set(
        params
          .getAll(key)
          .map((c) => clean(c, 200))
          .filter(Boolean),
      ),
    ].slice(0, MAX_CAST);
  const sort = params.get('sort');
  return {
    q,
    film: values('film'),
    cast: values('cast'),
    crew: values('crew'),
    sort: isSortOrder(sort) ? sort : 'relevance',
  };
}

/** Writes the state as a query string ("" when empty; defaults left out), e.g. "?cast=Norman+Reedus". */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FACETS) for (const value of state[key]) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when the state asks for anything (a query or a facet). */
export function hasCriteria(state: SearchState): boolean {
  return state.q !== '' || FACETS.some((key) => state[key].length > 0);
}

/** Pagefind's filters for a state: one of the films, and every cast and crew member. */
export function pagefindFilters(state: SearchState): Record<string, string[] | { any: string[] }> {
  const filters: Record<string, string[] | { any: string[] }> = {};
  if (state.film.length) filters.film = { any: state.film };
  if (state.cast.length) filters.cast = state.cast;
  if (state.crew.length) filters.crew = state.crew;
  return filters;
}

/** The Pagefind sort option for an order (see scoreSortKeys: unscored reviews come last either way). */
export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'score-desc') return { score_desc: 'desc' };
  if (sort === 'score-asc') return { score_asc: 'asc' };
  return undefined;
}

/** The sentence the live region announces for a finished search, e.g. "3 reviews found for “Reedus”, with Norman Reedus." */
export function resultSummary(state: SearchState, total: number): string {
  const count = total === 1 ? '1 review' : `${total === 0 ? 'No' : total} reviews`;
  const parts = [`${count} found`];
  if (state.q) parts.push(`for “${state.q}”`);
  let text = parts.join(' ');
  if (state.film.length) text += ` in ${listNames(state.film, 'or')}`;
  const people = [...state.cast, ...state.crew];
  if (people.length) text += `, with ${listNames(people)}`;
  return `${text}.`;
}

function listNames(names: readonly string[], joiner = 'and'): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${joiner} ${names[names.length - 1]}`;
}

function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * True when a result's highlighted words are the query's words (or extend them, as "Reed" → "Reedus");
 * false when Pagefind matched only a similar spelling ("McCarthy" → "McShane").
 */
export function isExactMatch(excerpt: string, query: string): boolean {
  const terms = query.split(/\s+/).map(fold).filter(Boolean);
  if (terms.length === 0) return true;
  const marks = [...excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)]
    .map((m) => fold(m[1] ?? ''))
    .filter(Boolean);
  return marks.some((mark) => terms.some((term) => mark.startsWith(term) || term.startsWith(mark)));
}
