/**
 * The detection vocabulary of the spoiler stage: text patterns for a character's fate, betrayal,
 * twists, plot reveals and the ending. Each rule matches on its rarest words first and checks the
 * words before them separately, on a short tail of the sentence: no pattern starts with a costly
 * alternation, and every quantifier is bounded or anchored on literal words.
 */

import { FATE_RULES } from './fate-rules.ts';
import { REVEAL_RULES } from './reveal-rules.ts';
import type { Rule } from './rule.ts';

/** The earliest match in a sentence wins; ties go to the earlier rule. */
export const RULES: readonly Rule[] = [...FATE_RULES, ...REVEAL_RULES];

/** One scan finds the key words present in a text; only the rules they gate run. */
export const KEY_WORDS = new RegExp(
  String.raw`\b(?:${[...new Set(RULES.flatMap((r) => r.keys))].join('|')})\w*`,
  'gi',
);
