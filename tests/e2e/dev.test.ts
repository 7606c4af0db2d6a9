import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run dev`: Astro's dev server plus a watcher on the raw folders, run on a copy of the films
 * folder. A review dropped in while it runs shows on its film's page without a restart; a broken raw
 * file is named in the terminal and the server keeps serving. Every wait is on a definite signal
 * (the page's content, a line of output), never a fixed sleep.
 */

const root = new URL('../..', import.meta.url).pathname;
let dir: string;
let films: string;
let child: ChildProcess;
let output = '';
let origin: string;

/** A free TCP port on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls until `check` holds, or fails after `ms` saying what was awaited. */
async function until(what: string, check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  let last: unknown = null;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`npm run dev exited while waiting for ${what}:\n${output}`);
    if (
      await check().catch((error: unknown) => {
        last = (error as { cause?: unknown }).cause ?? error;
        return false;
      })
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} (last error: ${String(last)}):\n${output.slice(-2000)}`);
}

const reviewsOnFilmPage = async () => {
  const html = await (await fetch(`${origin}/films/ballerina-2025/`)).text();
  return [...html.matchAll(/data-review="([^"]+)"/g)].map((m) => m[1] as string);
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dev-'));
  films = join(dir, 'films');
  cpSync(join(root, 'content/films'), films, { recursive: true });
  rmSync(join(films, 'ballerina-2025/reviews'), { recursive: true, force: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  child = spawn(
    process.execPath,
    [join(root, 'scripts/dev.ts'), '--films', films, '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      // As from an editor's terminal: without the test runner's variables (with VITEST set, Astro's dev
      // server does not listen).
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(([k]) => !/^(?:VITEST|NODE_ENV$|TEST$)/.test(k)),
        ),
        ASTRO_CACHE_DIR: join(dir, 'cache'),
        NO_COLOR: '1',
      },
    },
  );
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  await until('the dev server', async () => (await reviewsOnFilmPage()).length === 5, 120_000);
}, 150_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const closed = new Promise((r) => child.on('close', r));
    child.kill('SIGINT');
    await closed;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run dev', { timeout: 120_000 }, () => {
  it('normalized the films before serving (--port and --host reached astro dev)', async () => {
    expect(output).toMatch(/dev: ballerina-2025: 5 written/);
    expect(output).toContain(`${origin}/`);
  });

  it('shows a review dropped in while it runs, without a restart', async () => {
    cpSync(
      join(root, 'tests/fixtures/corpus/dev/bal-d01.txt'),
      join(films, 'ballerina-2025/raw/bal-d01.txt'),
    );
    await until('the new review on the film page', async () => (await reviewsOnFilmPage()).length === 6);
  });

  it('names a broken raw file in the terminal and keeps serving', async () => {
    writeFileSync(join(films, 'ballerina-2025/raw/broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    await until('the error line', async () => /dev: error: .*broken\.txt: binary data/.test(output));
    expect((await fetch(`${origin}/films/ballerina-2025/`)).status).toBe(200);
    expect(await reviewsOnFilmPage()).toHaveLength(6);
  });

  it('drops the entry of a raw file that is deleted', async () => {
    rmSync(join(films, 'ballerina-2025/raw/bal-d01.txt'));
    await until('the review gone from the film page', async () => (await reviewsOnFilmPage()).length === 5);
  });
});
