import type { Page } from 'playwright-core';
import type { Review } from '../../src/schemas/review.ts';
import { loadEntries } from './entries.ts';

/** Every review entry's frontmatter (validated), read from the collection directory the build read. */
export function readEntries(): Review[] {
  return loadEntries().map((e) => e.data);
}

/** The path of a review's page. */
export function reviewPath(review: Pick<Review, 'film' | 'slug'>): string {
  return `/films/${review.film}/reviews/${review.slug}/`;
}

/** The last word of a name ("Norman Reedus" → "Reedus"). */
export function surname(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}

/** Waits until the search page has rendered the results for `query` (a query string like "?q=x"). */
export async function waitForSearch(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => {
    const list = document.getElementById('search-results');
    return list?.dataset.query === q && !list.hasAttribute('aria-busy');
  }, query);
}

/** Clicks "Show more" until every result is shown; returns the result links' paths in order. */
export async function allResultPaths(page: Page): Promise<string[]> {
  const more = page.locator('#search-more');
  for (let i = 0; i < 1000 && (await more.isVisible()); i++) {
    const before = await page.locator('#search-results > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
  }
  return page.$$eval('#search-results > li h2 a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

/** What Pagefind holds for one page: its indexed text, excerpt (for the query, if any), meta and filters. */
export interface IndexedPage {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/**
 * Runs searches with Pagefind's own API inside the page (which must be a page of the site) and returns
 * every hit's data per term; `null` lists every indexed page. The script is passed as a string so
 * Vitest does not rewrite its dynamic import.
 */
export async function pagefindSearch(
  page: Page,
  terms: (string | null)[],
  options: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> } = {},
): Promise<IndexedPage[][]> {
  const script = `(async ({ terms, options }) => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ noWorker: true });
    const out = [];
    for (const term of terms) {
      const search = await pf.search(term, options);
      const data = await Promise.all(search.results.map((r) => r.data()));
      out.push(data.map((d) => ({ url: d.url, content: d.content, excerpt: d.excerpt, meta: d.meta, filters: d.filters })));
    }
    return out;
  })(${JSON.stringify({ terms, options })})`;
  return (await page.evaluate(script)) as IndexedPage[][];
}

/** The text of a built review page: what Pagefind may index (body minus ignored parts, plus meta) and each spoiler region. */
export interface PageText {
  path: string;
  indexable: string;
  spoilers: string[];
}

/** Reads a built review page's indexable and spoiler text in the browser (text nodes joined by spaces). */
export async function readPageText(page: Page, path: string): Promise<PageText> {
  await page.goto(path);
  return page.evaluate((path) => {
    const textOf = (root: Element, skip: string) => {
      const parts: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest(skip)) continue;
        parts.push(node.textContent ?? '');
      }
      return parts.join(' ').replace(/\s+/g, ' ').trim();
    };
    const body = document.querySelector('[data-pagefind-body]');
    const meta = [...document.querySelectorAll('[data-pagefind-meta]')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('data-meta-')).map((a) => a.value),
    );
    const spoilers = [...document.querySelectorAll('[data-spoiler]')].map((el) => textOf(el, 'summary'));
    const indexable = body ? textOf(body, '[data-pagefind-ignore], [data-spoiler], script, style') : '';
    return { path, indexable: [indexable, ...meta].join(' '), spoilers };
  }, path);
}

/** Lower-case words of at least `min` letters. */
export function words(text: string, min = 4): Set<string> {
  // Pagefind indexes a hyphenated word and each of its parts ("action-packed", "packed").
  const all = (text.toLowerCase().match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []).flatMap((w) =>
    w.includes('-') ? [w, ...w.split('-')] : [w],
  );
  return new Set(all.filter((w) => w.length >= min));
}

/** True when `text` contains `word` as a whole word or a word's start, ignoring case. */
export function mentionsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}`, 'iu').test(text);
}
