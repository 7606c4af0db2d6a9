import type { ToneWeights } from '../../schemas/lexicon.ts';
import type { Block } from '../blocks.ts';
import { TONE_CALIBRATION, VERDICT } from '../lexicon.ts';
import { bareLine, splitSentences } from '../text/index.ts';
import { wordListPattern } from '../text/pattern.ts';
import { isPlotSentence } from './plot.ts';
import { verdictTone } from './verdict.ts';

/** A sentence of the review as the estimate reads it: its tone and how much it counts. */
export interface WeightedSentence {
  text: string;
  /** It sits in a spoiler region. */
  hidden: boolean;
  tone: number;
  weight: number;
}

const CUE = wordListPattern(VERDICT.verdictCues, 'iu');
const OTHERS_CUE = wordListPattern(VERDICT.others, 'iu');
const PROS = new Set(VERDICT.prosHeadings);
const CONS = new Set(VERDICT.consHeadings);

/** Which way a list leans, from the heading or label line just before it. */
function listLean(label: string | undefined): number {
  if (!label) return 0;
  const bare = bareLine(label).replace(/:.*$/u, '');
  return PROS.has(bare) ? 1 : CONS.has(bare) ? -1 : 0;
}

/** Where a sentence stands, for its weight: the headline, the opening or closing prose, a list item. */
export type Place = 'headline' | 'opening' | 'closing' | 'body' | 'list';

/** What the estimate knows of a sentence before any weight is applied. */
export interface SentenceFeatures {
  text: string;
  /** Its words of praise and fault (see verdictTone). */
  tone: number;
  place: Place;
  /** +1 for a pros item, −1 for a cons item, else 0. */
  lean: number;
  plot: boolean;
  cue: boolean;
  others: boolean;
  /** It names another film (see otherFilmPattern). */
  otherFilm: boolean;
  /** It sits in a spoiler region: it counts, but is never shown as evidence. */
  hidden: boolean;
}

/**
 * The review's sentences with what makes them weigh: where they stand, whether they retell the
 * plot, announce the verdict or report others' opinions. Headings and the credits block carry none.
 * @param title the review's headline, when the page has one
 * @param blocks the review's body blocks
 * @param names words that make a sentence talk about the film (see filmTalkNames)
 * @param hidden for each block, whether it sits in a spoiler region
 * @param otherFilm names of other films (see otherFilmPattern)
 */
export function sentenceFeatures(
  title: string | null,
  blocks: readonly Block[],
  names: ReadonlySet<string> = new Set(),
  hidden: readonly boolean[] = [],
  otherFilm: RegExp | null = null,
): SentenceFeatures[] {
  let inSpoiler = false;
  const read = (text: string, place: Place, lean = 0): SentenceFeatures => ({
    text,
    tone: verdictTone(text),
    place,
    lean,
    plot: isPlotSentence(text, names),
    cue: CUE.test(text),
    others: OTHERS_CUE.test(text),
    otherFilm: otherFilm?.test(text) ?? false,
    hidden: inSpoiler,
  });
  const out: SentenceFeatures[] = title ? [read(title, 'headline')] : [];
  const paragraphs = blocks.flatMap((b, i) => (b.type === 'paragraph' || b.type === 'blockquote' ? [i] : []));
  const opening = paragraphs[0];
  const closing = new Set(paragraphs.slice(-2));
  blocks.forEach((block, i) => {
    if (block.type === 'heading' || (block.type === 'list' && block.credits)) return;
    inSpoiler = hidden[i] === true;
    if (block.type === 'list') {
      const before = blocks[i - 1];
      const lean = listLean(before && before.type !== 'list' ? before.text : undefined);
      for (const item of block.items) out.push(read(item, 'list', lean));
      return;
    }
    const place: Place = i === opening ? 'opening' : closing.has(i) ? 'closing' : 'body';
    for (const text of splitSentences(block.text)) out.push(read(text, place));
  });
  return out;
}

/**
 * Weighs read sentences: the headline, opening and closing paragraphs and verdict sentences count
 * more, plot summary and others' opinions less, pros and cons items lean their way.
 * @param features the review's sentences as sentenceFeatures read them
 * @param weights how much each kind counts; the fitted ones by default
 */
export function applyWeights(
  features: readonly SentenceFeatures[],
  weights: ToneWeights = TONE_CALIBRATION.weights,
): WeightedSentence[] {
  const placeWeight: Record<Place, number> = {
    headline: weights.headline,
    opening: weights.opening,
    closing: weights.closing,
    body: 1,
    list: 1,
  };
  return features.map((f) => ({
    text: f.text,
    hidden: f.hidden,
    tone: f.tone + f.lean * weights.listLean,
    weight:
      placeWeight[f.place] *
      (f.plot ? weights.plot : 1) *
      (f.cue ? weights.verdictCue : 1) *
      (f.others ? weights.others : 1) *
      (f.otherFilm ? weights.otherFilm : 1),
  }));
}

/**
 * The review's sentences with their tone and weight (sentenceFeatures, then applyWeights).
 * @param title the review's headline, when the page has one
 * @param blocks the review's body blocks
 * @param names words that make a sentence talk about the film (see filmTalkNames)
 */
export function weightedSentences(
  title: string | null,
  blocks: readonly Block[],
  names?: ReadonlySet<string>,
): WeightedSentence[] {
  return applyWeights(sentenceFeatures(title, blocks, names));
}
