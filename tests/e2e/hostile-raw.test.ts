import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server.ts';
import { launchBrowser, settled } from './browser.ts';

/**
 * The whole path a hostile review takes, in a real browser: raw text (and sidecars) → npm run
 * normalize → npm run build (scripts/build.ts, its own outDir, FILMS_DIR and content cache) →
 * Chromium. The five seed reviews and four hostile ones are built together; on every page of the
 * result no dialog opens, nothing from a review becomes an element, a script, a style or a request
 * to another origin, the hostile text reads as text, JSON-LD stays JSON, and the CSP forbids inline
 * script. (tests/e2e/hostile.test.ts attacks the site with hand-written entries instead.)
 */

const root = new URL('../..', import.meta.url).pathname;
const PWN = 'window.__pwned=1';

/** Raw reviews as an editor might paste them from a hostile page. */
const RAW: Record<string, string> = {
  '900_markup.txt': [
    `</script><script>${PWN};alert(1)</script> Ballerina Review`,
    `Ballerina is a thrilling, stylish spin-off and Ana de Armas is terrific as Eve <script>${PWN};alert(2)</script>.`,
    `The fights are inventive <img src=x onerror="${PWN};alert(3)"> and Keanu Reeves makes a welcome appearance.`,
    `See [click me](javascript:${PWN};alert(4)) or [this](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==) or <javascript:alert(6)> for more.`,
    '![tracker](https://evil.example/pixel.png) <iframe src="https://evil.example/frame"></iframe> <object data="https://evil.example/x.swf"></object>',
    `<a href="javascript:${PWN};alert(7)" onclick="alert(8)">a raw link</a> <link rel="stylesheet" href="https://evil.example/x.css"> <meta http-equiv="refresh" content="0;url=https://evil.example/">`,
    'Rating: 4/5',
  ].join('\n'),
  '901_template.txt': [
    'Template Trouble',
    "{{constructor.constructor('alert(1)')()}} is what a template engine would run, and ${alert(2)} and {alert(3)} too.",
    `Ana de Armas is fierce and the action is stylish <svg onload="${PWN};alert(4)"><script>alert(5)</script></svg>.`,
    '<svg><foreignObject><img src=x onerror=alert(6)></foreignObject></svg> <style>body{display:none}</style> <base href="https://evil.example/">',
    ':::spoiler{reason="marked" label="<img src=x onerror=alert(7)>"}',
    'Fake region text.',
    ':::',
    'Overall a fun ride, and the stunts are great.',
  ].join('\n'),
  '902_spoiler.txt': [
    'Spoiled Rotten',
    'Ballerina is a stylish action film and Ana de Armas is great in it.',
    'Spoilers Below <img src=x onerror=alert(1)>',
    `Eve kills the Chancellor <script>${PWN};alert(2)</script> in the finale.`,
    'It turns out <img src=x onerror=alert(3)> the Director was behind it all.',
    'The Verdict',
    'A fun ride with great stunts.',
  ].join('\n'),
  '903_sidecar.txt': [
    'Sidecar Review',
    'Ballerina is stylish and Norman Reedus is quietly menacing as Daniel Pine.',
    'The action is relentless and the finale is a blast.',
  ].join('\n'),
  '904_js_url.txt': 'JS URL Review\nBallerina is a fun, stylish ride and Ana de Armas is great.\n',
};
/** Sidecars: hostile text in every free-text field, and a javascript: URL that must be refused. */
const SIDECARS: Record<string, string> = {
  '903_sidecar.yaml': [
    `title: "Sidecar </script><script>${PWN}</script> Title"`,
    'outlet: "<img src=x onerror=alert(1)> Outlet"',
    'author: "</script><script>alert(2)</script>"',
    `url: 'https://example.org/"onmouseover="${PWN};alert(3)"x="'`,
    'date: 2025-06-06',
    `quote: "{{constructor.constructor('alert(4)')()}} </script><script>${PWN}</script>"`,
  ].join('\n'),
  '904_js_url.yaml': 'url: "javascript:alert(1)"\n',
};

let dir: string;
let dist: string;
let server: StaticServer;
let browser: Browser;
let normalizeRun: { code: number | null; stderr: string };
let pages: string[];

function sh(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Where normalize writes the entries, under the films folder the build reads. */
const ENTRIES = 'films/ballerina-2025/reviews';

/** The slug normalize gave the entry of a raw file. */
function slugOf(file: string): string {
  const entries = join(dir, ENTRIES);
  for (const name of readdirSync(entries).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(join(entries, name), 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as {
      slug: string;
      source: { file: string };
    };
    if (data.source.file === file) return data.slug;
  }
  throw new Error(`no entry for ${file}`);
}

/** Every page of the build, as URL paths. */
function htmlPages(base: string): string[] {
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => `/${f}`.replace(/\/index\.html$/, '/'))
    .sort();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-raw-'));
  const raw = join(dir, 'raw');
  const entries = join(dir, ENTRIES);
  dist = join(dir, 'dist');
  mkdirSync(raw);
  for (const seed of readdirSync(join(root, 'content/films/ballerina-2025/raw')).filter((f) =>
    f.endsWith('.txt'),
  )) {
    cpSync(join(root, 'content/films/ballerina-2025/raw', seed), join(raw, seed));
  }
  for (const [name, text] of Object.entries({ ...RAW, ...SIDECARS })) writeFileSync(join(raw, name), text);

  const normalized = sh(['scripts/normalize.ts', '--input', raw, '--output', entries]);
  normalizeRun = normalized;
  cpSync(join(root, 'content/films/ballerina-2025/film.yaml'), join(dir, 'films/ballerina-2025/film.yaml'));
  const built = sh(['scripts/build.ts', '--outDir', dist], {
    FILMS_DIR: join(dir, 'films'),
    ASTRO_CACHE_DIR: join(dir, 'cache'),
    NO_COLOR: '1',
  });
  if (built.code !== 0)
    throw new Error(`the hostile build failed:\n${built.stdout.slice(-3000)}\n${built.stderr.slice(-3000)}`);
  pages = htmlPages(dist);
  server = await serveStatic(dist);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What a visit saw: dialogs, requests to other origins, and page errors. */
interface Visit {
  page: Page;
  dialogs: string[];
  foreign: string[];
}

async function visit(path: string): Promise<Visit> {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${server.origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'))
      foreign.push(url);
  });
  const response = await page.goto(new URL(path, server.origin).href);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState('load');
  return { page, dialogs, foreign };
}

/** Everything on the page that review text could have injected, described; empty when clean. */
function injected(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    const describe = (el: Element) => el.outerHTML.slice(0, 120);
    // A link the reader may follow, or one that names the page's canonical address, loads nothing.
    const navigational = (el: Element) =>
      el.tagName === 'A' ||
      (el.tagName === 'LINK' && /^(?:canonical|alternate)$/i.test(el.getAttribute('rel') ?? ''));
    const origin = (url: string) => {
      try {
        return new URL(url, location.href).origin;
      } catch {
        return 'invalid';
      }
    };
    // A meta CSP governs only what comes after it.
    const meta = document.querySelector('meta[http-equiv="content-security-policy" i]');
    const csp = meta?.getAttribute('content') ?? '';
    const directive = (name: string) =>
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `)) ?? '';
    const sha256 = async (text: string) => {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
      return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
    };
    if (!meta) out.push('no CSP meta');
    for (const el of Array.from(
      document.querySelectorAll('script:not([type="application/ld+json"]), style, link[rel="stylesheet"]'),
    )) {
      if (meta && !(meta.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) {
        out.push(`before the CSP: ${describe(el)}`);
      }
    }
    for (const script of Array.from(document.querySelectorAll('script'))) {
      if (script.type === 'application/ld+json') continue;
      const src = script.getAttribute('src');
      if (src !== null) {
        if (origin(src) !== location.origin) out.push(`foreign script: ${describe(script)}`);
      } else if (!directive('script-src').includes(await sha256(script.textContent ?? ''))) {
        out.push(`inline script whose hash the CSP does not list: ${describe(script)}`);
      }
    }
    for (const style of Array.from(document.querySelectorAll('style'))) {
      if (!directive('style-src').includes(await sha256(style.textContent ?? ''))) {
        out.push(`inline style whose hash the CSP does not list: ${describe(style)}`);
      }
    }
    for (const el of Array.from(
      document.querySelectorAll(
        'iframe, frame, object, embed, applet, base, portal, meta[http-equiv="refresh" i]',
      ),
    )) {
      out.push(`forbidden element: ${describe(el)}`);
    }
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) out.push(`event handler: ${describe(el)}`);
        if (
          ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'].includes(
            attr.name.toLowerCase(),
          )
        ) {
          if (/^\s*(?:javascript|data|vbscript):/i.test(attr.value)) out.push(`script URL: ${describe(el)}`);
          else if (!navigational(el) && origin(attr.value) !== location.origin) {
            out.push(`foreign resource: ${describe(el)}`);
          }
        }
      }
    }
    for (const svg of Array.from(document.querySelectorAll('svg'))) {
      if (svg.querySelector('script, foreignObject')) out.push(`active SVG: ${describe(svg)}`);
    }
    return out;
  });
}

/** Opens every spoiler region, so their content runs too, if it could. */
async function openSpoilers(page: Page): Promise<void> {
  await page.locator('details > summary').evaluateAll((summaries) => {
    for (const s of summaries) (s as HTMLElement).click();
  });
}

/**
 * The text a reader sees (rendered, so text hidden by CSS or a closed spoiler does not count), with
 * the site's typography (smartypants: curly quotes, dashes, ellipses) folded back to ASCII.
 */
async function visibleText(page: Page, selector = 'main'): Promise<string> {
  return typography(await page.locator(selector).innerText());
}

/** Folds smartypants' typography to one form, so payloads compare as the editor typed them. */
function typography(text: string): string {
  return text
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/—|–|-{2,3}/g, '—')
    .replace(/…|\.{3}/g, '…');
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

// Dozens of pages, each loaded and probed: more time than the e2e default on a loaded machine.
describe('hostile raw reviews, normalized and built with the seeds', { timeout: 240_000 }, () => {
  it('normalize refuses the javascript: sidecar URL, naming the file and field, and writes the rest', () => {
    expect(normalizeRun.code).toBe(1);
    expect(normalizeRun.stderr).toMatch(/904_js_url\.yaml: sidecar does not match its schema[\s\S]*→ at url/);
    expect(normalizeRun.stderr.match(/normalize: error:/g)).toHaveLength(1);
    const entries = readdirSync(join(dir, ENTRIES)).filter((f) => f.endsWith('.md'));
    expect(entries).toHaveLength(9); // 5 seeds + 4 hostile, not the refused one
    expect(existsSync(join(dist, 'films/ballerina-2025/reviews', 'js-url-review'))).toBe(false);
  });

  it('built every page, the hostile reviews among them', () => {
    expect(pages).toContain('/');
    expect(pages.filter((p) => p.startsWith('/films/ballerina-2025/reviews/'))).toHaveLength(9);
  });

  it('every page: no dialog, no injected element, no foreign request, no script run', async () => {
    const problems: string[] = [];
    for (const path of pages) {
      const { page, dialogs, foreign } = await visit(path);
      await openSpoilers(page);
      await settled(page);
      for (const d of dialogs) problems.push(`${path}: dialog "${d}"`);
      for (const f of foreign) problems.push(`${path}: request to ${f}`);
      for (const i of await injected(page)) problems.push(`${path}: ${i}`);
      if ((await pwned(page)) !== undefined) problems.push(`${path}: a payload ran`);
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it('search results that quote the hostile text inject nothing either', async () => {
    for (const q of ['onerror', 'script', 'constructor']) {
      const { page, dialogs, foreign } = await visit(`/search/?q=${q}`);
      await page.waitForFunction(
        () => (document.querySelector('#search-results')?.children.length ?? 0) > 0,
        undefined,
        { timeout: 30_000 },
      );
      await settled(page);
      expect(dialogs, q).toEqual([]);
      expect(foreign, q).toEqual([]);
      expect(await injected(page), q).toEqual([]);
      expect(await pwned(page), q).toBeUndefined();
      await page.close();
    }
  });

  it('shows the hostile text as text', async () => {
    const reviewPath = (file: string) => `/films/ballerina-2025/reviews/${slugOf(file)}/`;
    const markup = await visit(reviewPath('900_markup.txt'));
    const text = await visibleText(markup.page);
    expect(text).toContain(`<script>${PWN};alert(2)</script>`);
    expect(text).toContain(`<img src=x onerror="${PWN};alert(3)">`);
    expect(text).toContain(`[click me](javascript:${PWN};alert(4))`);
    expect(text).toContain('<iframe src="https://evil.example/frame"></iframe>');
    expect(await markup.page.title()).toContain(`</script><script>${PWN};alert(1)</script>`);
    await markup.page.close();

    const template = await visit(reviewPath('901_template.txt'));
    const ttext = await visibleText(template.page);
    expect(ttext).toContain("{{constructor.constructor('alert(1)')()}}");
    expect(ttext).toContain('${alert(2)} and {alert(3)}');
    expect(ttext).toContain(`<svg onload="${PWN};alert(4)"><script>alert(5)</script></svg>`);
    expect(ttext).toContain(':::spoiler{reason="marked" label="<img src=x onerror=alert(7)>"}');
    await template.page.close();

    const spoiler = await visit(reviewPath('902_spoiler.txt'));
    await openSpoilers(spoiler.page);
    expect(await visibleText(spoiler.page)).toContain(
      `Eve kills the Chancellor <script>${PWN};alert(2)</script>`,
    );
    await spoiler.page.close();

    const sidecar = await visit(reviewPath('903_sidecar.txt'));
    const stext = await visibleText(sidecar.page, 'body');
    expect(stext).toContain('<img src=x onerror=alert(1)> Outlet');
    expect(await sidecar.page.title()).toContain(`</script><script>${PWN}</script>`);
    await sidecar.page.close();
  });

  it('JSON-LD parses as JSON and escapes "<" on every page', () => {
    let hostileSeen = 0;
    for (const path of pages) {
      const html = readFileSync(join(dist, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
      for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(json, path).not.toContain('<');
        expect(() => JSON.parse(json as string), path).not.toThrow();
        if ((json as string).includes('\\u003c/script\\u003e')) hostileSeen++;
      }
    }
    expect(hostileSeen).toBeGreaterThan(0);
  });

  // That the CSP comes before every script and style, and that the hashes it lists are the page's own
  // scripts, is checked in the browser, page by page, above.
  it('every page has a CSP meta with no unsafe-inline script', () => {
    for (const path of pages) {
      const html = readFileSync(join(dist, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
      expect(meta, path).not.toBeNull();
      const csp = (meta?.[1] ?? '').replace(/&#39;|&apos;/g, "'");
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc, path).toMatch(/script-src 'self'/);
      expect(scriptSrc, path).not.toMatch(/unsafe-inline|(?<!wasm-)unsafe-eval|\*|https?:|data:/);
      expect(csp, path).toMatch(/object-src 'none'/);
      expect(csp, path).toMatch(/base-uri 'none'/);
    }
  });

  it('the RSS feed and sitemap carry the hostile text escaped', () => {
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(rss).not.toMatch(/<script|<img|<svg|<iframe/i);
    expect(rss).toMatch(/&lt;script|&lt;img/);
    const sitemap = readdirSync(dist)
      .filter((f) => f.startsWith('sitemap'))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('\n');
    expect(sitemap).not.toMatch(/<script|javascript:/i);
  });
});
