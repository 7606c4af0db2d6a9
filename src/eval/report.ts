import { meanAbsoluteError, prf, spearman, sumCounts } from './metrics.ts';
import type { ReviewScore } from './score.ts';

/** One row of the accuracy table: a field, what is measured, and the figure (null when unmeasurable). */
export interface Row {
  field: string;
  metric: string;
  value: number | null;
  /** How the figure is printed. */
  unit: 'percent' | 'ratio' | 'points';
  /** The count behind the figure, e.g. "23/24". */
  basis: string;
}

/** The bar the frozen test split must clear, by field and metric. */
export const REQUIRED: Readonly<Record<string, { min?: number; max?: number }>> = {
  'explicit rating|right': { min: 0.98 },
  'cast|F1': { min: 0.97 },
  'spoiler sentences|hidden': { min: 0.9 },
  'premise sentences|hidden': { max: 0.05 },
  'author|right': { min: 0.9 },
  'outlet|right': { min: 0.9 },
  'titles and quotes|free of furniture': { min: 1 },
  'tone vs explicit ratings|Spearman': { min: 0.8 },
};

function share(part: number, whole: number): { value: number | null; basis: string } {
  return { value: whole === 0 ? null : part / whole, basis: `${part}/${whole}` };
}

function count(scores: readonly ReviewScore[], test: (s: ReviewScore) => boolean): number {
  return scores.filter(test).length;
}

/** A field whose answer is a single value that may be absent: accuracy, precision and recall. */
function singleValue(
  field: string,
  scores: readonly ReviewScore[],
  right: (s: ReviewScore) => boolean,
  found: (s: ReviewScore) => boolean,
  labelled: (s: ReviewScore) => boolean,
): Row[] {
  const n = scores.length;
  return [
    { field, metric: 'right', unit: 'percent', ...share(count(scores, right), n) },
    {
      field,
      metric: 'precision',
      unit: 'percent',
      ...share(
        count(scores, (s) => found(s) && right(s)),
        count(scores, found),
      ),
    },
    {
      field,
      metric: 'recall',
      unit: 'percent',
      ...share(
        count(scores, (s) => labelled(s) && right(s)),
        count(scores, labelled),
      ),
    },
  ];
}

function setRows(field: string, counts: ReturnType<typeof sumCounts>): Row[] {
  const { precision, recall, f1 } = prf(counts);
  const basis = `tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn}`;
  return [
    { field, metric: 'precision', unit: 'percent', value: precision, basis },
    { field, metric: 'recall', unit: 'percent', value: recall, basis },
    { field, metric: 'F1', unit: 'ratio', value: f1, basis },
  ];
}

function toneRows(field: string, pairs: [number, number][]): Row[] {
  const basis = `${pairs.length} reviews`;
  return [
    { field, metric: 'Spearman', unit: 'ratio', value: spearman(pairs), basis },
    { field, metric: 'mean abs. error', unit: 'points', value: meanAbsoluteError(pairs), basis },
  ];
}

/** Sums one split's review scores into the rows of the accuracy table. */
export function summarize(scores: readonly ReviewScore[]): Row[] {
  const n = scores.length;
  const sum = (pick: (s: ReviewScore) => number) => scores.reduce((a, s) => a + pick(s), 0);
  const rated = scores.filter((s) => s.estimate !== null);
  return [
    ...singleValue(
      'explicit rating',
      scores,
      (s) => s.ratingRight,
      (s) => s.ratingFound,
      (s) => s.labelRating !== null,
    ),
    ...setRows('cast', sumCounts(scores.map((s) => s.cast))),
    ...setRows('crew', sumCounts(scores.map((s) => s.crew))),
    {
      field: 'spoiler sentences',
      metric: 'hidden',
      unit: 'percent',
      ...share(
        sum((s) => s.spoilersHidden),
        sum((s) => s.spoilers),
      ),
    },
    {
      field: 'premise sentences',
      metric: 'hidden',
      unit: 'percent',
      ...share(
        sum((s) => s.premiseHidden),
        sum((s) => s.premise),
      ),
    },
    ...singleValue(
      'author',
      scores,
      (s) => s.authorRight,
      (s) => s.authorFound,
      (s) => s.authorLabelled,
    ),
    ...singleValue(
      'outlet',
      scores,
      (s) => s.outletRight,
      (s) => s.outletFound,
      (s) => s.outletLabelled,
    ),
    {
      field: 'title',
      metric: 'right',
      unit: 'percent',
      ...share(
        count(scores, (s) => s.titleRight),
        n,
      ),
    },
    {
      field: 'pull quote',
      metric: 'quotable',
      unit: 'percent',
      ...share(
        count(scores, (s) => s.quoteRight),
        n,
      ),
    },
    {
      field: 'titles and quotes',
      metric: 'free of furniture',
      unit: 'percent',
      ...share(count(scores, (s) => s.titleClean) + count(scores, (s) => s.quoteClean), 2 * n),
    },
    {
      field: 'furniture lines',
      metric: 'removed',
      unit: 'percent',
      ...share(
        sum((s) => s.furnitureRemoved),
        sum((s) => s.furniture),
      ),
    },
    ...toneRows(
      'tone vs explicit ratings',
      scores.flatMap((s) =>
        s.estimate !== null && s.labelRating !== null
          ? [[s.estimate, s.labelRating] as [number, number]]
          : [],
      ),
    ),
    ...toneRows(
      'tone vs labelled tone',
      rated.map((s) => [s.estimate ?? 0, s.labelTone] as [number, number]),
    ),
    { field: 'tone', metric: 'estimated', unit: 'percent', ...share(rated.length, n) },
  ];
}

/** Prints a row's figure: percentages to one decimal, ratios to two, points to one. */
export function formatValue(row: Row): string {
  if (row.value === null) return 'n/a';
  if (row.unit === 'percent') return `${(100 * row.value).toFixed(1)} %`;
  if (row.unit === 'ratio') return row.value.toFixed(2);
  return row.value.toFixed(1);
}

/** Whether a test-split figure clears its bar: true, false, or null where no bar applies. */
export function meetsBar(row: Row): boolean | null {
  const bar = REQUIRED[`${row.field}|${row.metric}`];
  if (!bar || row.value === null) return bar ? false : null;
  return (
    (bar.min === undefined || row.value >= bar.min - 1e-9) &&
    (bar.max === undefined || row.value <= bar.max + 1e-9)
  );
}

function barText(row: Row): string {
  const bar = REQUIRED[`${row.field}|${row.metric}`];
  if (!bar) return '';
  const fmt = (v: number) => formatValue({ ...row, value: v });
  return bar.min !== undefined ? `≥ ${fmt(bar.min)}` : `≤ ${fmt(bar.max ?? 0)}`;
}

/** The accuracy table for both splits as markdown: one row per field and metric, dev beside test. */
export function markdownTable(dev: readonly Row[], test: readonly Row[]): string {
  const lines = [
    '| field | metric | dev | test | test basis | required (test) | met |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  dev.forEach((row, i) => {
    const t = test[i];
    if (!t) return;
    const met = meetsBar(t);
    lines.push(
      `| ${row.field} | ${row.metric} | ${formatValue(row)} | ${formatValue(t)} | ${t.basis} | ${barText(t)} | ${met === null ? '' : met ? 'yes' : '**no**'} |`,
    );
  });
  return lines.join('\n');
}
