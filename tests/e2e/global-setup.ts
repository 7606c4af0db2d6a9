import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
    /** The two-film fixture: its site and the films folder it was built from. */
    twoFilmsURL: string;
    twoFilmsDir: string;
  }
}

/** The second film's raw reviews: three of the labelled corpus's John Wick: Chapter 4 reviews (dev split). */
export const SECOND_FILM = 'john-wick-chapter-4';
const SECOND_FILM_RAW = ['jw4-d02.txt', 'jw4-d04.txt', 'jw4-d08.txt'];

/**
 * A films folder with this site's film (its raw reviews) and a second film from the test fixtures,
 * normalized and built into its own dist: the site as it is once an editor drops a second film in.
 */
function buildTwoFilms(root: string): { films: string; dist: string } {
  const films = join(root, 'films');
  cpSync('content/films/ballerina-2025/film.yaml', join(films, 'ballerina-2025/film.yaml'));
  cpSync('content/films/ballerina-2025/raw', join(films, 'ballerina-2025/raw'), { recursive: true });
  cpSync(`tests/fixtures/films/${SECOND_FILM}/film.yaml`, join(films, SECOND_FILM, 'film.yaml'));
  mkdirSync(join(films, SECOND_FILM, 'raw'), { recursive: true });
  for (const name of SECOND_FILM_RAW) {
    cpSync(join('tests/fixtures/corpus/dev', name), join(films, SECOND_FILM, 'raw', name));
  }
  execFileSync(process.execPath, ['scripts/normalize.ts', '--films', films, '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const dist = join(root, 'dist');
  execFileSync(process.execPath, ['scripts/build.ts', '--outDir', dist], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, FILMS_DIR: films, ASTRO_CACHE_DIR: join(root, 'cache') },
  });
  return { films, dist };
}

/**
 * Builds the site once (unless E2E_DIST names an existing build) and the two-film fixture, and
 * serves both on loopback for every browser test.
 */
export default async function setup(project: TestProject) {
  const distDir = resolve(process.env.E2E_DIST ?? 'dist');
  if (!process.env.E2E_DIST) {
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  }
  const fixture = mkdtempSync(join(tmpdir(), 'two-films-'));
  const two = buildTwoFilms(fixture);
  const server = await serveStatic(distDir);
  const twoServer = await serveStatic(two.dist);
  project.provide('baseURL', server.origin);
  project.provide('distDir', distDir);
  project.provide('twoFilmsURL', twoServer.origin);
  project.provide('twoFilmsDir', two.films);
  return async () => {
    await server.close();
    await twoServer.close();
    rmSync(fixture, { recursive: true, force: true });
  };
}
