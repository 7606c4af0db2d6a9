import { VERDICT } from '../lexicon.ts';
import { wordListPattern } from '../text/pattern.ts';

const PRAISE = wordListPattern(VERDICT.praise);
const FAULT = wordListPattern(VERDICT.fault);
const NEGATOR = new RegExp(`${wordListPattern(VERDICT.negators, 'iu').source}(?:\\s+\\S+){0,3}\\s*$`, 'iu');
const CONTRAST = wordListPattern(VERDICT.contrasts);
const CONCESSION = wordListPattern(VERDICT.concessions);
/** A word inside a concession's clause weighs this much. */
const CONCEDED = 0.6;
/** A negator reaches this far back, in characters, before a word of praise or fault. */
const REACH = 40;
/** After a contrast word a word weighs this much; before it, `BEFORE_CONTRAST`. */
const AFTER_CONTRAST = 1.5;
const BEFORE_CONTRAST = 0.6;
/** A negated word counts this much the other way ("not great" is milder than "bad"). */
const NEGATED = 0.7;

/** One word of praise or fault found in a sentence, with its signed weight. */
export interface VerdictHit {
  text: string;
  at: number;
  value: number;
}

/**
 * The critic's words of praise and fault in one sentence (content/lexicon/verdict.yaml), each +1 or
 * −1, turned around by a negator in the four words before it, and weighted by where it stands
 * against a contrast word ("fun, but hollow": the hollow counts more) or inside a concession
 * ("while it stumbles in parts, it hits hard": the stumbling counts less).
 * @param sentence one sentence of review text
 * @returns the hits, in order
 */
export function verdictHits(sentence: string): VerdictHit[] {
  const contrast = [...sentence.matchAll(CONTRAST)].at(-1);
  const pivot = contrast && contrast.index > 0 ? contrast.index : -1;
  const conceded = [...sentence.matchAll(CONCESSION)].map((m): [number, number] => {
    const close = sentence.slice(m.index).search(/[,;:]/u);
    return [m.index, close < 0 ? sentence.length : m.index + close];
  });
  const hits: VerdictHit[] = [];
  const taken: [number, number][] = [];
  for (const [re, sign] of [
    [FAULT, -1],
    [PRAISE, 1],
  ] as const) {
    for (const m of sentence.matchAll(re)) {
      const end = m.index + m[0].length;
      if (taken.some(([s, e]) => m.index < e && end > s)) continue;
      taken.push([m.index, end]);
      const negated = NEGATOR.test(sentence.slice(Math.max(0, m.index - REACH), m.index));
      let value = negated ? -sign * NEGATED : sign;
      if (pivot >= 0) value *= m.index > pivot ? AFTER_CONTRAST : BEFORE_CONTRAST;
      if (conceded.some(([s, e]) => m.index >= s && m.index < e)) value *= CONCEDED;
      hits.push({ text: m[0], at: m.index, value });
    }
  }
  return hits.sort((a, b) => a.at - b.at);
}

/**
 * How positive one sentence is, from its words of praise and fault: the sum of their weights,
 * kept within −2 … 2 so that one gushing sentence cannot outweigh a review.
 * @param sentence one sentence of review text
 */
export function verdictTone(sentence: string): number {
  const sum = verdictHits(sentence).reduce((a, h) => a + h.value, 0);
  return Math.max(-2, Math.min(2, sum));
}
