/**
 * The planted rating: a notation drawn for the review's mood, the score it stands for, and where it
 * goes (a labelled line early or late, or a sentence in the closing paragraph).
 */
import { LETTER_GRADES } from '../../../src/normalize/rating/index.ts';
import { chance, pick, type Rng, weighted } from './rng.ts';
import type { RatingKind } from './types.ts';
import type { Mood } from './vocabulary.ts';

/** How often each notation is planted. */
const KIND_WEIGHTS: readonly (readonly [RatingKind, number])[] = [
  ['stars', 10],
  ['stars-decimal', 5],
  ['emoji-stars', 4],
  ['x/5', 8],
  ['x/10', 12],
  ['x / 10', 4],
  ['x/100', 3],
  ['out-of-4', 8],
  ['out-of-5-stars', 5],
  ['grade', 8],
  ['playful', 5],
  ['none', 28],
];

/** Where a planted rating goes. */
export type Placement = 'early' | 'late' | 'inline';

/** The normalizer's own letter-grade table, so the corpus writes grades it reads back exactly. */
const GRADES = [...LETTER_GRADES];
/** The units of a playful rating ("4/5 pointe shoes"). */
const PLAYFUL_UNITS = ['popcorn buckets', 'shurikens', 'pointe shoes', 'gold coins'];
/** The labels of a rating line. */
const LABELS = ['Rating', 'Our rating', 'Score', 'Verdict', 'Final score'];

/**
 * A rating value on 0–100 for a mood.
 * @param rng the review's stream
 * @param mood the review's mood
 * @returns a score: 65–100 positive, 40–65 mixed, 5–38 negative
 */
export function moodScore(rng: Rng, mood: Mood): number {
  if (mood === 'positive') return 65 + rng() * 35;
  if (mood === 'mixed') return 40 + rng() * 25;
  return 5 + rng() * 33;
}

function stepped(score: number, max: number, step: number): number {
  return Math.round(((score / 100) * max) / step) * step;
}

function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function starsText(value: number, glyph: string, half: string): string {
  const whole = Math.floor(value);
  return glyph.repeat(whole) + (value - whole >= 0.5 ? half : '');
}

/**
 * A rating notation of `kind` for a 0–100 score.
 * @param rng the review's stream
 * @param kind the notation
 * @param score the score to write, on 0–100
 * @returns the notation's text and the 0–100 score it stands for once rounded to the notation's
 *   steps, or null for `none`
 */
export function notation(rng: Rng, kind: RatingKind, score: number): { text: string; score: number } | null {
  switch (kind) {
    case 'stars': {
      const v = Math.max(0.5, stepped(score, 5, 0.5));
      const text = starsText(v, '★', '½');
      return { text: chance(rng, 0.5) ? `${text} (${fmt(v)}/5)` : text, score: v * 20 };
    }
    case 'stars-decimal': {
      const v = Math.max(1.5, stepped(score, 5, 0.5));
      return { text: starsText(Math.floor(v), '★', '') + (v % 1 ? '.5' : ''), score: v * 20 };
    }
    case 'emoji-stars': {
      const v = Math.max(1, stepped(score, 5, 1));
      return { text: '⭐'.repeat(v), score: v * 20 };
    }
    case 'x/5': {
      const v = stepped(score, 5, 0.5);
      return { text: `${fmt(v)}/5`, score: v * 20 };
    }
    case 'x/10': {
      const v = stepped(score, 10, chance(rng, 0.3) ? 0.5 : 1);
      return { text: `${fmt(v)}/10`, score: v * 10 };
    }
    case 'x / 10': {
      const v = stepped(score, 10, 1);
      return { text: `${v} / 10`, score: v * 10 };
    }
    case 'x/100': {
      const v = Math.round(score);
      return { text: `${v}/100`, score: v };
    }
    case 'out-of-4': {
      const v = stepped(score, 4, chance(rng, 0.3) ? 0.5 : 1);
      return { text: `${fmt(v)} out of 4`, score: v * 25 };
    }
    case 'out-of-5-stars': {
      const v = stepped(score, 5, 0.5);
      return { text: `${fmt(v)} out of 5 stars`, score: v * 20 };
    }
    case 'grade': {
      const [letter, value] = GRADES.reduce((best, g) =>
        Math.abs(g[1] - score) < Math.abs(best[1] - score) ? g : best,
      );
      return { text: `Grade: ${letter}`, score: value };
    }
    case 'playful': {
      const unit = pick(rng, PLAYFUL_UNITS);
      const v = stepped(score, 5, 0.5);
      return { text: `${fmt(v)}/5 ${unit}`, score: v * 20 };
    }
    case 'none':
      return null;
  }
}

/** A review's planted rating: its notation, the notation's text and score, and where it goes. */
export interface DrawnRating {
  kind: RatingKind;
  /** The notation's text and 0–100 score, or null when the review has no rating. */
  rated: { text: string; score: number } | null;
  /** Where the rating goes, or null when the review has no rating. */
  placement: Placement | null;
}

/**
 * Draws a review's rating: a notation, a score for the mood written in it, and a placement.
 * @param rng the review's stream
 * @param mood the review's mood
 * @returns the notation kind, its text and score (null for `none`) and its placement
 */
export function drawRating(rng: Rng, mood: Mood): DrawnRating {
  const kind = weighted<RatingKind>(rng, KIND_WEIGHTS);
  const rated = notation(rng, kind, moodScore(rng, mood));
  const placement = rated
    ? weighted<Placement>(rng, [
        ['early', 30],
        ['late', 45],
        ['inline', 25],
      ])
    : null;
  return { kind, rated, placement };
}

/**
 * A notation alone on its line: labelled ("Score: 4/5"), except a grade, which carries its own label.
 * @param rng the review's stream
 * @param kind the notation
 * @param text the notation's text
 * @returns the line
 */
export function ratingLine(rng: Rng, kind: RatingKind, text: string): string {
  if (kind === 'grade') return text;
  return `${pick(rng, LABELS)}: ${text}`;
}

/**
 * A notation inside a sentence, for the end of the closing paragraph.
 * @param rng the review's stream
 * @param text the notation's text
 * @returns the sentence
 */
export function ratingSentence(rng: Rng, text: string): string {
  return pick(rng, [`I give it ${text}.`, `That’s a solid ${text} from me.`, `Final verdict: ${text}.`]);
}

/**
 * Draws, for a few rated reviews (not graded ones), a revised score in the same notation.
 * @param rng the review's stream
 * @param rating the review's planted rating
 * @param mood the review's mood
 * @returns the revised notation's text and score, or null (also when it would read the same)
 */
export function drawRevision(
  rng: Rng,
  rating: DrawnRating,
  mood: Mood,
): { text: string; score: number } | null {
  if (!rating.rated || rating.kind === 'grade' || !chance(rng, 0.06)) return null;
  const revised = notation(rng, rating.kind, moodScore(rng, mood));
  return revised && revised.text !== rating.rated.text ? revised : null;
}
