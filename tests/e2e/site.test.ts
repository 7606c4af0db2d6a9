import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { isPublicMention } from '../../src/lib/people.ts';
import { normalizeForMatch, revealsSpoiler } from '../e2e/spoiler-text.ts';
import { axeViolations } from './axe.ts';
import { openPage, useBrowser } from './browser.ts';
import { loadEntries, loadFilm, personPath, reviewPath, type TestEntry } from './entries.ts';

const baseURL = inject('baseURL');
const entries = loadEntries();
/** The site's one film, and its page. */
const FILM = 'ballerina-2025';
const film = loadFilm(FILM);
const home = `/films/${FILM}/`;

const withSpoilers = entries.filter((e) => e.data.spoilers.length > 0);
const spoilerReview = withSpoilers[0];
const plainReview = entries.find((e) => e.data.spoilers.length === 0) ?? entries[0];
/** A cast member with at least one spoiler sentence, and one such sentence. */
const spoilerMention = entries
  .flatMap((e) =>
    e.data.cast.flatMap((c) => c.sentences.filter((s) => s.spoiler).map((s) => ({ name: c.name, s }))),
  )
  .at(0);
const busiestCast = [...new Set(entries.flatMap((e) => e.data.cast.map((c) => c.name)))].sort(
  (a, b) => reviewsNaming(b).length - reviewsNaming(a).length,
)[0];
const firstCrew = entries.flatMap((e) => e.data.crew.map((c) => c.name))[0] ?? film.crew[0]?.name;

function reviewsNaming(name: string): TestEntry[] {
  return entries.filter((e) => e.data.cast.some((c) => c.name === name));
}

/** One page of each type, as a reader reaches it. */
const pageTypes: { type: string; path: string; status?: number }[] = [
  { type: 'home: the films', path: '/' },
  { type: 'film', path: home },
  { type: 'film, lowest first', path: `${home}lowest-first/` },
  ...(spoilerReview ? [{ type: 'review with spoilers', path: reviewPath(spoilerReview) }] : []),
  ...(plainReview ? [{ type: 'review', path: reviewPath(plainReview) }] : []),
  { type: 'people index', path: '/people/' },
  ...(busiestCast ? [{ type: 'cast member', path: personPath(busiestCast) }] : []),
  ...(spoilerMention ? [{ type: 'cast member with spoilers', path: personPath(spoilerMention.name) }] : []),
  ...(firstCrew ? [{ type: 'crew member', path: personPath(firstCrew) }] : []),
  { type: '404', path: '/no-such-page/', status: 404 },
];

const session = useBrowser(baseURL);
const { problems } = session;

/** Opens `path` in the file's shared tab (see BrowserSession.open). */
async function open(path: string): Promise<Page> {
  const { page, response } = await session.open(path);
  expect(response, path).not.toBeNull();
  return page;
}

const regions = (page: Page) => page.locator('details[data-spoiler]');

/** The recorded problems, less Chromium's report of the document's own 404 status on the 404 page. */
function unexpected(path: string): string[] {
  const missing = pageTypes.find((t) => t.path === path)?.status === 404;
  return problems.filter((p) => !(missing && /status of 404/.test(p)));
}

describe('the corpus under test', () => {
  it('has reviews, one with spoiler regions, and a cast member with a spoiler sentence', () => {
    expect(entries.length).toBeGreaterThan(0);
    expect(spoilerReview, 'an entry with spoilers').toBeDefined();
    expect(spoilerMention, 'a cast sentence flagged spoiler').toBeDefined();
  });
});

describe('every page type renders', () => {
  it.each(pageTypes)(
    '$type ($path) has a title, one h1 and no console errors, CSP violations or failed requests',
    async ({ path, status }) => {
      const { page, response } = await session.open(path);
      expect(response?.status()).toBe(status ?? 200);
      await page.waitForLoadState('load');
      expect(await page.title()).not.toBe('');
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
      expect(unexpected(path)).toEqual([]);
    },
  );
});

describe('film page', () => {
  it('is reached from the home page, which lists the films with their figures and a way in', async () => {
    const page = await open('/');
    const cards = page.locator('[data-films] li[data-film]');
    expect(await cards.count()).toBe(1);
    const card = cards.first();
    expect(await card.getAttribute('data-film')).toBe(FILM);
    expect(await card.innerText()).toContain(`${film.title} (${film.year})`);
    expect(await card.locator('[data-review-count]').getAttribute('data-review-count')).toBe(
      String(entries.length),
    );
    await Promise.all([page.waitForURL(`**${home}`), card.locator('h2 a').click()]);
    expect(await page.locator('h1').innerText()).toContain(film.title);
  });

  it('shows the film, its director and principal cast from the registry, linked', async () => {
    const page = await open(home);
    await expect(page.locator('h1').innerText()).resolves.toContain(film.title);
    await expect(page.locator('h1').innerText()).resolves.toContain(String(film.year));
    for (const d of film.crew.filter((c) => c.roles.includes('director'))) {
      expect(await page.locator('.facts a', { hasText: d.name }).count()).toBe(1);
    }
    const principal = page.locator('[data-principal-cast]');
    const first = film.cast[0];
    expect(first).toBeDefined();
    if (first) {
      await expect(principal.locator(`a[href="${personPath(first.name)}"]`).innerText()).resolves.toBe(
        first.name,
      );
    }
    // Names never fuse: each name is followed by a space or a separator in the text.
    const text = await principal.innerText();
    for (const c of film.cast.slice(0, 3)) expect(text).toContain(`${c.name} as ${c.character}`);
  });

  it('states the aggregate score with the review count and explicit vs estimated counts', async () => {
    const page = await open(home);
    const scored = entries.filter((e) => e.data.rating.score !== null);
    const explicit = entries.filter((e) => e.data.rating.source === 'explicit').length;
    const estimated = entries.filter((e) => e.data.rating.source === 'estimated').length;
    const mean = scored.reduce((n, e) => n + (e.data.rating.score ?? 0), 0) / scored.length;
    await expect(page.locator('[data-review-count]').getAttribute('data-review-count')).resolves.toBe(
      String(entries.length),
    );
    await expect(page.locator('[data-explicit-count]').getAttribute('data-explicit-count')).resolves.toBe(
      String(explicit),
    );
    await expect(page.locator('[data-estimated-count]').getAttribute('data-estimated-count')).resolves.toBe(
      String(estimated),
    );
    // The headline figure: the critics' own average from three critics on, else the average with
    // estimates, and the other figure beside it, each labelled (docs/site.md).
    const own = entries.filter((e) => e.data.rating.source === 'explicit');
    const ownMean = own.reduce((n, e) => n + (e.data.rating.score ?? 0), 0) / own.length;
    const headline = Number(await page.locator('[data-average]').innerText());
    expect(headline).toBeCloseTo(own.length >= 3 ? ownMean : mean, 1);
    const all = await page.locator('[data-all-average]').innerText();
    expect(all).toContain(String(Math.round(mean * 10) / 10));
    if (own.length > 0 && own.length < 3) {
      const critics = await page.locator('[data-critics-average]').innerText();
      expect(critics).toContain(`${Math.round(ownMean * 10) / 10} from ${own.length} critic`);
      expect(await page.locator('[data-aggregate]').innerText()).toContain('too few critics gave a score');
    }
    const counts = await page.locator('[data-counts]').innerText();
    expect(counts).toContain(`${entries.length} review`);
    expect(counts).toContain(`${estimated} estimated from tone`);
  });

  it('draws the score distribution as an inline, labelled SVG with one bar segment per non-empty band', async () => {
    const page = await open(home);
    const svg = page.locator('figure.chart svg[role="img"]');
    expect(await svg.count()).toBe(1);
    const bands = new Map<string, number>();
    for (const e of entries) {
      const { score, source } = e.data.rating;
      if (score === null) continue;
      const key = `${Math.min(9, Math.floor(score / 10))}-${source}`;
      bands.set(key, (bands.get(key) ?? 0) + 1);
    }
    expect(await svg.locator('rect').count()).toBe(bands.size);
    const label = await svg.locator('title').textContent();
    expect(label).toMatch(/Score distribution/);
  });

  it('lists review cards by score, highest first, with plain-words badges, chips and spoiler badges', async () => {
    const page = await open(home);
    const cards = page.locator('li.card');
    const n = await cards.count();
    expect(n).toBe(Math.min(24, entries.length));
    let previous = Number.POSITIVE_INFINITY;
    let seenUnscored = false;
    for (let i = 0; i < n; i++) {
      const card = cards.nth(i);
      const slug = await card.getAttribute('data-review');
      const entry = entries.find((e) => e.data.slug === slug);
      expect(entry, `card ${slug}`).toBeDefined();
      if (!entry) continue;
      const { rating } = entry.data;
      const badge = await card.locator('[data-rating-source]').innerText();
      if (rating.source === 'explicit') expect(badge).toContain("Critic's score");
      else if (rating.source === 'estimated') expect(badge).toContain('Estimated from tone');
      else expect(badge).toContain('No score');
      if (rating.score === null) seenUnscored = true;
      else {
        expect(seenUnscored, 'scored after unscored').toBe(false);
        expect(rating.score).toBeLessThanOrEqual(previous);
        previous = rating.score;
        expect(badge).toContain(String(rating.score));
      }
      const written = entry.data.quote;
      if (written === null || revealsSpoiler(written, entry.split)) {
        // No sentence qualified (or it would reveal a spoiler): the card shows no pull quote at all.
        expect(await card.locator('blockquote').count()).toBe(0);
      } else expect(await card.locator('blockquote').innerText()).toBe(written.trim());
      const chips = await card
        .locator('.chips a')
        .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
      // Chips for people named outside spoilers only: a name found only in a spoiler is a spoiler.
      expect(chips).toEqual(entry.data.cast.filter(isPublicMention).map((c) => [c.name, personPath(c.name)]));
      expect(await card.locator('[data-spoiler-badge]').count()).toBe(entry.data.spoilers.length > 0 ? 1 : 0);
      const outlet = entry.data.source.outlet;
      if (outlet) expect(await card.innerText()).toContain(outlet);
    }
  });

  it('offers the other order as a plain link (no JavaScript needed)', async () => {
    const page = await open(home);
    await Promise.all([
      page.waitForURL('**/lowest-first/'),
      page.locator('[data-sort] a', { hasText: 'lowest first' }).click(),
    ]);
    const slugs = await page
      .locator('li.card')
      .evaluateAll((cs) => cs.map((c) => c.getAttribute('data-review')));
    const scores = slugs.map((s) => entries.find((e) => e.data.slug === s)?.data.rating.score ?? null);
    const scored = scores.filter((s): s is number => s !== null);
    expect(scored).toEqual([...scored].sort((a, b) => a - b));
    expect(scores.slice(scored.length).every((s) => s === null)).toBe(true);
  });
});

describe('review page', () => {
  it('shows the rating block: the notation as written, or the estimate said to be ours', async () => {
    // Every review of a small corpus; the first 30 of a large one.
    await session.visitEach(entries.slice(0, 30), reviewPath, async (page, entry) => {
      const block = page.locator('section.rating');
      const text = await block.innerText();
      const { rating } = entry.data;
      expect(await block.getAttribute('data-rating-source')).toBe(rating.source);
      if (rating.source === 'explicit' && rating.explicit) {
        expect(await block.locator('[data-notation]').innerText()).toBe(rating.explicit.text);
        expect(text).toContain("Critic's score");
      }
      if (rating.source === 'estimated' && rating.estimated) {
        expect(text).toContain('Estimated from tone');
        // No bare confidence figure: it had no measured meaning (docs/site.md).
        expect(text).toContain('our reading, not the critic');
        expect(text).not.toMatch(/\d+% confidence/);
        const shown = await block.locator('[data-evidence] li').allInnerTexts();
        for (const phrase of shown) {
          expect(rating.estimated.evidence.map((p) => `“${p}”`)).toContain(phrase);
        }
      }
      if (rating.score !== null) expect(text).toContain(String(rating.score));
      const chips = await page
        .locator('article section:has(#cast-heading) .chips a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(chips).toEqual(entry.data.cast.filter(isPublicMention).map((c) => personPath(c.name)));
      expect(problems).toEqual([]);
    });
  });

  it('marks only the review article for Pagefind and keeps every spoiler region out of it', async () => {
    await session.visitEach(
      pageTypes,
      (t) => t.path,
      async (page, { path }) => {
        const bodies = await page.locator('[data-pagefind-body]').count();
        expect(bodies, path).toBe(path.includes('/reviews/') ? 1 : 0);
        if (bodies) expect(await page.locator('article[data-pagefind-body]').count()).toBe(1);
        const ignored = await regions(page).evaluateAll((ds) =>
          ds.map((d) => d.getAttribute('data-pagefind-ignore')),
        );
        expect(
          ignored.every((v) => v === 'all'),
          path,
        ).toBe(true);
      },
    );
  });

  it('renders one closed region per spoiler, in order, with data-spoiler and a labelled control', async () => {
    await session.visitEach(withSpoilers.slice(0, 30), reviewPath, async (page, entry) => {
      const all = regions(page);
      expect(await all.count()).toBe(entry.data.spoilers.length);
      for (const [i, spoiler] of entry.data.spoilers.entries()) {
        const region = all.nth(i);
        expect(await region.getAttribute('data-spoiler')).toBe(spoiler.reason);
        expect(await region.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
        const summary = region.locator('summary');
        expect(await summary.innerText()).toBe(`Show spoiler: ${spoiler.label}`);
        expect(await summary.getAttribute('aria-expanded')).toBe('false');
      }
    });
  });

  it('hides spoiler text until its control is used, and hover never reveals it', async () => {
    const entry = spoilerReview as TestEntry;
    const page = await open(reviewPath(entry));
    for (const [i, region] of entry.split.spoilers.entries()) {
      const details = regions(page).nth(i);
      const body = details.locator('.spoiler-body');
      expect(await body.isVisible()).toBe(false);
      const main = normalizeForMatch(await page.locator('main').innerText());
      const piece = region.text.slice(0, 60);
      if (!entry.split.public.includes(piece)) expect(main).not.toContain(piece);
      await details.locator('summary').hover();
      expect(await body.isVisible()).toBe(false);
      await details.hover();
      expect(await body.isVisible()).toBe(false);
      await details.locator('summary').click();
      expect(await body.isVisible()).toBe(true);
      expect(normalizeForMatch(await body.innerText())).toContain(piece);
      await expect.poll(() => details.locator('summary').innerText()).toBe(`Hide spoiler: ${region.label}`);
      await expect.poll(() => details.locator('summary').getAttribute('aria-expanded')).toBe('true');
      await details.locator('summary').click();
      expect(await body.isVisible()).toBe(false);
    }
    expect(problems).toEqual([]);
  });

  it('toggles a spoiler with the keyboard alone: Tab to the control, Enter opens, Space closes', async () => {
    const entry = spoilerReview as TestEntry;
    const page = await open(reviewPath(entry));
    const label = `Show spoiler: ${entry.data.spoilers[0]?.label}`;
    let found = false;
    for (let i = 0; i < 150 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(
        (l) =>
          document.activeElement?.tagName === 'SUMMARY' &&
          (document.activeElement as HTMLElement).innerText === l,
        label,
      );
    }
    expect(found, `Tab reaches "${label}"`).toBe(true);
    const focused = page.locator('summary:focus');
    const body = regions(page).first().locator('.spoiler-body');
    // The focused control shows a visible focus indicator.
    expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await body.isVisible()).toBe(true);
    // <details> fires its toggle event as a queued task, so aria-expanded follows a moment after the click.
    await expect.poll(() => focused.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Space');
    expect(await body.isVisible()).toBe(false);
    await expect.poll(() => page.locator('summary:focus').getAttribute('aria-expanded')).toBe('false');
  });
});

describe('"Show all spoilers" switch', () => {
  const spoilerPages = [
    ...withSpoilers.map(reviewPath),
    ...(spoilerMention ? [personPath(spoilerMention.name)] : []),
  ];

  async function state(page: Page) {
    const sw = page.locator('[data-spoiler-switch]');
    return {
      checked: await sw.getAttribute('aria-checked'),
      open: await regions(page).evaluateAll((ds) => ds.map((d) => (d as HTMLDetailsElement).open)),
    };
  }

  it('is off by default, opens every region, and is remembered across pages until turned off', async () => {
    const context: BrowserContext = await session.browser.newContext({ baseURL });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const [first, second = first] = spoilerPages as [string, string?];
    await page.goto(first);
    const before = await state(page);
    expect(before.checked).toBe('false');
    expect(before.open.length).toBeGreaterThan(0);
    expect(before.open.every((o) => !o)).toBe(true);
    const sw = page.getByRole('switch', { name: 'Show all spoilers' });
    expect(await sw.isVisible()).toBe(true);
    await sw.click();
    const on = await state(page);
    expect(on.checked).toBe('true');
    expect(on.open.every((o) => o)).toBe(true);
    await page.goto(second as string);
    const remembered = await state(page);
    expect(remembered.checked).toBe('true');
    expect(remembered.open.length).toBeGreaterThan(0);
    expect(remembered.open.every((o) => o)).toBe(true);
    // Keyboard: the switch is a native button.
    await page.getByRole('switch', { name: 'Show all spoilers' }).focus();
    await page.keyboard.press('Space');
    const off = await state(page);
    expect(off.checked).toBe('false');
    expect(off.open.every((o) => !o)).toBe(true);
    await page.goto(first);
    const after = await state(page);
    expect(after.checked).toBe('false');
    expect(after.open.every((o) => !o)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('keeps regions closed, opens them with their own control, and hides the switch that needs a script', async () => {
    const context = await session.browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(reviewPath(spoilerReview as TestEntry));
    const all = regions(page);
    const n = await all.count();
    expect(n).toBe((spoilerReview as TestEntry).data.spoilers.length);
    for (let i = 0; i < n; i++) {
      const body = all.nth(i).locator('.spoiler-body');
      expect(await body.isVisible()).toBe(false);
      await all.nth(i).locator('summary').click();
      expect(await body.isVisible()).toBe(true);
    }
    expect(await page.locator('[data-spoiler-switch]').isVisible()).toBe(false);
    await context.close();
  });
});

/** Follows a listing's "Next" links in a second tab, returning each further page's review slugs. */
function nextPages(page: Page) {
  let href: string | null = null;
  let first = true;
  return {
    async next(): Promise<string[] | null> {
      if (first) {
        first = false;
        const link = page.locator('.pager a[rel="next"]');
        href = (await link.count()) ? await link.getAttribute('href') : null;
      }
      if (!href) return null;
      const other = await openPage(session.browser, problems);
      await other.goto(new URL(href, baseURL).href);
      const slugs = await other
        .locator('.mentions > li')
        .evaluateAll((ls) => ls.map((l) => l.getAttribute('data-review') ?? ''));
      const more = other.locator('.pager a[rel="next"]');
      href = (await more.count()) ? await more.getAttribute('href') : null;
      await other.close();
      return slugs;
    },
  };
}

describe('people pages', () => {
  it('the people index lists every registry cast member with the number of reviews naming them', async () => {
    const page = await open('/people/');
    for (const member of film.cast) {
      const item = page.locator(`[data-people="all"] li:has(a[href="${personPath(member.name)}"])`);
      expect(await item.count(), member.name).toBe(1);
      const n = reviewsNaming(member.name).length;
      expect(await item.innerText()).toContain(`${film.shortTitle}: as ${member.character}`);
      expect(await item.innerText()).toContain(`${n} review`);
    }
  });

  it('the film page lists its whole cast and crew, each linked to their page', async () => {
    const page = await open(home);
    const listed = page.locator('[data-people="film"] a');
    expect(await listed.count()).toBe(film.cast.length + film.crew.length);
    for (const p of [...film.cast, ...film.crew]) {
      expect(await page.locator(`[data-people="film"] a[href="${personPath(p.name)}"]`).count(), p.name).toBe(
        1,
      );
    }
  });

  it('a cast page names the character, every review mentioning them, the sentences and mention counts', async () => {
    const name = busiestCast as string;
    const page = await open(personPath(name));
    const naming = reviewsNaming(name);
    const total = naming.reduce((n, e) => n + (e.data.cast.find((c) => c.name === name)?.mentions ?? 0), 0);
    expect(await page.locator('h1').innerText()).toBe(name);
    const summary = await page.locator('[data-mention-summary]').innerText();
    expect(summary).toContain(`${total} time`);
    expect(summary).toContain(`${naming.length} review`);
    const listed = await page
      .locator('.mentions > li')
      .evaluateAll((ls) => ls.map((l) => l.getAttribute('data-review') ?? ''));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThanOrEqual(20);
    // Every review naming them, across the pages of the list (followed by their "Next" links).
    const all = [...listed];
    const pager = nextPages(page);
    for (let next = await pager.next(); next; next = await pager.next()) all.push(...next);
    expect(all.sort()).toEqual(naming.map((e) => e.data.slug).sort());
    for (const entry of naming.filter((e) => listed.includes(e.data.slug))) {
      const item = page.locator(`.mentions > li[data-review="${entry.data.slug}"]`);
      const mention = entry.data.cast.find((c) => c.name === name);
      expect(await item.locator('[data-mentions]').getAttribute('data-mentions')).toBe(
        String(mention?.mentions),
      );
      const visible = normalizeForMatch(await item.innerText());
      for (const s of mention?.sentences ?? []) {
        if (!s.spoiler && !revealsSpoiler(s.text, entry.split))
          expect(visible).toContain(normalizeForMatch(s.text));
      }
    }
    const search = page.locator('[data-person-search]');
    expect(await search.getAttribute('href')).toBe(`/search/?${new URLSearchParams({ cast: name })}`);
  });

  it('keeps a spoiler sentence behind the same kind of control', async () => {
    const { name, s } = spoilerMention as { name: string; s: { text: string } };
    const page = await open(personPath(name));
    const text = normalizeForMatch(s.text);
    const holder = page.locator('[data-sentence-spoiler] details[data-spoiler]', {
      hasText: s.text.slice(0, 20),
    });
    expect(await holder.count()).toBeGreaterThan(0);
    const first = holder.first();
    expect(await first.getAttribute('data-pagefind-ignore')).toBe('all');
    expect(await first.locator('summary').innerText()).toMatch(/^Show spoiler: /);
    expect(normalizeForMatch(await page.locator('main').innerText())).not.toContain(text);
    await first.locator('summary').click();
    expect(normalizeForMatch(await first.locator('.spoiler-body').innerText())).toContain(text);
  });
});

describe('accessibility (axe-core, WCAG 2 A/AA)', () => {
  const targets = pageTypes.filter((t) => t.type !== 'film, lowest first');
  it.each(targets)('$type has no violations, light and dark, spoilers closed and open', async ({ path }) => {
    const page = await open(path);
    const setOpen = (open: boolean) =>
      regions(page).evaluateAll((ds, o) => {
        for (const d of ds) (d as HTMLDetailsElement).open = o;
      }, open);
    const spoilers = (await regions(page).count()) > 0;
    try {
      // Light with the regions closed, then open; dark with them open, then closed: each state once.
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const states = scheme === 'light' ? [false, true] : [true, false];
        for (const open of spoilers ? states : [false]) {
          if (spoilers) await setOpen(open);
          expect(await axeViolations(page), `${scheme}, spoilers ${open ? 'open' : 'closed'}`).toEqual([]);
        }
      }
    } finally {
      await page.emulateMedia({ colorScheme: null });
    }
    expect(unexpected(path)).toEqual([]);
  });
});
