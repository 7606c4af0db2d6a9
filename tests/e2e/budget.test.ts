import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { attrValues, urlPathOf, walk } from './dist-support.ts';

/**
 * Byte budget of a first visit: the gzip sizes (zlib, default level) of the HTML document plus every
 * stylesheet and script it loads (module imports followed), ≤ 14 KB = 14,336 bytes, one TCP round trip.
 * Every built page is measured, not a sample; the search page has its own budget (issue 4).
 */
const BUDGET = 14 * 1024;
const distDir = inject('distDir');

const gz = (bytes: Buffer | string) => gzipSync(bytes).length;

/** The JS/CSS files a page loads, with static `import` statements of JS chunks followed. */
function assets(html: string, pagePath: string): string[] {
  const found = new Set<string>();
  const queue = [
    ...attrValues(html, 'script', 'src'),
    ...attrValues(html, 'link', 'href').filter((h) => /\.(css|js|mjs)(\?|$)/.test(h)),
  ].map((ref) => new URL(ref, `http://x${pagePath}`).pathname);
  while (queue.length) {
    const path = queue.pop() as string;
    if (found.has(path)) continue;
    found.add(path);
    const file = join(distDir, path);
    if (!existsSync(file) || !path.endsWith('.js')) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"`()]*?from\s*)?["'`]([^"'`]+)["'`]/g)) {
      const spec = m[1] as string;
      if (spec.startsWith('.') || spec.startsWith('/')) {
        queue.push(spec.startsWith('/') ? spec : resolve(dirname(path), spec));
      }
    }
  }
  return [...found];
}

/** Page type of a URL path, for the report. */
function typeOf(path: string): string {
  if (path === '/404.html') return '404';
  if (path === '/') return 'home';
  if (/^\/films\/[^/]+\/reviews\//.test(path)) return 'review';
  if (/^\/films\/[^/]+\/lowest-first\//.test(path)) return 'film, lowest first';
  if (/^\/films\/[^/]+\/(?:page\/\d+\/)?$/.test(path)) return 'film';
  if (path === '/people/') return 'people index';
  if (path.startsWith('/people/')) return 'person page';
  return 'other';
}

interface Row {
  path: string;
  type: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

function measure(): Row[] {
  const rows: Row[] = [];
  for (const file of walk(distDir).filter((f) => f.endsWith('.html'))) {
    const path = urlPathOf(distDir, file);
    if (path.startsWith('/search/') || path.startsWith('/pagefind/')) continue;
    const html = readFileSync(file);
    let css = 0;
    let js = 0;
    for (const asset of assets(html.toString('utf8'), path)) {
      const bytes = gz(readFileSync(join(distDir, asset)));
      if (asset.endsWith('.css')) css += bytes;
      else js += bytes;
    }
    const h = gz(html);
    rows.push({ path, type: typeOf(path), html: h, css, js, total: h + css + js });
  }
  return rows;
}

describe('first-visit byte budget (gzip HTML + CSS + JS)', () => {
  const rows = measure();

  it('measures every page type', () => {
    const types = new Set(rows.map((r) => r.type));
    for (const t of ['home', 'film', 'film, lowest first', 'review', 'people index', 'person page', '404']) {
      expect(types.has(t), t).toBe(true);
    }
    // The worst page of each type, for the record.
    const worst = new Map<string, Row>();
    for (const r of rows) if ((worst.get(r.type)?.total ?? -1) < r.total) worst.set(r.type, r);
    console.table([...worst.values()].map((r) => ({ ...r, budget: BUDGET })));
  });

  it(`keeps every page ≤ ${BUDGET} bytes`, () => {
    const over = rows.filter((r) => r.total > BUDGET).map((r) => `${r.path}: ${r.total} bytes`);
    expect(over).toEqual([]);
  });

  it('loads JavaScript only on pages with spoiler toggles', () => {
    for (const r of rows) {
      const html = readFileSync(
        join(distDir, r.path.endsWith('.html') ? r.path : `${r.path}index.html`),
        'utf8',
      );
      const hasToggles = html.includes('data-spoiler-switch');
      const scripts = (html.match(/<script\b(?![^>]*application\/ld\+json)[^>]*>/g) ?? []).length;
      if (!hasToggles) expect(scripts, r.path).toBe(0);
    }
  });
});
