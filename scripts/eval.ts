#!/usr/bin/env node
/**
 * npm run eval [-- --misses --no-docs --check --dev-only --fit]
 * Normalizes every review of the labelled corpus (tests/fixtures/corpus/{dev,test}) and scores the
 * entries against their labels, per field and per split; writes docs/accuracy.md.
 * --misses prints what went wrong per review, for the dev split only: the test split is never tuned on.
 * --check exits 1 when a test-split figure misses its bar.
 * --dev-only scores and prints the dev split alone and writes nothing: the loop to tune in, so the
 *   test split's figures are not even seen while tuning.
 * --fit refits the tone estimate's weights and calibration on the dev split alone, writes
 *   content/lexicon/tone-calibration.yaml, then scores both splits with it in a fresh process.
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { parse as parseYaml, stringify } from 'yaml';
import { type FitSample, fitTone, toneSample } from '../src/eval/fit.ts';
import { formatValue, markdownTable, meetsBar, type Row, summarize } from '../src/eval/report.ts';
import { type ReviewScore, scoreReview } from '../src/eval/score.ts';
import { comparable } from '../src/eval/text.ts';
import { decodeRaw } from '../src/normalize/decode.ts';
import { TONE_CALIBRATION } from '../src/normalize/lexicon.ts';
import { normalizeReview } from '../src/normalize/review.ts';
import { type Film, parseFilmRegistry } from '../src/schemas/film.ts';
import { type CorpusLabel, corpusLabelSchema } from '../src/schemas/label.ts';
import { parseOptions } from './lib/args.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'tests/fixtures/corpus');
const SPLITS = ['dev', 'test'] as const;

const args = parseOptions('eval', 'usage: npm run eval [-- --misses --no-docs --check --dev-only --fit]', {
  misses: { type: 'boolean', default: false },
  'no-docs': { type: 'boolean', default: false },
  check: { type: 'boolean', default: false },
  fit: { type: 'boolean', default: false },
  'dev-only': { type: 'boolean', default: false },
});

const films = new Map<string, Film>();
async function film(key: string): Promise<Film> {
  const known = films.get(key);
  if (known) return known;
  const rel =
    key === 'ballerina' ? 'content/films/ballerina-2025/film.yaml' : `tests/fixtures/films/${key}/film.yaml`;
  const loaded = parseFilmRegistry(await readFile(join(root, rel), 'utf8'), rel);
  films.set(key, loaded);
  return loaded;
}

/** A label, validated, with every sentence it quotes checked against the raw text. */
async function readLabel(path: string, raw: string): Promise<CorpusLabel> {
  const parsed = corpusLabelSchema.safeParse(parseYaml(await readFile(path, 'utf8')));
  if (!parsed.success)
    throw new Error(`${path}: label does not match its schema:\n${z.prettifyError(parsed.error)}`);
  const text = comparable(raw);
  const { spoilers, premise, furniture, quotable } = parsed.data;
  for (const quoted of [...spoilers, ...premise, ...furniture, ...quotable]) {
    if (!text.includes(comparable(quoted)))
      throw new Error(`${path}: quotes text the raw file lacks: "${quoted}"`);
  }
  return parsed.data;
}

/** The dev split's reviews as the tone fit reads them. */
async function fitSamples(): Promise<FitSample[]> {
  const dir = join(corpus, 'dev');
  const samples: FitSample[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort()) {
    const decoded = decodeRaw(await readFile(join(dir, name)));
    if (!decoded.ok) throw new Error(`dev/${name}: ${decoded.error}`);
    const label = await readLabel(join(dir, name.replace(/\.txt$/, '.yaml')), decoded.text);
    const f = await film(label.film);
    const result = normalizeReview({ file: name, text: decoded.text }, f);
    if (!result.ok) throw new Error(`dev/${name}: ${result.error}`);
    samples.push(toneSample(result.value, label, f, name));
  }
  return samples;
}

/** Refits the tone weights and curve on dev and writes them where the estimate reads them. */
async function refit(): Promise<void> {
  const fitted = fitTone(await fitSamples(), TONE_CALIBRATION.weights);
  const header = [
    "# The tone estimate's weights and calibration, fitted on the labelled corpus's dev split only",
    '# (npm run eval -- --fit rewrites this file); the frozen test split reports how it holds on unseen text.',
  ].join('\n');
  const spearmans = `lexicon alone ${fitted.spearman.toFixed(3)} in-sample, whole estimate ${fitted.crossValidated.toFixed(3)} cross-validated (word penalty ${fitted.penalty})`;
  const data = {
    weights: fitted.weights,
    lexicon: fitted.lexicon,
    center: fitted.center,
    scale: fitted.scale,
    minEvidence: TONE_CALIBRATION.minEvidence,
    fittedOn: `dev split, Spearman against the critic’s rating, or the labelled tone where there is none: ${spearmans}`,
    words: `${Object.entries(fitted.words)
      .map(([word, weight]) => `${word} ${weight}`)
      .join('\n')}\n`,
  };
  await writeFile(join(root, 'content/lexicon/tone-calibration.yaml'), `${header}\n${stringify(data)}`);
  console.log(`fitted on dev: Spearman ${spearmans}; wrote content/lexicon/tone-calibration.yaml`);
}

async function scoreSplit(split: string): Promise<ReviewScore[]> {
  const dir = join(corpus, split);
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  const scores: ReviewScore[] = [];
  for (const name of names) {
    const id = name.replace(/\.txt$/, '');
    const decoded = decodeRaw(await readFile(join(dir, name)));
    if (!decoded.ok) throw new Error(`${split}/${name}: ${decoded.error}`);
    const label = await readLabel(join(dir, `${id}.yaml`), decoded.text);
    const f = await film(label.film);
    const result = normalizeReview({ file: name, text: decoded.text }, f);
    if (!result.ok) throw new Error(`${split}/${name}: ${result.error}`);
    scores.push(scoreReview(id, label, result.value, f, decoded.text));
  }
  return scores;
}

function printTable(dev: Row[], test: Row[] | null): void {
  const w = Math.max(...dev.map((r) => `${r.field} ${r.metric}`.length));
  if (!test) {
    console.log(`${'field'.padEnd(w)}  ${'dev'.padStart(8)}`);
    for (const row of dev)
      console.log(`${`${row.field} ${row.metric}`.padEnd(w)}  ${formatValue(row).padStart(8)}`);
    return;
  }
  console.log(`${'field'.padEnd(w)}  ${'dev'.padStart(8)}  ${'test'.padStart(8)}  met`);
  dev.forEach((row, i) => {
    const t = test[i] as Row;
    const met = meetsBar(t);
    console.log(
      `${`${row.field} ${row.metric}`.padEnd(w)}  ${formatValue(row).padStart(8)}  ${formatValue(t).padStart(8)}  ${met === null ? '' : met ? 'yes' : 'NO'}`,
    );
  });
}

/** What went wrong per dev review; the test split's reviews are never printed one by one. */
function printMisses(dev: readonly ReviewScore[]): void {
  for (const s of dev) {
    if (s.misses.length === 0) continue;
    console.log(`\ndev/${s.id}`);
    for (const m of s.misses) console.log(`  - ${m}`);
  }
  console.log('');
}

async function main(): Promise<number> {
  const devOnly = args['dev-only'];
  const [dev, test] = await Promise.all((devOnly ? SPLITS.slice(0, 1) : SPLITS).map(scoreSplit));
  if (!dev) return 1;
  if (devOnly || !test) {
    if (args.misses) printMisses(dev);
    console.log(`labelled corpus: ${dev.length} dev reviews (test split not scored)`);
    printTable(summarize(dev), null);
    return 0;
  }
  if (args.misses) printMisses(dev);
  const devRows = summarize(dev);
  const testRows = summarize(test);
  console.log(`labelled corpus: ${dev.length} dev, ${test.length} test reviews`);
  printTable(devRows, testRows);
  if (!args['no-docs']) {
    const doc = await readFile(join(root, 'docs/accuracy.md'), 'utf8').catch(() => '');
    const start = '<!-- eval:start -->';
    const end = '<!-- eval:end -->';
    const table = `${start}\nCorpus: ${dev.length} dev and ${test.length} test reviews (\`npm run eval\`).\n\n${markdownTable(devRows, testRows)}\n${end}`;
    const next = doc.includes(start)
      ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), table)
      : `# Extraction accuracy\n\n${table}\n`;
    await writeFile(join(root, 'docs/accuracy.md'), next);
    console.log('\nwrote docs/accuracy.md');
  }
  const failed = testRows.filter((r) => meetsBar(r) === false);
  return args.check && failed.length > 0 ? 1 : 0;
}

/** After a refit, scores in a fresh process: this one read the previous calibration at start-up. */
function scoreAfresh(): number {
  const rest = process.argv.slice(2).filter((a) => a !== '--fit');
  return (
    spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...rest], { stdio: 'inherit' }).status ?? 1
  );
}

(args.fit ? refit().then(scoreAfresh) : main()).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`eval: error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
