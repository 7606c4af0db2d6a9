import { LETTER_GRADES } from '../normalize/rating/index.ts';
import type { NormalizedReview } from '../normalize/review.ts';
import { fallbackTitle } from '../normalize/segment/headline.ts';
import type { Film } from '../schemas/film.ts';
import type { CorpusLabel, LabelRating } from '../schemas/label.ts';
import { evalDocument, lineKept, place } from './document.ts';
import { compareSets, type SetCounts } from './metrics.ts';
import { comparable, comparableName } from './text.ts';

/** A labelled sentence counts as hidden when at least this share of its letters is behind a control. */
export const HIDDEN_SHARE = 0.6;

/** How one normalized review compares with its label, field by field. */
export interface ReviewScore {
  id: string;
  /** Label and extraction, both as 0–100, for the tone and rating comparisons. */
  labelRating: number | null;
  labelTone: number;
  estimate: number | null;
  ratingRight: boolean;
  /** Whether the entry has the field at all (for precision) and the label does (for recall). */
  ratingFound: boolean;
  authorRight: boolean;
  authorFound: boolean;
  authorLabelled: boolean;
  outletRight: boolean;
  outletFound: boolean;
  outletLabelled: boolean;
  titleRight: boolean;
  titleClean: boolean;
  quoteClean: boolean;
  quoteRight: boolean;
  cast: SetCounts;
  crew: SetCounts;
  spoilersHidden: number;
  spoilers: number;
  premiseHidden: number;
  premise: number;
  furnitureRemoved: number;
  furniture: number;
  /** What went wrong, in words, for the dev report. */
  misses: string[];
}

/** The title a review without a headline gets: "<Outlet or critic>'s review of <Film>". */
export function expectedFallbackTitle(label: CorpusLabel, film: Film): string {
  const who = label.outlet ?? label.author;
  return who ? `${who}'s review of ${film.title}` : `A review of ${film.title}`;
}

function ratio(value: number, max: number): number {
  return (100 * value) / max;
}

/**
 * A labelled rating on 0–100: a value on its scale, or a letter grade by the normalizer's grade table.
 * @param rating the label's rating
 */
export function labelScore(rating: LabelRating): number {
  if ('grade' in rating) return LETTER_GRADES.get(rating.grade) ?? 0;
  return ratio(rating.value, rating.max);
}

function labelText(rating: LabelRating | null): string {
  if (!rating) return 'none';
  return 'grade' in rating ? rating.grade : `${rating.value}/${rating.max}`;
}

function sameName(a: string | null, b: string | null): boolean {
  return comparableName(a) === comparableName(b);
}

/**
 * What taints a title or quote: being a line of furniture (or part of one), holding a long one, or
 * sharing a labelled spoiler sentence. The outlet's or critic's bare name and the headline's own
 * repeated copy are furniture lines a right title may contain.
 */
function tainted(text: string, label: CorpusLabel): string | null {
  const t = comparable(text);
  // The headline itself may stand inside a page-title line of furniture: being it is no taint.
  if (label.headline && t === comparable(label.headline)) return null;
  const allowed = [label.outlet, label.author, label.headline].flatMap((x) => (x ? [comparable(x)] : []));
  for (const line of label.furniture) {
    const f = comparable(line);
    if (!f || allowed.includes(f)) continue;
    if (t === f || (f.includes(t) && t.split(' ').length >= 3) || (t.includes(f) && f.split(' ').length >= 4))
      return `furniture "${line}"`;
  }
  for (const s of label.spoilers) {
    const f = comparable(s);
    if (f && (t.includes(f) || f.includes(t))) return `spoiler "${s}"`;
  }
  return null;
}

/**
 * Scores one normalized review against its label.
 * @param id the review's name in its split
 * @param label its label
 * @param result the review as the normalizer read it
 * @param film its film's registry
 * @param raw the raw paste it came from
 */
export function scoreReview(
  id: string,
  label: CorpusLabel,
  result: NormalizedReview,
  film: Film,
  raw: string,
): ReviewScore {
  const { entry, blocks, regions } = result;
  const misses: string[] = [];
  const doc = evalDocument(blocks, regions);

  const explicit = entry.rating.explicit;
  const labelRating = label.rating ? labelScore(label.rating) : null;
  const gotRating = explicit ? ratio(explicit.value, explicit.max) : null;
  const ratingRight =
    labelRating === null ? gotRating === null : gotRating !== null && Math.abs(gotRating - labelRating) < 0.5;
  if (!ratingRight)
    misses.push(
      `rating: expected ${labelText(label.rating)}, got ${explicit ? `"${explicit.text}"` : 'none'}`,
    );

  const authorRight = sameName(label.author, entry.source.author);
  if (!authorRight)
    misses.push(`author: expected ${label.author ?? 'none'}, got ${entry.source.author ?? 'none'}`);
  const outletRight = sameName(label.outlet, entry.source.outlet);
  if (!outletRight)
    misses.push(`outlet: expected ${label.outlet ?? 'none'}, got ${entry.source.outlet ?? 'none'}`);

  const wantTitle = label.headline ?? expectedFallbackTitle(label, film);
  const titleRight = comparable(wantTitle) === comparable(entry.title);
  if (!titleRight) misses.push(`title: expected "${wantTitle}", got "${entry.title}"`);
  // A fallback title frames the entry's outlet or critic with the registry's title: only that name
  // came from the page, and the labelled outlet or critic is a right one, wherever the page prints it.
  const who = entry.source.outlet ?? entry.source.author;
  const fallback = entry.title === fallbackTitle(film.title, entry.source.outlet, entry.source.author);
  const titleTaint = !fallback
    ? tainted(entry.title, label)
    : who && !sameName(who, label.outlet) && !sameName(who, label.author)
      ? tainted(who, label)
      : null;
  if (titleTaint) misses.push(`title is ${titleTaint}`);

  const quote = entry.quote;
  const quoteTaint =
    quote === null ? null : quote.trim().endsWith('?') ? 'a question' : tainted(quote, label);
  if (quoteTaint) misses.push(`quote is ${quoteTaint}`);
  const quoteRight =
    quote === null
      ? label.quotable.length === 0
      : label.quotable.some((q) => {
          const a = comparable(q);
          const b = comparable(quote);
          return a.includes(b) || b.includes(a);
        });
  if (!quoteRight) misses.push(`quote: "${quote ?? 'none'}" is not one of the quotable sentences`);

  const cast = compareSets(
    label.cast,
    entry.cast.map((c) => c.name),
  );
  const crew = compareSets(
    label.crew,
    entry.crew.map((c) => c.name),
  );
  const wantCast = new Set(label.cast);
  const gotCast = new Set(entry.cast.map((c) => c.name));
  for (const n of wantCast) if (!gotCast.has(n)) misses.push(`cast: missed ${n}`);
  for (const c of entry.cast)
    if (!wantCast.has(c.name)) misses.push(`cast: wrongly tagged ${c.name} (${c.forms.join(', ')})`);
  const wantCrew = new Set(label.crew);
  for (const n of wantCrew) if (!entry.crew.some((c) => c.name === n)) misses.push(`crew: missed ${n}`);
  for (const c of entry.crew) if (!wantCrew.has(c.name)) misses.push(`crew: wrongly tagged ${c.name}`);

  let spoilersHidden = 0;
  for (const s of label.spoilers) {
    const p = place(doc, s);
    if (p.found && p.hiddenShare >= HIDDEN_SHARE) spoilersHidden++;
    else misses.push(`spoiler ${p.found ? 'visible' : 'lost'}: "${s}"`);
  }
  let premiseHidden = 0;
  for (const s of label.premise) {
    const p = place(doc, s);
    if (!p.found || p.hiddenShare >= HIDDEN_SHARE) {
      premiseHidden++;
      misses.push(`premise ${p.found ? 'hidden' : 'lost'}: "${s}"`);
    }
  }
  let furnitureRemoved = 0;
  for (const line of label.furniture) {
    if (!lineKept(blocks, line, raw)) furnitureRemoved++;
    else misses.push(`furniture kept: "${line}"`);
  }

  return {
    id,
    labelRating,
    labelTone: label.tone,
    estimate: entry.rating.estimated?.score ?? null,
    ratingRight,
    ratingFound: gotRating !== null,
    authorRight,
    authorFound: entry.source.author !== null,
    authorLabelled: label.author !== null,
    outletRight,
    outletFound: entry.source.outlet !== null,
    outletLabelled: label.outlet !== null,
    titleRight,
    titleClean: titleTaint === null,
    quoteClean: quoteTaint === null,
    quoteRight,
    cast,
    crew,
    spoilersHidden,
    spoilers: label.spoilers.length,
    premiseHidden,
    premise: label.premise.length,
    furnitureRemoved,
    furniture: label.furniture.length,
    misses,
  };
}
