import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Review } from '../../src/schemas/review.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser, openPage, settled } from './browser.ts';
import { personPath } from './entries.ts';
import {
  allResultPaths,
  mentionsWord,
  type PageText,
  pagefindSearch,
  readEntries,
  readPageText,
  reviewPath,
  surname,
  waitForSearch,
  words,
} from './search-support.ts';

const baseURL = inject('baseURL');
const entries: Review[] = readEntries();

/** A review is listed for a cast member when its entry names them, inside a spoiler region or not (peopleOf). */
const tags = (r: Review, name: string) => r.cast.some((c) => c.name === name);
const castNames = [...new Set(entries.flatMap((r) => r.cast.map((c) => c.name)))].sort();
const expectedFor = (...names: string[]) =>
  entries
    .filter((r) => names.every((n) => tags(r, n)))
    .map((r) => reviewPath(r))
    .sort();

let browser: Browser;
let page: Page;
/** Console errors, page errors and failed requests of the current page only. */
const problems: string[] = [];
let texts: PageText[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  const reader = await browser.newPage({ baseURL });
  texts = [];
  for (const r of entries) texts.push(await readPageText(reader, reviewPath(r)));
  await reader.close();
});

afterAll(async () => {
  await browser?.close();
});

/** A new tab, with nothing cached: the one the last test used is closed. */
async function freshPage(): Promise<Page> {
  await page?.close();
  problems.length = 0;
  page = await openPage(browser, problems);
  return page;
}

/**
 * Opens `path` in the tab the last test used, as a reader going on to another page (a new tab costs
 * Chromium far more than a navigation); what it records starts afresh.
 */
async function open(path: string): Promise<Page> {
  const p = page && !page.isClosed() ? page : await freshPage();
  problems.length = 0;
  await p.goto(new URL(path, baseURL).href);
  return p;
}

describe('search index', () => {
  it('has the corpus to test', () => {
    expect(entries.length).toBeGreaterThan(0);
    expect(castNames.length).toBeGreaterThan(0);
  });

  it('indexes exactly the review pages', async () => {
    const p = await open('/search/');
    const [all = []] = await pagefindSearch(p, [null]);
    expect(all.map((d) => d.url).sort()).toEqual(entries.map((r) => reviewPath(r)).sort());
  });

  it('keeps adjacent names apart: no fused tokens in indexed text, filters or meta', async () => {
    const p = await open('/search/');
    const [all = []] = await pagefindSearch(p, [null]);
    const names = [...new Set(entries.flatMap((r) => [...r.cast, ...r.crew].map((m) => m.name)))];
    const fused: string[] = [];
    for (const a of names) {
      for (const b of names) {
        if (a === b) continue;
        const token = `${surname(a)}${b.split(/\s+/)[0]}`;
        for (const d of all) {
          const text = [d.content, ...Object.values(d.meta), ...Object.values(d.filters).flat()].join('\n');
          if (text.includes(token)) fused.push(`${token} in ${d.url}`);
        }
      }
    }
    expect(fused).toEqual([]);
    for (const d of all) {
      for (const value of d.filters.cast ?? []) expect(castNames).toContain(value);
    }
  });

  it('puts unscored reviews last in both score orders and loses none', async () => {
    const p = await open('/search/');
    const scores = async (sort?: Record<string, 'asc' | 'desc'>) =>
      ((await pagefindSearch(p, [null], sort ? { sort } : {}))[0] ?? []).map(
        (d): string | null => d.meta.score ?? null,
      );
    const byRelevance = await scores();
    const desc = await scores({ score_desc: 'desc' });
    const asc = await scores({ score_asc: 'asc' });
    expect(desc).toHaveLength(byRelevance.length);
    expect(asc).toHaveLength(byRelevance.length);
    const scored = (list: (string | null)[]) => list.filter((s): s is string => s !== null).map(Number);
    const unscoredLast = (list: (string | null)[]) => list.slice(list.indexOf(null)).every((s) => s === null);
    expect(scored(desc)).toEqual([...scored(desc)].sort((a, b) => b - a));
    expect(scored(asc)).toEqual([...scored(asc)].sort((a, b) => a - b));
    if (desc.includes(null)) expect(unscoredLast(desc)).toBe(true);
    if (asc.includes(null)) expect(unscoredLast(asc)).toBe(true);
  });
});

describe('cast filter', () => {
  it('lists every tagged cast member with the number of reviews that tag them', async () => {
    const p = await open('/search/');
    const facet = await p.$$eval('fieldset[data-facet="cast"] label', (labels) =>
      labels.map((l) => ({
        name: (l.querySelector('input') as HTMLInputElement).value,
        count: Number((l.querySelector('.facet-count') as HTMLElement).dataset.total),
      })),
    );
    const expected = castNames
      .map((name) => ({ name, count: expectedFor(name).length }))
      .filter((c) => c.count > 0);
    expect([...facet].sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      [...expected].sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it.each(castNames)('picking %s returns exactly the reviews whose entries tag them', async (name) => {
    const expected = expectedFor(name);
    const p = await open('/search/');
    const box = p
      .locator('fieldset[data-facet="cast"] input[name="cast"]')
      .and(p.locator(`[value="${name}"]`));
    if (expected.length === 0) {
      expect(await box.count()).toBe(0);
      await p.goto(new URL(`/search/?${new URLSearchParams({ cast: name })}`, baseURL).href);
    } else {
      await box.check();
    }
    await waitForSearch(p, `?${new URLSearchParams({ cast: name })}`);
    expect((await allResultPaths(p)).sort()).toEqual(expected);
    expect(problems).toEqual([]);
  });

  it.each(castNames)('%s: the person’s page and the search filter list the same reviews', async (name) => {
    const p = await open(personPath(name));
    const onPage: string[] = [];
    for (let next: string | null = personPath(name); next; ) {
      await p.goto(new URL(next, baseURL).href);
      onPage.push(
        ...(await p
          .locator('.mentions > li h3 a')
          .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))),
      );
      const link = p.locator('a[rel="next"]');
      next = (await link.count()) > 0 ? await link.first().getAttribute('href') : null;
    }
    const query = `?${new URLSearchParams({ cast: name })}`;
    await p.goto(new URL(`/search/${query}`, baseURL).href);
    await waitForSearch(p, query);
    expect((await allResultPaths(p)).sort()).toEqual(onPage.sort());
    const total = await p
      .locator('fieldset[data-facet="cast"] label', { hasText: name })
      .locator('.facet-count')
      .getAttribute('data-total');
    expect(Number(total)).toBe(onPage.length);
  });

  it('narrows with several cast members: every picked one must be tagged', async () => {
    const [a, b] = [...castNames].sort((x, y) => expectedFor(y).length - expectedFor(x).length);
    if (!a || !b) return;
    const query = `?${new URLSearchParams([
      ['cast', a],
      ['cast', b],
    ])}`;
    const p = await open(`/search/${query}`);
    await waitForSearch(p, query);
    expect((await allResultPaths(p)).sort()).toEqual(expectedFor(a, b));
    const checked = await p.$$eval('input[name="cast"]:checked', (els) =>
      els.map((e) => (e as HTMLInputElement).value),
    );
    expect(checked.sort()).toEqual([a, b].sort());
  });
});

describe('full-text search', () => {
  const publicSentences = (r: Review) =>
    [...r.cast, ...r.crew].flatMap((m) => m.sentences.filter((s) => !s.spoiler));

  it.each(castNames.map((n) => [surname(n), n]))('"%s" finds the reviews naming %s', async (word) => {
    const mustFind = entries
      .filter((r) => publicSentences(r).some((s) => mentionsWord(s.text, word)))
      .map((r) => reviewPath(r));
    const mayFind = texts.filter((t) => mentionsWord(t.indexable, word)).map((t) => t.path);
    const query = `?${new URLSearchParams({ q: word })}`;
    const p = await open(`/search/${query}`);
    await waitForSearch(p, query);
    const found = await allResultPaths(p);
    for (const path of mustFind) expect(found).toContain(path);
    // Pagefind's typo tolerance may add similar words ("McCarthy" → "McShane"): those must say so.
    const similar = await p.$$eval('#search-results > li[data-match="similar"] h2 a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    for (const path of found.filter((f) => !similar.includes(f))) expect(mayFind).toContain(path);
    for (const path of similar) expect(mustFind).not.toContain(path);
    if (mustFind.length === 0 && found.length > 0) {
      expect(await p.locator('#search-status').textContent()).toMatch(new RegExp(`No review uses “${word}”`));
    }
    if (found.length > similar.length) {
      const marks = await p.$$eval('#search-results mark', (els) => els.map((e) => e.textContent ?? ''));
      expect(marks.some((m) => m.toLowerCase().startsWith(word.toLowerCase().slice(0, 4)))).toBe(true);
    }
    expect(problems).toEqual([]);
  });

  it('shows review text as text: no markup from a review reaches the results', async () => {
    const p = await open('/search/');
    const [all = []] = await pagefindSearch(p, [null]);
    const withTags = all.find((d) => /<[a-z]/i.test(d.content));
    if (!withTags) return;
    const word = [...words(withTags.content.replace(/<[^>]*>/g, ' '), 5)].find(
      (w) => !texts.some((t) => t.path !== withTags.url && mentionsWord(t.indexable, w)),
    );
    if (!word) return;
    const query = `?${new URLSearchParams({ q: word })}`;
    await p.goto(new URL(`/search/${query}`, baseURL).href);
    await waitForSearch(p, query);
    const tags = await p.$$eval('#search-results *', (els) => [
      ...new Set(els.map((e) => e.tagName.toLowerCase())),
    ]);
    for (const tag of tags) expect(['li', 'h2', 'a', 'p', 'span', 'mark']).toContain(tag);
  });
});

describe('spoilers stay out of search', () => {
  const publicText = () => texts.map((t) => t.indexable).join(' ');

  it('no indexed text, meta or excerpt holds a phrase found only in a spoiler region', async () => {
    const p = await open('/search/');
    const [all = []] = await pagefindSearch(p, [null]);
    const pub = publicText().toLowerCase().replace(/\s+/g, ' ');
    const leaks: string[] = [];
    for (const t of texts) {
      for (const region of t.spoilers) {
        const w = region.toLowerCase().split(/\s+/).filter(Boolean);
        for (let i = 0; i + 6 <= w.length; i++) {
          const phrase = w.slice(i, i + 6).join(' ');
          if (pub.includes(phrase)) continue;
          for (const d of all) {
            const indexed = [d.content, ...Object.values(d.meta)]
              .join(' ')
              .toLowerCase()
              .replace(/\s+/g, ' ');
            if (indexed.includes(phrase)) leaks.push(`${d.url}: “${phrase}”`);
          }
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('words found only in spoiler regions find nothing, or no excerpt shows them', async () => {
    const pub = [...words(publicText())];
    // A spoiler word counts as unique only if no public word shares its stem (Pagefind stems, and
    // matches the query as a prefix): "secret" is not unique when the public text says "secrets".
    const related = (a: string, b: string) => {
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      return i === a.length || i === b.length || i >= Math.max(4, Math.min(a.length, b.length) - 2);
    };
    const secret = [...new Set(texts.flatMap((t) => t.spoilers.flatMap((s) => [...words(s, 5)])))]
      .filter((w) => !pub.some((p) => related(w, p)))
      .sort();
    expect(secret.length).toBeGreaterThan(0);
    // Bounded for big corpora: an even sample of at most 80 words.
    const step = Math.max(1, Math.ceil(secret.length / 80));
    const sample = secret.filter((_, i) => i % step === 0);
    const p = await open('/search/');
    const results = await pagefindSearch(p, sample);
    const shown: string[] = [];
    sample.forEach((word, i) => {
      for (const d of results[i] ?? []) {
        const visible = [d.excerpt.replace(/<\/?mark>/g, ''), ...Object.values(d.meta)].join(' ');
        if (mentionsWord(visible, word)) shown.push(`${word} → ${d.url}`);
      }
    });
    expect(shown).toEqual([]);
    // And through the UI, for a few of them.
    for (const word of sample.slice(0, 3)) {
      const query = `?${new URLSearchParams({ q: word })}`;
      await p.goto(new URL(`/search/${query}`, baseURL).href);
      await waitForSearch(p, query);
      const text = (await p.locator('#search-results').textContent()) ?? '';
      expect(mentionsWord(text, word), word).toBe(false);
    }
  });

  it('a person named only inside spoiler regions is a filter value, but the sentence naming them is not indexed', async () => {
    const p = await open('/search/');
    const [all = []] = await pagefindSearch(p, [null]);
    const leaks: string[] = [];
    for (const r of entries) {
      const d = all.find((x) => x.url === reviewPath(r));
      for (const c of r.cast) {
        if (c.sentences.length === 0 || c.sentences.some((s) => !s.spoiler)) continue;
        if (r.cast.some((o) => o !== c && o.name === c.name)) continue;
        if (!d?.filters.cast?.includes(c.name)) leaks.push(`${r.slug}: no cast filter ${c.name}`);
        if (d?.content.includes(c.name)) leaks.push(`${r.slug}: text names ${c.name}`);
        for (const s of c.sentences) {
          const text = [d?.content, ...Object.values(d?.meta ?? {})].join('\n');
          if (text.includes(s.text)) leaks.push(`${r.slug}: indexes the spoiler sentence ${s.text}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });
});

describe('search page', () => {
  it('loads no search code on a cold visit', async () => {
    const p = await freshPage();
    const urls: string[] = [];
    p.on('request', (req) => urls.push(new URL(req.url()).pathname));
    await p.goto(new URL('/search/', baseURL).href);
    // The search script has run its first, empty search, and every request it started has ended.
    await waitForSearch(p, '');
    await settled(p);
    expect(urls.filter((u) => u.startsWith('/pagefind/'))).toEqual([]);
    expect(await p.locator('#search-results > li').count()).toBe(0);
  });

  it('follows a ?q= deep link and keeps the URL in step with the form', async () => {
    const word = surname(castNames[0] ?? 'Reeves');
    const query = `?${new URLSearchParams({ q: word })}`;
    const p = await open(`/search/${query}`);
    await waitForSearch(p, query);
    expect(await p.inputValue('#search-q')).toBe(word);
    const status = (await p.textContent('#search-status')) ?? '';
    expect(status).toMatch(/^(No|\d+) reviews? found/);
    expect(await p.getAttribute('#search-status', 'role')).toBe('status');
    // Words alone load no filter index, so no counts are shown until the reader turns to the facets;
    // then the cast counts count the results: how many of them each cast member would keep.
    const found = await allResultPaths(p);
    expect(await p.getAttribute('#search-results', 'data-counts')).toBe('none');
    expect(await p.locator('fieldset[data-facet="cast"] .facet-count').first().textContent()).toBe('');
    await p.focus('fieldset[data-facet="cast"] input');
    await p.waitForSelector('#search-results[data-counts="results"]:not([aria-busy])');
    const facet = await p.$$eval('fieldset[data-facet="cast"] label', (labels) =>
      labels.map((l) => [
        (l.querySelector('input') as HTMLInputElement).value,
        l.querySelector('.facet-count')?.textContent,
      ]),
    );
    expect(facet.length).toBeGreaterThan(0);
    for (const [name, text] of facet) {
      expect(text, name ?? '').toBe(
        `(${expectedFor(name ?? '').filter((path) => found.includes(path)).length})`,
      );
    }
    // Sorting keeps every result.
    await p.selectOption('#search-sort', 'score-asc');
    await waitForSearch(p, `${query}&sort=score-asc`);
    expect(new URL(p.url()).search).toBe(`${query}&sort=score-asc`);
    expect((await allResultPaths(p)).sort()).toEqual([...found].sort());
    expect(await p.textContent('#search-status')).toBe(status);
  });

  it('can be used with the keyboard alone', async () => {
    const name = [...castNames].sort((a, b) => expectedFor(b).length - expectedFor(a).length)[0];
    if (!name) return;
    const word = surname(name);
    const p = await open('/search/');
    for (let i = 0; i < 30 && (await p.evaluate(() => document.activeElement?.id)) !== 'search-q'; i++) {
      await p.keyboard.press('Tab');
    }
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await p.keyboard.type(word);
    await p.keyboard.press('Enter');
    await waitForSearch(p, `?${new URLSearchParams({ q: word })}`);
    // Tab to the first cast checkbox and toggle it with Space.
    for (
      let i = 0;
      i < 10 && (await p.evaluate(() => (document.activeElement as HTMLInputElement)?.name)) !== 'cast';
      i++
    ) {
      await p.keyboard.press('Tab');
    }
    const picked = await p.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await p.keyboard.press('Space');
    await waitForSearch(
      p,
      `?${new URLSearchParams([
        ['q', word],
        ['cast', picked],
      ])}`,
    );
    await p.keyboard.press('Space');
    await waitForSearch(p, `?${new URLSearchParams({ q: word })}`);
    // On to the first result, and Enter opens it.
    const first = await p.locator('#search-results > li h2 a').first().getAttribute('href');
    expect(first).toBeTruthy();
    for (
      let i = 0;
      i < 40 && (await p.evaluate(() => document.activeElement?.closest('#search-results') === null));
      i++
    ) {
      await p.keyboard.press('Tab');
    }
    await Promise.all([p.waitForURL(`**${first}`), p.keyboard.press('Enter')]);
    expect(new URL(p.url()).pathname).toBe(first);
    expect(problems).toEqual([]);
  });

  it('has no axe violations (WCAG 2 A/AA), empty and with results, light and dark', async () => {
    const word = surname(castNames[0] ?? 'Reeves');
    for (const path of ['/search/', `/search/?${new URLSearchParams({ q: word })}`]) {
      const p = await open(path);
      if (path.includes('?')) await waitForSearch(p, new URL(path, baseURL).search);
      try {
        for (const scheme of ['light', 'dark'] as const) {
          await p.emulateMedia({ colorScheme: scheme });
          expect(await axeViolations(p), `${scheme} ${path}`).toEqual([]);
        }
      } finally {
        await p.emulateMedia({ colorScheme: null });
      }
      expect(problems, path).toEqual([]);
    }
  });
});
