/**
 * Spoiler rules for what happens to a character: who dies, who is killed, and who betrays whom.
 * Each rule matches on its rarest words first and checks the words before them separately.
 */

import {
  B,
  BETRAY_VERB,
  FATE_VERB,
  KILL_VERB,
  NAME,
  NAME_WORD,
  OBJ,
  ROLE,
  ROLE_ADJ,
  SUBJECT_BEFORE,
} from './grammar.ts';
import { type Kind, type Rule, rule } from './rule.ts';

const FATE: Kind = "A character's fate";
/** The rules for a character's fate and for betrayal, in the order they are tried. */
export const FATE_RULES: readonly Rule[] = [
  // A character's fate: "Winston dies", "X is killed by Y", "kills the villain", "sacrifices herself".
  rule(
    'die perish surviv dead bites meets make killed murdered slain executed assassinated beheaded poisoned shot stabbed taken left',
    String.raw`\b${FATE_VERB}`,
    'u',
    FATE,
    { premise: true, before: SUBJECT_BEFORE.source.slice(0, -1) },
  ),
  rule(
    'kill murder execut assassinat slay slew take took finish poison behead strangl cut dispos',
    String.raw`\b${KILL_VERB}\s+${OBJ}`,
    'u',
    FATE,
    {
      premise: true,
      notBefore: String.raw`\b(?:who|that|which|whom)\s+(?:had\s+|has\s+|once\s+)?`,
    },
  ),
  // "Caine cutting Koji down", "Koji is cut down by Caine": the phrasal verb around its object, or
  // passive with its agent (not "the film is cut down to two hours").
  rule(
    'cut',
    String.raw`\bcut(?:s|ting)?\s+(?:${NAME}|him|her|them)\s+down\b|\b(?:is|was|gets|got)\s+cut\s+down\s+by\s+(?:${NAME}|the\s+\p{Lu}[\p{L}'’]*|(?:his|her|their|the)\s+(?:${ROLE_ADJ}\s+)?${ROLE}\b)`,
    'u',
    FATE,
    { premise: true },
  ),
  // "the loop costs Koji his life", "which costs her her life".
  rule(
    'cost',
    String.raw`\bcost(?:s|ing)?\s+(?:[^.,;]{1,60}?\s)?(?:his|her|their)\s+(?:own\s+)?(?:life|lives)\b`,
    'u',
    FATE,
    { premise: true },
  ),
  // A death told as the last of a character's deeds: "wins his duel, and dies there at sunrise".
  rule(
    'die perish',
    String.raw`(?:,\s*|\s)and\s+(?:then\s+|finally\s+|eventually\s+|promptly\s+|quietly\s+)?(?:dies|died|perishes|perished)\b`,
    'u',
    FATE,
    { premise: true },
  ),
  rule(
    'sacrific',
    String.raw`\bsacrific(?:es|ed|ing)\s+(?:herself|himself|themselves|(?:her|his|their)\s+(?:own\s+)?life)\b`,
    'iu',
    FATE,
  ),
  rule('kill', String.raw`\bkill(?:s|ed|ing)\s+off\b`, 'iu', FATE),
  rule(
    'spare let',
    String.raw`\b(?:spare[sd]\s+(?:her|his|their|${NAME_WORD}['’]s)\s+life|lets?\s+(?:her|him|them|${NAME_WORD})\s+live)\b`,
    'u',
    FATE,
  ),
  rule('excommunicado', String.raw`\bexcommunicado\b`, 'iu', FATE, {
    before: String.raw`${B}(?<lead>(?:is|gets|was|got|being)\s+(?:\p{L}+\s+)?(?:declared|branded|made|named)\s+)`,
  }),
  // Betrayal: "X betrays Y", "is betrayed by", "betrayed by her mentor"; not "a system that betrayed her".
  rule('betray double backstab sell sold turn', String.raw`\b${BETRAY_VERB}`, 'u', 'Betrayal', {
    premise: true,
    before: SUBJECT_BEFORE.source.slice(0, -1),
  }),
  rule(
    'betray',
    String.raw`\bbetray(?:ed|al)\s+(?:by|from)\s+(?:(?:her|his|their|the)\s+(?:${ROLE_ADJ}\s+)?${ROLE}|${NAME})\b`,
    'u',
    'Betrayal',
    { premise: true },
  ),
];
