/**
 * One benchmark size, run for real: the catalogue written to disk, the pipeline (normalize, build
 * with its search index), an unchanged rerun, one added review, and the bare floor over the same
 * reviews. Every figure is measured here; scripts/bench/tables.ts only formats them.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Material } from './corpus/index.ts';
import { analyzeDist, type DistReport } from './dist.ts';
import { type Catalogue, generateCatalogue } from './films.ts';
import { floorBody, writeFloorProject } from './floor.ts';
import { writeCorpus } from './material.ts';
import { lineAt, type Measured, measure, tail } from './measure.ts';
import { bytes, count, ms } from './report.ts';
import { measureSearch, type SearchCost } from './search.ts';

/** Build phases read from Astro's log lines and the search index's own "Indexed N pages in X ms". */
export interface BuildPhases {
  startupMs: number | null;
  contentSyncMs: number | null;
  viteMs: number | null;
  generateMs: number | null;
  pagefindMs: number | null;
  pagesBuilt: number | null;
}

/** Everything measured for one corpus size. */
export interface SizeResult {
  n: number;
  films: number;
  corpusBytes: number;
  normalize: Measured;
  entries: number;
  build: Measured | null;
  phases: BuildPhases | null;
  incremental: Measured | null;
  rewritten: number | null;
  /** Adding one review to the built site: normalize, then build with warm caches. */
  addOne: { normalize: Measured; build: Measured } | null;
  floor: { build: Measured; pagefind: Measured; phases: BuildPhases } | null;
  dist: DistReport | null;
  search: SearchCost[] | null;
  problems: string[];
}

/** Where the runs happen and how. */
export interface RunContext {
  root: string;
  siteDir: string;
  benchDir: string;
  material: Material;
  seed: number;
  keep: boolean;
  echo: boolean;
  /** Node options for a measured stage (its CPU profile, with --cpu-prof); passed to its child processes too. */
  nodeOptions: (name: string, n: number) => string | null;
  log: (text: string) => void;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC
const strip = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Reads the build phases from Astro's log lines and the indexer's "Indexed N pages … in X ms". */
export function buildPhases(build: Measured): BuildPhases {
  const lines = build.lines.map((l) => ({ ...l, text: strip(l.text) }));
  const between = (from: RegExp, to: RegExp): number | null => {
    const a = lineAt(lines, from);
    if (a === null) return null;
    const b = lineAt(lines, to, a);
    return b === null ? null : b - a;
  };
  const indexed = lines.map((l) => /Indexed (\d+) pages\b.*?\bin (\d+) ?ms\b/.exec(l.text)).find(Boolean);
  const built = lines.map((l) => /(\d+) page\(s\) built in/.exec(l.text)).find(Boolean);
  return {
    startupMs: lines[0]?.ms ?? null,
    contentSyncMs: between(/Syncing content/, /Synced content/),
    viteMs: between(/Building (?:static|server) entrypoints/, /(?:generating|prerendering) static routes/),
    generateMs: between(/(?:generating|prerendering) static routes/, /✓ Completed in/),
    pagefindMs: indexed ? Number(indexed[2]) : null,
    pagesBuilt: built ? Number(built[1]) : null,
  };
}

/** Modification times of the entries under a films folder, by path. */
async function entryTimes(filmsDir: string): Promise<Map<string, bigint>> {
  const out = new Map<string, bigint>();
  for (const film of await readdir(filmsDir)) {
    const dir = join(filmsDir, film, 'reviews');
    if (!existsSync(dir)) continue;
    for (const name of await readdir(dir)) {
      if (name.endsWith('.md'))
        out.set(`${film}/${name}`, (await stat(join(dir, name), { bigint: true })).mtimeNs);
    }
  }
  return out;
}

/** Keeps a child's output as <runDir>/<name>.log. */
async function saveLog(runDir: string, name: string, run: Measured): Promise<void> {
  const text = run.lines.map(
    (l) => `${(l.ms / 1000).toFixed(3).padStart(9)} ${l.stream === 'stderr' ? '!' : ' '} ${l.text}`,
  );
  await writeFile(join(runDir, `${name}.log`), `$ ${run.command}\n${text.join('\n')}\n`);
}

/** The surnames searched: the one the most reviews use, and one a middling number use. */
export function searchQueries(catalogue: Catalogue): string[] {
  const uses = new Map<string, number>();
  const surnames = new Set(
    catalogue.films.flatMap((f) =>
      [...f.film.cast, ...f.film.crew].map((p) => p.name.split(' ').at(-1) as string),
    ),
  );
  for (const { file } of catalogue.reviews) {
    for (const word of new Set(file.text.match(/\p{Lu}\p{Ll}+/gu) ?? []))
      if (surnames.has(word)) uses.set(word, (uses.get(word) ?? 0) + 1);
  }
  const ranked = [...uses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const middle = ranked[Math.floor(ranked.length / 2)];
  return [ranked[0]?.[0], middle?.[0]].filter((q, i, all): q is string => !!q && all.indexOf(q) === i);
}

/** Writes the catalogue's films: each film.yaml and its raw reviews. Returns the corpus's bytes. */
async function writeCatalogue(filmsDir: string, catalogue: Catalogue): Promise<number> {
  let total = 0;
  for (const film of catalogue.films) {
    const dir = join(filmsDir, film.slug);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'film.yaml'), film.yaml);
    total += await writeCorpus(
      join(dir, 'raw'),
      catalogue.reviews.filter((r) => r.film === film.slug).map((r) => r.file),
    );
  }
  return total;
}

/**
 * Runs one size: floor, pipeline, unchanged rerun, dist and search, one added review.
 * @param ctx where and how to run
 * @param n the number of reviews
 */
export async function runSize(ctx: RunContext, n: number): Promise<SizeResult> {
  const { log } = ctx;
  const runDir = join(ctx.benchDir, `n${n}`);
  const filmsDir = join(runDir, 'films');
  const distDir = join(runDir, 'dist');
  await rm(runDir, { recursive: true, force: true });
  const problems: string[] = [];

  log(`\n── ${count(n)} reviews ──`);
  const catalogue = generateCatalogue(ctx.material, ctx.seed, n, 1);
  const corpusBytes = await writeCatalogue(filmsDir, catalogue);
  log(`  corpus: ${count(n)} raw reviews over ${catalogue.films.length} films, ${bytes(corpusBytes)}`);

  // The floor: the same reviews as plain markdown pages, stock Astro, then the Pagefind CLI.
  const floorDir = join(ctx.benchDir, `floor-n${n}`);
  await rm(floorDir, { recursive: true, force: true });
  await writeFloorProject(
    floorDir,
    catalogue.reviews.map(({ film, file }, i) => ({
      id: `${film}-${i}`,
      title: file.planted.title ?? `Review ${i}`,
      body: floorBody(file.text),
    })),
  );
  const astroBin = join(ctx.root, 'node_modules/astro/bin/astro.mjs');
  const pagefindBin = join(ctx.root, 'node_modules/pagefind/lib/runner/bin.cjs');
  const plainEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  const floorBuild = await measure(process.execPath, [astroBin, 'build'], { cwd: floorDir, env: plainEnv });
  const floorIndex = await measure(process.execPath, [pagefindBin, '--site', 'dist'], { cwd: floorDir });
  await saveLog(runDir, 'floor-build', floorBuild);
  if (floorBuild.code !== 0 || floorIndex.code !== 0) {
    problems.push(`the floor failed: astro build exit ${floorBuild.code}, pagefind exit ${floorIndex.code}`);
    log(tail(floorBuild.lines, 20));
  }
  const floor = { build: floorBuild, pagefind: floorIndex, phases: buildPhases(floorBuild) };
  log(
    `  floor: astro ${ms(floorBuild.wallMs)} (peak ${bytes(floorBuild.peakTreeRss)}), pagefind ${ms(floorIndex.wallMs)} (peak ${bytes(floorIndex.peakTreeRss)})`,
  );
  if (!ctx.keep) await rm(floorDir, { recursive: true, force: true });

  // The pipeline, cold: the snapshot's own .astro/ and caches emptied first.
  const normalizeArgs = ['scripts/normalize.ts', '--films', filmsDir, '--quiet'];
  const profiled = (name: string, env: NodeJS.ProcessEnv) => {
    const options = ctx.nodeOptions(name, n);
    return options ? { ...env, NODE_OPTIONS: options } : env;
  };
  const normalize = await measure(process.execPath, normalizeArgs, {
    cwd: ctx.siteDir,
    env: profiled('normalize', process.env),
    echo: ctx.echo,
  });
  await saveLog(runDir, 'normalize', normalize);
  const entries = (await entryTimes(filmsDir)).size;
  log(
    `  normalize: ${ms(normalize.wallMs)}, peak ${bytes(normalize.peakTreeRss)}, ${count(entries)} entries`,
  );
  if (normalize.code !== 0) {
    problems.push(`normalize exited with ${normalize.code}`);
    log(
      tail(
        normalize.lines.filter((l) => l.stream === 'stderr'),
        12,
      ),
    );
  }

  const buildEnv = { ...plainEnv, FILMS_DIR: filmsDir };
  const buildArgs = ['scripts/build.ts', '--outDir', distDir];
  let build: Measured | null = null;
  let phases: BuildPhases | null = null;
  if (entries > 0) {
    await rm(join(ctx.siteDir, '.astro'), { recursive: true, force: true });
    await rm(join(ctx.siteDir, 'node_modules'), { recursive: true, force: true });
    build = await measure(process.execPath, buildArgs, {
      cwd: ctx.siteDir,
      env: profiled('build', buildEnv),
      echo: ctx.echo,
    });
    await saveLog(runDir, 'build', build);
    phases = buildPhases(build);
    log(`  build: ${ms(build.wallMs)}, peak ${bytes(build.peakTreeRss)}, exit ${build.code}`);
    if (build.code !== 0) {
      problems.push(`the build exited with ${build.code}`);
      log(tail(build.lines, 25));
    }
  } else problems.push('normalize wrote no entries: build skipped');

  let incremental: Measured | null = null;
  let rewritten: number | null = null;
  if (entries > 0) {
    const before = await entryTimes(filmsDir);
    incremental = await measure(process.execPath, normalizeArgs, { cwd: ctx.siteDir });
    await saveLog(runDir, 'normalize-again', incremental);
    const after = await entryTimes(filmsDir);
    rewritten = [...after].filter(([name, t]) => before.get(name) !== t).length;
    log(`  normalize again, unchanged: ${ms(incremental.wallMs)}, ${rewritten} entries rewritten`);
  }

  let dist: DistReport | null = null;
  let search: SearchCost[] | null = null;
  if (build?.code === 0) {
    dist = await analyzeDist(distDir);
    log(
      `  dist: ${bytes(dist.bytes)} in ${count(dist.files)} files, ${count(dist.pages)} pages; heaviest ${bytes(dist.largest?.total)} (${dist.largest?.path}); ${dist.overBudget.length} over budget`,
    );
    try {
      const queries = searchQueries(catalogue);
      search = await measureSearch(distDir, queries, queries.slice(0, 1));
      for (const s of search)
        log(
          `  search "${s.query}"${s.facets ? ' + facets' : ''}: ${bytes(s.total)}, ${s.results} results shown`,
        );
    } catch (error) {
      problems.push(`search measurement failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  // One review more (the catalogue's next), on the built site with its caches warm.
  let addOne: SizeResult['addOne'] = null;
  const extra = catalogue.held[0];
  if (build?.code === 0 && extra) {
    await writeCorpus(join(filmsDir, extra.film, 'raw'), [extra.file]);
    const addNormalize = await measure(process.execPath, normalizeArgs, { cwd: ctx.siteDir });
    const addBuild = await measure(process.execPath, buildArgs, { cwd: ctx.siteDir, env: buildEnv });
    await saveLog(runDir, 'add-one-build', addBuild);
    addOne = { normalize: addNormalize, build: addBuild };
    const now = (await entryTimes(filmsDir)).size;
    if (now !== entries + 1) problems.push(`adding one review gave ${now} entries, not ${entries + 1}`);
    if (addBuild.code !== 0) problems.push(`the build after adding one review exited with ${addBuild.code}`);
    log(`  add one review: normalize ${ms(addNormalize.wallMs)}, build ${ms(addBuild.wallMs)}`);
  }

  if (!ctx.keep) await rm(runDir, { recursive: true, force: true });
  return {
    n,
    films: catalogue.films.length,
    corpusBytes,
    normalize,
    entries,
    build,
    phases,
    incremental,
    rewritten,
    addOne,
    floor,
    dist,
    search,
    problems,
  };
}
