import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
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
