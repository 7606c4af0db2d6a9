import type { ToneCalibration } from '../../schemas/lexicon.ts';
import { TONE_CALIBRATION, VERDICT } from '../lexicon.ts';
import { wordsOf } from '../text/index.ts';
import type { SentenceFeatures, WeightedSentence } from './document.ts';

/** A review's words as the fitted word weights read them: each word's share of the review. */
export type WordProfile = ReadonlyMap<string, number>;

const NEUTRAL = new Set(VERDICT.neutral);
const NEGATORS = new Set(VERDICT.negators.filter((n) => !n.includes(' ')));
/** A negator marks this many words after it ("never once dull": `not:dull`). */
const NEGATED_SPAN = 3;
/** Keeps a review with few words of judgement from leaning on them as hard as a long one. */
const SMOOTHING = 3;
/** Shorter words ("a", "is", "it") say nothing of tone. */
const MIN_LETTERS = 3;

/**
 * The words a review uses as names: capitalized inside a sentence of its prose (a character, an
 * actor, a place, a title), wherever else they stand. A headline in title case names nothing.
 */
function namesIn(features: readonly SentenceFeatures[]): Set<string> {
  const names = new Set<string>();
  for (const f of features) {
    if (f.place === 'headline') continue;
    wordsOf(f.text).forEach((word, k) => {
      if (k > 0 && /^\p{Lu}/u.test(word)) names.add(word.toLowerCase().replace(/’/gu, "'"));
    });
  }
  return names;
}

/**
 * The words a review judges its film with, for the learned word weights: every word of the sentences
 * that judge (plot summary, questions and sentences about other films leave theirs out), counted by the
 * sentence's weight, with names and numbers left out (names carry no tone, whatever the film) and a
 * word just after a negator read as its negation.
 * @param features the review's sentences as sentenceFeatures read them
 * @param weighted the same sentences with their weights (applyWeights)
 * @param filmNames lower-case words of the film's title and people (see filmTalkNames)
 * @returns each word's weight, scaled so that the squares sum to just under 1 in a long review and
 *   less in a short one (empty when no word counts)
 */
export function wordProfile(
  features: readonly SentenceFeatures[],
  weighted: readonly WeightedSentence[],
  filmNames: ReadonlySet<string> = new Set(),
): WordProfile {
  const names = namesIn(features);
  for (const name of filmNames) names.add(name);
  const counts = new Map<string, number>();
  features.forEach((f, i) => {
    const weight = weighted[i]?.weight ?? 0;
    // A question asserts nothing (its answer, where there is one, holds the judgement).
    if (f.plot || f.otherFilm || weight === 0 || f.text.trimEnd().endsWith('?')) return;
    let negated = 0;
    for (const word of wordsOf(f.text.replace(/’/gu, "'"))) {
      const lower = word.toLowerCase();
      if (NEGATORS.has(lower)) {
        negated = NEGATED_SPAN;
        continue;
      }
      if (NEUTRAL.has(lower) || names.has(lower) || /\p{N}/u.test(word) || lower.length < MIN_LETTERS)
        continue;
      const key = negated > 0 ? `not:${lower}` : lower;
      negated = Math.max(0, negated - 1);
      counts.set(key, (counts.get(key) ?? 0) + weight);
    }
  });
  const norm = Math.sqrt([...counts.values()].reduce((sum, v) => sum + v * v, 0));
  if (norm === 0) return counts;
  return new Map([...counts].map(([word, v]) => [word, v / (norm + SMOOTHING)]));
}

/**
 * How positive a review's words are by the word weights fitted on the dev split: Σ weight × share.
 * @param profile the review's words (wordProfile)
 * @param words the fitted weights; the committed ones by default
 */
export function wordTone(
  profile: WordProfile,
  words: ToneCalibration['words'] = TONE_CALIBRATION.words,
): number {
  let sum = 0;
  for (const [word, share] of profile) if (Object.hasOwn(words, word)) sum += (words[word] ?? 0) * share;
  return sum;
}
