import type { ToneWeights } from '../../schemas/lexicon.ts';
import type { Block } from '../blocks.ts';
import { FILMS, TONE_CALIBRATION, VERDICT } from '../lexicon.ts';
import { bareLine, countWords, splitSentences } from '../text/index.ts';
import { leadingWordListPattern, wordListPattern } from '../text/pattern.ts';
import { isPlotSentence } from './plot.ts';
import { turned, verdictTone } from './verdict.ts';

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
const YES = leadingWordListPattern(VERDICT.answers.yes);
const NO = leadingWordListPattern(VERDICT.answers.no);
/** A paragraph of more words than this is prose, which can open or close the review. */
const PROSE_WORDS = 12;
/** An answer to the critic's own question is at most this many words. */
const ANSWER_WORDS = 6;
const OTHER_FILMS_SECTION = leadingWordListPattern(FILMS.otherFilmSections);
const PROS = new Set(VERDICT.prosHeadings);
const CONS = new Set(VERDICT.consHeadings);

/** Which way a list leans, from the heading or label line just before it. */
function listLean(label: string | undefined): number {
  if (!label) return 0;
  const bare = bareLine(label).replace(/:.*$/u, '');
  return PROS.has(bare) ? 1 : CONS.has(bare) ? -1 : 0;
}

/**
 * The tone of a paragraph's sentences once questions are read with their answers: a question
 * asserts nothing, and a short answer right after it ("Is it good? Not quite.") takes the question's
 * tone, kept by a yes and turned by a no as a negator turns it (content/lexicon/verdict.yaml, answers).
 */
function answeredTones(sentences: readonly string[]): number[] {
  const tones = sentences.map((text) => verdictTone(text));
  sentences.forEach((text, i) => {
    if (!text.trimEnd().endsWith('?')) return;
    const asked = tones[i] ?? 0;
    tones[i] = 0;
    const answer = sentences[i + 1];
    if (answer === undefined || answer.trimEnd().endsWith('?') || countWords(answer) > ANSWER_WORDS) return;
    const answered = NO.test(answer.trim()) ? turned(asked) : YES.test(answer.trim()) ? asked : 0;
    if (answered !== 0 && tones[i + 1] === 0) tones[i + 1] = answered;
  });
  return tones;
}

/**
 * Marks the sentence holding the rating and its neighbours in the same paragraph; a rating on a
 * line of its own ("My score: 7/10") marks the sentences just before and after that line.
 */
function markNearRating(out: SentenceFeatures[], blockOf: readonly number[], rating: string | null): void {
  const at = rating ? out.findIndex((f) => f.text.includes(rating)) : -1;
  if (at < 0) return;
  const alone = blockOf[at - 1] !== blockOf[at] && blockOf[at + 1] !== blockOf[at];
  for (const i of [at - 1, at, at + 1]) {
    const f = out[i];
    if (f && (alone || blockOf[i] === blockOf[at])) f.nearRating = true;
  }
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
  /** It names another film (see otherFilmPattern) or sits after a turn to other films ("Also watched:"). */
  otherFilm: boolean;
  /** It sits in a spoiler region: it counts, but is never shown as evidence. */
  hidden: boolean;
  /** It holds the critic's rating, or stands right before or after the sentence that does. */
  nearRating: boolean;
}

/** What the estimate knows of the review beyond its text. */
export interface ToneContext {
  /** Words that make a sentence talk about the film (see filmTalkNames). */
  names?: ReadonlySet<string>;
  /** For each block, whether it sits in a spoiler region. */
  hidden?: readonly boolean[];
  /** Names of other films (see otherFilmPattern). */
  otherFilm?: RegExp | null;
  /** The text of the critic's explicit rating, when the review has one ("4.5/5"). */
  rating?: string | null;
}

/**
 * The review's sentences with what makes them weigh: where they stand, whether they retell the
 * plot, announce the verdict or report others' opinions. Headings and the credits block carry none.
 * @param title the review's headline, when the page has one
 * @param blocks the review's body blocks
 * @param context the film's names, the spoiler regions, other films and the explicit rating
 */
export function sentenceFeatures(
  title: string | null,
  blocks: readonly Block[],
  context: ToneContext = {},
): SentenceFeatures[] {
  const { names = new Set<string>(), hidden = [], otherFilm = null, rating = null } = context;
  let inSpoiler = false;
  let elsewhere = false;
  const read = (text: string, place: Place, lean = 0, tone = verdictTone(text)): SentenceFeatures => ({
    text,
    tone,
    place,
    lean,
    plot: isPlotSentence(text, names),
    cue: CUE.test(text),
    others: OTHERS_CUE.test(text),
    otherFilm: elsewhere || (otherFilm?.test(text) ?? false),
    hidden: inSpoiler,
    nearRating: false,
  });
  // A headline that asks ("Can she carry the franchise?") asserts nothing.
  const out: SentenceFeatures[] = title ? [read(title, 'headline', 0, answeredTones([title])[0])] : [];
  /** For each sentence read, the block it comes from (−1 for the headline). */
  const blockOf: number[] = out.map(() => -1);
  // Prose paragraphs: a short line after the review (a rating, a runtime, a sign-off) is no closing.
  const paragraphs = blocks.flatMap((b, i) =>
    (b.type === 'paragraph' || b.type === 'blockquote') && countWords(b.text) > PROSE_WORDS ? [i] : [],
  );
  const opening = paragraphs[0];
  const closing = new Set(paragraphs.slice(-2));
  blocks.forEach((block, i) => {
    if (block.type === 'heading' || (block.type === 'list' && block.credits)) return;
    inSpoiler = hidden[i] === true;
    if (block.type !== 'list' && OTHER_FILMS_SECTION.test(bareLine(block.text))) elsewhere = true;
    if (block.type === 'list') {
      const before = blocks[i - 1];
      const lean = listLean(before && before.type !== 'list' ? before.text : undefined);
      for (const item of block.items) {
        out.push(read(item, 'list', lean));
        blockOf.push(i);
      }
      return;
    }
    const place: Place = i === opening ? 'opening' : closing.has(i) ? 'closing' : 'body';
    const sentences = splitSentences(block.text);
    const tones = answeredTones(sentences);
    sentences.forEach((text, k) => {
      out.push(read(text, place, 0, tones[k]));
      blockOf.push(i);
    });
  });
  markNearRating(out, blockOf, rating);
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
      (f.otherFilm ? weights.otherFilm : 1) *
      (f.nearRating ? weights.nearRating : 1),
  }));
}

/**
 * The review's sentences with their tone and weight (sentenceFeatures, then applyWeights).
 * @param title the review's headline, when the page has one
 * @param blocks the review's body blocks
 * @param context the film's names, the spoiler regions, other films and the explicit rating
 */
export function weightedSentences(
  title: string | null,
  blocks: readonly Block[],
  context?: ToneContext,
): WeightedSentence[] {
  return applyWeights(sentenceFeatures(title, blocks, context));
}
