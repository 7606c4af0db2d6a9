import type { Block } from '../blocks.ts';
import { splitSentences } from '../text/index.ts';
import type { Kind, Rule } from './rule.ts';
import { KEY_WORDS, RULES } from './rules.ts';

export interface Cue {
  cue: string;
  kind: Kind;
  mention: boolean;
  /** A cue the premise may state (a death, a betrayal, who is sent after whom). */
  premise: boolean;
}

/** "I won't spoil", "without revealing": the sentence withholds, it does not reveal. */
const WITHHOLDS =
  /\b(?:won['’]?t|will\s+not|without|not\s+going\s+to|can['’]?t|cannot|shouldn['’]?t|wouldn['’]?t|(?:don['’]?t|do\s+not)\s+want\s+to)\s+(?:reveal(?:ing)?|say(?:ing)?|tell(?:ing)?|giv(?:e|ing)|spoil(?:ing)?|discuss(?:ing)?|ruin(?:ing)?)\b/i;
/** Backstory and real-world context: a death here is premise or an actor's, not a plot reveal. */
const BACKSTORY =
  /\b(?:as\s+a\s+(?:young\s+)?(?:child|girl|boy|kid)|childhood|backstory|prologue|flashbacks?|origin\s+story|years\s+(?:ago|earlier|before)|in\s+(?:her|his|their)\s+past|tragic\s+past|haunted\s+by|passed\s+away|in\s+real\s+life|in\s+memoriam|before\s+(?:the\s+)?(?:film['’]s\s+)?(?:release|premiere)|(?:19|20)\d\d)\b/i;
const PREMISE_PREFIX = /\b(?:after|since|following|witness(?:es|ed|ing)?|aveng(?:e|es|ing))\b/i;
const FAMILY = /\b(?:father|mother|dad|mom|mum|parents?|family|brother|sister|husband|wife|daughter|son)\b/i;
/** How far back a `before` pattern looks. */
const LOOKBACK = 120;

/** The clause of `s` before position `at` (back to the last comma, dash, colon or bracket). */
function clauseBefore(s: string, at: number): string {
  let i = at;
  while (i > 0 && !',;:(—–'.includes(s.charAt(i - 1))) i--;
  return s.slice(i, at);
}

/**
 * The first acceptable match of one rule: its position (lead included) and cue. `loose` skips the
 * premise checks, for a quick look at a whole block before it is split into sentences.
 */
function matchRule(
  r: Rule,
  text: string,
  backstory: () => boolean,
  loose: boolean,
): { at: number; cue: string } | null {
  r.re.lastIndex = 0;
  for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
    const tail = text.slice(Math.max(0, m.index - LOOKBACK), m.index);
    const lead = r.before?.exec(tail);
    if (r.before && !lead) continue;
    if (r.notBefore?.test(tail)) continue;
    if (r.premise && !loose) {
      if (backstory()) return null;
      const before = clauseBefore(text, m.index);
      if (PREMISE_PREFIX.test(before) && FAMILY.test(before + m[0])) continue;
    }
    const leadText = lead?.groups?.lead ?? '';
    return { at: m.index - leadText.length, cue: `${leadText}${m[0]}`.trim() };
  }
  return null;
}

export function findCue(sentence: string, loose = false): Cue | null {
  let backstory: boolean | undefined;
  const isBackstory = (): boolean => {
    backstory ??= BACKSTORY.test(sentence);
    return backstory;
  };
  const present = Array.from(sentence.matchAll(KEY_WORDS), (k) => k[0].toLowerCase());
  if (present.length === 0) return null;
  let best: { at: number; found: Cue } | null = null;
  for (const r of RULES) {
    if (!r.keys.some((key) => present.some((word) => word.startsWith(key)))) continue;
    const m = matchRule(r, sentence, isBackstory, loose);
    if (m && (!best || m.at < best.at)) {
      best = {
        at: m.at,
        found: { cue: m.cue, kind: r.kind, mention: r.mention === true, premise: r.premise === true },
      };
      if (loose) break;
    }
  }
  if (!best || (!loose && WITHHOLDS.test(sentence))) return null;
  return best.found;
}

/** The detection cue in one sentence (e.g. "dies", "turns out", "the ending"), or null. */
export function spoilerCue(sentence: string): string | null {
  return findCue(sentence)?.cue ?? null;
}

/** The first cue in a block's text, sentence by sentence (list items one by one). */
export function blockCue(block: Block): Cue | null {
  const parts = block.type === 'list' ? block.items : [block.text];
  for (const part of parts) {
    // Splitting into sentences is the costly part: only for text where some rule matches at all.
    if (!findCue(part, true)) continue;
    for (const sentence of splitSentences(part)) {
      const found = findCue(sentence);
      if (found) return found;
    }
  }
  return null;
}
