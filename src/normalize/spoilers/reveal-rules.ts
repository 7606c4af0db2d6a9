/**
 * Spoiler rules for what the story reveals: twists, identity and plot reveals, and the ending.
 * Each rule matches on its rarest words first and checks the words before them separately.
 */

import { B, FILM_SUBJ, KILL_INF, NAME, NAME_WORD, REVEALED_AS, ROLE, TWIST_ADJ } from './grammar.ts';
import { type Rule, rule } from './rule.ts';

/** The rules for twists, plot reveals and the ending, in the order they are tried. */
export const REVEAL_RULES: readonly Rule[] = [
  // Twist: "it turns out", "is revealed to be", "was her father all along", "the twist is that".
  rule(
    'turn',
    String.raw`\bturn(?:s|ed)\s+out\b(?!\s+to\s+be\b|\s+(?:fine|well|great|okay|ok|good|badly|alright|all\s+right)\b|\s*[.!?]\s*$)`,
    'iu',
    'Twist',
    { before: String.raw`\b(?:it|as\s+it)\s+(?:later\s+|eventually\s+|ultimately\s+|soon\s+)?` },
  ),
  rule(
    'turn',
    String.raw`\bturn(?:s|ed)\s+out\s+to\s+(?:be|have\s+been)(?=\s+(?:${REVEALED_AS}|(?:secretly\s+)?\p{Ll}+ing\s))`,
    'iu',
    'Twist',
  ),
  rule('turn', String.raw`\bturn(?:s|ed)\s+out\s+that\b`, 'iu', 'Twist'),
  rule('revealed', String.raw`\brevealed\s+(?:to\s+(?:be|have)|as|that)\b`, 'iu', 'Twist', {
    before: String.raw`${B}(?<lead>(?:is|was|are|were|gets|got)\s+(?:\p{L}+ly\s+|later\s+|eventually\s+|then\s+|soon\s+)?)`,
  }),
  rule('revealed', String.raw`\brevealed\b`, 'iu', 'Twist', {
    before: String.raw`${B}(?<lead>(?:it\s+is|it['’]s|it\s+was|it\s+gets)\s+(?:\p{L}+ly\s+|later\s+|then\s+)?)`,
  }),
  rule(
    'reveal',
    String.raw`\breveal(?:s|ed)\s+(?:herself|himself|themselves)\s+(?:to\s+be|as)\b`,
    'iu',
    'Twist',
  ),
  rule(
    'reveal revelation',
    String.raw`\b(?:reveal|revelation)\s+(?:that|is\s+that|of\s+who|about\s+who)\b`,
    'iu',
    'Twist',
    {
      before: String.raw`${B}(?<lead>the\s+(?:(?:big|final|shocking|major|late|last|third[\s-]act)\s+)?)`,
    },
  ),
  rule('along', String.raw`\ball\s+along\b`, 'iu', 'Twist', {
    before: String.raw`\b(?:was|were|had\s+been|has\s+been|is|are|been)\b[^.;!?]{0,60}`,
  }),
  rule('secretly', String.raw`\bsecretly\b`, 'iu', 'Twist', {
    before: String.raw`${B}(?<lead>(?:is|was|were|are|had\s+been|has\s+been)\s+)`,
  }),
  rule(
    'actually really fact',
    String.raw`\b(?:actually|really|in\s+fact)(?=\s+${REVEALED_AS})`,
    'iu',
    'Twist',
    {
      before: String.raw`${B}(?<lead>(?:is|was)\s+)`,
    },
  ),
  rule('twist', String.raw`\btwist\s+(?:is|was|being)\s+that\b`, 'iu', 'Twist', {
    before: String.raw`${B}(?<lead>(?:the|a)\s+(?:[\p{L}-]+\s+)?)`,
  }),
  rule('twist', String.raw`\btwist\b(?!\s+(?:on|of\s+the\s+knife)\b)`, 'iu', 'Twist', {
    mention: true,
    before: String.raw`${B}(?<lead>(?:a|the|this|that|its|one|another)\s+(?:${TWIST_ADJ}[\s-]+){0,2})`,
  }),
  rule('reveal', String.raw`\breveal\b`, 'iu', 'Twist', {
    mention: true,
    before: String.raw`${B}(?<lead>the\s+(?:big|final|shocking|major|late|last|third[\s-]act|twist)\s+)`,
  }),
  // Plot reveal: "was behind it all", "the real villain", "a hidden sister", "uncovers the truth".
  rule(
    'behind',
    String.raw`\bbehind\s+(?:it\s+all|everything|all\s+of\s+it|the\s+(?:whole|entire)\s+(?:thing|plot|conspiracy|scheme|affair)|(?:her|his|their|the)\s+(?:${ROLE}['’]s\s+)?(?:murder|death|killing|assassination|attack|ambush|betrayal|conspiracy))\b`,
    'iu',
    'Plot reveal',
    { before: String.raw`${B}(?<lead>(?:was|is|were|are|had\s+been|has\s+been)\s+(?:\p{L}+ly\s+)?)` },
  ),
  rule(
    'real true actual secret hidden',
    String.raw`\bthe\s+(?:real|true|actual|secret|hidden)\s+(?:villain|killer|mastermind|culprit|traitor|mole|big\s+bad|enemy)\b`,
    'iu',
    'Plot reveal',
  ),
  rule('agent', String.raw`\bagent\b`, 'iu', 'Plot reveal', {
    before: String.raw`${B}(?<lead>(?:double|triple|sleeper)[\s-])`,
  }),
  rule(
    'mole traitor spy plant informant',
    String.raw`\b(?:mole|traitor|spy|plant|informant)\b`,
    'iu',
    'Plot reveal',
    {
      before: String.raw`${B}(?<lead>(?:is|was)\s+(?:a|the)\s+)`,
    },
  ),
  rule(
    'long secret hidden',
    String.raw`\b(?:long[\s-]lost|secret|hidden)\s+(?:sister|brother|twin|father|mother|daughter|son|sibling|child)\b`,
    'iu',
    'Plot reveal',
  ),
  rule('truth', String.raw`\btruth\b`, 'iu', 'Plot reveal', {
    before: String.raw`${B}(?<lead>(?:uncovers|uncovered|discovers|discovered|learns|learned|learnt|finds\s+out|found\s+out|reali[sz]es|reali[sz]ed|exposes|exposed)\s+the\s+(?:(?:shocking|awful|horrible|terrible|real|full|whole|hidden|devastating|dark|ugly|painful|true|grim|startling)\s+)?)`,
  }),
  rule('truth', String.raw`\btruth\s+(?:about|behind|is|was)\b`, 'iu', 'Plot reveal', {
    before: String.raw`${B}(?<lead>the\s+(?:shocking|awful|horrible|terrible|devastating|grim|startling)\s+)`,
  }),
  rule(
    'send sent',
    String.raw`\bsen(?:ds|t)\s+(?:${NAME}|(?:an?|the|his|her|their|some|more)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|her|him|them|assassins|killers|hitmen|mercenaries|goons)\s+(?:to\s+${KILL_INF}|after)\s+(?:her|him|them|${NAME})\b`,
    'u',
    'Plot reveal',
    { premise: true },
  ),
  rule(
    'sent',
    String.raw`\bsent\s+(?:to\s+${KILL_INF}|after)\s+(?:her|him|them|${NAME})\b`,
    'u',
    'Plot reveal',
    {
      premise: true,
      before: String.raw`${B}(?<lead>(?:is|was|gets|got)\s+)`,
    },
  ),
  rule(
    'order put place issue',
    String.raw`\b(?:orders|ordered|puts|put|places|placed|issues|issued)\s+(?:a\s+)?(?:hit|contract|kill\s+order|bounty)\s+on\s+(?:her|him|them|his|their|${NAME})\b`,
    'u',
    'Plot reveal',
    { premise: true },
  ),
  // Ending: "the film ends with", "It ends, as these things do, with", "This chapter closes with",
  // "In the final scene", "the ending sees", "the ending takes a risk, leaving Wick alone".
  rule(
    'end close conclud wrap',
    String.raw`\b(?:ends|ended|closes|closed|concludes|concluded|wraps\s+up|wrapped\s+up)(?:,\s+[^,.;:]{1,40},)?\s+(?:with|as|when|by|on\s+a\s+cliffhanger)\b(?!\s+(?:an?\s+)?(?:bang|whimper|flourish|thud|style|spades|fizzle|shrug|sigh)\b)`,
    'u',
    'Ending',
    { before: String.raw`${B}${FILM_SUBJ}\s+(?:[a-z]+ly\s+)?` },
  ),
  rule(
    'ending epilogue',
    String.raw`\b(?:ending|epilogue)(?=\s*,?\s+(?:sees|shows|reveals|finds|features|where|in\s+which|when|has\s+(?:her|him|them)|(?:[^.,;]{0,40},\s+)?(?:leaves|leaving)\s+(?:her|him|them|${NAME_WORD})|is\s+that)\b)`,
    'u',
    'Ending',
    { before: String.raw`${B}(?<lead>[Tt]he\s+(?:film['’]s\s+|movie['’]s\s+)?)` },
  ),
  rule(
    'final last clos',
    String.raw`\b(?:final|last|closing)\s+(?:scene|shot|moments?|minutes|frames?|seconds|image|sequence)\b`,
    'u',
    'Ending',
    { before: String.raw`${B}(?<lead>[Ii]n\s+(?:the|the\s+film['’]s|the\s+movie['’]s)\s+(?:very\s+)?)` },
  ),
  rule(
    'final last clos',
    String.raw`\b(?:final|last|closing)\s+(?:scene|shot|image|moments?|frames?)(?=\s+(?:shows|sees|reveals|finds|features|has\s+(?:her|him|them))\b)`,
    'u',
    'Ending',
    { before: String.raw`${B}(?<lead>[Tt]he\s+)` },
  ),
];
