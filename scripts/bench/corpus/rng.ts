/**
 * The generator's randomness: a seedable PRNG, independent per-review streams, and the draws every
 * other module makes from a stream. Each draw consumes the stream in a fixed order, so the same seed
 * always gives the same choices.
 */

/** A stream of floats in [0, 1), as `mulberry32` returns. */
export type Rng = () => number;

/**
 * A seedable 32-bit PRNG (mulberry32).
 * @param seed any number; its low 32 bits seed the stream
 * @returns a function returning the stream's next float in [0, 1)
 */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mixes a seed and an index into an independent 32-bit stream seed (murmur3's finalizer).
 * @param seed the corpus seed
 * @param index the stream's index (a review's position in the corpus)
 * @returns an unsigned 32-bit seed for `mulberry32`
 */
export function streamSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * One item of a list, uniformly.
 * @param rng the stream to draw from
 * @param list a non-empty list
 * @returns one of its items; throws on an empty list
 */
export function pick<T>(rng: Rng, list: readonly T[]): T {
  if (list.length === 0) throw new Error('corpus: cannot pick from an empty list');
  return list[Math.floor(rng() * list.length)] as T;
}

/**
 * A coin that comes up true with probability p.
 * @param rng the stream to draw from
 * @param p the probability of true, in [0, 1]
 * @returns whether the draw fell under p
 */
export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

/**
 * An integer between two bounds, both included, uniformly.
 * @param rng the stream to draw from
 * @param min the smallest value
 * @param max the largest value
 * @returns an integer in [min, max]
 */
export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/**
 * k distinct items in random order (partial Fisher–Yates on a copy; the list is not changed).
 * @param rng the stream to draw from
 * @param list the items to draw from
 * @param k how many to draw; fewer come back if the list is shorter
 * @returns the drawn items, in the order drawn
 */
export function sample<T>(rng: Rng, list: readonly T[], k: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  for (let i = 0; i < Math.min(k, copy.length); i++) {
    const j = i + Math.floor(rng() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    out.push(copy[i] as T);
  }
  return out;
}

/**
 * One value of a table, with probability proportional to its weight.
 * @param rng the stream to draw from
 * @param table pairs of a value and its (non-negative) weight
 * @returns the value drawn
 */
export function weighted<T extends string>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  return (table.at(-1) as readonly [T, number])[0];
}

/**
 * Random lower-case hexadecimal digits.
 * @param rng the stream to draw from
 * @param digits how many digits
 * @returns a string of that many digits 0–9a–f
 */
export function hex(rng: Rng, digits: number): string {
  let out = '';
  for (let i = 0; i < digits; i++) out += Math.floor(rng() * 16).toString(16);
  return out;
}
