import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/bench/corpus/index.ts';
import { acquireLock, LockBusyError } from '../../scripts/lib/lock.ts';
import {
  cleanUp,
  copyOf,
  entryFiles,
  expectOneCurrentEntryEach,
  root,
  tempDir,
  writeRawCorpus,
} from '../support/sync-state.ts';

/**
 * The real CLI as an editor's terminal sees it: killed outright at seeded instants (SIGKILL), asked
 * to stop (SIGINT, SIGTERM), and started twice at once on the same folder. Every case ends with the
 * entries a clean run writes, one per raw review.
 */

/** Reviews in the raw folder: enough that a run makes them on its worker threads (scripts/normalize.ts, MAKE_ELSEWHERE_FROM). */
const N = 64;
let raw: string;
let reference: string;

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(input: string, output: string): { child: ChildProcess; done: Promise<Finished> } {
  const child = spawn(
    process.execPath,
    [join(root, 'scripts/normalize.ts'), '--input', input, '--output', output],
    {
      cwd: root,
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const done = new Promise<Finished>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/** Resolves once the folder holds at least `n` entry files (the run is then writing). */
async function whenEntries(dir: string, n: number, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error('the run ended before it wrote that many entries');
    const count = (() => {
      try {
        return readdirSync(dir).filter((f) => f.endsWith('.md')).length;
      } catch {
        return 0;
      }
    })();
    if (count >= n) return;
    await new Promise((r) => setTimeout(r, 5));
  }
}

const written = (out: Finished) => Number(/: (\d+) written/.exec(out.stdout)?.[1]);
const none = { present: [], gone: [] };

beforeAll(async () => {
  raw = tempDir();
  await writeRawCorpus(raw, 4242, N);
  reference = tempDir();
  const r = await start(raw, reference).done;
  expect(r.code).toBe(0);
  expect(entryFiles(reference).size).toBe(N);
}, 120_000);
afterAll(cleanUp);

describe('a normalize run killed outright', { timeout: 120_000 }, () => {
  const rng = mulberry32(1201);
  // Seeded instants through the write phase, as a number of entries already written.
  const points = Array.from({ length: 2 }, () => 1 + Math.floor(rng() * (N - 2)));

  it.each(points)(
    'SIGKILL after %i entries: the next plain run finishes the work, not redoing it',
    async (after) => {
      const out = tempDir();
      const run = start(raw, out);
      await whenEntries(out, after, run.child);
      run.child.kill('SIGKILL');
      expect((await run.done).signal).toBe('SIGKILL');
      const done = entryFiles(out).size;
      const next = await start(raw, out).done;
      expect(next.code).toBe(0);
      expect(next.stderr).not.toMatch(/edited by hand/);
      expect(written(next)).toBeLessThanOrEqual(N - done + 1); // the entry being written when killed, at most
      expectOneCurrentEntryEach(out, reference, none);
    },
  );
});

describe('a normalize run asked to stop', { timeout: 120_000 }, () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s: finishes the entry being written, exits 130 and says so',
    async (signal) => {
      const out = tempDir();
      const run = start(raw, out);
      await whenEntries(out, 20, run.child);
      run.child.kill(signal);
      const stopped = await run.done;
      expect(stopped.code).toBe(130);
      expect(stopped.stderr).toMatch(new RegExp(`normalize: stopped by ${signal}: .*run again to finish`));
      expect(stopped.stderr).not.toMatch(/\n\s+at /);
      const kept = entryFiles(out);
      expect(kept.size).toBeLessThan(N);
      const fresh = entryFiles(reference);
      for (const [name, text] of kept) expect(text, name).toBe(fresh.get(name)); // every entry whole and current
      expect(readdirSync(out).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'))).toEqual([]);
      const next = await start(raw, out).done;
      expect(next.code).toBe(0);
      expect(written(next)).toBe(N - kept.size);
      expectOneCurrentEntryEach(out, reference, none);
    },
  );
});

describe('two normalize runs on one folder', { timeout: 120_000 }, () => {
  it('never interleave: the second waits for the first, then finds nothing left to do', async () => {
    const out = tempDir();
    const [a, b] = [start(raw, out), start(raw, out)];
    const results = await Promise.all([a.done, b.done]);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    const waited = results.filter((r) =>
      /waiting for another run on .* to finish \(pid \d+\)/.test(r.stderr),
    );
    expect(waited).toHaveLength(1);
    const [first, second] = waited[0] === results[0] ? [results[1], results[0]] : [results[0], results[1]];
    expect(written(first as Finished)).toBe(N);
    expect((second as Finished).stdout).toMatch(new RegExp(`0 written, ${N} unchanged, 0 removed`));
    expectOneCurrentEntryEach(out, reference, none);
  });

  it('a run that cannot get the lock in time refuses with a message naming the holder', async () => {
    const out = copyOf(reference);
    const release = await acquireLock(join(out, '.normalize.lock'), { waitMs: 0 });
    try {
      const r = await new Promise<Finished>((resolve) => {
        const child = spawn(
          process.execPath,
          [join(root, 'scripts/normalize.ts'), '--input', raw, '--output', out, '--wait', '0'],
          { cwd: root },
        );
        let stderr = '';
        child.stderr.on('data', (d) => {
          stderr += d;
        });
        child.on('close', (code, signal) => resolve({ code, signal, stdout: '', stderr }));
      });
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toMatch(
        new RegExp(
          `^normalize: error: .*\\.normalize\\.lock: held by another run \\(pid ${process.pid} on ${hostname()}, since .*\\); try again when it has finished$`,
        ),
      );
    } finally {
      await release();
    }
  });
});

describe('the lock', () => {
  it('is exclusive while held, and free once released', async () => {
    const dir = tempDir();
    const path = join(dir, '.normalize.lock');
    const release = await acquireLock(path, { waitMs: 0 });
    await expect(acquireLock(path, { waitMs: 0 })).rejects.toBeInstanceOf(LockBusyError);
    await release();
    await (await acquireLock(path, { waitMs: 0 }))();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a waiting run takes it as soon as the holder releases it', async () => {
    const path = join(tempDir(), '.normalize.lock');
    const release = await acquireLock(path, { waitMs: 0 });
    let told = () => {};
    const waiting = new Promise<void>((resolve) => {
      told = resolve;
    });
    let taken = false;
    const second = acquireLock(path, { waitMs: 10_000, pollMs: 10, onWait: () => told() }).then((free) => {
      taken = true;
      return free;
    });
    // The definite signal that the second run found the lock held: it says it is waiting.
    await waiting;
    expect(taken).toBe(false);
    await release();
    await (await second)();
  });

  it('a lock left by a run that died is broken, one left by a live run is not', async () => {
    const dir = tempDir();
    const path = join(dir, '.normalize.lock');
    const dead = spawn('true');
    await new Promise((r) => dead.on('close', r));
    const holder = (pid: number) =>
      JSON.stringify({ pid, host: hostname(), started: new Date().toISOString(), token: 'x' });
    writeFileSync(path, holder(dead.pid as number));
    await (await acquireLock(path, { waitMs: 0 }))();
    writeFileSync(path, holder(process.ppid));
    await expect(acquireLock(path, { waitMs: 0 })).rejects.toThrow(`pid ${process.ppid}`);
  });
});
