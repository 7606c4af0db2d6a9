import {
  applyWeights,
  filmTalkNames,
  fitCalibration,
  meanTone,
  type SentenceFeatures,
  sentenceFeatures,
} from '../normalize/estimate/index.ts';
import { otherFilmPattern } from '../normalize/rating/index.ts';
import type { NormalizedReview } from '../normalize/review.ts';
import type { Film } from '../schemas/film.ts';
import type { CorpusLabel } from '../schemas/label.ts';
import type { ToneWeights } from '../schemas/lexicon.ts';
import { spearman } from './metrics.ts';
import { labelScore } from './score.ts';

/** One dev review for the fit: its sentences as the estimate reads them, and the score they should rank by. */
export interface FitSample {
  features: readonly SentenceFeatures[];
  target: number;
}

/**
 * One labelled review as the tone fit reads it: its sentences as the estimate reads them (with the
 * headline only when the segmenter found the real one: a made-up title says nothing of tone).
 * @param result the review as the normalizer read it
 * @param label its label
 * @param film its film's registry
 */
export function toneSample(result: NormalizedReview, label: CorpusLabel, film: Film): FitSample {
  const { entry, blocks } = result;
  const headline = entry.title === label.headline ? entry.title : null;
  return {
    features: sentenceFeatures(headline, blocks, {
      names: filmTalkNames(film),
      otherFilm: otherFilmPattern(film),
      rating: entry.rating.explicit?.text ?? null,
    }),
    // The estimate stands in for a rating: where the critic gave one, that is what it should rank by.
    target: label.rating ? labelScore(label.rating) : label.tone,
  };
}

/** The values each weight may take; the fit walks them one weight at a time. */
const CANDIDATES: Readonly<Record<keyof ToneWeights, readonly number[]>> = {
  headline: [1, 2, 3, 4, 6],
  opening: [0.5, 1, 1.5, 2, 3],
  closing: [1, 1.5, 2, 3, 4],
  verdictCue: [1, 1.5, 2, 3],
  plot: [0, 0.1, 0.2, 0.5, 1],
  others: [0, 0.25, 0.5, 1],
  // A sentence about another film judges that film: it never counts in full.
  otherFilm: [0, 0.25, 0.5],
  nearRating: [1, 1.5, 2, 3, 4],
  listLean: [0, 0.25, 0.5, 1],
  smoothing: [0.25, 0.5, 1, 2, 4],
};
/** Rounds of coordinate ascent: few, so the fit stays coarse on sixty reviews. */
const ROUNDS = 2;

function rank(samples: readonly FitSample[], weights: ToneWeights): number {
  const pairs = samples.map(
    (s) => [meanTone(applyWeights(s.features, weights), weights.smoothing), s.target] as [number, number],
  );
  return spearman(pairs) ?? -1;
}

/**
 * Fits the tone estimate on dev reviews: each weight in turn takes the candidate value that ranks
 * the reviews closest to their targets (Spearman), then a logistic curve maps the raw tone
 * to the targets' 0–100 (the critic's rating where the review has one, else the labelled tone).
 * @param samples the dev split's reviews, read and labelled
 * @param start the weights to start from
 * @returns the fitted weights, curve and the dev Spearman they reach
 */
export function fitTone(
  samples: readonly FitSample[],
  start: ToneWeights,
): { weights: ToneWeights; center: number; scale: number; spearman: number } {
  let weights = { ...start };
  let best = rank(samples, weights);
  for (let round = 0; round < ROUNDS; round++) {
    for (const key of Object.keys(CANDIDATES) as (keyof ToneWeights)[]) {
      for (const value of CANDIDATES[key]) {
        const trial = { ...weights, [key]: value };
        const score = rank(samples, trial);
        if (score > best + 1e-9) [weights, best] = [trial, score];
      }
    }
  }
  const curve = fitCalibration(
    samples.map((s) => ({
      tone: meanTone(applyWeights(s.features, weights), weights.smoothing),
      score: s.target,
    })),
  );
  return { weights, ...curve, spearman: best };
}
