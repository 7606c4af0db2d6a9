import {
  applyWeights,
  filmTalkNames,
  fitCalibration,
  meanTone,
  type SentenceFeatures,
  sentenceFeatures,
  type WordProfile,
  wordProfile,
  wordTone,
} from '../normalize/estimate/index.ts';
import { otherFilmPattern } from '../normalize/rating/index.ts';
import type { NormalizedReview } from '../normalize/review.ts';
import type { Film } from '../schemas/film.ts';
import type { CorpusLabel } from '../schemas/label.ts';
import type { ToneWeights } from '../schemas/lexicon.ts';
import { spearman } from './metrics.ts';
import { fitWords } from './ridge.ts';
import { labelScore } from './score.ts';

/** One dev review for the fit: its sentences as the estimate reads them, and the score they should rank by. */
export interface FitSample {
  features: readonly SentenceFeatures[];
  /** Words of the film's title and people (see filmTalkNames): they carry no tone. */
  names: ReadonlySet<string>;
  target: number;
  /** The batch its writer wrote it in (see writerBatch): cross-validation holds out whole batches. */
  batch: string;
}

/** Dev ids come in batches of eight a film ("bal-d118"…"bal-d125"), each batch written to one brief. */
const BATCH_SIZE = 8;

/**
 * The batch a dev review was written in, from its id: the reviews of one batch share their
 * writers' habits, so the cross-validation never fits on some of them to score the others.
 * @param id the review's file name or id ("bal-d118.txt")
 */
export function writerBatch(id: string): string {
  const n = Number(/d(\d+)/u.exec(id)?.[1] ?? Number.NaN);
  return Number.isNaN(n) ? id : `batch-${Math.floor((n - 1) / BATCH_SIZE)}`;
}

/**
 * One labelled review as the tone fit reads it: its sentences as the estimate reads them (with the
 * headline only when the segmenter found the real one: a made-up title says nothing of tone).
 * @param result the review as the normalizer read it
 * @param label its label
 * @param film its film's registry
 * @param id its file name in the dev split, for its batch (see writerBatch)
 */
export function toneSample(result: NormalizedReview, label: CorpusLabel, film: Film, id: string): FitSample {
  const { entry, blocks } = result;
  const headline = entry.title === label.headline ? entry.title : null;
  const names = filmTalkNames(film);
  return {
    names,
    features: sentenceFeatures(headline, blocks, {
      names,
      otherFilm: otherFilmPattern(film),
      rating: entry.rating.explicit?.text ?? null,
    }),
    // The estimate stands in for a rating: where the critic gave one, that is what it should rank by.
    target: label.rating ? labelScore(label.rating) : label.tone,
    batch: writerBatch(id),
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

/** The ridge penalties and lexicon shares the word fit chooses between, by cross-validation. */
const PENALTIES = [0.1, 0.3, 1] as const;
const LEXICON_SHARES = [0.25, 0.5, 1] as const;
/** Folds of the cross-validation: each review is scored by weights fitted without its batch. */
const FOLDS = 10;

/** Each review's word tone from weights fitted on the other folds, and its lexicon tone. */
function crossValidated(
  samples: readonly FitSample[],
  profiles: readonly WordProfile[],
  lexiconTones: readonly number[],
  penalty: number,
): { word: number; lexicon: number }[] {
  const out = samples.map((_, i) => ({ word: 0, lexicon: lexiconTones[i] ?? 0 }));
  // Whole batches to a fold: a review is never scored by weights fitted on its batch-mates.
  const batches = [...new Set(samples.map((s) => s.batch))].sort();
  const foldOf = samples.map((s) => batches.indexOf(s.batch) % FOLDS);
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = samples.flatMap((_, i) => (foldOf[i] === fold ? [] : [i]));
    const words = fitWords(
      train.map((i) => profiles[i] ?? new Map()),
      train.map((i) => samples[i]?.target ?? 0),
      penalty,
    );
    samples.forEach((_, i) => {
      const row = out[i];
      if (foldOf[i] === fold && row) row.word = wordTone(profiles[i] ?? new Map(), words);
    });
  }
  return out;
}

/** The fitted tone estimate: sentence weights, word weights, lexicon share and curve. */
export interface FittedTone {
  weights: ToneWeights;
  words: Record<string, number>;
  lexicon: number;
  /** The ridge penalty the cross-validation chose for the word weights. */
  penalty: number;
  center: number;
  scale: number;
  /** The lexicon tone's Spearman on dev with the fitted weights (in-sample). */
  spearman: number;
  /** The chosen estimate's Spearman on dev, each review scored by word weights fitted without it. */
  crossValidated: number;
}

/**
 * Fits the tone estimate on dev reviews. Each sentence weight in turn takes the candidate value that
 * ranks the reviews closest to their targets (Spearman). Word weights are then fitted by ridge
 * regression, with the penalty and the lexicon's share chosen by ten-fold cross-validation that holds
 * out whole writers' batches (by the one-standard-error rule, leaning on the lexicon), and a
 * logistic curve, fitted on the cross-validated tones, maps the raw tone to the targets' 0–100 (the
 * critic's rating where the review has one, else the labelled tone).
 * @param samples the dev split's reviews, read and labelled
 * @param start the sentence weights to start from
 * @returns the fitted estimate, with its in-sample and cross-validated dev Spearman
 */
export function fitTone(samples: readonly FitSample[], start: ToneWeights): FittedTone {
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
  const weighted = samples.map((s) => applyWeights(s.features, weights));
  const profiles = samples.map((s, i) => wordProfile(s.features, weighted[i] ?? [], s.names));
  const lexiconTones = weighted.map((w) => meanTone(w, weights.smoothing));
  const grid = PENALTIES.flatMap((penalty) => {
    const parts = crossValidated(samples, profiles, lexiconTones, penalty);
    return LEXICON_SHARES.map((lexicon) => {
      const tones = parts.map((p) => p.word + lexicon * p.lexicon);
      const score = spearman(samples.map((s, i) => [tones[i] ?? 0, s.target])) ?? -1;
      return { penalty, lexicon, tones, spearman: score };
    });
  });
  // The one-standard-error rule: among the settings within a standard error of the best, the one
  // that leans most on the hand-written lexicon, then on the larger penalty. The word weights are
  // fitted on a couple of hundred of our own reviews; the lexicon holds for any writer.
  const top = Math.max(...grid.map((g) => g.spearman));
  const standardError = (1 - top * top) / Math.sqrt(Math.max(1, samples.length - 3));
  const choice = grid
    .filter((g) => g.spearman >= top - standardError)
    .sort((a, b) => b.lexicon - a.lexicon || b.penalty - a.penalty)[0] as (typeof grid)[number];
  const words = fitWords(
    profiles,
    samples.map((s) => s.target),
    choice.penalty,
  );
  const fitted = { weights, words, lexicon: choice.lexicon };
  // The curve reads tones as unseen text gives them: each review's from weights fitted without it.
  const curve = fitCalibration(samples.map((s, i) => ({ tone: choice.tones[i] ?? 0, score: s.target })));
  return { ...fitted, ...curve, penalty: choice.penalty, spearman: best, crossValidated: choice.spearman };
}
