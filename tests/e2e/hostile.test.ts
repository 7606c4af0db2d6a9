import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { personSlug } from '../../src/lib/slug.ts';
import { launchBrowser, settled, trackRequests } from './browser.ts';
import { hostileEntry as entry, HAND_WRITTEN as hostile } from './hostile-fixture.ts';

/**
 * Hostile entries written by hand among the real ones (entries pass the schema: the attack is in the
 * text), in the hostile fixture global-setup builds (tests/e2e/hostile-fixture.ts): Chromium checks
 * that nothing from them runs, loads, or becomes markup.
 */

const origin = inject('hostileURL');
const dist = inject('hostileDist');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function visit(path: string): Promise<{ page: Page; dialogs: string[]; foreign: string[] }> {
  const page = trackRequests(await browser.newPage());
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin)) foreign.push(r.url());
  });
  const response = await page.goto(new URL(path, origin).href);
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
