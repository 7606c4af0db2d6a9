import type { Block } from './blocks.ts';
import { applyWeights, sentenceFeatures } from './estimate/index.ts';
import { TONE_CALIBRATION } from './lexicon.ts';
import { countWords, furnitureKind } from './text/index.ts';

const MIN_WORDS = 6;
const MAX_WORDS = 32;
const MAX_CHARS = 220;
/** A sentence that opens by leaning on the one before ("But …", "And …") reads badly alone. */
const LEANS_BACK = /^(?:but|and|or|so|yet|still|also|then|instead|however|neither|nor)\b/i;
/** Words that make a sentence judge the film as a whole rather than one of its parts. */
const WHOLE_FILM =
  /\b(?:film|movie|picture|it['’]s|it is|this one|spin-?off|sequel|entry|instalment|installment)\b/iu;
const WHOLE_FILM_WEIGHT = 2;
/** A closing mark: a pull quote is a whole statement, ended by a full stop or an exclamation mark. */
const ENDS_STATEMENT = /[.!…]["'”’)]*$/u;
/** Opens like prose: a capital, a digit or an opening quote (not a fragment that starts mid-thought). */
const STARTS_SENTENCE = /^["'“‘(]?[\p{Lu}\p{N}]/u;
/** A labelled line ("Verdict: …", "Director: …", "Rating: …") is page structure, not a sentence. */
const LABELLED = /^[\p{L}\p{N}'’&. ]{1,30}:\s/u;

/** Whether a sentence has a pull quote's shape: a whole statement of 6–32 words, no furniture. */
function quoteShaped(sentence: string): boolean {
  const words = countWords(sentence);
  return (
    words >= MIN_WORDS &&
    words <= MAX_WORDS &&
    sentence.length <= MAX_CHARS &&
    ENDS_STATEMENT.test(sentence) &&
    STARTS_SENTENCE.test(sentence) &&
    !LABELLED.test(sentence) &&
    furnitureKind(sentence) === null
  );
}

/**
 * The pull quote: one evaluative sentence about this film that agrees with the verdict, from the
 * verdict where there is one. It is a statement of 6–32 words from the review's visible prose, never
 * a question, a credits, metadata or furniture line, plot summary, a sentence naming another film
 * or one that hints at a reveal.
 * Sentences of the opening and closing paragraphs weigh most, as in the estimate.
 * @param visible the review's blocks outside spoiler regions
 * @param lean which way the review leans: positive, negative, or 0 when unknown
 * @param otherFilm names of other films: a sentence naming one is about that film
 * @param names words that make a sentence talk about the film (see filmTalkNames)
 * @param hintsAtReveal the spoiler stage's test for a sentence that touches the story's secrets
 * @returns the sentence, or null when no sentence qualifies
 */
export function pickQuote(
  visible: readonly Block[],
  lean: number,
  otherFilm: RegExp | null,
  names?: ReadonlySet<string>,
  hintsAtReveal: (sentence: string) => boolean = () => false,
): string | null {
  const prose = visible.filter((b) => b.type === 'paragraph' || b.type === 'blockquote');
  const direction = lean < 0 ? -1 : 1;
  let best: { text: string; rank: number } | null = null;
  // Ranked as the estimate weighs them, except that announcing a verdict ("See it") is no merit here.
  const weights = { ...TONE_CALIBRATION.weights, verdictCue: 1, plot: 0, others: 0 };
  for (const s of applyWeights(sentenceFeatures(null, prose, { names }), weights)) {
    if (!quoteShaped(s.text) || otherFilm?.test(s.text) || hintsAtReveal(s.text)) continue;
    const agreement = s.tone * direction;
    if (agreement <= 0 || s.weight < 0.5) continue;
    const rank =
      agreement *
      s.weight *
      (LEANS_BACK.test(s.text) ? 0.5 : 1) *
      (WHOLE_FILM.test(s.text) ? WHOLE_FILM_WEIGHT : 1);
    if (!best || rank > best.rank) best = { text: s.text, rank };
  }
  return best?.text ?? null;
}
