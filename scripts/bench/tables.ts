/** The benchmark's results as markdown tables and as the machine-readable summary (issue 13). */
import { PAGE_BUDGET } from './dist.ts';
import type { Measured } from './measure.ts';
import { bytes, count, ms, table } from './report.ts';
import type { SizeResult } from './run.ts';
import type { SearchCost } from './search.ts';

/** Issue 13's targets: ratios to the floor, bytes, and the add-one share. */
export const TARGET = {
  wallRatio: 1.5,
  rssRatio: 1.1,
  /** 300 KB read strictly, as 300,000 bytes. */
  searchBytes: 300_000,
  addOneShare: 0.25,
};

const cpu = (m: Measured | null | undefined) =>
  m && m.userS !== null && m.systemS !== null ? (m.userS + m.systemS) * 1000 : null;

/** Wall time of normalize + build (the build includes the search index). */
export const pipelineMs = (r: SizeResult) => r.normalize.wallMs + (r.build?.wallMs ?? Number.NaN);
/** Peak RSS of the pipeline: the larger of its two process trees (they never overlap). */
export const pipelineRss = (r: SizeResult) => Math.max(r.normalize.peakTreeRss, r.build?.peakTreeRss ?? 0);
/** Wall time of the floor: Astro build, then the Pagefind CLI. */
export const floorMs = (r: SizeResult) =>
  r.floor ? r.floor.build.wallMs + r.floor.pagefind.wallMs : Number.NaN;
/** Peak RSS of the floor: the larger of its two process trees. */
export const floorRss = (r: SizeResult) =>
  r.floor ? Math.max(r.floor.build.peakTreeRss, r.floor.pagefind.peakTreeRss) : Number.NaN;
/** Wall time of adding one review: normalize + build, warm. */
export const addOneMs = (r: SizeResult) =>
  r.addOne ? r.addOne.normalize.wallMs + r.addOne.build.wallMs : Number.NaN;
/** The heaviest of some measured searches. */
const worst = (list: readonly SearchCost[] | null | undefined): SearchCost | null =>
  list?.reduce<SearchCost | null>((a, b) => (a && a.total >= b.total ? a : b), null) ?? null;
/** The heaviest of the measured searches, words alone or with the facets. */
export const worstSearch = (r: SizeResult): SearchCost | null => worst(r.search);

const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `×${(a / b).toFixed(2)}` : '–');

/** Each stage of the pipeline and of the floor, with wall, CPU, peak RSS and the ratio to the floor. */
export function stageTable(results: readonly SizeResult[]): string {
  const rows: string[][] = [];
  for (const r of results) {
    const n = count(r.n);
    const row = (stage: string, wall: number | null | undefined, m: Measured | null | undefined, vs = '') =>
      rows.push([n, stage, ms(wall), m ? ms(cpu(m)) : '', m ? bytes(m.peakTreeRss) : '', vs]);
    const f = r.floor;
    row('normalize', r.normalize.wallMs, r.normalize);
    if (r.build && r.phases) {
      const p = r.phases;
      row('build, total (Astro, then the search index)', r.build.wallMs, r.build);
      row('· content sync', p.contentSyncMs, null, f ? `floor ${ms(f.phases.contentSyncMs)}` : '');
      row('· Vite bundle', p.viteMs, null, f ? `floor ${ms(f.phases.viteMs)}` : '');
      row(
        `· page generation (${p.pagesBuilt ? count(p.pagesBuilt) : '?'} pages)`,
        p.generateMs,
        null,
        f ? `floor ${ms(f.phases.generateMs)} (${count(f.phases.pagesBuilt ?? 0)} pages)` : '',
      );
      row('· search index (Pagefind)', p.pagefindMs, null, f ? `floor CLI ${ms(f.pagefind.wallMs)}` : '');
    }
    if (f) {
      row('floor: Astro build', f.build.wallMs, f.build);
      row('floor: Pagefind CLI', f.pagefind.wallMs, f.pagefind);
    }
    rows.push([
      n,
      '**whole pipeline** (vs floor)',
      `**${ms(pipelineMs(r))}** (floor ${ms(floorMs(r))}, ${ratio(pipelineMs(r), floorMs(r))})`,
      ms((cpu(r.normalize) ?? 0) + (cpu(r.build) ?? 0)),
      `**${bytes(pipelineRss(r))}** (floor ${bytes(floorRss(r))}, ${ratio(pipelineRss(r), floorRss(r))})`,
      '',
    ]);
    if (r.incremental)
      row(
        'normalize again, unchanged input',
        r.incremental.wallMs,
        r.incremental,
        `${r.rewritten} rewritten`,
      );
    if (r.addOne) {
      row(
        'add one review: normalize + build (warm)',
        addOneMs(r),
        null,
        `${((addOneMs(r) / pipelineMs(r)) * 100).toFixed(0)} % of a full run`,
      );
    }
  }
  return table(['Reviews', 'Stage', 'Wall', 'CPU (user+sys)', 'Peak RSS', 'Beside it'], rows);
}

/** What the pipeline wrote: entries, dist, pages, index, the heaviest page and search. */
export function outputTable(results: readonly SizeResult[]): string {
  const rows = results.map((r) => {
    const d = r.dist;
    const s = worstSearch(r);
    return [
      count(r.n),
      String(r.films),
      count(r.entries),
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
      'Films',
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

/** The heaviest first visit of each page kind. */
export function kindTable(r: SizeResult): string {
  if (!r.dist) return 'Not measured.';
  return table(
    ['Page kind', 'Heaviest page', 'HTML', 'JS', 'Total (gzip)', 'Budget'],
    r.dist.largestByKind.map((w) => [
      w.kind,
      w.path,
      bytes(w.htmlGzip),
      bytes(w.jsGzip),
      bytes(w.total),
      w.kind === 'search' ? 'exempt' : w.total <= PAGE_BUDGET ? 'ok' : '**over**',
    ]),
  );
}

/** The bytes of each measured search, by kind of file. */
export function searchTable(r: SizeResult): string {
  if (!r.search) return 'Not measured.';
  const groups = ['page', 'pagefind runtime', 'pagefind index', 'pagefind fragments', 'other'];
  return table(
    ['Query', ...groups, 'Total', 'Results shown'],
    r.search.map((s) => [
      `"${s.query}"${s.facets ? ', then the facets (filter index)' : ''}`,
      ...groups.map((g) => bytes(s.byGroup[g] ?? 0)),
      `**${bytes(s.total)}**`,
      String(s.results),
    ]),
  );
}

/** Growth of each stage from the smallest to the largest size, against the growth in reviews. */
export function growthTable(results: readonly SizeResult[]): string | null {
  if (results.length < 2) return null;
  const a = results.reduce((x, y) => (y.n < x.n ? y : x));
  const b = results.reduce((x, y) => (y.n > x.n ? y : x));
  const k = b.n / a.n;
  const row = (name: string, x: number | null | undefined, y: number | null | undefined) => {
    if (!x || !y) return [name, ms(x), ms(y), '–', '–'];
    const grown = y / x;
    const rel = grown / k;
    return [
      name,
      ms(x),
      ms(y),
      `×${grown.toFixed(2)}`,
      `${rel.toFixed(2)} ${rel <= 1.05 ? '(linear or better)' : '(**superlinear**)'}`,
    ];
  };
  return table(
    ['Stage', count(a.n), count(b.n), 'Ratio', `Ratio / ${count(k)}`],
    [
      row('normalize', a.normalize.wallMs, b.normalize.wallMs),
      row('build (total)', a.build?.wallMs, b.build?.wallMs),
      row('  content sync', a.phases?.contentSyncMs, b.phases?.contentSyncMs),
      row('  Vite bundle', a.phases?.viteMs, b.phases?.viteMs),
      row('  page generation', a.phases?.generateMs, b.phases?.generateMs),
      row('  search index', a.phases?.pagefindMs, b.phases?.pagefindMs),
      row('whole pipeline', pipelineMs(a), pipelineMs(b)),
      row('floor', floorMs(a), floorMs(b)),
      row('add one review', addOneMs(a), addOneMs(b)),
    ],
  );
}

/** Issue 13's targets at the largest size, measured, with a verdict each. */
export function targetTable(results: readonly SizeResult[]): string {
  const r = results.reduce((a, b) => (b.n > a.n ? b : a));
  const at = r.n === 10000 ? '' : ` (at ${count(r.n)}, not 10,000)`;
  const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'met' : '**missed**');
  const wall = pipelineMs(r) / floorMs(r);
  const rss = pipelineRss(r) / floorRss(r);
  const words = worst(r.search?.filter((s) => !s.facets));
  const faceted = worst(r.search?.filter((s) => s.facets));
  const share = addOneMs(r) / pipelineMs(r);
  const known = (x: number) => (Number.isFinite(x) ? x : null);
  return table(
    ['Target (issue 13)', 'Measured', 'Verdict'],
    [
      [
        `Whole pipeline ≤ ${TARGET.wallRatio}× the floor's wall time${at}`,
        `${ms(pipelineMs(r))} / ${ms(floorMs(r))} = ×${wall.toFixed(2)}`,
        verdict(known(wall) === null ? null : wall <= TARGET.wallRatio),
      ],
      [
        `Peak RSS ≤ ${TARGET.rssRatio}× the floor's${at}`,
        `${bytes(pipelineRss(r))} / ${bytes(floorRss(r))} = ×${rss.toFixed(3)}`,
        verdict(known(rss) === null ? null : rss <= TARGET.rssRatio),
      ],
      [
        `One cold search for words ≤ 300 KB${at}`,
        words ? `${bytes(words.total)} ("${words.query}")` : '–',
        verdict(words ? words.total <= TARGET.searchBytes : null),
      ],
      [
        `The same, then the facets (their counts load the filter index) ≤ 300 KB${at}`,
        faceted ? `${bytes(faceted.total)} ("${faceted.query}")` : '–',
        verdict(faceted ? faceted.total <= TARGET.searchBytes : null),
      ],
      [
        `Add one review ≤ ${TARGET.addOneShare * 100} % of a full run${at}`,
        `${ms(addOneMs(r))} = ${(share * 100).toFixed(0)} %`,
        verdict(known(share) === null ? null : share <= TARGET.addOneShare),
      ],
      [
        `Every page ≤ ${PAGE_BUDGET / 1024} KB gzip first visit (search exempt)${at}`,
        r.dist ? `${r.dist.overBudget.length} over; largest ${bytes(r.dist.largest?.total)}` : '–',
        verdict(r.dist ? r.dist.overBudget.length === 0 : null),
      ],
    ],
  );
}

const seconds = (msValue: number | null | undefined) =>
  msValue === null || msValue === undefined || !Number.isFinite(msValue) ? null : Math.round(msValue) / 1000;

/** The machine-readable summary `--json FILE` writes: times in seconds, sizes in bytes. */
export function summary(results: readonly SizeResult[]) {
  return {
    sizes: results.map((r) => ({
      reviews: r.n,
      films: r.films,
      pipeline_s: seconds(pipelineMs(r)),
      normalize_s: seconds(r.normalize.wallMs),
      build_s: seconds(r.build?.wallMs),
      pagefind_s: seconds(r.phases?.pagefindMs),
      peak_rss_bytes: pipelineRss(r),
      search_bytes_max: worstSearch(r)?.total ?? null,
      search_words_bytes_max: worst(r.search?.filter((s) => !s.facets))?.total ?? null,
      largest_page_bytes: r.dist?.largest?.total ?? null,
      add_one_s: seconds(addOneMs(r)),
      floor_s: seconds(floorMs(r)),
      floor_peak_rss_bytes: Number.isFinite(floorRss(r)) ? floorRss(r) : null,
    })),
  };
}
