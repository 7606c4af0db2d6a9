/**
 * Synthetic raw reviews for the benchmark. `generateCorpus(material, seed, n)` is a pure function: the
 * same material, seed and count give the same files, byte for byte. Each review is drawn from its own
 * PRNG stream (seed, index), so a corpus of 100 is the first 100 files of a corpus of 10,000.
 *
 * The material is the five seed reviews (content/films/ballerina-2025/raw) and the film registry
 * (content/films/ballerina-2025/film.yaml). Their paragraphs and sentences are recombined with
 * registry names, rating notations, spoiler markers and reveals, titles, promo lines and sign-offs, in
 * the shapes real pasted reviews have.
 *
 * This file only re-exports the public API. The modules, one job each:
 * - `types.ts`: the material, the planted facts and the generated file; the rating and spoiler kinds
 * - `rng.ts`: the PRNG, per-review streams and the draws (pick, chance, int, sample, weighted)
 * - `pools.ts`: the seeds cut into paragraphs, sentences, reveals, headings and list items
 * - `vocabulary.ts`: the word lists and fixed lines the templates use
 * - `prose.ts`: paragraphs and the sentences naming cast and crew
 * - `ratings.ts`: rating notations, their scores and placement
 * - `spoilers.ts`: the spoiler situation, reveals and the marked section
 * - `furniture.ts`: headline, outlet and critic names, sign-off, distractor, promo
 * - `file.ts`: the text as saved (line ends, BOM), the file name and the sidecar
 * - `review.ts`: one review assembled top to bottom, and the corpus
 */
export { buildPools, type Pools } from './pools.ts';
export { generateCorpus, generateReview } from './review.ts';
export { mulberry32, streamSeed } from './rng.ts';
export {
  type Material,
  type Planted,
  RATING_KINDS,
  type RatingKind,
  type RawReviewFile,
  type Registry,
  SPOILER_KINDS,
  type SpoilerKind,
} from './types.ts';
