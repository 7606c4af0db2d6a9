import { z } from 'astro/zod';
import type { Film } from '../schemas/film.ts';
import {
  type CastMention,
  type ExplicitRating,
  type Rating,
  type Review,
  reviewSchema,
} from '../schemas/review.ts';
import type { Sidecar } from '../schemas/sidecar.ts';
import { type Block, blockText, type SpoilerRegion } from './blocks.ts';
import { estimateScore, filmTalkNames } from './estimate/index.ts';
import { findMentions } from './mentions/index.ts';
import { pickQuote } from './quote.ts';
import { extractRating, otherFilmPattern, ownTitlePattern, ratingToScore } from './rating/index.ts';
import { fallbackTitle } from './segment/headline.ts';
import { segment } from './segment/index.ts';
import { filmSlug, slugify } from './slug.ts';
import { findSpoilers, revealHint } from './spoilers/index.ts';
import { countWords } from './text/index.ts';

/** What one raw review becomes: the validated frontmatter plus the body blocks and spoiler regions. */
export interface NormalizedReview {
  entry: Review;
  blocks: Block[];
  regions: SpoilerRegion[];
}

/** A normalized review, or why the text could not become one. */
export type NormalizeResult = { ok: true; value: NormalizedReview } | { ok: false; error: string };

/** The input of one review: its raw file name, decoded text and optional sidecar. */
export interface RawReview {
  file: string;
  text: string;
  sidecar?: Sidecar | null;
}

function applyCastOverrides(cast: CastMention[], sidecar: Sidecar, film: Film): CastMention[] | string {
  const known = new Map(film.cast.map((c) => [c.name.toLowerCase(), c]));
  const names = [...(sidecar.cast?.add ?? []), ...(sidecar.cast?.remove ?? [])];
  const unknown = names.filter((n) => !known.has(n.toLowerCase()));
  if (unknown.length > 0)
    return `sidecar names cast not in the film's registry (film.yaml): ${unknown.join(', ')}`;
  const removed = new Set((sidecar.cast?.remove ?? []).map((n) => n.toLowerCase()));
  const out = cast.filter((c) => !removed.has(c.name.toLowerCase()));
  for (const name of sidecar.cast?.add ?? []) {
    const member = known.get(name.toLowerCase());
    if (member && !out.some((c) => c.name === member.name)) {
      out.push({ name: member.name, character: member.character, mentions: 0, forms: [], sentences: [] });
    }
  }
  return out;
}

function buildRating(explicit: ExplicitRating | null, estimated: Rating['estimated']): Rating {
  if (explicit) return { score: ratingToScore(explicit), source: 'explicit', explicit, estimated };
  if (estimated) return { score: estimated.score, source: 'estimated', explicit: null, estimated };
  return { score: null, source: 'none', explicit: null, estimated: null };
}

/** Normalizes one raw review into a validated entry, its body blocks and its spoiler regions. */
export function normalizeReview(raw: RawReview, film: Film): NormalizeResult {
  const sidecar = raw.sidecar ?? {};
  const overrides: string[] = [];
  const seg = segment(raw.text, film);
  if (!seg.blocks.some((b) => b.type !== 'heading' && countWords(blockText(b)) > 0)) {
    return {
      ok: false,
      error: 'nothing usable: no review text is left once title, headings and promo lines are set aside',
    };
  }

  const found = findSpoilers(seg.blocks, film);
  const { blocks } = found;
  let regions = found.regions;
  if (sidecar.spoilers?.detected === false) {
    regions = regions.filter((r) => r.reason !== 'detected');
    overrides.push('spoilers');
  }
  // Which region holds each block: the one place spoiler truth lives, read by every later stage.
  const regionOf = blocks.map((_, i) => {
    const at = regions.findIndex((r) => i >= r.start && i < r.end);
    return at < 0 ? null : at;
  });
  const inSpoiler = regionOf.map((r) => r !== null);

  const mentionBlocks = blocks.flatMap((block, i) => {
    const where = { spoiler: inSpoiler[i] === true, region: regionOf[i] ?? null };
    return block.type === 'list'
      ? block.items.map((text) => ({ text, ...where }))
      : [{ text: block.text, ...where }];
  });
  const mentions = findMentions(mentionBlocks, film);
  let cast = mentions.cast;
  if (sidecar.cast) {
    const result = applyCastOverrides(cast, sidecar, film);
    if (typeof result === 'string') return { ok: false, error: result };
    cast = result;
    overrides.push('cast');
  }

  const fullText = blocks.map(blockText).join('\n');
  // Block quotes hold other people's words (a quoted post, a quoted review): never the critic's rating.
  const ownText = blocks
    .filter((b) => b.type !== 'blockquote')
    .map(blockText)
    .join('\n');
  let explicit = extractRating(
    [seg.titleRating ?? '', ownText].join('\n'),
    otherFilmPattern(film),
    ownTitlePattern(film),
  );
  if (sidecar.rating !== undefined) {
    explicit = sidecar.rating && {
      text: sidecar.rating.text ?? `${sidecar.rating.value}/${sidecar.rating.max}`,
      value: sidecar.rating.value,
      max: sidecar.rating.max,
      kind: 'numeric',
    };
    overrides.push('rating');
  }
  const names = filmTalkNames(film);
  // A sidecar's `rating: null` says "no score": neither the critic's nor an estimate.
  const estimate =
    sidecar.rating === null
      ? null
      : estimateScore(seg.title, blocks, {
          names,
          hidden: inSpoiler,
          otherFilm: otherFilmPattern(film),
          rating: explicit?.text ?? null,
        });
  const rating = buildRating(explicit, estimate);

  const visible = blocks.filter((_, i) => !inSpoiler[i]);
  const lean = rating.score === null ? 0 : rating.score - 50;
  const quote = sidecar.quote ?? pickQuote(visible, lean, otherFilmPattern(film), names, revealHint(film));
  if (sidecar.quote) overrides.push('quote');

  const outlet = sidecar.outlet ?? seg.outlet;
  const author = sidecar.author ?? seg.author;
  for (const key of ['title', 'outlet', 'author', 'url', 'date'] as const) {
    if (sidecar[key] !== undefined) overrides.push(key);
  }
  const title = sidecar.title ?? seg.title ?? fallbackTitle(film.title, outlet, author);

  const entry = {
    film: filmSlug(film),
    title,
    // An anonymous fallback title says nothing of the review: the raw file names its slug instead.
    slug:
      (title === fallbackTitle(film.title, null, null) ? '' : slugify(title)) ||
      slugify(`review ${raw.file.replace(/\.[^.]+$/, '')}`),
    source: { file: raw.file, outlet, author, url: sidecar.url ?? null },
    date: sidecar.date ?? null,
    rating,
    cast,
    crew: mentions.crew,
    spoilers: regions.map(({ reason, cue, label }) => ({ reason, cue, label })),
    quote,
    wordCount: countWords(fullText),
    warnings: mentions.warnings,
    overrides: overrides.sort(),
  };
  const parsed = reviewSchema.safeParse(entry);
  if (!parsed.success) {
    return { ok: false, error: `the extracted entry fails its schema:\n${z.prettifyError(parsed.error)}` };
  }
  return { ok: true, value: { entry: parsed.data, blocks, regions } };
}
