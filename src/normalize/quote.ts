import { type Block, blockText } from './blocks.ts';
import { CALIBRATION, isPromo, readSentence, toneOf } from './estimate.ts';
import { countWords, splitSentences } from './text/index.ts';

const MIN_WORDS = 8;
const MAX_WORDS = 30;
const MAX_CHARS = 200;
/** Sentences in the first and last paragraphs, where critics put verdicts, count this much more. */
const VERDICT_PARAGRAPH = 2;
/** A sentence that opens by leaning on the one before ("But …", "And …") reads badly alone. */
const LEANS_BACK = /^(?:but|and|or|so|yet|still|also|then|instead|however)\b/i;
/** … so it counts this much. */
const LEANS_BACK_WEIGHT = 0.5;
/** A sentence whose tone is weaker than this is description, not a verdict. */
const MIN_TONE = 0.2;
/** What pickQuote returns when no block has any text at all (the schema needs a non-empty quote). */
const NOTHING = '…';

/** A closing mark: a pull quote is a whole sentence, ended by a full stop or an exclamation mark. */
const ENDS_SENTENCE = /[.!…]["'”’)]*$/u;
/** Opens like prose: a capital, a digit or an opening quote (not a fragment that starts mid-thought). */
const STARTS_SENTENCE = /^["'“‘(]?[\p{Lu}\p{N}]/u;

interface Candidate {
  text: string;
  /** The sentence's tone in the direction the review leans: positive when it agrees. */
  tone: number;
  /** Tone agreeing with the review's overall lean, weighted by position; higher is better. */
  rank: number;
  order: number;
}

/** Cuts text to at most `maxWords` words and `maxChars` characters on a word boundary, adding "…". */
function truncate(text: string, maxWords: number, maxChars: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= maxWords && text.length <= maxChars) return text;
  let out = '';
  for (const word of words.slice(0, maxWords)) {
    const next = out ? `${out} ${word}` : word;
    if (next.length > maxChars - 1) break;
    out = next;
  }
  // A single word longer than the limit is cut inside the word.
  if (!out) out = (words[0] ?? '').slice(0, maxChars - 1);
  return `${out.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** Whether a sentence has a pull quote's shape: 8–30 words, ≤ 200 characters, a statement, no promo. */
function quoteShaped(sentence: string): boolean {
  const words = countWords(sentence);
  return (
    words >= MIN_WORDS &&
    words <= MAX_WORDS &&
    sentence.length <= MAX_CHARS &&
    ENDS_SENTENCE.test(sentence) &&
    STARTS_SENTENCE.test(sentence) &&
    !isPromo(sentence)
  );
}

/*
 * The pull quote is a whole sentence of 8–30 words (≤ 200 characters) from a paragraph: not a
 * heading, list item, blockquote, question, promo line, plot retelling or spoiler. Among those, the
 * one whose VADER tone is strongest in the direction the whole review leans wins, sentences of the
 * first and last paragraphs counting double and those opening on "But"/"And" half. Failing that,
 * the first non-spoiler sentence, cut on a word boundary with "…".
 */

/** A short, spoiler-free sentence that sums up the review's verdict, for use as a pull quote. */
export function pickQuote(blocks: readonly Block[], isSpoiler: (sentence: string) => boolean): string {
  const paragraphs = blocks.filter((b) => b.type === 'paragraph').map((b) => splitSentences(b.text));
  const lean =
    toneOf(
      blocks
        .filter((b) => b.type !== 'heading')
        .map(blockText)
        .join('\n'),
    ) - CALIBRATION.center;
  const direction = lean < 0 ? -1 : 1;

  const candidates: Candidate[] = [];
  paragraphs.forEach((sentences, p) => {
    const position = p === 0 || p === paragraphs.length - 1 ? VERDICT_PARAGRAPH : 1;
    for (const text of sentences) {
      if (!quoteShaped(text)) continue;
      const read = readSentence(text);
      if (read.plot || isSpoiler(text)) continue;
      const tone = read.tone * direction;
      const rank = tone * position * (LEANS_BACK.test(text) ? LEANS_BACK_WEIGHT : 1);
      if (tone > 0) candidates.push({ text, tone, rank, order: candidates.length });
    }
  });
  // A verdict: strong tone, best ranked. Else a quotable sentence that at least leans the right way.
  const byRank = (a: Candidate, b: Candidate): number => b.rank - a.rank || a.order - b.order;
  const verdict = candidates.filter((c) => c.tone >= MIN_TONE).sort(byRank)[0] ?? candidates.sort(byRank)[0];
  return verdict ? verdict.text : fallback(blocks, isSpoiler);
}

/** The first non-spoiler sentence of the prose (else of any block), cut to quote length. */
function fallback(blocks: readonly Block[], isSpoiler: (sentence: string) => boolean): string {
  const prose = blocks.filter((b) => b.type === 'paragraph' || b.type === 'blockquote');
  for (const group of [prose, blocks]) {
    for (const block of group) {
      for (const sentence of splitSentences(blockText(block))) {
        if (!isSpoiler(sentence) && !isPromo(sentence)) return truncate(sentence, MAX_WORDS, MAX_CHARS);
      }
    }
  }
  return NOTHING;
}
