/**
 * What one search costs a reader, measured for real: a cold visit of /search/ with a query, in headless
 * Chromium against the built site on loopback. A small counting server records every file the browser
 * fetched (page, worker and wasm alike); text files are counted at their gzip size, Pagefind's own
 * index files (already compressed) at their size on disk.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../lib/chromium.ts';
import { CONTENT_TYPES } from '../lib/static-server.ts';

/** One file fetched during a search, with the bytes it costs on the wire. */
export interface Fetched {
  path: string;
  bytes: number;
  group: 'page' | 'pagefind runtime' | 'pagefind index' | 'pagefind fragments' | 'other';
}

/** The cost of one search: every fetch, the sum per group and the total. */
export interface SearchCost {
  query: string;
  /** True when the reader also turned to the facets, which loads the filter index for their counts. */
  facets: boolean;
  fetched: Fetched[];
  byGroup: Record<string, number>;
  total: number;
  /** Result links the page showed (0 if the UI could not be driven). */
  results: number;
}

const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

function groupOf(path: string): Fetched['group'] {
  if (!path.startsWith('/pagefind/')) return /\.(?:html|css|js|mjs|svg)$|\/$/.test(path) ? 'page' : 'other';
  if (path.includes('/fragment/')) return 'pagefind fragments';
  if (/\/(?:index|filter)\/|\.pf_meta$/.test(path)) return 'pagefind index';
  return 'pagefind runtime';
}

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (path !== root && !path.startsWith(root + sep)) return null;
  for (const candidate of [path, join(path, 'index.html')]) {
    if ((await stat(candidate).catch(() => null))?.isFile()) return candidate;
  }
  return null;
}

/** A static server for `root` on loopback that records each file it serves and its wire cost. */
async function countingServer(root: string) {
  const dir = normalize(root);
  const log: Fetched[] = [];
  const sizes = new Map<string, number>();
  const server = createServer(async (req, res) => {
    const urlPath = (req.url ?? '/').split('?')[0] ?? '/';
    const file = await resolveFile(dir, urlPath);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    let bytes = sizes.get(file);
    if (bytes === undefined) {
      const raw = await readFile(file);
      bytes = TEXT.has(extname(file)) ? gzipSync(raw).length : raw.length;
      sizes.set(file, bytes);
    }
    log.push({ path: urlPath, bytes, group: groupOf(urlPath) });
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Result links in the search page's results list (or, failing that, anywhere in main). */
const RESULT_LINKS = '#search-results a[href*="/reviews/"], main li a[href*="/reviews/"]';
/** The search UI marks its results list with data-query once it has rendered a query's results. */
const RENDERED = `#search-results[data-query], ${RESULT_LINKS}`;

/** Waits until the server has seen no request for `quietMs`, or `timeoutMs` passed. */
async function settle(log: readonly Fetched[], quietMs: number, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  let count = -1;
  let since = Date.now();
  while (Date.now() < end) {
    if (log.length !== count) {
      count = log.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Measures one cold visit of /search/ per query (deep link ?q=, else typed into the search box).
 * @param root the built site
 * @param queries the words searched
 * @param facets also measure each query with the reader then turning to the facets (their counts)
 */
export async function measureSearch(
  root: string,
  queries: readonly string[],
  facets: readonly string[] = [],
): Promise<SearchCost[]> {
  const server = await countingServer(root);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const costs: SearchCost[] = [];
  try {
    const runs = [
      ...queries.map((q) => ({ query: q, facets: false })),
      ...facets.map((q) => ({ query: q, facets: true })),
    ];
    for (const { query, facets: turn } of runs) {
      const context = await browser.newContext();
      const page = await context.newPage();
      server.log.length = 0;
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
      await settle(server.log, 1500, 20_000);
      if (!server.log.some((f) => f.group === 'pagefind index')) {
        const box = page.locator('input[type="search"], [role="searchbox"], input[name="q"]').first();
        if ((await box.count()) > 0) {
          await box.fill(query);
          await box.press('Enter');
        }
      }
      // Searching 10,000 pages takes a while on a busy machine: wait for rendered results, then quiet.
      await page
        .waitForFunction(() => document.querySelector(RENDERED) !== null, undefined, { timeout: 90_000 })
        .catch(() => undefined);
      await settle(server.log, 1500, 20_000);
      if (turn) {
        await page.focus('fieldset.facet input').catch(() => undefined);
        await page
          .waitForSelector('#search-results[data-counts="results"]:not([aria-busy])', { timeout: 90_000 })
          .catch(() => undefined);
        await settle(server.log, 1500, 20_000);
      }
      const results = await page
        .locator(RESULT_LINKS)
        .count()
        .catch(() => 0);
      const fetched = [...server.log];
      const byGroup: Record<string, number> = {};
      for (const f of fetched) byGroup[f.group] = (byGroup[f.group] ?? 0) + f.bytes;
      costs.push({
        query,
        facets: turn,
        fetched,
        byGroup,
        total: fetched.reduce((n, f) => n + f.bytes, 0),
        results,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return costs;
}
