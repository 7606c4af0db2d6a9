/**
 * The normalizer on every core: a pool of worker threads, each making the entries it is sent
 * (scripts/lib/make-worker.ts). The run that uses it (scripts/lib/sync.ts) asks ahead and takes the
 * answers in its own order, so what is written, and in which order, does not change.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RawReview } from '../../src/normalize/review.ts';
import type { Film } from '../../src/schemas/film.ts';
import type { Made, MakeReview } from './make.ts';

/** A pool of threads that make entries, and how to end it. */
export interface MakePool {
  make: MakeReview;
  threads: number;
  close: () => Promise<void>;
}

interface Pending {
  resolve: (made: Made) => void;
  reject: (error: Error) => void;
}

/**
 * Starts a pool of worker threads.
 * @param threads how many (default: one per core)
 * @returns `make`, which sends a review to the least busy thread, and `close`
 */
export function startMakePool(threads = availableParallelism()): MakePool {
  const pending = new Map<number, Pending>();
  let next = 0;
  const workers = Array.from({ length: Math.max(1, threads) }, () => {
    const worker = new Worker(new URL('./make-worker.ts', import.meta.url));
    const state = { worker, busy: 0, films: new Set<Film>() };
    worker.on('message', (reply: { id: number; made?: Made; error?: string }) => {
      const job = pending.get(reply.id);
      pending.delete(reply.id);
      state.busy--;
      if (reply.made) job?.resolve(reply.made);
      else job?.reject(new Error(reply.error ?? 'the normalize worker gave no answer'));
    });
    worker.on('error', (error) => {
      for (const [id, job] of pending) {
        pending.delete(id);
        job.reject(error);
      }
    });
    return state;
  });
  const make = (raw: RawReview, film: Film): Promise<Made> =>
    new Promise((resolve, reject) => {
      const state = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = next++;
      pending.set(id, { resolve, reject });
      state.busy++;
      const slug = film.slug ?? film.title;
      const first = !state.films.has(film);
      state.films.add(film);
      state.worker.postMessage({ id, raw, slug, ...(first ? { film } : {}) });
    });
  return {
    make,
    threads: workers.length,
    close: async () => {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
