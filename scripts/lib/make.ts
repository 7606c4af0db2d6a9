/** Making one entry from one raw review: the normalizer's stages, then the entry's markdown. */
import { renderEntry } from '../../src/normalize/markdown.ts';
import { type NormalizeResult, normalizeReview, type RawReview } from '../../src/normalize/review.ts';
import type { Film } from '../../src/schemas/film.ts';

/** A review normalized, with its entry's markdown at the slug its title asks for (null when refused). */
export interface Made {
  result: NormalizeResult;
  markdown: string | null;
}

/** Makes entries, in this thread or in others; answers in any order, each promise its own review's. */
export type MakeReview = (raw: RawReview, film: Film) => Promise<Made>;

/**
 * Normalizes one raw review and renders its entry at the slug its title asks for.
 * @param raw the raw file's name, decoded text and sidecar
 * @param film the film registry it is read against
 * @returns the result and, when it normalized, the entry's markdown (not yet sealed)
 */
export function makeReview(raw: RawReview, film: Film): Made {
  const result = normalizeReview(raw, film);
  if (!result.ok) return { result, markdown: null };
  const { entry, blocks, regions } = result.value;
  return { result, markdown: renderEntry(entry, blocks, regions) };
}
