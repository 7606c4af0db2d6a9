import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildPools,
  generateCorpus,
  type Material,
  mulberry32,
  RATING_KINDS,
  type RawReviewFile,
  SPOILER_KINDS,
  streamSeed,
} from '../../scripts/bench/corpus/index.ts';
import { loadMaterial } from '../../scripts/bench/material.ts';
import { decodeRaw } from '../../src/normalize/decode.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The corpus as bytes: every file name, text and sidecar, in order. */
function digest(files: readonly RawReviewFile[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.name}\0${f.text}\0${f.sidecar ?? ''}\0`);
  return hash.digest('hex');
}

let material: Material;
beforeAll(async () => {
  material = await loadMaterial(root);
});

describe('bench corpus: PRNG', () => {
  it('mulberry32 is a fixed sequence for a seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });

  it('gives each review its own stream', () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => streamSeed(1, i)));
    expect(seeds.size).toBe(1000);
  });
});

describe('bench corpus: determinism', () => {
  it('same seed and size give the same bytes', () => {
    expect(digest(generateCorpus(material, 2025, 300))).toBe(digest(generateCorpus(material, 2025, 300)));
  });

  it('another seed gives another corpus', () => {
    expect(digest(generateCorpus(material, 2026, 50))).not.toBe(digest(generateCorpus(material, 2025, 50)));
  });

  it('a smaller corpus is a prefix of a larger one', () => {
    const small = generateCorpus(material, 7, 40);
    expect(digest(generateCorpus(material, 7, 200).slice(0, 40))).toBe(digest(small));
  });

  it('names files uniquely, in index order, like the seeds', () => {
    const names = generateCorpus(material, 7, 500).map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
    for (const name of names) expect(name).toMatch(/^\d{5}_[0-9a-f]{16}\.txt$/);
  });
});

describe('bench corpus: content', () => {
  const corpus = () => generateCorpus(material, 2025, 600);

  it('splits the seeds into usable pools without their ratings, markers and promo lines', () => {
    const pools = buildPools(material.seeds);
    expect(pools.paragraphs.length).toBeGreaterThan(20);
    expect(pools.reveals.length).toBeGreaterThan(0);
    for (const p of [...pools.paragraphs, ...pools.sentences]) {
      expect(p).not.toMatch(/[★⭐]|spoiler|stay connected|get access/i);
    }
  });

  it('plants every rating notation, spoiler situation and cast member', () => {
    const files = corpus();
    const kinds = new Set(files.map((f) => f.planted.rating));
    expect([...kinds].sort()).toEqual([...RATING_KINDS].sort());
    expect(new Set(files.map((f) => f.planted.spoiler))).toEqual(new Set(SPOILER_KINDS));
    const cast = new Set(files.flatMap((f) => f.planted.cast));
    expect([...cast].sort()).toEqual(material.film.cast.map((c) => c.name).sort());
    expect(new Set(files.flatMap((f) => f.planted.crew)).size).toBe(material.film.crew.length);
    for (const flag of ['revised', 'distractor', 'misspelled', 'promo', 'sidecar'] as const) {
      expect(
        files.some((f) => f.planted[flag]),
        flag,
      ).toBe(true);
    }
    expect(files.some((f) => f.planted.title === null)).toBe(true);
    expect(files.some((f) => f.planted.author !== null)).toBe(true);
  });

  it('writes text the normalizer can decode, with the seeds’ typical length', () => {
    const files = corpus();
    for (const f of files) expect(decodeRaw(Buffer.from(f.text)).ok, f.name).toBe(true);
    expect(files.some((f) => f.text.includes('\r\n'))).toBe(true);
    const mean = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0) / files.length;
    expect(mean).toBeGreaterThan(3_000);
    expect(mean).toBeLessThan(7_000);
  });
});

describe('bench corpus: seen through the real normalizer', () => {
  it('yields varied explicit ratings, both spoiler reasons, every cast member and the boilerplate', async () => {
    const { normalizeReview } = await import('../../src/normalize/review.ts');
    const { parseSidecar } = await import('../../src/normalize/sidecar.ts');
    const files = generateCorpus(material, 2025, 200);
    const scales = new Set<string>();
    const sources = new Set<string>();
    const reasons = new Set<string>();
    const cast = new Set<string>();
    const crew = new Set<string>();
    let authors = 0;
    let outlets = 0;
    let failed = 0;
    for (const f of files) {
      const decoded = decodeRaw(Buffer.from(f.text));
      if (!decoded.ok) throw new Error(`${f.name}: ${decoded.error}`);
      const sidecar = f.sidecar === null ? null : parseSidecar(f.sidecar);
      if (sidecar && !sidecar.ok) throw new Error(`${f.name}: ${sidecar.error}`);
      const result = normalizeReview(
        { file: f.name, text: decoded.text, sidecar: sidecar?.value ?? null },
        material.film as Parameters<typeof normalizeReview>[1],
      );
      if (!result.ok) {
        failed++;
        continue;
      }
      const { entry } = result.value;
      sources.add(entry.rating.source);
      const explicit = entry.rating.explicit;
      if (explicit) scales.add(explicit.kind === 'letter' ? 'letter' : `/${explicit.max}`);
      for (const s of entry.spoilers) reasons.add(s.reason);
      for (const c of entry.cast) cast.add(c.name);
      for (const c of entry.crew) crew.add(c.name);
      if (entry.source.author) authors++;
      if (entry.source.outlet) outlets++;
    }
    expect(failed).toBe(0);
    // Scales 4, 5, 10, 100 and letter grades at least.
    expect(scales.size, [...scales].join(' ')).toBeGreaterThanOrEqual(5);
    expect(sources).toEqual(new Set(['explicit', 'estimated']));
    expect(reasons).toEqual(new Set(['marked', 'detected']));
    expect([...cast].sort()).toEqual(material.film.cast.map((c) => c.name).sort());
    expect(crew.size).toBeGreaterThanOrEqual(3);
    expect(authors).toBeGreaterThan(files.length / 4);
    expect(outlets).toBeGreaterThan(0);
  }, 120_000);
});
