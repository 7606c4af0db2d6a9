import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { loadEntries, loadFilm, personPath, reviewPath, spoilerSnippets } from './entries.ts';
import { allResultPaths, waitForSearch } from './search-support.ts';
import { normalizeForMatch } from './spoiler-text.ts';

/**
 * The site with two films (built by global-setup from this film and a second one from the test
 * fixtures): both reachable from home, one page per person across films, a film filter in search
 * that returns exactly that film's reviews, and every film's spoilers hidden.
 */

const baseURL = inject('twoFilmsURL');
const filmsDir = inject('twoFilmsDir');
const entries = loadEntries(filmsDir);
const FILMS = ['ballerina-2025', 'john-wick-chapter-4'];
const films = new Map(FILMS.map((slug) => [slug, loadFilm(slug, filmsDir)]));

const session = useBrowser(baseURL);
const { problems } = session;

/** Opens `path` in the file's shared tab (see BrowserSession.open). */
async function open(path: string): Promise<Page> {
  const { page, response } = await session.open(path);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe('the two-film fixture', () => {
  it('has reviews of both films', () => {
    for (const film of FILMS)
      expect(entries.filter((e) => e.data.film === film).length, film).toBeGreaterThanOrEqual(3);
  });
});

describe('home', () => {
  it.each(FILMS)('lists %s with its count of reviews, and its card leads to its page', async (slug) => {
    const film = films.get(slug);
    const page = await open('/');
    expect(await page.locator('[data-films] li[data-film]').count()).toBe(FILMS.length);
    const card = page.locator(`li[data-film="${slug}"]`);
    expect(await card.innerText()).toContain(`${film?.title} (${film?.year})`);
    const n = entries.filter((e) => e.data.film === slug).length;
    expect(await card.locator('[data-review-count]').getAttribute('data-review-count')).toBe(String(n));
    await Promise.all([page.waitForURL(`**/films/${slug}/`), card.locator('h2 a').click()]);
    expect(await page.locator('h1').innerText()).toContain(film?.title);
    const listed = await page
      .locator('li.card')
      .evaluateAll((cs) => cs.map((c) => c.getAttribute('data-review')));
    expect(listed.sort()).toEqual(
      entries
        .filter((e) => e.data.film === slug)
        .map((e) => e.data.slug)
        .sort(),
    );
    expect(problems).toEqual([]);
  });
});

describe('people across films', () => {
  it('one page for Keanu Reeves, with his part in each film and reviews of both', async () => {
    const page = await open(personPath('Keanu Reeves'));
    expect(await page.locator('h1').innerText()).toBe('Keanu Reeves');
    for (const [slug, film] of films) {
      const part = film.cast.find((c) => c.name === 'Keanu Reeves')?.character;
      expect(await page.locator(`[data-roles] li[data-role-film="${slug}"]`).innerText()).toContain(
        `plays ${part}`,
      );
    }
    const naming = entries.filter((e) => e.data.cast.some((c) => c.name === 'Keanu Reeves'));
    const shown = await page
      .locator('.mentions > li')
      .evaluateAll((ls) =>
        ls.map((l) => `${l.getAttribute('data-review-film')}/${l.getAttribute('data-review')}`),
      );
    expect(shown.sort()).toEqual(naming.map((e) => `${e.data.film}/${e.data.slug}`).sort());
    expect(new Set(shown.map((s) => s.split('/')[0]))).toEqual(new Set(FILMS));
  });

  it('a producer of one film who directed the other shows both roles', async () => {
    const page = await open(personPath('Chad Stahelski'));
    const roles = await page.locator('[data-roles] li').allInnerTexts();
    expect(roles).toHaveLength(2);
    for (const [slug, film] of films) {
      const mine = film.crew.find((c) => c.name === 'Chad Stahelski')?.roles.join(', ');
      expect(await page.locator(`[data-roles] li[data-role-film="${slug}"]`).innerText()).toContain(
        String(mine),
      );
    }
  });
});

describe('search by film', () => {
  it.each(FILMS)(
    'the film filter for %s returns exactly its reviews, each saying which film',
    async (slug) => {
      const title = films.get(slug)?.title as string;
      const page = await open('/search/');
      await page
        .locator('fieldset[data-facet="film"] input[name="film"]')
        .and(page.locator(`[value="${title}"]`))
        .check();
      await waitForSearch(page, `?${new URLSearchParams({ film: title })}`);
      const expected = entries
        .filter((e) => e.data.film === slug)
        .map(reviewPath)
        .sort();
      expect((await allResultPaths(page)).sort()).toEqual(expected);
      for (const text of await page.locator('#search-results .result-film').allInnerTexts()) {
        expect(text).toBe(`${title} (${films.get(slug)?.year})`);
      }
      expect(problems).toEqual([]);
    },
  );

  it('a deep link with a film and a cast member narrows to both', async () => {
    const title = films.get('john-wick-chapter-4')?.title as string;
    const query = `?${new URLSearchParams({ film: title, cast: 'Keanu Reeves' })}`;
    const page = await open(`/search/${query}`);
    await waitForSearch(page, query);
    const expected = entries
      .filter((e) => e.data.film === 'john-wick-chapter-4')
      .filter((e) => e.data.cast.some((c) => c.name === 'Keanu Reeves'))
      .map(reviewPath)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect((await allResultPaths(page)).sort()).toEqual(expected);
  });
});

describe('spoilers of either film', () => {
  it.each(FILMS)(
    '%s: every review keeps its spoiler regions closed and their text out of view',
    async (slug) => {
      const withSpoilers = entries.filter((e) => e.data.film === slug && e.data.spoilers.length > 0);
      expect(withSpoilers.length, `${slug} has a review with spoilers`).toBeGreaterThan(0);
      await session.visitEach(withSpoilers, reviewPath, async (page, entry, response) => {
        expect(response.status(), reviewPath(entry)).toBe(200);
        const regions = page.locator('details[data-spoiler]');
        expect(await regions.count()).toBe(entry.data.spoilers.length);
        expect(await page.locator('details[data-spoiler][open]').count()).toBe(0);
        const visible = normalizeForMatch(await page.locator('main').innerText());
        for (const snippet of spoilerSnippets(entry)) expect(visible).not.toContain(snippet);
      });
    },
  );
});

describe('feeds, sitemaps and structured data per film', () => {
  const get = async (path: string) => {
    const response = await fetch(new URL(path, baseURL));
    expect(response.status, path).toBe(200);
    return response.text();
  };
  const paths = (xml: string, tag: string) =>
    [...xml.matchAll(new RegExp(`<${tag}>([^<]+)</${tag}>`, 'g'))].map(
      (m) => new URL(m[1] as string).pathname,
    );

  it.each(FILMS)('%s has its own feed and sitemap, listing exactly its reviews', async (slug) => {
    const mine = entries
      .filter((e) => e.data.film === slug)
      .map(reviewPath)
      .sort();
    expect(
      paths(await get(`/films/${slug}/rss.xml`), 'link')
        .filter((p) => p.includes('/reviews/'))
        .sort(),
    ).toEqual(mine);
    const sitemap = paths(await get(`/sitemap-film-${slug}-0.xml`), 'loc');
    expect(sitemap.filter((p) => p.includes('/reviews/')).sort()).toEqual(mine);
    expect(sitemap).toContain(`/films/${slug}/`);
  });

  it('the site feed covers every film', async () => {
    const all = paths(await get('/rss.xml'), 'link').filter((p) => p.includes('/reviews/'));
    expect(all.sort()).toEqual(entries.map(reviewPath).sort());
  });

  it.each(FILMS)('the page of %s describes its Movie in JSON-LD', async (slug) => {
    const html = await get(`/films/${slug}/`);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      (m) => JSON.parse(m[1] as string) as { '@type': string; name: string },
    );
    const movies = blocks.filter((b) => b['@type'] === 'Movie');
    expect(movies.map((m) => m.name)).toEqual([films.get(slug)?.title]);
  });
});
