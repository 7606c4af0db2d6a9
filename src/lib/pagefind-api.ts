/**
 * The part of Pagefind 1.6's browser API (dist/pagefind/pagefind.js) that the search page uses.
 * pagefind.js ships without types; these describe its documented shapes.
 */

/** Options set with `pagefind.options()` before the first search. */
export interface PagefindOptions {
  baseUrl?: string;
  basePath?: string;
  excerptLength?: number;
  /** Run search on the main thread: no worker script to fetch (about 12 KB gzip saved). */
  noWorker?: boolean;
}

/** Options of one search: filters (every value of a list must match; `{ any }`: one of them) and an optional sort. */
export interface PagefindSearchOptions {
  filters?: Record<string, string | string[] | { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** A page's data, loaded per result. `meta` and `content` are raw text; only `excerpt` is escaped. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  word_count: number;
}

/** One hit; its data is fetched only when `data()` is called. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** Filter value → number of results, per filter key. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

/** What `search()` resolves to: every hit, plus per-value counts among those hits. */
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: PagefindFilterCounts;
  totalFilters: PagefindFilterCounts;
}

/** The module namespace of pagefind.js. */
export interface Pagefind {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch>;
  filters(): Promise<PagefindFilterCounts>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
}
