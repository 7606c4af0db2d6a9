import type { WordProfile } from '../normalize/estimate/index.ts';

/** The word weights a fit keeps: the strongest, so that the committed table stays reviewable. */
const KEPT_WORDS = 2000;
/** Word weights are committed to four decimals. */
const DECIMALS = 10_000;

function dot(a: WordProfile, b: WordProfile): number {
  let sum = 0;
  for (const [word, v] of a) sum += v * (b.get(word) ?? 0);
  return sum;
}

/** Solves A x = y by Gaussian elimination with partial pivoting (A is square and well conditioned). */
function solve(a: readonly (readonly number[])[], y: readonly number[]): number[] {
  const n = y.length;
  const m = a.map((row, i) => [...row, y[i] ?? 0]);
  const at = (r: number, c: number) => m[r]?.[c] ?? 0;
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(at(r, c)) > Math.abs(at(pivot, c))) pivot = r;
    [m[c], m[pivot]] = [m[pivot] ?? [], m[c] ?? []];
    const row = m[c] ?? [];
    for (let r = 0; r < n; r++) {
      const other = m[r];
      if (r === c || !other) continue;
      const f = (other[c] ?? 0) / (row[c] ?? 1);
      if (f !== 0) for (let k = c; k <= n; k++) other[k] = (other[k] ?? 0) - f * (row[k] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}

/**
 * Fits word weights by ridge regression: the weights that best give each review's target from its
 * words, with a penalty on their size (solved in the reviews' space, as there are far more words
 * than reviews). Targets are 0–100 and centred, so a weight is a pull on a −1 … 1 scale.
 * @param profiles each review's words (wordProfile)
 * @param targets each review's 0–100 target
 * @param penalty the ridge penalty: larger keeps the weights smaller
 * @returns the strongest weights, to four decimals
 */
export function fitWords(
  profiles: readonly WordProfile[],
  targets: readonly number[],
  penalty: number,
): Record<string, number> {
  const mean = targets.reduce((a, b) => a + b, 0) / Math.max(1, targets.length);
  const gram = profiles.map((a, i) => profiles.map((b, j) => dot(a, b) + (i === j ? penalty : 0)));
  const alpha = solve(
    gram,
    targets.map((t) => (t - mean) / 50),
  );
  const weights = new Map<string, number>();
  profiles.forEach((profile, i) => {
    for (const [word, v] of profile) weights.set(word, (weights.get(word) ?? 0) + (alpha[i] ?? 0) * v);
  });
  const kept = [...weights]
    .map(([word, w]): [string, number] => [word, Math.round(w * DECIMALS) / DECIMALS])
    .filter(([, w]) => w !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, KEPT_WORDS)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(kept);
}
