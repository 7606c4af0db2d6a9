import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server.ts';
import { personSlug } from '../../src/lib/slug.ts';
import { type Review, reviewSchema } from '../../src/schemas/review.ts';
import { launchBrowser, settled } from './browser.ts';
import { filmsDir } from './entries.ts';

/**
 * Builds the site again with hostile entries among the real ones (entries pass the schema: the attack
 * is in the text) and checks in Chromium that nothing from them runs, loads, or becomes markup.
 */

const PWN = 'window.__pwned=1';
const payloads = {
  script: `<script>${PWN};alert(1)</script>`,
  img: `<img src=x onerror="${PWN};alert(2)">`,
  svg: `<svg onload="${PWN}"></svg>`,
  iframe: '<iframe src="https://evil.example/"></iframe>',
  closeScript: '</script><script>window.__pwned=1</script>',
  template: '{{ 7*7 }} ${7*7} {7*7}',
};

function entry(slug: string, patch: Partial<Review>): Review {
  return reviewSchema.parse({
    film: 'ballerina-2025',
    title: `Hostile ${payloads.script} ${slug}`,
    slug,
    source: {
      file: `${slug}.txt`,
      outlet: `Outlet ${payloads.img}`,
      author: payloads.svg,
      // The schema admits http(s) only (a javascript: URL fails the build); this one tries to break out of href.
      url: 'https://example.org/review?q="><script>alert(1)</script>',
    },
    date: null,
    rating: {
      score: 40,
      source: 'estimated',
      explicit: null,
      estimated: { score: 40, confidence: 0.5, evidence: [payloads.img] },
    },
    cast: [
      {
        name: 'Ana de Armas',
        character: 'Eve Macarro',
        mentions: 1,
        forms: ['Ana de Armas'],
        sentences: [
          { text: `Ana de Armas ${payloads.img}`, spoiler: false, region: null },
          { text: `Secret ${payloads.script}`, spoiler: true, region: 0 },
        ],
      },
    ],
    crew: [],
    spoilers: [{ reason: 'marked', cue: 'x', label: `Ending ${payloads.img}` }],
    quote: `Quote ${payloads.closeScript} ${payloads.template}`,
    wordCount: 50,
    warnings: [],
    overrides: [],
    ...patch,
  });
}

const hostile: { data: Review; body: string }[] = [
  {
    data: entry('hostile-markup', {}),
    body: [
      `Raw ${payloads.script} and ${payloads.img} inline.`,
      '',
      payloads.iframe,
      '',
      payloads.svg,
      '',
      `[js](javascript:${PWN}) [data](data:text/html,<script>${PWN}</script>) <javascript:alert(1)> ![p](https://evil.example/p.png)`,
      '',
      `Template ${payloads.template} and <style>body{display:none}</style>`,
      '',
      ':::spoiler{reason="marked" label="Ending <img src=x onerror=alert(3)>"}',
      `Inside ${payloads.script}`,
      ':::',
      '',
      '<!-- comment --> <a href="javascript:alert(4)">raw link</a>',
    ].join('\n'),
  },
];

let dir: string;
let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  const films = join(dir, 'films');
  const entries = join(films, 'ballerina-2025', 'reviews');
  dist = join(dir, 'dist');
  if (existsSync(filmsDir)) cpSync(filmsDir, films, { recursive: true });
  for (const h of hostile) {
    writeFileSync(join(entries, `${h.data.slug}.md`), `---\n${stringify(h.data)}---\n\n${h.body}\n`);
  }
  try {
    execFileSync(
      'npx',
      ['astro', 'build', '--config', 'tests/e2e/hostile.astro.config.mjs', '--outDir', dist],
      {
        env: { ...process.env, FILMS_DIR: films, HOSTILE_CACHE_DIR: join(dir, 'cache') },
        stdio: 'pipe',
        encoding: 'utf8',
      },
    );
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`the hostile build failed:\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`);
  }
  server = await serveStatic(dist);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function visit(path: string): Promise<{ page: Page; dialogs: string[]; foreign: string[] }> {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(server.origin)) foreign.push(r.url());
  });
  const response = await page.goto(new URL(path, server.origin).href);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState('load');
  return { page, dialogs, foreign };
}

describe('hostile review text', () => {
  const paths = [
    '/',
    '/films/ballerina-2025/',
    '/films/ballerina-2025/lowest-first/',
    '/rss.xml',
    '/films/ballerina-2025/rss.xml',
    '/people/',
    `/people/${personSlug('Ana de Armas')}/`,
    ...hostile.map((h) => `/films/ballerina-2025/reviews/${h.data.slug}/`),
  ];

  it.each(paths)(
    '%s runs no script, opens no dialog and requests nothing from another origin',
    async (path) => {
      const { page, dialogs, foreign } = await visit(path);
      await page.locator('details[data-spoiler] > summary').evaluateAll((ss) => {
        for (const s of ss) (s as HTMLElement).click();
      });
      await settled(page);
      expect(dialogs).toEqual([]);
      expect(foreign).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      const injected = await page.evaluate(() =>
        Array.from(document.querySelectorAll('main *'))
          .filter(
            (el) =>
              ['SCRIPT', 'IFRAME', 'IMG', 'OBJECT', 'EMBED', 'STYLE'].includes(el.tagName) ||
              (el.tagName.toLowerCase() === 'svg' && !el.closest('figure.chart')) ||
              Array.from(el.attributes).some((a) => a.name.startsWith('on')) ||
              /^\s*(javascript|data):/i.test(el.getAttribute('href') ?? ''),
          )
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(injected).toEqual([]);
      await page.close();
    },
  );

  it('shows the hostile text as text on the review page', async () => {
    const { page } = await visit(`/films/ballerina-2025/reviews/${hostile[0]?.data.slug}/`);
    await page.locator('details[data-spoiler] > summary').first().click();
    const text = await page.locator('main').innerText();
    expect(text).toContain('<script>window.__pwned=1;alert(1)</script>');
    expect(text).toContain('<img src=x onerror=');
    expect(text).toContain('<iframe src="https://evil.example/"></iframe>');
    expect(text).toContain('{{ 7*7 }} ${7*7} {7*7}');
    expect(text).toContain('Hide spoiler: Ending <img src=x onerror=alert(3)>');
    expect(await page.title()).toContain('<script>');
    const ld = await page.locator('script[type="application/ld+json"]').textContent();
    expect(ld).not.toContain('<');
    expect(JSON.parse(ld ?? '{}').reviewBody).toContain('</script><script>');
    await page.close();
  });

  it('refuses a javascript: source URL in an entry', () => {
    expect(() =>
      entry('js-url', { source: { file: 'x.txt', outlet: null, author: null, url: 'javascript:alert(1)' } }),
    ).toThrow(/url/i);
  });

  it('keeps a hostile source URL inside its href attribute', () => {
    const html = readFileSync(
      join(dist, 'films/ballerina-2025/reviews', hostile[0]?.data.slug ?? '', 'index.html'),
      'utf8',
    );
    expect(html).toContain('Original review');
    expect(html).not.toContain('"><script>alert(1)</script>');
  });
});
