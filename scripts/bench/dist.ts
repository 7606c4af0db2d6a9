/**
 * Static analysis of a built site: its size and, for every HTML page, the gzip bytes of a first visit
 * (the HTML plus the stylesheets and scripts it loads, with their static imports).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first-visit budget of a page, gzip bytes of HTML + CSS + JS (issue 3: 14 KB, one TCP round trip). */
export const PAGE_BUDGET = 14 * 1024;

/** One page's first visit. */
export interface PageWeight {
  /** The page's URL path ("/reviews/x/"). */
  path: string;
  kind: string;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  total: number;
}

/** The summary of a built site. */
export interface DistReport {
  bytes: number;
  files: number;
  pages: number;
  pagefindBytes: number;
  pagefindFiles: number;
  /** Heaviest first visit per page kind. */
  largestByKind: PageWeight[];
  largest: PageWeight | null;
  /** Pages over PAGE_BUDGET, the search page excepted. */
  overBudget: PageWeight[];
}

async function walk(dir: string, out: string[] = []): Promise<string[]> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** The kind of page at a URL path: home, listing page, review, cast, crew, search, 404, other. */
export function pageKind(path: string): string {
  if (path === '/') return 'home';
  if (path === '/404.html') return '404';
  const parts = path.split('/').filter(Boolean);
  const paged = /\/page\/\d+\/$/.test(path);
  if (parts[0] === 'films' && parts.length >= 2) {
    if (parts[2] === 'reviews') return 'review';
    if (parts[2] === 'lowest-first') return 'film, lowest first';
    return paged ? 'film (page n)' : 'film';
  }
  if (parts[0] === 'people') {
    if (parts.length === 1) return 'people index';
    return paged ? 'person (page n)' : 'person';
  }
  if (parts[0] === 'search') return 'search';
  return 'other';
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

/** The stylesheet and script URLs a page loads on a first visit (not lazy imports). */
export function subresources(html: string): { css: string[]; js: string[] } {
  const css: string[] = [];
  const js: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) css.push(href);
    else if (rel.includes('modulepreload')) js.push(href);
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src) js.push(src);
  }
  return { css, js };
}

/** Static imports of an ES module ("import x from './a.js'", "import './b.js'", "export … from"), not import(). */
function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(
    /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g,
  )) {
    if (m[1]) out.push(m[1]);
  }
  return out;
}

/** Resolves a site URL against a page's URL path, to a file path under root; null for other origins. */
function toFile(root: string, pagePath: string, url: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return null;
  const clean = url.split(/[?#]/)[0] ?? '';
  const abs = clean.startsWith('/') ? clean : posix.join(posix.dirname(`${pagePath}x`), clean);
  return join(root, ...posix.normalize(abs).split('/').filter(Boolean));
}

/** Builds a gzip-size lookup with caching: each file is read and compressed once. */
function gzipSizer(): (file: string) => Promise<{ gzip: number; text: string } | null> {
  const cache = new Map<string, Promise<{ gzip: number; text: string } | null>>();
  return (file) => {
    let hit = cache.get(file);
    if (!hit) {
      hit = readFile(file).then(
        (bytes) => ({ gzip: gzipSync(bytes).length, text: bytes.toString('utf8') }),
        () => null,
      );
      cache.set(file, hit);
    }
    return hit;
  };
}

/** Measures every page of a built site and its total size. */
export async function analyzeDist(root: string): Promise<DistReport> {
  const files = await walk(root);
  let bytes = 0;
  let pagefindBytes = 0;
  let pagefindFiles = 0;
  for (const file of files) {
    const size = (await stat(file)).size;
    bytes += size;
    if (relative(root, file).split(sep)[0] === 'pagefind') {
      pagefindBytes += size;
      pagefindFiles++;
    }
  }
  const gz = gzipSizer();
  const weights: PageWeight[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const rel = relative(root, file).split(sep).join('/');
    if (rel.startsWith('pagefind/')) continue;
    const path =
      rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -10)}` : `/${rel}`;
    const html = await readFile(file);
    const { css, js } = subresources(html.toString('utf8'));
    let cssGzip = 0;
    let jsGzip = 0;
    const seen = new Set<string>();
    for (const href of css) {
      const target = toFile(root, path, href);
      if (!target || seen.has(target)) continue;
      seen.add(target);
      cssGzip += (await gz(target))?.gzip ?? 0;
    }
    const queue = js.map((src) => ({ from: path, src }));
    while (queue.length > 0) {
      const { from, src } = queue.shift() as { from: string; src: string };
      const target = toFile(root, from, src);
      if (!target || seen.has(target)) continue;
      seen.add(target);
      const got = await gz(target);
      if (!got) continue;
      jsGzip += got.gzip;
      const url = `/${relative(root, target).split(sep).join('/')}`;
      for (const next of staticImports(got.text))
        if (next.startsWith('.') || next.startsWith('/')) queue.push({ from: url, src: next });
    }
    const htmlGzip = gzipSync(html).length;
    weights.push({
      path,
      kind: pageKind(path),
      htmlGzip,
      cssGzip,
      jsGzip,
      total: htmlGzip + cssGzip + jsGzip,
    });
  }
  const byKind = new Map<string, PageWeight>();
  for (const w of weights) {
    const best = byKind.get(w.kind);
    if (!best || w.total > best.total) byKind.set(w.kind, w);
  }
  const budgeted = weights.filter((w) => w.kind !== 'search');
  const largest = budgeted.reduce<PageWeight | null>((a, b) => (a && a.total >= b.total ? a : b), null);
  return {
    bytes,
    files: files.length,
    pages: weights.length,
    pagefindBytes,
    pagefindFiles,
    largestByKind: [...byKind.values()].sort((a, b) => b.total - a.total),
    largest,
    overBudget: budgeted.filter((w) => w.total > PAGE_BUDGET).sort((a, b) => b.total - a.total),
  };
}

/** A review page, a cast page and other sample URLs of a built site, for browser measurements. */
export async function samplePaths(root: string): Promise<{ review: string | null; cast: string | null }> {
  const firstDir = async (dir: string) => {
    try {
      const names = (await readdir(join(root, dir), { withFileTypes: true }))
        .filter((e) => e.isDirectory() && e.name !== 'page')
        .map((e) => e.name)
        .sort();
      return names[0] ? `/${dir}/${names[0]}/` : null;
    } catch {
      return null;
    }
  };
  const film = await firstDir('films');
  const review = film ? await firstDir(`${film.slice(1, -1)}/reviews`) : null;
  return { review, cast: await firstDir('people') };
}
