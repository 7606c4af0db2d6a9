#!/usr/bin/env node
/**
 * npm run normalize [-- --input DIR --output DIR --film-file FILE --force --wait SECONDS]   (--film FILE is the old name)
 * Turns every raw review (DIR/*.txt, with an optional DIR/<name>.yaml sidecar) into DIR/<slug>.md.
 * Only wiring and I/O live here: the run itself is scripts/lib/sync.ts, each stage a pure module
 * under src/normalize/. One run at a time per output folder (a lock file); SIGINT and SIGTERM finish
 * the entry being written, then stop with exit 130.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Film, parseFilmRegistry } from '../src/schemas/film.ts';
import { acquireLock, LockBusyError } from './lib/lock.ts';
import { syncEntries } from './lib/sync.ts';
import { normalizerVersion } from './lib/version.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values: args } = parseArgs({
  options: {
    input: { type: 'string', default: 'content/raw' },
    output: { type: 'string', default: 'content/reviews' },
    film: { type: 'string' },
    'film-file': { type: 'string' },
    force: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    wait: { type: 'string', default: '120' },
  },
});
const inputDir = resolve(args.input);
const outputDir = resolve(args.output);
const show = (path: string) => relative(process.cwd(), path) || path;

async function loadFilm(path: string): Promise<{ film: Film; bytes: Uint8Array }> {
  const bytes = await readFile(path);
  return { film: parseFilmRegistry(bytes.toString('utf8'), show(path)), bytes };
}

async function main(): Promise<number> {
  const { film, bytes } = await loadFilm(resolve(args['film-file'] ?? args.film ?? 'content/film.yaml'));
  const version = await normalizerVersion(root, bytes);
  if (!existsSync(inputDir)) throw new Error(`${show(inputDir)}: input folder does not exist`);
  const waitSeconds = Number(args.wait);
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0)
    throw new Error(`--wait ${args.wait}: not a number of seconds`);
  await mkdir(outputDir, { recursive: true });

  let stopping: NodeJS.Signals | null = null;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130); // a second signal: stop now (every file on disk is whole anyway)
    stopping = signal;
  };
  process.on('SIGINT', stop).on('SIGTERM', stop);

  const release = await acquireLock(join(outputDir, '.normalize.lock'), {
    waitMs: waitSeconds * 1000,
    onWait: (holder) =>
      console.warn(
        `normalize: waiting for another run on ${show(outputDir)} to finish (pid ${holder?.pid ?? '?'})…`,
      ),
  });
  try {
    const report = await syncEntries({
      inputDir,
      outputDir,
      film,
      version,
      force: args.force,
      shouldStop: () => stopping !== null,
    });
    for (const note of report.notes) console.warn(`normalize: warning: ${note}`);
    for (const error of report.errors) console.error(`normalize: error: ${error}`);
    const { total, written, unchanged, removed, errors } = report;
    if (!args.quiet || errors.length > 0 || report.interrupted) {
      console.log(
        `normalize: ${total} raw reviews → ${show(outputDir)}: ${written} written, ${unchanged} unchanged, ${removed} removed, ${errors.length} failed`,
      );
    }
    if (report.interrupted) {
      console.error(
        `normalize: stopped by ${stopping}: the entries written so far are whole and current; run again to finish`,
      );
      return 130;
    }
    return errors.length > 0 ? 1 : 0;
  } finally {
    await release();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const busy = error instanceof LockBusyError;
    console.error(`normalize: error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = busy ? 1 : 2;
  },
);
