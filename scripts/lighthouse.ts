#!/usr/bin/env node
/**
 * npm run lighthouse [-- --dist DIR --runs N --no-docs]
 *
 * Lighthouse (mobile defaults: Moto G Power emulation, simulated slow 4G, 4× CPU slowdown) on the
 * home page, a review, a cast page and /search/ of a built site (default dist/, so `npm run build`
 * first), served on loopback by scripts/lib/static-server.ts, in Debian's Chromium (CHROMIUM_PATH
 * overrides) launched by chrome-launcher. Prints the four category scores and LCP per page, writes
 * them into docs/performance.md, and exits 1 if any category is below 100 or any LCP above 1.0 s.
 * With --runs N each page is audited N times and the run with the median performance score is kept.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { samplePaths } from './bench/dist.ts';
import { machine, machineLine, ms, replaceSection, table } from './bench/report.ts';
import { parseOptions } from './lib/args.ts';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const LCP_LIMIT_MS = 1000;

const args = parseOptions('lighthouse', 'usage: npm run lighthouse [-- --dist DIR --runs N --no-docs]', {
  dist: { type: 'string', default: 'dist' },
  runs: { type: 'string', default: '1' },
  'no-docs': { type: 'boolean', default: false },
});

/** One audited page: its scores (0–100), LCP and the audits that cost points. */
interface PageScore {
  name: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  lcpMs: number | null;
  fcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** Audits with weight that did not pass: "category: audit id (score)". */
  failing: string[];
  runtimeError: string | null;
}

function summarize(name: string, path: string, lhr: Result): PageScore {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => {
      const score = lhr.categories[c]?.score;
      return [c, score === null || score === undefined ? null : Math.round(score * 100)];
    }),
  ) as PageScore['scores'];
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
  const failing: string[] = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        failing.push(
          `${c}: ${ref.id} (${audit.score.toFixed(2)}${audit.displayValue ? `, ${audit.displayValue}` : ''})`,
        );
      }
    }
  }
  return {
    name,
    path,
    scores,
    lcpMs: numeric('largest-contentful-paint'),
    fcpMs: numeric('first-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    failing,
    runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
  };
}

function passes(p: PageScore): boolean {
  return (
    p.runtimeError === null &&
    CATEGORIES.every((c) => p.scores[c] === 100) &&
    p.lcpMs !== null &&
    p.lcpMs <= LCP_LIMIT_MS
  );
}

async function main(): Promise<number> {
  const dist = resolve(args.dist);
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(
      `${relative(root, dist) || dist}/index.html not found: run \`npm run build\` first (or pass --dist DIR)`,
    );
  }
  const runs = Math.max(1, Number(args.runs) || 1);
  const samples = await samplePaths(dist);
  const pages: [string, string | null][] = [
    ['home', '/'],
    ['review', samples.review],
    ['cast', samples.cast],
    ['search', existsSync(join(dist, 'search/index.html')) ? '/search/' : null],
  ];
  const server = await serveStatic(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
    logLevel: 'silent',
  });
  const results: PageScore[] = [];
  let userAgent = '';
  try {
    for (const [name, path] of pages) {
      if (!path) {
        console.error(`lighthouse: no ${name} page in ${dist}; skipped`);
        continue;
      }
      const attempts: PageScore[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${server.origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        userAgent = result.lhr.environment.hostUserAgent;
        attempts.push(summarize(name, path, result.lhr));
      }
      attempts.sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
      const kept = attempts[Math.floor((attempts.length - 1) / 2)] as PageScore;
      results.push(kept);
      const s = kept.scores;
      console.error(
        `lighthouse: ${name.padEnd(6)} ${path}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}, LCP ${ms(kept.lcpMs)}${kept.runtimeError ? ` (${kept.runtimeError})` : ''}`,
      );
    }
  } finally {
    chrome.kill();
    await server.close();
  }

  const m = await machine();
  const chromium = /(?:HeadlessChrome|Chrome)\/([\d.]+)/.exec(userAgent)?.[1] ?? 'unknown';
  const rows = results.map((p) => [
    p.name,
    `\`${p.path}\``,
    ...CATEGORIES.map((c) => (p.scores[c] === 100 ? '100' : `**${p.scores[c] ?? '–'}**`)),
    p.lcpMs !== null && p.lcpMs <= LCP_LIMIT_MS ? ms(p.lcpMs) : `**${ms(p.lcpMs)}**`,
    ms(p.fcpMs),
    ms(p.tbtMs),
    p.cls === null ? '–' : p.cls.toFixed(3),
    passes(p) ? 'pass' : '**fail**',
  ]);
  const failing = results.flatMap((p) => [
    ...(p.runtimeError ? [`- ${p.name}: runtime error ${p.runtimeError}`] : []),
    ...p.failing.map((f) => `- ${p.name}: ${f}`),
  ]);
  const text = [
    `Machine: ${machineLine(m)}, Chromium ${chromium}.  `,
    `Command: \`npm run lighthouse${runs > 1 ? ` -- --runs ${runs}` : ''}\` — Lighthouse mobile defaults (simulated throttling), site served from \`${relative(root, dist) || dist}\` on loopback.`,
    '',
    table(
      [
        'Page',
        'URL',
        'Performance',
        'Accessibility',
        'Best practices',
        'SEO',
        'LCP',
        'FCP',
        'TBT',
        'CLS',
        'Target',
      ],
      rows,
    ),
    '',
    failing.length > 0
      ? `Audits that cost points:\n\n${failing.join('\n')}`
      : 'No weighted audit below a full score.',
  ].join('\n');
  process.stdout.write(`\n${text}\n`);
  if (!args['no-docs']) {
    await replaceSection(join(root, 'docs/performance.md'), 'lighthouse', 'Lighthouse', text);
  }
  const ok = results.length === pages.length && results.every(passes);
  if (!ok) console.error('lighthouse: targets missed (every category 100, LCP ≤ 1.0 s on every page)');
  return ok ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`lighthouse: error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
