#!/usr/bin/env node
/**
 * npm run dev [-- --films DIR] [-- <astro dev options, e.g. --port 4322>]
 *
 * Live preview for editors: normalizes every film, starts Astro's dev server, then watches the films
 * folder. A raw review or sidecar that is added, changed or deleted (or a film.yaml) renormalizes its
 * film at once (only what changed is made again), under the same lock as `npm run normalize`, and
 * the page updates without a restart. Problems in a raw file are printed with its name; the server
 * keeps running.
 */
import { spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroBin as astro } from './lib/astro.ts';
import { type FilmFolder, listFilms } from './lib/films.ts';
import { acquireLock } from './lib/lock.ts';
import { syncEntries } from './lib/sync.ts';
import { normalizerFiles, normalizerVersion } from './lib/version.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const show = (path: string) => relative(process.cwd(), path) || path;

/** Splits `--films DIR` (ours) from the options that go to `astro dev`. */
export function splitDevArgs(args: readonly string[]): { films: string | undefined; rest: string[] } {
  let films: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--films' && i + 1 < args.length) films = args[++i];
    else if (arg.startsWith('--films=')) films = arg.slice('--films='.length);
    else rest.push(arg);
  }
  return { films, rest };
}

/** Normalizes one film's raw folder into its reviews under the folder's lock; prints what it did. */
async function normalizeFilm(film: FilmFolder): Promise<void> {
  if (!existsSync(film.raw)) return;
  await mkdir(film.reviews, { recursive: true });
  const release = await acquireLock(join(film.reviews, '.normalize.lock'), {
    waitMs: 120_000,
    onWait: () => console.warn(`dev: waiting for another normalize run on ${show(film.reviews)}…`),
  });
  try {
    const report = await syncEntries({
      inputDir: film.raw,
      outputDir: film.reviews,
      film: film.film,
      // Read afresh each run: a developer may change the normalizer while the server runs.
      version: normalizerVersion(await normalizerFiles(root), film.bytes),
      force: false,
    });
    for (const note of report.notes) console.warn(`dev: warning: ${note}`);
    for (const w of report.warnings) console.warn(`dev: warning: ${w.file}: ${w.text}`);
    for (const error of report.errors) console.error(`dev: error: ${error}`);
    if (report.written + report.removed > 0 || report.errors.length > 0) {
      console.log(
        `dev: ${film.slug}: ${report.written} written, ${report.removed} removed, ${report.errors.length} failed`,
      );
    }
  } finally {
    await release();
  }
}

async function main(): Promise<void> {
  const { films: filmsArg, rest } = splitDevArgs(process.argv.slice(2));
  const filmsDir = resolve(filmsArg ?? process.env.FILMS_DIR ?? join(root, 'content/films'));
  const load = async (slug: string) => (await listFilms(filmsDir)).find((f) => f.slug === slug);
  for (const film of await listFilms(filmsDir)) await normalizeFilm(film);

  const child = spawn(process.execPath, [astro, 'dev', ...rest], {
    stdio: 'inherit',
    env: { ...process.env, FILMS_DIR: filmsDir },
  });

  // One run at a time per film; a change during a run asks for one more run after it.
  const running = new Map<string, Promise<void>>();
  const again = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  const renormalize = (slug: string) => {
    if (running.has(slug)) {
      again.add(slug);
      return;
    }
    const run = (async () => {
      try {
        const film = await load(slug);
        if (film) await normalizeFilm(film);
      } catch (error) {
        console.error(`dev: error: ${error instanceof Error ? error.message : String(error)}`);
      }
    })().finally(() => {
      running.delete(slug);
      if (again.delete(slug)) renormalize(slug);
    });
    running.set(slug, run);
  };
  const watcher = watch(filmsDir, { recursive: true }, (_event, name) => {
    if (!name) return;
    const parts = name.split(sep);
    const slug = parts[0] as string;
    const isRaw = parts[1] === 'raw' && parts.length === 3 && /\.(?:txt|ya?ml)$/.test(parts[2] as string);
    if (!isRaw && !(parts.length === 2 && parts[1] === 'film.yaml')) return;
    clearTimeout(timers.get(slug));
    // Editors' tools write a file in several steps: wait until it has been quiet a moment.
    timers.set(
      slug,
      setTimeout(() => renormalize(slug), 150),
    );
  });

  const stop = (signal: NodeJS.Signals) => {
    watcher.close();
    child.kill(signal);
  };
  process.on('SIGINT', stop).on('SIGTERM', stop);
  child.on('exit', (code, signal) => {
    watcher.close();
    process.exitCode = code ?? (signal ? 130 : 1);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`dev: error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
}
