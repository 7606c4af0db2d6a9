import { VERDICT } from '../lexicon.ts';
import { wordListPattern } from '../text/pattern.ts';

/** Each word list of praise or fault with the weight of one of its words. */
const GRADES: readonly (readonly [RegExp, number])[] = [
  [wordListPattern(VERDICT.strongFault), -2],
  [wordListPattern(VERDICT.strongPraise), 2],
  [wordListPattern(VERDICT.fault), -1],
  [wordListPattern(VERDICT.praise), 1],
  [wordListPattern(VERDICT.faintFault), -0.5],
  [wordListPattern(VERDICT.faintPraise), 0.5],
  // Matched like the rest, so that they block the words inside them, and never counted.
  [wordListPattern(VERDICT.shadows), 0],
];
const NEGATORS = wordListPattern(VERDICT.negators);
const CONTRAST = wordListPattern(VERDICT.contrasts);
const CONCESSION = wordListPattern(VERDICT.concessions);
/** A word inside a concession's clause weighs this much. */
const CONCEDED = 0.6;
/** A negator reaches this far back, in characters, before a word of praise or fault. */
const REACH = 40;
/** After a contrast word a word weighs this much; before it, `BEFORE_CONTRAST`. */
const AFTER_CONTRAST = 1.5;
const BEFORE_CONTRAST = 0.6;
/** A negated word of praise counts this much the other way ("not great" is milder than "bad"). */
const NEGATED_PRAISE = 0.7;
/** A negated word of fault counts this much the other way: "not bad" is faint praise. */
const NEGATED_FAULT = 0.3;

/**
 * Whether the words just before a word of praise or fault turn it around: a negator among the last
 * four words, unless a second one within six turns it back ("None of that stopped me grinning").
 */
function isNegated(before: string): boolean {
  const words = before.trim().split(/\s+/u);
  const count = (text: string) => [...text.matchAll(NEGATORS)].length;
  return count(words.slice(-4).join(' ')) > 0 && count(words.slice(-6).join(' ')) % 2 === 1;
}

/**
 * A tone said the other way round ("not great", "not bad", or "No." to "Is it good?"): praise turns
 * to milder fault, and fault to faint praise.
 * @param tone the tone as said, before the turn
 */
export function turned(tone: number): number {
  return -tone * (tone > 0 ? NEGATED_PRAISE : NEGATED_FAULT);
}

/** One word of praise or fault found in a sentence, with its signed weight. */
export interface VerdictHit {
  text: string;
  at: number;
  value: number;
}

/**
 * The critic's words of praise and fault in one sentence (content/lexicon/verdict.yaml), each ±1,
 * ±2 when strong or ±0.5 when faint, turned around by a negator in the four words before it, and weighted by where it stands
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
  // Every match of every list, longest first: "not enough" is read before "enough".
  const found = GRADES.flatMap(([re, grade]) =>
    [...sentence.matchAll(re)].map((m) => ({ text: m[0], at: m.index, grade })),
  ).sort((a, b) => b.text.length - a.text.length || a.at - b.at);
  const hits: VerdictHit[] = [];
  for (const m of found) {
    const end = m.at + m.text.length;
    if (hits.some((h) => m.at < h.at + h.text.length && end > h.at)) continue;
    const negated = isNegated(sentence.slice(Math.max(0, m.at - REACH), m.at));
    let value = negated ? turned(m.grade) : m.grade;
    if (pivot >= 0) value *= m.at > pivot ? AFTER_CONTRAST : BEFORE_CONTRAST;
    if (conceded.some(([s, e]) => m.at >= s && m.at < e)) value *= CONCEDED;
    hits.push({ text: m.text, at: m.at, value });
  }
  return hits.filter((h) => h.value !== 0).sort((a, b) => a.at - b.at);
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
