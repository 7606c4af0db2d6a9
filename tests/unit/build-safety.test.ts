import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitArgs } from '../../scripts/build.ts';

/**
 * `npm run build` (scripts/build.ts) builds into a staging folder and swaps it in only on success:
 * a failed build leaves the previous dist/ intact. Four real Astro builds: one stopped early by an
 * entry that fails the schema, one that fails only after every page is written (the case a build
 * straight into dist/ would lose the previous site to), one killed outright, and the good one that
 * follows it. Each goes into a temporary --outDir with its own FILMS_DIR and content cache
 * (ASTRO_CACHE_DIR), so the project's dist/ and cache are never touched.
 */

const root = new URL('../..', import.meta.url).pathname;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-safety-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function build(films: string, outDir: string, ...extra: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'scripts/build.ts'), '--outDir', outDir, ...extra], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      FILMS_DIR: films,
      ASTRO_CACHE_DIR: join(dir, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A stand-in for the previous build: a few files whose exact bytes must survive. */
function previousDist(path: string): Map<string, string> {
  const files = new Map([
    ['index.html', '<!doctype html><title>previous build</title>'],
    ['reviews/old/index.html', '<!doctype html><title>an old review</title>'],
    ['pagefind/pagefind.js', '/* the previous index */'],
  ]);
  for (const [file, text] of files) {
    mkdirSync(join(path, file, '..'), { recursive: true });
    writeFileSync(join(path, file), text);
  }
  return files;
}

const leftovers = () => readdirSync(dir).filter((f) => /\.(?:staging|old)-\d+$/.test(f));

describe('splitArgs', () => {
  it('takes --outDir (both spellings) for the swap and passes every other option to astro', () => {
    expect(splitArgs([])).toEqual({ outDir: 'dist', rest: [] });
    expect(splitArgs(['--outDir', 'x', '--site', 'https://a.example'])).toEqual({
      outDir: 'x',
      rest: ['--site', 'https://a.example'],
    });
    expect(splitArgs(['--verbose', '--outDir=y'])).toEqual({ outDir: 'y', rest: ['--verbose'] });
  });
});

describe('npm run build', { timeout: 300_000 }, () => {
  it('a failed build leaves the previous dist intact and says so in one line', () => {
    const films = join(dir, 'bad-films');
    cpSync(join(root, 'content/films'), films, { recursive: true });
    const reviews = join(films, 'ballerina-2025/reviews');
    const [first] = readdirSync(reviews).filter((f) => f.endsWith('.md'));
    const path = join(reviews, first as string);
    // An entry that fails the schema: a score of 150.
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^(\s+score:) \d+$/m, '$1 150'));
    expect(readFileSync(path, 'utf8')).toMatch(/score: 150/);

    const dist = join(dir, 'dist');
    const files = previousDist(dist);
    const r = build(films, dist);
    expect(r.code).not.toBe(0);
    const last = r.stderr.trim().split('\n').at(-1);
    expect(last).toMatch(/^build: error: astro build failed \(exit \d+\); .*dist\/ is unchanged$/);
    for (const [file, text] of files) expect(readFileSync(join(dist, file), 'utf8')).toBe(text);
    expect(readdirSync(dist).sort()).toEqual(['index.html', 'pagefind', 'reviews']);
    expect(leftovers()).toEqual([]);
  });

  it('a build that fails after Astro wrote its pages (as a Pagefind error would) leaves the previous dist intact', () => {
    // The project's config plus an integration that fails once every page is written: the point where a
    // build straight into dist/ would already have emptied it.
    const config = join(dir, 'failing.config.mjs');
    writeFileSync(
      config,
      [
        `import config from ${JSON.stringify(join(root, 'astro.config.mjs'))};`,
        'const fail = { name: "fail-late", hooks: { "astro:build:done": () => { throw new Error("simulated late failure"); } } };',
        'export default { ...config, integrations: [...config.integrations, fail] };',
      ].join('\n'),
    );
    const dist = join(dir, 'dist-late');
    const files = previousDist(dist);
    // Astro joins --config onto the project root, so it takes a relative path.
    const r = build(join(root, 'content/films'), dist, '--config', relative(root, config));
    expect(r.stdout + r.stderr).toMatch(/simulated late failure/);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(
      /^build: error: astro build failed \(exit \d+\); .*dist-late\/ is unchanged$/,
    );
    for (const [file, text] of files) expect(readFileSync(join(dist, file), 'utf8')).toBe(text);
    expect(readdirSync(dist).sort()).toEqual(['index.html', 'pagefind', 'reviews']);
    expect(leftovers()).toEqual([]);
  });
});

// One build killed outright, then the next build over the same folder: the good build every later
// assertion reads (one Astro build fewer than killing and rebuilding in one test, building afresh in another).
describe('npm run build, killed, then run again', { timeout: 300_000 }, () => {
  const dist = () => join(dir, 'dist-killed');
  let previous: Map<string, string>;
  let afterKill: { files: Map<string, string>; leftovers: string[] };
  let staging: string;
  let again: ReturnType<typeof build>;

  beforeAll(async () => {
    previous = previousDist(dist());
    // The whole process group, as closing the terminal or a power cut would: scripts/build.ts and astro.
    const child = spawn(process.execPath, [join(root, 'scripts/build.ts'), '--outDir', dist()], {
      cwd: root,
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        FILMS_DIR: join(root, 'content/films'),
        ASTRO_CACHE_DIR: join(dir, 'cache'),
      },
    });
    staging = `.dist-killed.staging-${child.pid}`;
    // Killed once Astro has begun writing pages into the staging folder.
    while (!existsSync(join(dir, staging, 'index.html')) && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const closed = new Promise((r) => child.on('close', r));
    process.kill(-(child.pid as number), 'SIGKILL');
    await closed;
    afterKill = {
      files: new Map([...previous.keys()].map((file) => [file, readFileSync(join(dist(), file), 'utf8')])),
      leftovers: leftovers(),
    };
    again = build(join(root, 'content/films'), dist(), '--site', 'https://reviews.example');
  }, 300_000);

  it('a build killed outright leaves the previous dist, and its staging folder', () => {
    expect(afterKill.files).toEqual(previous);
    expect(afterKill.leftovers).toContain(staging);
  });

  it('the next build clears what it left and replaces dist whole, Pagefind index included, with extra options passed to astro', () => {
    expect(again.stderr).not.toMatch(/build: error/);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/build: .*dist-killed\/ replaced with the new build/);
    expect(readFileSync(join(dist(), 'index.html'), 'utf8')).not.toContain('previous build');
    expect(existsSync(join(dist(), 'reviews/old'))).toBe(false);
    // The Pagefind integration indexed the folder Astro built into (the staging folder, now dist).
    expect(readFileSync(join(dist(), 'pagefind/pagefind.js'), 'utf8')).not.toContain('previous index');
    expect(
      JSON.parse(readFileSync(join(dist(), 'pagefind/pagefind-entry.json'), 'utf8')).languages,
    ).toBeDefined();
    // --site reached astro.
    expect(readFileSync(join(dist(), 'sitemap-index.xml'), 'utf8')).toContain('https://reviews.example/');
    expect(leftovers()).toEqual([]);
  });
});
