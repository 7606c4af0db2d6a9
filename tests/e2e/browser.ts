import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { CHROMIUM_FLAGS } from '../../scripts/lib/chromium.ts';

/** The Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own. */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Launches headless Chromium with the project's flags. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}

/** Requests each tracked page has started and not yet ended, and who is waiting for there to be none. */
const inFlight = new WeakMap<Page, { count: number; waiting: (() => void)[] }>();

/**
 * Counts the page's requests in flight (started, neither finished nor failed), for `settled`. Call
 * it before the page's first navigation; returns the page.
 */
export function trackRequests(page: Page): Page {
  const state = { count: 0, waiting: [] as (() => void)[] };
  const ended = () => {
    state.count--;
    if (state.count === 0) for (const wake of state.waiting.splice(0)) wake();
  };
  page.on('request', () => {
    state.count++;
  });
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  inFlight.set(page, state);
  return page;
}

/** Opens a page that records console errors, page errors and failed requests into `problems`. */
export async function openPage(browser: Browser, problems: string[] = []): Promise<Page> {
  const page = trackRequests(await browser.newPage());
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => {
    // A navigation cancels the previous page's requests still in flight (net::ERR_ABORTED): not a failure.
    if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`requestfailed: ${req.url()} (${req.failure()?.errorText ?? 'unknown'})`);
  });
  return page;
}

/**
 * Waits until a page has done what a reader's last action set off, on definite signals rather than a
 * quiet period: two frames painted (the events just fired, such as the toggles of spoilers just
 * opened, have been handled, and what their handlers changed laid out, lazy images included) with no
 * request in flight. While one is, it waits for it to end, then for two more frames, since what a
 * response brings can start more. Use it before asserting that nothing happened; the page must have
 * been made by `openPage` or passed to `trackRequests` before it navigated.
 */
export async function settled(page: Page): Promise<void> {
  const state = inFlight.get(page);
  if (!state) throw new Error('settled() needs a page from openPage() or trackRequests()');
  for (;;) {
    await page.evaluate(
      () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
    );
    if (state.count === 0) return;
    await new Promise<void>((wake) => state.waiting.push(wake));
  }
}

/** One test file's browser: launched before its tests, closed after them. */
export interface BrowserSession {
  /** The browser (only once the file's tests have started). */
  readonly browser: Browser;
  /** What the last page `visit` opened recorded (see openPage); cleared by each visit. */
  problems: string[];
  /** Opens `path` on the session's site in a fresh recording page, after `setup` if given. */
  visit(
    path: string,
    setup?: (page: Page) => Promise<void>,
  ): Promise<{ page: Page; response: Response | null }>;
  /**
   * Opens `path` in a page an earlier visit opened, as a reader going on to another page in the same
   * tab (a fresh page costs Chromium far more than a navigation); clears `problems` first.
   */
  goto(page: Page, path: string): Promise<Response | null>;
  /**
   * Opens `path` in the file's one shared tab, as a reader going on to another page (see `goto`): the
   * tab is opened on first use, and afresh once a test has closed it. A test that changes the tab
   * beyond navigating (media emulation, cookies) must undo it.
   */
  open(path: string): Promise<{ page: Page; response: Response | null }>;
  /**
   * Visits the page of each item in turn in the shared tab (see `open`) and runs `check` on it with
   * the response, `problems` holding what that page recorded; fails on a page that gives none.
   */
  visitEach<T>(
    items: readonly T[],
    path: (item: T) => string,
    check: (page: Page, item: T, response: Response) => Promise<void>,
  ): Promise<void>;
}

/**
 * Registers a browser for the calling test file (beforeAll / afterAll) and returns its session.
 * @param origin the site the file's pages are opened on
 */
export function useBrowser(origin: string): BrowserSession {
  let launched: Browser | undefined;
  let tab: Page | undefined;
  const problems: string[] = [];
  beforeAll(async () => {
    launched = await launchBrowser();
  });
  afterAll(async () => {
    await launched?.close();
  });
  const session: BrowserSession = {
    get browser() {
      if (!launched) throw new Error('the browser starts with the first test');
      return launched;
    },
    problems,
    async visit(path, setup) {
      problems.length = 0;
      const page = await openPage(session.browser, problems);
      await setup?.(page);
      const response = await page.goto(new URL(path, origin).href);
      return { page, response };
    },
    goto(page, path) {
      problems.length = 0;
      return page.goto(new URL(path, origin).href);
    },
    async open(path) {
      if (tab && !tab.isClosed()) return { page: tab, response: await session.goto(tab, path) };
      const opened = await session.visit(path);
      tab = opened.page;
      return opened;
    },
    async visitEach(items, path, check) {
      for (const item of items) {
        const { page, response } = await session.open(path(item));
        expect(response, path(item)).not.toBeNull();
        await check(page, item, response as Response);
      }
    },
  };
  return session;
}
