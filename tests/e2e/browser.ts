import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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

/** Opens a page that records console errors, page errors and failed requests into `problems`. */
export async function openPage(browser: Browser, problems: string[] = []): Promise<Page> {
  const page = await browser.newPage();
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
 * Waits until a page has done what a reader's last action set off: two frames painted (the toggle
 * events of the spoilers just opened and their handlers have run) and the network idle (Playwright's
 * definite signal: no request for 500 ms). Use it before asserting that nothing happened.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
  await page.waitForLoadState('networkidle');
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
}

/**
 * Registers a browser for the calling test file (beforeAll / afterAll) and returns its session.
 * @param origin the site the file's pages are opened on
 */
export function useBrowser(origin: string): BrowserSession {
  let launched: Browser | undefined;
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
  };
  return session;
}
