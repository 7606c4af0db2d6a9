/**
 * Building the sites the browser tests visit, as an editor's terminal would: `npm run normalize` and
 * `npm run build` (scripts/normalize.ts and scripts/build.ts) in child processes that run side by side,
 * each fixture with its own films folder, outDir and content cache.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/** How a child process ended, with what it printed. */
export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a Node script of the project to its end and collects its output (`echo`: the child's stderr
 * also goes to this process's, as it comes). Resolves whatever the exit code.
 */
export function runScript(
  args: readonly string[],
  env: Record<string, string> = {},
  echo = false,
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
      if (echo) process.stderr.write(d);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Throws, with the end of what it printed, unless `ran` exited 0. */
export function expectSuccess(what: string, ran: Ran): void {
  if (ran.code === 0) return;
  throw new Error(
    `${what} failed (exit ${ran.code}):\n${ran.stdout.slice(-3000)}\n${ran.stderr.slice(-3000)}`,
  );
}

/**
 * `npm run build` of the films folder `films` into `dist`, with a content cache of its own under
 * `scratch`; throws if it fails. `dist` must be inside the project: Astro renders the pages of a build
 * whose outDir is elsewhere in the project's own .astro/.prerender/, which two such builds at once
 * would share (see `sitesDir`).
 */
export async function buildSite(what: string, films: string, dist: string, scratch: string): Promise<void> {
  const built = await runScript(['scripts/build.ts', '--outDir', dist], {
    FILMS_DIR: films,
    ASTRO_CACHE_DIR: join(scratch, 'cache'),
  });
  expectSuccess(`the ${what} build`, built);
}

/** A new folder inside the project (under node_modules/.cache) for the dists of fixture builds. */
export function sitesDir(): string {
  const parent = join(root, 'node_modules/.cache');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, 'e2e-sites-'));
}
