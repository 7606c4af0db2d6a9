/**
 * The search page's UI. It wires the form at once but imports Pagefind only for the first search
 * (loadPagefind). It drives Pagefind's JS API on the main thread (`noWorker`) and renders results with DOM nodes and
 * textContent only: Pagefind's `meta` and `content` are raw text, and of the escaped `excerpt` only the
 * <mark> highlighting is kept (search-escape.ts).
 *
 * DOM contract with search.astro: form#search-form with input[name=q], a fieldset[data-facet=K]
 * of checkboxes input[name=K] per facet K (film, cast, crew; each inside a label holding a
 * .facet-count with data-total) and select[name=sort];
 * #search-status (a polite live region), ol#search-results and button#search-more. When a search
 * has rendered, ol#search-results gets data-query: the query string of the state it shows, and
 * data-counts: "results" when the facet counts count its results, "none" while the filter index is
 * not loaded (a search for words alone, until the reader turns to the facets; see loadFilters).
 */
import type { Pagefind, PagefindResult, PagefindSearch, PagefindSearchOptions } from '../lib/pagefind-api.ts';
import {
  FACETS,
  hasCriteria,
  isExactMatch,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  resultSummary,
  type SearchState,
  serializeSearchState,
} from '../lib/search-state.ts';
import { addFound, type Elements, elements, readForm, setCounts, writeForm } from './search-form.ts';
import { resultItem } from './search-results.ts';

/**
 * Results rendered per page ("Show more" adds the next page). Each shown result fetches its page's
 * fragment (the review's text, 1.5–3.5 KB gzip), so this is what the search budget can afford.
 */
export const PAGE_SIZE = 5;
const DEBOUNCE_MS = 200;

let pagefind: Promise<Pagefind> | undefined;

/** Imports /pagefind/pagefind.js once and configures it (main-thread search, site base URL). */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const base = import.meta.env.BASE_URL.endsWith('/')
      ? import.meta.env.BASE_URL
      : `${import.meta.env.BASE_URL}/`;
    const url = `${base}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as Pagefind;
    await api.options({ noWorker: true, baseUrl: base, excerptLength: 24 });
    return api;
  })();
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

let filters: Promise<void> | undefined;

/**
 * Loads Pagefind's filter index (every facet's values and pages: at 10,000 reviews over 200 films,
 * half of a cold search's bytes), only once a search narrows by a facet or the reader turns to the
 * facets: a search for words alone needs none of it.
 */
export function loadFilters(): Promise<void> {
  filters ??= loadPagefind().then((api) => api.filters().then(() => undefined));
  filters.catch(() => {
    filters = undefined;
  });
  return filters;
}

/** Wires the search form to Pagefind: URL state in, results and counts out; searches at once if the URL asks. */
export function mount(form: HTMLFormElement): void {
  const found = elements(form);
  if (!found || form.dataset.mounted) return;
  const els: Elements = found;
  form.dataset.mounted = 'true';
  const { status, list, more } = els;
  let generation = 0;
  /** True once the reader turned to the facets (or a search narrowed by one): counts are then shown. */
  let wantCounts = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: { results: PagefindResult[]; shown: number; state: SearchState; exact: boolean } | null = null;

  const fromUrl = parseSearchState(window.location.search);
  if (hasCriteria(fromUrl)) writeForm(els, fromUrl);

  async function showPage(focusFirst: boolean): Promise<void> {
    if (!current) return;
    const mine = generation;
    const { results, shown, state } = current;
    const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (mine !== generation || !current) return;
    const items = page.map((data) => resultItem(data, state));
    list.append(...items);
    if (shown === 0) current.exact = page.some((data) => !state.q || isExactMatch(data.excerpt, state.q));
    current.shown = shown + page.length;
    more.hidden = current.shown >= results.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  async function run(): Promise<void> {
    clearTimeout(timer);
    const mine = ++generation;
    const state = readForm(form);
    const query = serializeSearchState(state);
    if (window.location.search !== query) {
      history.replaceState(history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
    }
    if (!hasCriteria(state)) {
      current = null;
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      more.hidden = true;
      for (const key of FACETS) setCounts(form, key, null);
      status.textContent = '';
      list.dataset.query = query;
      return;
    }
    list.setAttribute('aria-busy', 'true');
    let search: PagefindSearch;
    let narrowed = false;
    try {
      const api = await loadPagefind();
      narrowed = FACETS.some((key) => state[key].length > 0);
      if (narrowed || wantCounts) await loadFilters();
      const options: PagefindSearchOptions = { filters: pagefindFilters(state) };
      const sort = pagefindSort(state.sort);
      if (sort) options.sort = sort;
      search = await api.search(state.q || null, options);
    } catch (error) {
      if (mine !== generation) return;
      list.removeAttribute('aria-busy');
      status.textContent = 'Search is not available right now. Please try again later.';
      console.error(error);
      return;
    }
    if (mine !== generation) return;
    current = { results: search.results, shown: 0, state, exact: true };
    list.replaceChildren();
    // Counts of the results once the filter index is loaded; until then (words alone) none are shown.
    const counted = narrowed || wantCounts;
    for (const key of FACETS) {
      const counts = counted ? (search.filters[key] ?? {}) : undefined;
      if (counts) addFound(els, key, counts);
      setCounts(form, key, counts);
    }
    list.dataset.counts = counted ? 'results' : 'none';
    await showPage(false);
    if (mine !== generation) return;
    list.removeAttribute('aria-busy');
    status.textContent = current.exact
      ? resultSummary(state, search.results.length)
      : `No review uses “${state.q}”. ${resultSummary({ ...state, q: '' }, search.results.length).replace(/\.$/, '')} with similar words.`;
    // The state these results are for: lets a test (or a script) wait for a search to finish.
    list.dataset.query = query;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.name !== 'q') return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.name === 'q') return;
    void run();
  });
  more.addEventListener('click', () => void showPage(true));
  // A reader who turns to the facets gets the results' counts: the filter index loads then.
  const wanted = () => {
    if (wantCounts) return;
    wantCounts = true;
    if (current) void run();
  };
  for (const key of FACETS) {
    els.facets[key]?.addEventListener('focusin', wanted);
    els.facets[key]?.addEventListener('pointerenter', wanted);
  }
  void run();
}
