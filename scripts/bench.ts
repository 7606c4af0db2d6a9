#!/usr/bin/env node
/**
 * npm run bench [-- --sizes 1000,10000 --seed N --json FILE --keep --cpu-prof --no-docs --echo --site DIR]
 *
 * Generates a synthetic many-film catalogue of raw reviews per size (scripts/bench/films.ts, fixed
 * seed) and, in .bench/ (git-ignored), measures:
 * - the bare floor: stock Astro over the same reviews as plain markdown pages, then the Pagefind CLI;
 * - the pipeline, cold: `npm run normalize` over every film, then `npm run build` (Astro, then the
 *   search index);
 * - normalize again on unchanged input (nothing may be rewritten);
 * - one review added to the built site: normalize + build with warm caches;
 * - the built dist: page weights and the bytes one cold search fetches, in Chromium.
 * Prints every figure with its ratio to the floor, and issue 13's targets; writes the same into
 * docs/performance.md between markers, and with --json FILE a machine-readable summary.
 *
 * The pipeline runs in a snapshot of the project (.bench/site), so it has its own .astro/ and
 * caches and is not disturbed by edits made while it runs.
 *
 * Flags: --sizes (default 1000,10000), --seed, --json FILE, --keep (keep .bench/n<size>/),
 * --cpu-prof (V8 CPU profiles of normalize and the build, summarized), --no-docs (print only),
 * --echo (stream the children's output), --site DIR (a prepared project copy, used as is).
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarizeProfiles } from './bench/cpuprofile.ts';
import { loadMaterial } from './bench/material.ts';
import { count, machine, machineLine, ms, replaceSection, table } from './bench/report.ts';
import { type RunContext, runSize, type SizeResult } from './bench/run.ts';
import {
  growthTable,
  kindTable,
  outputTable,
  searchTable,
  stageTable,
  summary,
  targetTable,
} from './bench/tables.ts';
import { parseOptions } from './lib/args.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, '.bench');
const docsFile = join(root, 'docs/performance.md');

const USAGE =
  'usage: npm run bench [-- --sizes 1000,10000 --seed N --json FILE --keep --cpu-prof --no-docs --echo --site DIR]';
const args = parseOptions('bench', USAGE, {
  sizes: { type: 'string', default: '1000,10000' },
  seed: { type: 'string', default: '20250606' },
  json: { type: 'string' },
  keep: { type: 'boolean', default: false },
  'cpu-prof': { type: 'boolean', default: false },
  'no-docs': { type: 'boolean', default: false },
  echo: { type: 'boolean', default: false },
  site: { type: 'string' },
});
const siteDir = args.site ? resolve(args.site) : join(benchDir, 'site');
const sizes = args.sizes
  .split(',')
  .map((s) => Number(s.trim().replace(/_/g, '')))
  .filter((n) => Number.isInteger(n) && n > 0);
const seed = Number(args.seed) >>> 0;
if (sizes.length === 0)
  throw new Error(`--sizes: expected a comma-separated list of counts, got "${args.sizes}"`);

const log = (text: string) => process.stderr.write(`${text}\n`);

/** Copies the parts of the project a build needs into .bench/site, fresh (no content/films). */
async function snapshotSite(): Promise<void> {
  const skip = new Set([
    'node_modules',
    '.git',
    'dist',
    '.astro',
    '.bench',
    'coverage',
    'tests',
    'docs',
    '.ci',
  ]);
  await rm(siteDir, { recursive: true, force: true });
  await mkdir(siteDir, { recursive: true });
  for (const name of await readdir(root)) {
    if (skip.has(name) || name === 'package-lock.json') continue;
    await cp(join(root, name), join(siteDir, name), {
      recursive: true,
      filter: (src) => !/^content\/films\/./.test(relative(root, src).split('\\').join('/')),
    });
  }
}

function hotspots(name: string, summaryOf: Awaited<ReturnType<typeof summarizeProfiles>>): string {
  return [
    `#### CPU profile: ${name} (${ms(summaryOf.totalMs)} sampled)`,
    '',
    table(
      ['Self time', 'Share', 'File or package'],
      summaryOf.files.slice(0, 10).map((h) => [ms(h.ms), `${(h.share * 100).toFixed(1)}%`, `\`${h.name}\``]),
    ),
    '',
    table(
      ['Self time', 'Share', 'Function'],
      summaryOf.functions
        .slice(0, 12)
        .map((h) => [ms(h.ms), `${(h.share * 100).toFixed(1)}%`, `\`${h.name}\``]),
    ),
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  const m = await machine();
  const loadBefore = loadavg()[0] ?? 0;
  log(`bench: sizes ${sizes.map(count).join(', ')}, seed ${seed}; ${machineLine(m)}`);
  if (args.site) {
    if (!existsSync(join(siteDir, 'astro.config.mjs')))
      throw new Error(`--site ${args.site}: no astro.config.mjs there`);
  } else await snapshotSite();
  const profDir = (name: string, n: number) => join(benchDir, `profiles-n${n}`, name);
  const ctx: RunContext = {
    root,
    siteDir,
    benchDir,
    material: await loadMaterial(root),
    seed,
    keep: args.keep,
    echo: args.echo,
    nodeOptions: (name, n) => (args['cpu-prof'] ? `--cpu-prof --cpu-prof-dir=${profDir(name, n)}` : null),
    log,
  };
  const results: SizeResult[] = [];
  const profiles: string[] = [];
  for (const n of sizes) {
    results.push(await runSize(ctx, n));
    if (!args['cpu-prof']) continue;
    for (const name of ['normalize', 'build']) {
      if (existsSync(profDir(name, n)))
        profiles.push(
          hotspots(`${name}, ${count(n)} reviews`, await summarizeProfiles(profDir(name, n), siteDir)),
        );
    }
  }
  if (!args.keep && !args.site) await rm(siteDir, { recursive: true, force: true });

  const largest = results.reduce((a, b) => (b.n > a.n ? b : a));
  const command = [
    `npm run bench -- --sizes ${sizes.join(',')}`,
    args.seed !== '20250606' ? ` --seed ${seed}` : '',
    args['cpu-prof'] ? ' --cpu-prof' : '',
    args.site ? ` --site ${args.site}` : '',
  ].join('');
  const body = [
    `Machine: ${machineLine(m)}. Load average (1 min) ${loadBefore.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end.  `,
    `Command: \`${command}\` (corpus seed ${seed}). KB/MB/GB are 1,024-based; page and search bytes are gzip (zlib level 6) for text, as stored for Pagefind's pre-compressed files.`,
    '',
    '### Stages, beside the floor',
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
    searchTable(largest),
    '',
    '### Growth',
    '',
    growthTable(results) ?? 'Needs two sizes.',
    '',
    '### Targets',
    '',
    targetTable(results),
    '',
    ...profiles,
  ];
  const problems = results.flatMap((r) => r.problems.map((p) => `- ${count(r.n)}: ${p}`));
  if (problems.length > 0) body.push('### Problems in this run', '', ...problems, '');
  const text = body.join('\n');
  process.stdout.write(`\n${text}\n`);
  if (args.json) {
    await writeFile(resolve(args.json), `${JSON.stringify(summary(results), null, 2)}\n`);
    log(`bench: summary written to ${args.json}`);
  }
  if (!args['no-docs']) {
    await replaceSection(docsFile, 'bench', 'Latest benchmark run', text);
    log(`bench: results written to ${relative(root, docsFile)}`);
  }
  return problems.length > 0 ? 1 : 0;
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
