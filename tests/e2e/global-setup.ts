import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server.ts';
import { buildSite, expectSuccess, runScript, sitesDir } from './fixture-build.ts';
import { buildHostileFixture, type HostileFixture } from './hostile-fixture.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
    /** The two-film fixture: its site and the films folder it was built from. */
    twoFilmsURL: string;
    twoFilmsDir: string;
    /** The hostile fixture (tests/e2e/hostile-fixture.ts): its site, films folder, dist, and normalize run. */
    hostileURL: string;
    hostileFilmsDir: string;
    hostileDist: string;
    hostileNormalize: HostileFixture['normalize'];
  }
}

/** The second film's raw reviews: three of the labelled corpus's John Wick: Chapter 4 reviews (dev split). */
export const SECOND_FILM = 'john-wick-chapter-4';
const SECOND_FILM_RAW = ['jw4-d02.txt', 'jw4-d04.txt', 'jw4-d08.txt'];

/**
 * A films folder with this site's film (its raw reviews) and a second film from the test fixtures,
 * normalized and built into its own dist: the site as it is once an editor drops a second film in.
 */
async function buildTwoFilms(scratch: string, dist: string): Promise<{ films: string; dist: string }> {
  const films = join(scratch, 'films');
  cpSync('content/films/ballerina-2025/film.yaml', join(films, 'ballerina-2025/film.yaml'));
  cpSync('content/films/ballerina-2025/raw', join(films, 'ballerina-2025/raw'), { recursive: true });
  cpSync(`tests/fixtures/films/${SECOND_FILM}/film.yaml`, join(films, SECOND_FILM, 'film.yaml'));
  mkdirSync(join(films, SECOND_FILM, 'raw'), { recursive: true });
  for (const name of SECOND_FILM_RAW) {
    cpSync(join('tests/fixtures/corpus/dev', name), join(films, SECOND_FILM, 'raw', name));
  }
  expectSuccess(
    'normalizing the two-film fixture',
    await runScript(['scripts/normalize.ts', '--films', films, '--quiet'], {}, true),
  );
  await buildSite('two-film fixture', films, dist, scratch);
  return { films, dist };
}

/** `npm run build` of the site itself into dist/, its output shown as it comes. */
function buildMain(): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`npm run build failed (exit ${code})`)),
    );
  });
}

/** A settled build's result; throws its failure (once every build has ended, so none outlives setup). */
function value<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

/**
 * Builds the site (unless E2E_DIST names an existing build), the two-film fixture and the hostile
 * fixture, side by side, and serves each on loopback for every browser test.
 */
export default async function setup(project: TestProject) {
  const distDir = resolve(process.env.E2E_DIST ?? 'dist');
  const scratch = mkdtempSync(join(tmpdir(), 'e2e-fixtures-'));
  const sites = sitesDir();
  const servers: StaticServer[] = [];
  const teardown = async () => {
    await Promise.all(servers.map((s) => s.close()));
    for (const dir of [scratch, sites]) rmSync(dir, { recursive: true, force: true });
  };
  try {
    const [main, twoFilms, hostileFixture] = await Promise.allSettled([
      process.env.E2E_DIST ? Promise.resolve() : buildMain(),
      buildTwoFilms(join(scratch, 'two-films'), join(sites, 'two-films')),
      buildHostileFixture(join(scratch, 'hostile'), join(sites, 'hostile')),
    ]);
    value(main);
    const two = value(twoFilms);
    const hostile = value(hostileFixture);
    const server = await serveStatic(distDir);
    servers.push(server);
    const twoServer = await serveStatic(two.dist);
    servers.push(twoServer);
    const hostileServer = await serveStatic(hostile.dist);
    servers.push(hostileServer);
    project.provide('baseURL', server.origin);
    project.provide('distDir', distDir);
    project.provide('twoFilmsURL', twoServer.origin);
    project.provide('twoFilmsDir', two.films);
    project.provide('hostileURL', hostileServer.origin);
    project.provide('hostileFilmsDir', hostile.films);
    project.provide('hostileDist', hostile.dist);
    project.provide('hostileNormalize', hostile.normalize);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
