/** Counts of a set comparison, summed over reviews. */
export interface SetCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of summed set counts (1 where nothing was expected and nothing found). */
export function prf(c: SetCounts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Compares an expected and an extracted set of names. */
export function compareSets(expected: readonly string[], found: readonly string[]): SetCounts {
  const want = new Set(expected);
  const got = new Set(found);
  let tp = 0;
  for (const name of got) if (want.has(name)) tp++;
  return { tp, fp: got.size - tp, fn: want.size - tp };
}

/** Adds set counts together. */
export function sumCounts(all: readonly SetCounts[]): SetCounts {
  return all.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
}

/** Average ranks (ties share the mean of their positions), 1-based. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const out = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.v === order[start]?.v) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) out[order[k]?.i ?? 0] = rank;
    start = end + 1;
  }
  return out;
}

/** Spearman's rank correlation of paired values, or null with fewer than three pairs or no spread. */
export function spearman(pairs: readonly (readonly [number, number])[]): number | null {
  if (pairs.length < 3) return null;
  const a = ranks(pairs.map((p) => p[0]));
  const b = ranks(pairs.map((p) => p[1]));
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(a);
  const mb = mean(b);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let k = 0; k < a.length; k++) {
    const x = (a[k] ?? 0) - ma;
    const y = (b[k] ?? 0) - mb;
    num += x * y;
    da += x * x;
    db += y * y;
  }
  return da === 0 || db === 0 ? null : num / Math.sqrt(da * db);
}

/** Mean absolute difference of paired values, or null for none. */
export function meanAbsoluteError(pairs: readonly (readonly [number, number])[]): number | null {
  if (pairs.length === 0) return null;
  return pairs.reduce((s, [a, b]) => s + Math.abs(a - b), 0) / pairs.length;
}
