import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, settled, trackRequests } from './browser.ts';
import { readEntries, surname, waitForSearch } from './search-support.ts';

/** Issue 4's budget: a cold visit of the search page plus one query and its results, gzip, all responses. */
const BUDGET_BYTES = 100_000;

const baseURL = inject('baseURL');

/** One response of a visit: its path and its size raw and as served gzip-compressed. */
interface Fetched {
  path: string;
  raw: number;
  gzip: number;
}

/**
 * The bytes a response costs over a gzip-serving host: its body gzipped (zlib's default level 6),
 * or its raw size when that is smaller (Pagefind's .pagefind/.pf_* files are gzip already).
 */
function servedSize(body: Buffer): number {
  return Math.min(body.length, gzipSync(body).length);
}

/** Records every response of the page with its body sizes (awaited by `settle`). */
function record(page: Page): { fetched: Fetched[]; settle: () => Promise<void> } {
  const fetched: Fetched[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          fetched.push({ path: new URL(response.url()).pathname, raw: body.length, gzip: servedSize(body) });
        })
        .catch(() => undefined),
    );
  });
  return { fetched, settle: async () => void (await Promise.all(pending)) };
}

const total = (list: Fetched[]) => list.reduce((n, f) => n + f.gzip, 0);

function table(list: Fetched[]): string {
  return [...list]
    .sort((a, b) => b.gzip - a.gzip)
    .map((f) => `${String(f.gzip).padStart(7)} B gzip ${String(f.raw).padStart(7)} B raw  ${f.path}`)
    .join('\n');
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('search budget', () => {
  it(`a cold search page plus one query and its results fetch ≤ ${BUDGET_BYTES} bytes gzip`, async () => {
    const entries = readEntries();
    const counts = new Map<string, number>();
    for (const r of entries) for (const c of r.cast) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
    const name = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Ana de Armas';
    const word = surname(name);

    const context = await browser.newContext({ baseURL });
    const page = trackRequests(await context.newPage());
    const { fetched, settle } = record(page);
    await page.goto('/search/');
    await waitForSearch(page, '');
    await settled(page);
    await settle();
    const cold = [...fetched];

    await page.fill('#search-q', word);
    await page.press('#search-q', 'Enter');
    await waitForSearch(page, `?${new URLSearchParams({ q: word })}`);
    await settled(page);
    await settle();
    const shown = await page.locator('#search-results > li').count();
    await context.close();

    const sum = total(fetched);
    console.log(
      `search budget: "${word}" (${shown} results shown)\n${table(fetched)}\n` +
        `${String(total(cold)).padStart(7)} B gzip for the cold page alone\n` +
        `${String(sum).padStart(7)} B gzip in all (budget ${BUDGET_BYTES})`,
    );
    expect(shown).toBeGreaterThan(0);
    const paths = fetched.map((f) => f.path);
    expect(paths).toContain('/pagefind/pagefind.js');
    expect(paths.some((p) => p.includes('pagefind-worker') || p.includes('-ui.'))).toBe(false);
    expect(cold.some((f) => f.path.startsWith('/pagefind/'))).toBe(false);
    expect(sum).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('pages other than search fetch no search code', async () => {
    const context = await browser.newContext({ baseURL });
    const page = trackRequests(await context.newPage());
    const { fetched, settle } = record(page);
    await page.goto('/');
    await settled(page);
    await settle();
    await context.close();
    expect(
      fetched.filter((f) => f.path.startsWith('/pagefind/') || f.path.startsWith('/_astro/search')),
    ).toEqual([]);
  });
});
