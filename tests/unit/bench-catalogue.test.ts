import { beforeAll, describe, expect, it } from 'vitest';
import type { Material } from '../../scripts/bench/corpus/index.ts';
import { filmCount, generateCatalogue, pseudoWord } from '../../scripts/bench/films.ts';
import { loadMaterial } from '../../scripts/bench/material.ts';
import { parseFilmRegistry } from '../../src/schemas/film.ts';

const root = new URL('../..', import.meta.url).pathname;
let material: Material;
beforeAll(async () => {
  material = await loadMaterial(root);
});

/** Distinct lower-case words of some texts. */
function vocabulary(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((t) => t.toLowerCase().match(/\p{L}+/gu) ?? []));
}

describe('bench catalogue: many films', () => {
  it('has about one film per 50 reviews, at most 200', () => {
    expect(filmCount(1)).toBe(1);
    expect(filmCount(1000)).toBe(20);
    expect(filmCount(10_000)).toBe(200);
    expect(filmCount(50_000)).toBe(200);
  });

  it('is the same catalogue for the same seed and size, byte for byte', () => {
    const a = generateCatalogue(material, 7, 300);
    const b = generateCatalogue(material, 7, 300);
    expect(b.films.map((f) => f.yaml)).toEqual(a.films.map((f) => f.yaml));
    expect(b.reviews.map((r) => r.file.text)).toEqual(a.reviews.map((r) => r.file.text));
  });

  it("writes registries the normalizer accepts, each film's folder its slug", () => {
    const { films } = generateCatalogue(material, 7, 500);
    expect(new Set(films.map((f) => f.slug)).size).toBe(films.length);
    for (const f of films) {
      const film = parseFilmRegistry(f.yaml, `${f.slug}/film.yaml`);
      expect(film.slug).toBe(f.slug);
      expect(film.cast.length).toBe(material.film.cast.length);
    }
  });

  it('recasts every film from one pool, so people appear in several films', () => {
    const { films } = generateCatalogue(material, 7, 2000);
    const filmsOf = new Map<string, Set<string>>();
    for (const f of films)
      for (const p of [...f.film.cast, ...f.film.crew])
        filmsOf.set(p.name, (filmsOf.get(p.name) ?? new Set()).add(f.slug));
    const spans = [...filmsOf.values()].map((s) => s.size);
    expect(spans.filter((n) => n >= 2).length).toBeGreaterThan(spans.length / 2);
    const seedNames = [...material.film.cast, ...material.film.crew].map((p) => p.name);
    for (const name of seedNames) expect(filmsOf.has(name), name).toBe(false);
  });

  it("names each film's own people in its reviews, never the seed film's", () => {
    const { films, reviews } = generateCatalogue(material, 7, 200);
    const bySlug = new Map(films.map((f) => [f.slug, f.film]));
    const seedSurnames = material.film.cast.map((c) => c.name.split(' ').at(-1) as string);
    for (const { film, file } of reviews) {
      const registry = bySlug.get(film);
      expect(registry, film).toBeDefined();
      for (const surname of seedSurnames)
        expect(file.text, `${file.name}: ${surname}`).not.toMatch(new RegExp(`\\b${surname}\\b`));
      for (const name of file.planted.cast) expect(registry?.cast.map((c) => c.name)).toContain(name);
    }
  });

  it('holds back the reviews asked for past n, in the same films', () => {
    const { reviews, held, films } = generateCatalogue(material, 7, 100, 2);
    expect(reviews).toHaveLength(100);
    expect(held).toHaveLength(2);
    const slugs = new Set(films.map((f) => f.slug));
    for (const r of held) expect(slugs.has(r.film)).toBe(true);
    const names = new Set(reviews.map((r) => r.file.name));
    for (const r of held) expect(names.has(r.file.name)).toBe(false);
  });

  it('widens the vocabulary well beyond the seeds', () => {
    const seeds = vocabulary(material.seeds);
    const { reviews } = generateCatalogue(material, 7, 1000);
    const words = vocabulary(reviews.map((r) => r.file.text));
    expect(words.size).toBeGreaterThan(seeds.size * 3);
  });

  it('makes a distinct pseudo-word for each rank', () => {
    const words = Array.from({ length: 5000 }, (_, i) => pseudoWord(i * 17));
    expect(new Set(words).size).toBe(words.length);
  });
});
