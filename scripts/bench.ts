#!/usr/bin/env node
/**
 * npm run bench [-- --sizes 100,1000,10000 --seed N --keep --cpu-prof --no-docs --echo --site DIR]
 *
 * Generates synthetic corpora of raw reviews (scripts/bench/corpus.ts, fixed seed) and runs the whole
 * pipeline on each in .bench/ (git-ignored): normalize (pinned to one core), Astro build with
 * FILMS_DIR pointing at the corpus (Pagefind runs inside it, on astro:build:done), then normalize
 * again on unchanged input. Prints wall time, peak RSS, throughput, dist size, the heaviest first
 * visit per page kind, the bytes one search fetches (measured in Chromium), the growth from 1,000 to
 * 10,000, and the targets of issue 5; writes the same into docs/performance.md between markers.
 *
 * The build runs in a snapshot of the project (.bench/site: src, public, scripts, content without
 * raw/reviews, root config files), so it has its own .astro/ and cache directories, never touches
 * the shared ones colleagues build with, and is not disturbed by edits made while it runs.
 *
 * Flags: --sizes (default 100,1000,10000), --seed (corpus PRNG seed), --keep (keep .bench/n<size>/
 * with raw, reviews, dist), --cpu-prof (V8 CPU profiles of normalize and the build, summarized),
 * --no-docs (print only), --echo (stream the children's output), --site DIR (use a prepared project
 * copy as is instead of a fresh snapshot, e.g. to measure a config change before proposing it).
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/corpus.ts';
import { type ProfileSummary, summarizeProfiles } from './bench/cpuprofile.ts';
import { analyzeDist, type DistReport, PAGE_BUDGET } from './bench/dist.ts';
import { loadMaterial, writeCorpus } from './bench/material.ts';
import { lineAt, type Measured, measure, tail } from './bench/measure.ts';
import { bytes, count, machine, machineLine, ms, replaceSection, table } from './bench/report.ts';
import { measureSearch, type SearchCost } from './bench/search.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, '.bench');
let siteDir = join(benchDir, 'site');
const docsFile = join(root, 'docs/performance.md');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const pagefindBin = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');

/** Issue 5's targets. */
const TARGET = {
  normalizePerSecond: 1000,
  pipelineMs: 75_000,
  /** 3 GB and 300 KB read strictly, as decimal units (3 × 10⁹ and 300,000 bytes). */
  peakRss: 3e9,
  incrementalShare: 0.1,
  searchBytes: 300_000,
};
/** Queries for one search: a surname few reviews use, and one nearly all do (the heaviest index chunk). */
const QUERIES = ['Reedus', 'Armas'];

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    seed: { type: 'string', default: '20250606' },
    keep: { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
    echo: { type: 'boolean', default: false },
    site: { type: 'string' },
  },
});
if (args.site) siteDir = resolve(args.site);
const sizes = args.sizes
  .split(',')
  .map((s) => Number(s.trim().replace(/[_,]/g, '')))
  .filter((n) => Number.isInteger(n) && n > 0);
const seed = Number(args.seed) >>> 0;
if (sizes.length === 0)
  throw new Error(`--sizes: expected a comma-separated list of counts, got "${args.sizes}"`);

/** Build phases read from Astro's log and the Pagefind integration's own timing. */
interface BuildPhases {
  startupMs: number | null;
  contentSyncMs: number | null;
  viteMs: number | null;
  generateMs: number | null;
  pagefindMs: number | null;
  pagefindPages: number | null;
  pagesBuilt: number | null;
}

/** Everything measured for one corpus size. */
interface SizeResult {
  n: number;
  corpusBytes: number;
  genMs: number;
  normalize: Measured;
  normalizeSummary: string;
  entries: number;
  failed: number;
  build: Measured | null;
  phases: BuildPhases | null;
  /** Pagefind run separately (only when the build left no dist/pagefind). */
  pagefindSeparate: Measured | null;
  incremental: Measured | null;
  rewritten: number | null;
  dist: DistReport | null;
  search: SearchCost[] | null;
  profiles: { normalize?: ProfileSummary; build?: ProfileSummary };
  problems: string[];
}

const log = (text: string) => process.stderr.write(`${text}\n`);
/** The film whose seeds and registry the generated corpus is made from. */
const BENCH_FILM = 'ballerina-2025';

/** Copies the parts of the project a build needs into .bench/site, fresh. */
async function snapshotSite(): Promise<void> {
  const skip = new Set([
    'node_modules',
    '.git',
    'dist',
    '.astro',
    '.bench',
    'coverage',
    'test-results',
    'tests',
    'docs',
    '.ci',
    'package-lock.json',
  ]);
  await rm(siteDir, { recursive: true, force: true });
  await mkdir(siteDir, { recursive: true });
  for (const name of await readdir(root)) {
    if (skip.has(name)) continue;
    await cp(join(root, name), join(siteDir, name), {
      recursive: true,
      filter: (src) => {
        const rel = relative(root, src).split('\\').join('/');
        return !/^content\/films\/[^/]+\/(?:raw|reviews)$/.test(rel);
      },
    });
  }
}

/** Modification times of the files in a directory, by name. */
async function mtimes(dir: string): Promise<Map<string, bigint>> {
  const out = new Map<string, bigint>();
  for (const name of await readdir(dir))
    out.set(name, (await stat(join(dir, name), { bigint: true })).mtimeNs);
  return out;
}

/** Removes terminal colour codes. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC
const strip = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Reads the build phases from Astro's log lines and the Pagefind integration's "Indexed N pages in X ms". */
function buildPhases(build: Measured): BuildPhases {
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
    pagefindPages: indexed ? Number(indexed[1]) : null,
    pagesBuilt: built ? Number(built[1]) : null,
  };
}

/** Reads "normalize: N raw reviews → …: W written, U unchanged, R removed, F failed" from its output. */
function normalizeCounts(run: Measured): { summary: string; written: number; failed: number } {
  const line = run.lines.map((l) => l.text).find((t) => /^normalize: \d+ raw reviews/.test(t)) ?? '';
  const num = (re: RegExp) => Number(re.exec(line)?.[1] ?? Number.NaN);
  return { summary: line, written: num(/(\d+) written/), failed: num(/(\d+) failed/) };
}

/** Keeps a child's output as <runDir>/<name>.log (with --keep it stays for reading). */
async function saveLog(runDir: string, name: string, run: Measured): Promise<void> {
  const text = run.lines.map(
    (l) => `${(l.ms / 1000).toFixed(3).padStart(9)} ${l.stream === 'stderr' ? '!' : ' '} ${l.text}`,
  );
  await writeFile(join(runDir, `${name}.log`), `$ ${run.command}\n${text.join('\n')}\n`);
}

async function profiled(dir: string): Promise<ProfileSummary | undefined> {
  return existsSync(dir) ? summarizeProfiles(dir, siteDir) : undefined;
}

async function runSize(n: number): Promise<SizeResult> {
  const runDir = join(benchDir, `n${n}`);
  // The corpus is one film's folder, laid out as content/films/ is.
  const filmsDir = join(runDir, 'films');
  const filmDir = join(filmsDir, BENCH_FILM);
  const rawDir = join(filmDir, 'raw');
  const reviewsDir = join(filmDir, 'reviews');
  const distDir = join(runDir, 'dist');
  const profDir = join(runDir, 'profiles');
  await rm(runDir, { recursive: true, force: true });
  const problems: string[] = [];

  log(`\n── ${count(n)} reviews ──`);
  const genStart = performance.now();
  const files = generateCorpus(await loadMaterial(root), seed, n);
  const corpusBytes = await writeCorpus(rawDir, files);
  await cp(join(root, 'content/films', BENCH_FILM, 'film.yaml'), join(filmDir, 'film.yaml'));
  const genMs = performance.now() - genStart;
  log(`  corpus: ${count(n)} raw reviews, ${bytes(corpusBytes)} (${ms(genMs)}, not part of the pipeline)`);

  const nodeArgs = (name: string) =>
    args['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', join(profDir, name)] : [];
  const normalizeArgs = ['scripts/normalize.ts', '--films', filmsDir];
  const normalize = await measure(process.execPath, [...nodeArgs('normalize'), ...normalizeArgs], {
    cwd: siteDir,
    oneCore: true,
    echo: args.echo,
  });
  await saveLog(runDir, 'normalize', normalize);
  const counts = normalizeCounts(normalize);
  const entries = existsSync(reviewsDir)
    ? (await readdir(reviewsDir)).filter((f) => f.endsWith('.md')).length
    : 0;
  log(
    `  normalize: ${ms(normalize.wallMs)}, peak ${bytes(normalize.peakTreeRss)}, ${counts.summary || '(no summary)'}`,
  );
  if (normalize.code !== 0) {
    problems.push(`normalize exited with ${normalize.code}: ${counts.failed || '?'} reviews failed`);
    log(
      tail(
        normalize.lines.filter((l) => l.stream === 'stderr'),
        12,
      ),
    );
  }

  let build: Measured | null = null;
  let phases: BuildPhases | null = null;
  let pagefindSeparate: Measured | null = null;
  if (entries > 0) {
    // A cold build: the snapshot's own .astro/ and caches are emptied first.
    await rm(join(siteDir, '.astro'), { recursive: true, force: true });
    await rm(join(siteDir, 'node_modules'), { recursive: true, force: true });
    build = await measure(process.execPath, [...nodeArgs('build'), astroBin, 'build', '--outDir', distDir], {
      cwd: siteDir,
      env: { ...process.env, FILMS_DIR: filmsDir, NO_COLOR: '1', FORCE_COLOR: '0' },
      echo: args.echo,
    });
    await saveLog(runDir, 'build', build);
    phases = buildPhases(build);
    log(`  astro build: ${ms(build.wallMs)}, peak ${bytes(build.peakTreeRss)}, exit ${build.code}`);
    if (build.code !== 0) {
      problems.push(`astro build exited with ${build.code}`);
      log(tail(build.lines, 25));
    } else if (!existsSync(join(distDir, 'pagefind'))) {
      log('  (the build left no dist/pagefind: running the Pagefind CLI separately)');
      pagefindSeparate = await measure(process.execPath, [pagefindBin, '--site', distDir], { cwd: siteDir });
      if (pagefindSeparate.code !== 0) problems.push(`pagefind exited with ${pagefindSeparate.code}`);
    }
  } else problems.push('normalize wrote no entries: build skipped');

  let incremental: Measured | null = null;
  let rewritten: number | null = null;
  if (entries > 0) {
    const before = await mtimes(reviewsDir);
    incremental = await measure(process.execPath, normalizeArgs, { cwd: siteDir, oneCore: true });
    await saveLog(runDir, 'normalize-again', incremental);
    const after = await mtimes(reviewsDir);
    const changed = [...after].filter(([name, t]) => before.get(name) !== t).map(([name]) => name);
    rewritten = changed.filter((name) => name.endsWith('.md')).length;
    log(
      `  incremental normalize: ${ms(incremental.wallMs)} (${((incremental.wallMs / normalize.wallMs) * 100).toFixed(1)}% of full), ${rewritten} entries rewritten`,
    );
  }

  let dist: DistReport | null = null;
  let search: SearchCost[] | null = null;
  if (build?.code === 0) {
    dist = await analyzeDist(distDir);
    log(
      `  dist: ${bytes(dist.bytes)} in ${count(dist.files)} files, ${count(dist.pages)} pages; heaviest first visit ${dist.largest ? `${bytes(dist.largest.total)} (${dist.largest.path})` : '–'}; ${dist.overBudget.length} over budget`,
    );
    if (existsSync(join(distDir, 'search/index.html')) && existsSync(join(distDir, 'pagefind'))) {
      try {
        search = await measureSearch(distDir, QUERIES);
        for (const s of search)
          log(
            `  search "${s.query}": ${bytes(s.total)} in ${s.fetched.length} requests, ${s.results} results shown`,
          );
      } catch (error) {
        problems.push(`search measurement failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    } else problems.push('no dist/search/ or dist/pagefind/: search not measured');
  }

  const profiles: SizeResult['profiles'] = {};
  if (args['cpu-prof']) {
    profiles.normalize = await profiled(join(profDir, 'normalize'));
    profiles.build = await profiled(join(profDir, 'build'));
  }
  if (!args.keep) await rm(runDir, { recursive: true, force: true });
  return {
    n,
    corpusBytes,
    genMs,
    normalize,
    normalizeSummary: counts.summary,
    entries,
    failed: Number.isNaN(counts.failed) ? 0 : counts.failed,
    build,
    phases,
    pagefindSeparate,
    incremental,
    rewritten,
    dist,
    search,
    profiles,
    problems,
  };
}

const perSecond = (n: number, wallMs: number | undefined) =>
  wallMs ? `${count(Math.round(n / (wallMs / 1000)))}/s` : '–';
const pipelineMs = (r: SizeResult) =>
  r.normalize.wallMs + (r.build?.wallMs ?? Number.NaN) + (r.pagefindSeparate?.wallMs ?? 0);
const peakOf = (r: SizeResult) =>
  Math.max(r.normalize.peakTreeRss, r.build?.peakTreeRss ?? 0, r.pagefindSeparate?.peakTreeRss ?? 0);
const worstSearch = (r: SizeResult) =>
  r.search?.reduce<SearchCost | null>((a, b) => (a && a.total >= b.total ? a : b), null) ?? null;

const cpu = (m: Measured | null) =>
  m && m.userS !== null && m.systemS !== null ? (m.userS + m.systemS) * 1000 : null;

function stageTable(results: readonly SizeResult[]): string {
  const rows: string[][] = [];
  for (const r of results) {
    const p = r.phases;
    const n = count(r.n);
    const row = (stage: string, wall: number | null | undefined, m: Measured | null, rate: string) =>
      rows.push([n, stage, ms(wall), m ? ms(cpu(m)) : '', m ? bytes(m.peakTreeRss) : '', rate]);
    row('normalize (pinned to 1 core)', r.normalize.wallMs, r.normalize, perSecond(r.n, r.normalize.wallMs));
    if (r.build) {
      row('astro build, total (incl. Pagefind)', r.build.wallMs, r.build, perSecond(r.n, r.build.wallMs));
      if (p) {
        const known = [p.startupMs, p.contentSyncMs, p.viteMs, p.generateMs, p.pagefindMs];
        row('· startup and config', p.startupMs, null, '');
        row('· content sync (glob loader, schema, render)', p.contentSyncMs, null, '');
        row('· Vite bundle', p.viteMs, null, '');
        row(
          '· page generation',
          p.generateMs,
          null,
          p.pagesBuilt ? `${perSecond(p.pagesBuilt, p.generateMs ?? undefined)} pages` : '',
        );
        row(
          '· Pagefind (integration)',
          p.pagefindMs,
          null,
          p.pagefindPages ? `${perSecond(p.pagefindPages, p.pagefindMs ?? undefined)} pages` : '',
        );
        if (known.every((x) => x !== null)) {
          row(
            '· other (sitemap, hooks, exit)',
            r.build.wallMs - known.reduce<number>((a, b) => a + (b ?? 0), 0),
            null,
            '',
          );
        }
      }
    }
    if (r.pagefindSeparate)
      row('pagefind (CLI, separate)', r.pagefindSeparate.wallMs, r.pagefindSeparate, '');
    rows.push([
      n,
      '**whole pipeline**',
      `**${ms(pipelineMs(r))}**`,
      ms((cpu(r.normalize) ?? 0) + (cpu(r.build) ?? 0) + (cpu(r.pagefindSeparate) ?? 0)),
      `**${bytes(peakOf(r))}**`,
      perSecond(r.n, pipelineMs(r)),
    ]);
    if (r.incremental) {
      row(
        `normalize again, unchanged input (${((r.incremental.wallMs / r.normalize.wallMs) * 100).toFixed(1)}% of full)`,
        r.incremental.wallMs,
        r.incremental,
        `${r.rewritten} entries rewritten`,
      );
    }
  }
  return table(['Reviews', 'Stage', 'Wall', 'CPU (user+sys)', 'Peak RSS', 'Throughput'], rows);
}

function outputTable(results: readonly SizeResult[]): string {
  const rows = results.map((r) => {
    const d = r.dist;
    const s = worstSearch(r);
    return [
      count(r.n),
      `${count(r.entries)}${r.failed ? ` (${r.failed} failed)` : ''}`,
      d ? `${bytes(d.bytes)} / ${count(d.files)} files` : '–',
      d ? count(d.pages) : '–',
      d ? bytes(d.pagefindBytes) : '–',
      d?.largest ? `${bytes(d.largest.total)} ${d.largest.path}` : '–',
      d ? String(d.overBudget.length) : '–',
      s ? `${bytes(s.total)} ("${s.query}", ${s.fetched.length} req.)` : '–',
    ];
  });
  return table(
    [
      'Reviews',
      'Entries',
      'dist',
      'HTML pages',
      'Pagefind index',
      'Largest first visit (gzip)',
      `Pages > ${PAGE_BUDGET / 1024} KB`,
      'One search (cold)',
    ],
    rows,
  );
}

function kindTable(r: SizeResult): string {
  if (!r.dist) return '';
  return table(
    ['Page kind', 'Heaviest page', 'HTML', 'CSS', 'JS', 'Total (gzip)', 'Budget'],
    r.dist.largestByKind.map((w) => [
      w.kind,
      w.path,
      bytes(w.htmlGzip),
      bytes(w.cssGzip),
      bytes(w.jsGzip),
      bytes(w.total),
      w.kind === 'search' ? 'exempt' : w.total <= PAGE_BUDGET ? 'ok' : '**over**',
    ]),
  );
}

function searchTable(r: SizeResult): string {
  if (!r.search) return '';
  const groups = ['page', 'pagefind runtime', 'pagefind index', 'pagefind fragments', 'other'];
  return table(
    ['Query', ...groups, 'Total', 'Results shown'],
    r.search.map((s) => [
      `"${s.query}"`,
      ...groups.map((g) => bytes(s.byGroup[g] ?? 0)),
      `**${bytes(s.total)}**`,
      String(s.results),
    ]),
  );
}

function growthTable(results: readonly SizeResult[]): string | null {
  const a = results.find((r) => r.n === 1000);
  const b = results.find((r) => r.n === 10000);
  if (!a || !b) return null;
  const row = (name: string, x: number | null | undefined, y: number | null | undefined) => {
    if (!x || !y) return [name, ms(x), ms(y), '–', '–'];
    const ratio = y / x;
    return [
      name,
      ms(x),
      ms(y),
      `×${ratio.toFixed(2)}`,
      `${(ratio / 10).toFixed(2)} ${ratio / 10 <= 1.05 ? '(linear or better)' : '(**superlinear**)'}`,
    ];
  };
  return table(
    ['Stage', '1,000', '10,000', 'Ratio', 'Ratio / 10'],
    [
      row('normalize', a.normalize.wallMs, b.normalize.wallMs),
      row('astro build (total)', a.build?.wallMs, b.build?.wallMs),
      row('  page generation', a.phases?.generateMs, b.phases?.generateMs),
      row('  Pagefind', a.phases?.pagefindMs, b.phases?.pagefindMs),
      row('whole pipeline', pipelineMs(a), pipelineMs(b)),
      row('normalize, unchanged input', a.incremental?.wallMs, b.incremental?.wallMs),
    ],
  );
}

function targetTable(results: readonly SizeResult[]): string {
  const r = results.reduce((a, b) => (b.n > a.n ? b : a));
  const at = r.n === 10000 ? '' : ` (measured at ${count(r.n)}, not 10,000)`;
  const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'met' : '**missed**');
  const rate = r.n / (r.normalize.wallMs / 1000);
  const share = r.incremental ? r.incremental.wallMs / r.normalize.wallMs : null;
  const search = worstSearch(r);
  return table(
    ['Target (issue 5)', 'Measured', 'Verdict'],
    [
      [
        `Normalizer ≥ ${count(TARGET.normalizePerSecond)} reviews/s on one core${at}`,
        r.entries > 0
          ? `${count(Math.round(rate))}/s wall${cpu(r.normalize) ? ` (${count(Math.round(r.n / ((cpu(r.normalize) ?? 1) / 1000)))}/s of CPU time)` : ''}`
          : '–',
        verdict(r.entries > 0 ? rate >= TARGET.normalizePerSecond : null),
      ],
      [
        `Whole pipeline ≤ 75 s wall${at}`,
        ms(pipelineMs(r)),
        verdict(r.build?.code === 0 ? pipelineMs(r) <= TARGET.pipelineMs : null),
      ],
      [
        `Whole pipeline ≤ 3 GB peak RSS${at}`,
        bytes(peakOf(r)),
        verdict(r.build?.code === 0 ? peakOf(r) <= TARGET.peakRss : null),
      ],
      [
        `Unchanged input: nothing rewritten, ≤ 10% of a full run${at}`,
        share === null ? '–' : `${(share * 100).toFixed(1)}%, ${r.rewritten} entries rewritten`,
        verdict(share === null ? null : share <= TARGET.incrementalShare && r.rewritten === 0),
      ],
      [
        `Every page ≤ ${PAGE_BUDGET / 1024} KB gzip first visit (search exempt)${at}`,
        r.dist ? `${r.dist.overBudget.length} over; largest ${bytes(r.dist.largest?.total)}` : '–',
        verdict(r.dist ? r.dist.overBudget.length === 0 : null),
      ],
      [
        `One search ≤ 300 KB${at}`,
        search ? `${bytes(search.total)} ("${search.query}")` : '–',
        verdict(search ? search.total <= TARGET.searchBytes : null),
      ],
    ],
  );
}

function hotspotSection(results: readonly SizeResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    for (const [stage, summary] of Object.entries(r.profiles)) {
      if (!summary) continue;
      out.push(`#### CPU profile: ${stage}, ${count(r.n)} reviews (${ms(summary.totalMs)} sampled)\n`);
      out.push(
        table(
          ['Self time', 'Share', 'File or package'],
          summary.files
            .slice(0, 10)
            .map((h) => [ms(h.ms), `${(h.share * 100).toFixed(1)}%`, `\`${h.name}\``]),
        ),
      );
      out.push('');
      out.push(
        table(
          ['Self time', 'Share', 'Function'],
          summary.functions
            .slice(0, 12)
            .map((h) => [ms(h.ms), `${(h.share * 100).toFixed(1)}%`, `\`${h.name}\``]),
        ),
      );
      out.push('');
    }
  }
  return out.join('\n');
}

async function main(): Promise<number> {
  const m = await machine();
  const loadBefore = loadavg()[0] ?? 0;
  log(`bench: sizes ${sizes.map(count).join(', ')}, seed ${seed}; ${machineLine(m)}`);
  if (args.site) {
    if (!existsSync(join(siteDir, 'astro.config.mjs')))
      throw new Error(`--site ${args.site}: no astro.config.mjs there`);
    log(`bench: using the prepared project copy in ${relative(root, siteDir)} (--site), as is`);
  } else await snapshotSite();
  const results: SizeResult[] = [];
  for (const n of sizes) results.push(await runSize(n));
  if (!args.keep && !args.site) await rm(siteDir, { recursive: true, force: true });

  const largest = results.reduce((a, b) => (b.n > a.n ? b : a));
  const growth = growthTable(results);
  const body = [
    `Machine: ${machineLine(m)}. Load average (1 min) ${loadBefore.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end: other work on the machine stretches wall times, CPU times much less.  `,
    `Command: \`npm run bench -- --sizes ${sizes.join(',')}${args.seed !== '20250606' ? ` --seed ${seed}` : ''}${args['cpu-prof'] ? ' --cpu-prof' : ''}${args.site ? ` --site ${args.site}` : ''}\` (corpus seed ${seed}). Sizes in KB/MB/GB are 1,024-based; page and search bytes are gzip (zlib level 6) for text, as stored for Pagefind's pre-compressed files.`,
    '',
    '### Stages',
    '',
    stageTable(results),
    '',
    '### Output',
    '',
    outputTable(results),
    '',
    `### Heaviest first visit per page kind (${count(largest.n)} reviews)`,
    '',
    kindTable(largest),
    '',
    `### One search, cold (${count(largest.n)} reviews)`,
    '',
    searchTable(largest) || 'Not measured.',
    '',
    '### Growth from 1,000 to 10,000 reviews',
    '',
    growth ?? 'Needs both 1,000 and 10,000 in --sizes.',
    '',
    '### Targets',
    '',
    targetTable(results),
    '',
    hotspotSection(results),
  ];
  const problems = results.flatMap((r) => r.problems.map((p) => `- ${count(r.n)}: ${p}`));
  if (problems.length > 0) body.push('### Problems in this run', '', ...problems, '');
  const text = body.join('\n');
  process.stdout.write(`\n${text}\n`);
  if (!args['no-docs']) {
    await replaceSection(docsFile, 'bench', 'Latest benchmark run', text);
    log(`bench: results written to ${relative(root, docsFile)}`);
  }
  return results.some((r) => r.normalize.code === null || (r.build !== null && r.build.code !== 0)) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench: error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 2;
  },
);
