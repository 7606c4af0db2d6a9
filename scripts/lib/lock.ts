/**
 * An exclusive lock file with stale-lock detection: one run at a time on a folder. The lock file is
 * created whole or not at all (written aside, then hard-linked into place), names its holder, and is
 * touched every few seconds while held. It is stale when its holder is no longer running on this
 * machine, or when nobody has touched it for STALE_MS (a holder on another machine that died).
 */
import { randomUUID } from 'node:crypto';
import { link, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning } from './process.ts';

/** Who holds a lock. */
export interface LockHolder {
  pid: number;
  host: string;
  started: string;
  token: string;
}

/** How often a held lock is touched, and how long untouched before it counts as stale. */
const HEARTBEAT_MS = 5_000;
const STALE_MS = 30_000;

/** Thrown when the lock stays held by another run for longer than the caller would wait. */
export class LockBusyError extends Error {
  readonly path: string;
  readonly holder: LockHolder | null;

  constructor(path: string, holder: LockHolder | null) {
    const who = holder ? `pid ${holder.pid} on ${holder.host}, since ${holder.started}` : 'another run';
    super(`${path}: held by another run (${who}); try again when it has finished`);
    this.path = path;
    this.holder = holder;
  }
}

async function readHolder(
  path: string,
): Promise<{ holder: LockHolder | null; text: string; age: number } | null> {
  try {
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    let holder: LockHolder | null = null;
    try {
      holder = JSON.parse(text) as LockHolder;
    } catch {}
    return { holder, text, age: Date.now() - info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function isStale(found: { holder: LockHolder | null; age: number }): boolean {
  if (found.age > STALE_MS) return true;
  return found.holder?.host === hostname() && !isRunning(found.holder.pid);
}

/**
 * Removes a stale lock, unless another run replaced it in the meantime (then it is put back).
 * Only one of several runs that found the same stale lock succeeds in moving it aside.
 */
async function breakStale(path: string, staleText: string): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomUUID()}`;
  try {
    await rename(path, aside);
  } catch {
    return; // someone else moved it first
  }
  const moved = await readFile(aside, 'utf8').catch(() => '');
  if (moved !== staleText) await link(aside, path).catch(() => {}); // a fresh lock: give it back
  await rm(aside, { force: true });
}

/** Side files a killed run may have left next to the lock: its half-made lock or a stale one set aside. */
async function removeLeftovers(path: string): Promise<void> {
  const base = basename(path);
  const left = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:stale-)?(\\d+)[-.]`);
  for (const name of await readdir(dirname(path)).catch(() => [])) {
    const pid = left.exec(name)?.[1];
    if (pid && !isRunning(Number(pid))) await rm(join(dirname(path), name), { force: true });
  }
}

/**
 * Takes the lock at `path`, waiting up to `waitMs` for another holder to finish.
 * @param path The lock file, e.g. `content/films/<film>/reviews/.normalize.lock`; its folder must exist.
 * @param options How long to wait, how often to look again, and a callback told once that we wait.
 * @returns A function that releases the lock.
 * @throws LockBusyError when the lock is still held after `waitMs`.
 */
export async function acquireLock(
  path: string,
  options: { waitMs: number; pollMs?: number; onWait?: (holder: LockHolder | null) => void },
): Promise<() => Promise<void>> {
  await removeLeftovers(path);
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    started: new Date().toISOString(),
    token: randomUUID(),
  };
  const mine = JSON.stringify(me);
  const deadline = Date.now() + options.waitMs;
  let told = false;
  for (;;) {
    const draft = `${path}.${process.pid}.${me.token}`;
    await writeFile(draft, mine);
    let taken = false;
    try {
      await link(draft, path);
      taken = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      await rm(draft, { force: true });
    }
    if (taken) break;
    const found = await readHolder(path);
    if (found === null) continue; // released in between
    if (isStale(found)) {
      await breakStale(path, found.text);
      continue;
    }
    if (Date.now() >= deadline) throw new LockBusyError(path, found.holder);
    if (!told) options.onWait?.(found.holder);
    told = true;
    await sleep(options.pollMs ?? 100);
  }
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(path, now, now).catch(() => {});
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return async () => {
    clearInterval(heartbeat);
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === mine) await rm(path, { force: true });
  };
}
