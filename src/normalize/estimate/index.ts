import type { EstimatedRating } from '../../schemas/review.ts';
import type { Block } from '../blocks.ts';
import { TONE_CALIBRATION } from '../lexicon.ts';
import { countWords } from '../text/index.ts';
import { calibrate } from './calibration.ts';
import {
  applyWeights,
  type SentenceFeatures,
  sentenceFeatures,
  type ToneContext,
  type WeightedSentence,
} from './document.ts';
import { wordProfile, wordTone } from './words.ts';

export { calibrate, fitCalibration } from './calibration.ts';
export {
  applyWeights,
  type SentenceFeatures,
  sentenceFeatures,
  type ToneContext,
  weightedSentences,
} from './document.ts';
export { filmTalkNames, isPlotSentence } from './plot.ts';
export { verdictHits, verdictTone } from './verdict.ts';
export { type WordProfile, wordProfile, wordTone } from './words.ts';

const MIN_EVIDENCE = 3;
const MAX_EVIDENCE = 6;
const EVIDENCE_CHARS = 120;
/** Words after which the length factor of the confidence reaches 1 − 1/e. */
const CONFIDENCE_WORDS = 150;
/** Agreement factor when praise and complaint cancel out exactly. */
const MIXED_AGREEMENT = 0.35;

/**
 * The weighted tone of scored sentences, −1 … 1: Σ w·t / (Σ w·|t| + smoothing).
 * @param sentences the review's weighted sentences
 * @param smoothing keeps a review with a single word of praise from reading as a rave
 */
export function meanTone(
  sentences: readonly WeightedSentence[],
  smoothing = TONE_CALIBRATION.weights.smoothing,
): number {
  let net = 0;
  let total = 0;
  for (const s of sentences) {
    net += s.weight * s.tone;
    total += s.weight * Math.abs(s.tone);
  }
  return net / (total + smoothing);
}

/**
 * The review's raw tone before the curve: its words by the fitted word weights, plus the verdict
 * lexicon's weighted tone (meanTone) at the share the fit gave it.
 */
function rawTone(
  features: readonly SentenceFeatures[],
  weighted: readonly WeightedSentence[],
  names: ReadonlySet<string> = new Set(),
): number {
  return wordTone(wordProfile(features, weighted, names)) + TONE_CALIBRATION.lexicon * meanTone(weighted);
}

function clip(text: string): string {
  if (text.length <= EVIDENCE_CHARS) return text;
  const cut = text.slice(0, EVIDENCE_CHARS - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EVIDENCE_CHARS / 2)).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** The visible sentences that pulled the estimate most toward where it landed, strongest first. */
function evidenceOf(sentences: readonly WeightedSentence[], direction: number): string[] {
  return sentences
    .map((s, index) => ({ s, index, pull: direction * s.weight * s.tone }))
    .filter((r) => r.pull > 0 && !r.s.hidden)
    .sort((a, b) => b.pull - a.pull || a.index - b.index)
    .slice(0, MAX_EVIDENCE)
    .map((r) => clip(r.s.text))
    .filter((text, i, all) => all.indexOf(text) === i);
}

/** A 0–1 heuristic of how much the estimate rests on (length × agreement × evidence); not shown to readers. */
function confidenceOf(sentences: readonly WeightedSentence[], toned: number): number {
  let net = 0;
  let total = 0;
  let words = 0;
  for (const s of sentences) {
    net += s.weight * s.tone;
    total += s.weight * Math.abs(s.tone);
    words += countWords(s.text);
  }
  if (total === 0) return 0;
  const length = 1 - Math.exp(-words / CONFIDENCE_WORDS);
  const agreement = MIXED_AGREEMENT + (1 - MIXED_AGREEMENT) * (Math.abs(net) / total);
  return Math.round(length * agreement * Math.min(1, toned / MIN_EVIDENCE) * 100) / 100;
}

/**
 * Estimates a 0–100 score from the review's verdict: its words of praise and fault and its judging
 * words by their fitted weights, the headline, opening, closing and verdict sentences weighing more
 * and plot summary much less.
 * @param title the review's headline, when the page has one
 * @param blocks the review's body blocks
 * @param context the film's names, the spoiler regions (their text counts but is never evidence),
 *   other films (a sentence naming one judges that film) and the explicit rating (its neighbours
 *   are the verdict)
 * @returns the estimate with its confidence and evidence, or null when the text says too little
 */
export function estimateScore(
  title: string | null,
  blocks: readonly Block[],
  context: ToneContext = {},
): EstimatedRating | null {
  const features = sentenceFeatures(title, blocks, context);
  const sentences = applyWeights(features);
  const toned = sentences.filter((s) => s.tone !== 0).length;
  if (toned < TONE_CALIBRATION.minEvidence) return null;
  const tone = rawTone(features, sentences, context.names);
  return {
    score: calibrate(tone),
    confidence: confidenceOf(sentences, toned),
    evidence: evidenceOf(sentences, tone < TONE_CALIBRATION.center ? -1 : 1),
  };
}
