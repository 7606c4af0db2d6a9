/**
 * One synthetic review, assembled top to bottom from its own PRNG stream: headline and byline, an
 * opening paragraph with maybe an early rating, five to eleven sections of prose, maybe a list and a
 * marked spoiler section, then the verdict, the rating, a sign-off and promo, saved as a file; and the
 * corpus, one review per stream.
 */
import { drawSidecar, fileName, pasteText } from './file.ts';
import {
  criticName,
  drawDistractor,
  drawPromo,
  drawSignOff,
  drawTitle,
  outletName,
  type SignOff,
} from './furniture.ts';
import { buildPools, type Pools } from './pools.ts';
import { castParagraph, type Draft, listLines, mixedParagraph } from './prose.ts';
import { type DrawnRating, drawRating, drawRevision, ratingLine, ratingSentence } from './ratings.ts';
import { chance, int, mulberry32, pick, sample, streamSeed, weighted } from './rng.ts';
import { drawSpoiler, markedSection, revealParagraph } from './spoilers.ts';
import type { Material, Planted, RawReviewFile, Registry, SpoilerKind } from './types.ts';
import {
  CLOSING_HEADINGS,
  HEADINGS,
  LIST_HEADINGS,
  type Mood,
  SPOILER_FREE,
  VERDICTS,
} from './vocabulary.ts';

/** A review's choices made before its prose that its closing lines use again. */
interface Frame {
  mood: Mood;
  author: string | null;
  signOff: SignOff | null;
  rating: DrawnRating;
  /** Whether the review's sections have headings (then its verdict has one too). */
  headings: boolean;
}

/** Nothing planted yet but the spoiler situation. */
function nothingPlanted(spoiler: SpoilerKind): Planted {
  return {
    rating: 'none',
    score: null,
    revised: false,
    distractor: false,
    spoiler,
    cast: [],
    crew: [],
    misspelled: false,
    title: null,
    outlet: null,
    author: null,
    promo: false,
    sidecar: false,
  };
}

/**
 * The sections (with or without headings) and an unmarked reveal, a cast paragraph if none named
 * anyone, a list, the marked section.
 */
function body(draft: Draft): { lines: string[]; headings: boolean } {
  const { rng, pools, planted } = draft;
  const lines: string[] = [];
  const count = int(rng, 5, 11);
  const revealAt = planted.spoiler === 'reveal' ? int(rng, 0, count - 1) : -1;
  const headings = chance(rng, 0.45);
  for (let s = 0; s < count; s++) {
    if (headings && chance(rng, 0.6))
      lines.push(chance(rng, 0.5) ? pick(rng, HEADINGS) : pick(rng, pools.headings));
    const form = weighted(rng, [
      ['seed', 35],
      ['mixed', 30],
      ['cast', 35],
    ] as const);
    if (form === 'seed') lines.push(pick(rng, pools.paragraphs));
    else lines.push(form === 'mixed' ? mixedParagraph(draft) : castParagraph(draft));
    if (s === revealAt) lines.push(revealParagraph(draft));
  }
  if (planted.cast.length === 0) lines.push(castParagraph(draft));
  if (chance(rng, 0.2)) lines.push(...listLines(draft, pick(rng, LIST_HEADINGS), int(rng, 2, 4)));
  if (planted.spoiler === 'marked') lines.push(...markedSection(draft));
  return { lines, headings };
}

/**
 * A verdict heading, the verdict paragraph (maybe with the rating and a dash sign-off), a late rating,
 * a revision, a "Review by" line.
 */
function closing(draft: Draft, { mood, author, signOff, rating, headings }: Frame): string[] {
  const { rng, pools, planted } = draft;
  const { kind, rated, placement } = rating;
  const lines: string[] = [];
  if (headings || planted.spoiler === 'marked') lines.push(pick(rng, CLOSING_HEADINGS));
  let verdict = [pick(rng, VERDICTS[mood]), ...sample(rng, pools.sentences, int(rng, 1, 2))].join(' ');
  if (rated && placement === 'inline') verdict += ` ${ratingSentence(rng, rated.text)}`;
  if (signOff === 'dash') verdict += ` – ${author}`;
  lines.push(verdict);
  if (rated && placement === 'late') lines.push(ratingLine(rng, kind, rated.text));
  const revised = drawRevision(rng, rating, mood);
  if (revised) {
    lines.push(`Update: after a second viewing, I’m revising my score to ${revised.text}.`);
    planted.revised = true;
    planted.score = Math.round(revised.score);
  }
  if (signOff === 'review-by') lines.push(`Review by ${author}`);
  if (signOff) planted.author = author;
  return lines;
}

/**
 * Generates one raw review: the index-th file of the corpus for `seed`, drawn from its own stream.
 * @param pools the seeds' pools (from `buildPools`)
 * @param film the registry of the film reviewed
 * @param seed the corpus seed
 * @param index the review's position in the corpus
 * @returns the review's file name, text, optional sidecar and what was planted in it
 */
export function generateReview(pools: Pools, film: Registry, seed: number, index: number): RawReviewFile {
  const rng = mulberry32(streamSeed(seed, index));
  const mood = weighted<Mood>(rng, [
    ['positive', 55],
    ['mixed', 30],
    ['negative', 15],
  ]);
  const outlet = chance(rng, 0.6) ? outletName(rng) : null;
  const author = chance(rng, 0.6) ? criticName(rng) : null;
  const planted = nothingPlanted(drawSpoiler(rng));
  const draft: Draft = { rng, pools, film, planted };

  const lines: string[] = [];
  planted.title = drawTitle(rng, film);
  if (planted.title) lines.push(planted.title);
  const signOff = drawSignOff(rng, author);
  if (signOff === 'by-top') lines.push(`By ${author}`);
  if (planted.spoiler === 'spoiler-free') lines.push(pick(rng, SPOILER_FREE));
  const rating = drawRating(rng, mood);
  planted.rating = rating.kind;
  planted.score = rating.rated ? Math.round(rating.rated.score) : null;

  lines.push(chance(rng, 0.6) ? pick(rng, pools.paragraphs) : mixedParagraph(draft));
  if (rating.rated && rating.placement === 'early')
    lines.push(ratingLine(rng, rating.kind, rating.rated.text));
  const distractor = drawDistractor(rng);
  if (distractor) {
    planted.distractor = true;
    lines.push(distractor);
  }
  const { lines: sections, headings } = body(draft);
  lines.push(...sections, ...closing(draft, { mood, author, signOff, rating, headings }));
  const promo = drawPromo(rng, outlet);
  if (promo) {
    planted.promo = true;
    if (outlet && promo.includes(outlet)) planted.outlet = outlet;
    lines.push(promo);
  }

  const text = pasteText(rng, lines);
  const name = fileName(rng, index);
  const sidecar = drawSidecar(rng, name, outlet);
  if (sidecar) {
    planted.sidecar = true;
    planted.outlet = sidecar.outlet;
  }
  return { name, text, sidecar: sidecar?.yaml ?? null, planted };
}

/**
 * Generates `n` raw reviews from `material`: deterministic (the same material, seed and count give
 * the same files, byte for byte) and prefix-stable (a corpus of n is the first n files of a larger one).
 * @param material the seed reviews and the film registry
 * @param seed the corpus seed
 * @param n how many reviews, a non-negative integer
 * @returns the reviews, in index order
 */
export function generateCorpus(material: Material, seed: number, n: number): RawReviewFile[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`corpus: n must be a non-negative integer, got ${n}`);
  const pools = buildPools(material.seeds);
  return Array.from({ length: n }, (_, i) => generateReview(pools, material.film, seed, i));
}
