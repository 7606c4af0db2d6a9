/** A worker thread of the normalize pool (scripts/lib/make-pool.ts): makes each review it is sent. */
import { parentPort } from 'node:worker_threads';
import type { RawReview } from '../../src/normalize/review.ts';
import type { Film } from '../../src/schemas/film.ts';
import { makeReview } from './make.ts';

/** A job: its number, the raw review, and the film (sent once per film, then named by its slug). */
interface Job {
  id: number;
  raw: RawReview;
  slug: string;
  film?: Film;
}

const films = new Map<string, Film>();
parentPort?.on('message', (job: Job) => {
  if (job.film) films.set(job.slug, job.film);
  const film = films.get(job.slug);
  try {
    if (!film) throw new Error(`no film "${job.slug}" was sent to this worker`);
    parentPort?.postMessage({ id: job.id, made: makeReview(job.raw, film) });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
