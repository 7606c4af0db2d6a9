/**
 * Typo tolerance for name matching: a bounded edit distance and the
 * symmetric-deletion keys that find candidates without comparing every pair.
 */

/** The number of typos a word of this many letters may carry and still match: none under 5, one up to 7, two from 8. */
export function typoBudget(letters: number): number {
  if (letters >= 8) return 2;
  if (letters >= 5) return 1;
  return 0;
}

/** Damerau–Levenshtein distance (adjacent transpositions count once) between a and b, or max + 1 once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let before: number[] = new Array<number>(lb + 1).fill(0);
  let previous: number[] = Array.from({ length: lb + 1 }, (_, j) => j);
  let current: number[] = new Array<number>(lb + 1).fill(0);
  for (let i = 1; i <= la; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[lb] <= max ? previous[lb] : max + 1;
}

/** Every string made by deleting up to `depth` characters from word, the word itself included. */
export function deletions(word: string, depth: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}
