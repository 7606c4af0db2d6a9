#!/usr/bin/env node
/**
 * npm run normalize [-- --film SLUG] [--films DIR] [--force] [--wait SECONDS] [--quiet | --json]
 *   Normalizes every film under content/films/ (or DIR; or only the one named): each <film>/raw/*.txt, with an
 *   optional <name>.yaml sidecar, becomes <film>/reviews/<slug>.md.
 * npm run normalize -- --input DIR --output DIR [--film-file FILE | --film SLUG]
 *   Normalizes one folder against a film's registry: the one named, else the only film.
 * npm run normalize -- --explain FILE
 *   Shows what normalize makes of one raw file, every fact beside the text that produced it; writes nothing.
 * After a run it prints one line per entry written, then the warnings, each naming its file
 * (--json: the same as JSON on stdout). Only wiring and I/O live here: the run itself is scripts/lib/sync.ts, each stage a pure module
 * under src/normalize/. One run at a time per output folder (a lock file); SIGINT and SIGTERM finish
 * the entry being written, then stop with exit 130.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeReview } from '../src/normalize/review.ts';
import { parseOptions } from './lib/args.ts';
import { type FilmFolder, listFilms, loadFilmFile } from './lib/films.ts';
import { acquireLock, LockBusyError } from './lib/lock.ts';
import { type MakePool, startMakePool } from './lib/make-pool.ts';
import { readRawFolder } from './lib/raw-files.ts';
import { explain, formatEntryLine } from './lib/report.ts';
import { type SyncReport, syncEntries } from './lib/sync.ts';
import { normalizerFiles, normalizerVersion } from './lib/version.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `
usage: npm run normalize [-- --film SLUG] [--films DIR] [--force] [--wait SECONDS] [--quiet | --json]
       npm run normalize -- --input DIR --output DIR [--film-file FILE | --film SLUG]
       npm run normalize -- --explain FILE`;

const args = parseOptions('normalize', USAGE, {
  input: { type: 'string' },
  output: { type: 'string' },
  film: { type: 'string' },
  films: { type: 'string' },
  'film-file': { type: 'string' },
  force: { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  wait: { type: 'string', default: '120' },
  json: { type: 'boolean', default: false },
  explain: { type: 'string' },
});
const show = (path: string) => relative(process.cwd(), path) || path;
/** The films folder: content/films, or --films DIR (a test fixture, the benchmark's corpus). */
const filmsDir = args.films ? resolve(args.films) : join(root, 'content/films');

/** One folder to normalize: raw reviews in, entries out, against a film. */
interface Job {
  film: FilmFolder;
  input: string;
  output: string;
}

/** What this invocation normalizes: every film, the one --film names, or one --input/--output folder. */
async function jobs(): Promise<Job[]> {
  // `--film FILE` is the old spelling of --film-file.
  const filmFile = args['film-file'] ?? (args.film && /\.ya?ml$/.test(args.film) ? args.film : undefined);
  const filmSlug = filmFile ? undefined : args.film;
  const films = existsSync(filmsDir) ? await listFilms(filmsDir) : [];
  const named = (slug: string) => {
    const found = films.find((f) => f.slug === slug);
    if (!found) {
      throw new Error(
        `--film ${slug}: no such film in ${show(filmsDir)} (there are: ${films.map((f) => f.slug).join(', ') || 'none'})`,
      );
    }
    return found;
  };
  if (args.input === undefined && args.output === undefined) {
    if (filmFile) throw new Error('--film-file needs --input and --output');
    const chosen = filmSlug ? [named(filmSlug)] : films;
    if (chosen.length === 0) throw new Error(`${show(filmsDir)}: no film folders (each needs a film.yaml)`);
    return chosen.map((film) => ({ film, input: film.raw, output: film.reviews }));
  }
  if (args.input === undefined || args.output === undefined)
    throw new Error('--input and --output go together');
  let film: FilmFolder;
  if (filmFile) film = await loadFilmFile(resolve(filmFile), existsSync(filmsDir) ? filmsDir : undefined);
  else if (filmSlug) film = named(filmSlug);
  else if (films.length === 1) film = films[0] as FilmFolder;
  else
    throw new Error(
      `${films.length} films in ${show(filmsDir)}: name one with --film SLUG or --film-file FILE`,
    );
  return [{ film, input: resolve(args.input), output: resolve(args.output) }];
}

let stopping: NodeJS.Signals | null = null;
/** The worker threads, once started; below this many reviews to make, a run makes them itself. */
let pool: MakePool | undefined;
const MAKE_ELSEWHERE_FROM = 40;
/** Every folder's report, for --json. */
const reports: { film: string; output: string; report: SyncReport }[] = [];

/** --explain FILE: normalizes one raw file in memory and prints every fact with its source text. */
async function explainFile(file: string, job: Job): Promise<number> {
  const path = resolve(file);
  const dir = dirname(path);
  const found = (await readRawFolder(dir)).files.find((f) => f.path === path);
  if (!found) throw new Error(`${show(path)}: no such raw review (a .txt file)`);
  if (!found.ok) throw new Error(`${show(found.at)}: ${found.problem}`);
  const result = normalizeReview(
    { file: found.name, text: found.text, sidecar: found.sidecar },
    job.film.film,
  );
  if (!result.ok) throw new Error(`${show(path)}: ${result.error}`);
  for (const line of explain(found.name, result.value, job.film.film)) console.log(line);
  return 0;
}

/** Normalizes one folder under its lock; returns its exit code. */
async function runJob(job: Job, waitMs: number, files: readonly (string | Uint8Array)[]): Promise<number> {
  if (!existsSync(job.input)) throw new Error(`${show(job.input)}: input folder does not exist`);
  await mkdir(job.output, { recursive: true });
  const release = await acquireLock(join(job.output, '.normalize.lock'), {
    waitMs,
    onWait: (holder) =>
      console.warn(
        `normalize: waiting for another run on ${show(job.output)} to finish (pid ${holder?.pid ?? '?'})…`,
      ),
  });
  try {
    const report = await syncEntries({
      inputDir: job.input,
      outputDir: job.output,
      film: job.film.film,
      version: normalizerVersion(files, job.film.bytes),
      force: args.force,
      shouldStop: () => stopping !== null,
      // Worker threads on every core, started the first time a run has enough reviews to make.
      make: (raw, film) => {
        pool ??= startMakePool();
        return pool.make(raw, film);
      },
      makeFrom: MAKE_ELSEWHERE_FROM,
    });
    reports.push({ film: job.film.slug, output: show(job.output), report });
    if (!args.json) {
      if (!args.quiet) for (const line of report.entries) console.log(`normalize: ${formatEntryLine(line)}`);
      for (const note of report.notes) console.warn(`normalize: warning: ${note}`);
      for (const w of report.warnings) console.warn(`normalize: warning: ${w.file}: ${w.text}`);
      for (const error of report.errors) console.error(`normalize: error: ${error}`);
      const { total, written, unchanged, removed, errors } = report;
      if (!args.quiet || errors.length > 0 || report.interrupted) {
        console.log(
          `normalize: ${total} raw reviews → ${show(job.output)}: ${written} written, ${unchanged} unchanged, ${removed} removed, ${errors.length} failed`,
        );
      }
    }
    if (report.interrupted) return 130;
    return report.errors.length > 0 ? 1 : 0;
  } finally {
    await release();
  }
}

async function main(): Promise<number> {
  const waitSeconds = Number(args.wait);
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0)
    throw new Error(`--wait ${args.wait}: not a number of seconds`);
  const todo = await jobs();
  if (args.explain) {
    // The film whose raw folder holds the file, else the one this invocation names.
    const path = resolve(args.explain);
    const job = todo.find((j) => dirname(path) === j.input) ?? (todo.length === 1 ? todo[0] : undefined);
    if (!job) throw new Error(`${show(path)}: not in any film's raw folder; name the film with --film SLUG`);
    return explainFile(path, job);
  }
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130); // a second signal: stop now (every file on disk is whole anyway)
    stopping = signal;
  };
  process.on('SIGINT', stop).on('SIGTERM', stop);
  // The normalizer's own files, read once for every film's fingerprint.
  const files = await normalizerFiles(root);
  let code = 0;
  for (const job of todo) {
    const result = await runJob(job, waitSeconds * 1000, files);
    if (result === 130) {
      console.error(
        `normalize: stopped by ${stopping}: the entries written so far are whole and current; run again to finish`,
      );
      return 130;
    }
    code = Math.max(code, result);
  }
  if (args.json) {
    const out = reports.map(({ film, output, report }) => ({
      film,
      output,
      total: report.total,
      written: report.written,
      unchanged: report.unchanged,
      removed: report.removed,
      entries: report.entries,
      warnings: report.warnings,
      notes: report.notes,
      errors: report.errors,
    }));
    console.log(JSON.stringify({ films: out }, null, 2));
  }
  return code;
}

main()
  .finally(() => pool?.close())
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const busy = error instanceof LockBusyError;
      console.error(`normalize: error: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = busy ? 1 : 2;
    },
  );
