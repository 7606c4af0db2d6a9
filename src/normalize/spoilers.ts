/**
 * Spoiler stage: decides which blocks of a review sit behind a spoiler control.
 *
 * MARKED regions (reason 'marked', cue = the marker as the author wrote it, minus trailing ':', '.', dashes).
 * - A marker is a heading that mentions spoilers ("⚠️ Spoilers Below: Full Breakdown & Big Reveals",
 *   "[Spoilers]", "** SPOILERS **"), a paragraph or block quote that starts with one ("SPOILER ALERT",
 *   "Spoiler warning", "Spoilers ahead!", "Warning: major spoilers follow"), or a short first sentence
 *   that announces them ("The rest of this review contains spoilers.", "Stop reading now if you
 *   haven't seen it.").
 * - Scope. A marker alone in its block, or one that points forward ("ahead", "below", "follow",
 *   "from here", "section", ...), opens a marked section. An inline prefix followed by content in the
 *   same block ("SPOILER ALERT: Eve dies at the end.", "[Spoilers] ...", "Spoiler: ...") hides only that
 *   content. Either way the marker is split off into its own visible block of the same type and the
 *   content becomes the next block; that is the only way output blocks differ from input blocks. Text is
 *   kept as written (no case change).
 * - A marked section ends at (exclusive): an end marker ("End of spoilers", "Spoilers end here",
 *   "/spoilers", "Spoiler-free from here"; a paragraph whose last sentence is one ends the section after
 *   it), a spoiler-free statement, the next marker, a heading or short paragraph from the verdict
 *   vocabulary ("The Good", "The Bad", "Verdict", "Conclusion", "Final Thoughts", "Bottom Line",
 *   "Should You See It?", "Pros", "Cons", "What's Next?", "Overall", "Rating", ... also "Verdict: ..."
 *   paragraphs), else the end of the document. Any other heading is a sub-heading.
 * - Each sub-section gets its own region labelled with its sub-heading ("Plot Summary", "Ending"). The
 *   sub-heading stays visible outside the region unless it reveals something itself (a non-generic
 *   cue, e.g. "Winston Dies"): then it goes inside and the label is the cue's kind. Content between
 *   the marker and the first sub-heading, and block-scoped content, is labelled by the kind of the
 *   first cue in it, else "Plot details". Markers, end markers and sub-headings with nothing to hide
 *   make no region: regions are never empty.
 * - Spoiler-free statements mark nothing ("This review is spoiler-free", "No spoilers ahead", "I won't
 *   spoil", "without spoilers"); as a heading or short paragraph they also end an open section.
 *   "Minor/mild/light spoilers (only)" is a disclaimer about the whole review, not a marker: it marks
 *   nothing, and detection still hides any concrete reveal.
 *
 * DETECTED regions (reason 'detected'): outside marked sections, each paragraph, list and block quote
 * whose text holds a cue (see spoilerCue) becomes a one-block region; headings only for non-generic
 * cues. Labels: "Ending", "Twist", "A character's fate", "Betrayal", "Plot reveal". Cues are text
 * patterns (no character list): a fate verb needs a character-like subject (capitalized name, pronoun,
 * "her father"); a kill verb needs a character object ("the villain", a name), so action praise ("takes
 * down a squad", "dispatching the final boss", "delivering a fatal blow") is not a reveal. Not reveals
 * either: negated or near fates ("Nobody dies", "nearly killed"), backstory and premise ("after
 * witnessing her father's murder as a child", "the man who murdered her father", "avenge her father's
 * murder"), real-world deaths (a year, "passed away"), thematic words ("a system that betrayed her",
 * "twists the knife", "plot twists", "a twist on the formula"), verdict idioms ("In the end, ...",
 * "ends with a bang", "turns out to be a blast"), and sentences that withhold ("I won't spoil ...").
 */
import { type Block, blockText, type SpoilerRegion } from './blocks.ts';
import { splitSentences } from './text/index.ts';

type Kind = 'Ending' | 'Twist' | "A character's fate" | 'Betrayal' | 'Plot reveal';

interface Rule {
  /** Word beginnings the rule cannot match without (one scan of a text finds which are present). */
  keys: readonly string[];
  /** Matches the distinctive words of the cue; run globally, every match is tried. */
  re: RegExp;
  /** Must match the text just before a match (it ends in `$`); its `lead` group joins the cue. */
  before?: RegExp;
  /** Must not match the text just before a match. */
  notBefore?: RegExp;
  kind: Kind;
  /** Generic mentions ("the twist", "a big reveal") do not make a heading spoilery. */
  mention?: boolean;
  /** Fate-like cues are skipped in backstory and premise clauses. */
  premise?: boolean;
}

interface Cue {
  cue: string;
  kind: Kind;
  mention: boolean;
}

// ---------------------------------------------------------------------------------------------------
// Detection vocabulary. Each rule matches on its rarest words first and checks the words before them
// separately, on a short tail of the sentence: no pattern starts with a costly alternation, and every
// quantifier is bounded or anchored on literal words (no nested repeats, no backtracking blow-up).

const ROLE = String.raw`(?:father|mother|dad|mom|mum|parents|sister|brother|sibling|daughter|son|twin|husband|wife|lover|partner|best\s+friend|friend|mentor|ally|handler|villain|antagonist|big\s+bad|hero|heroine|protagonist|director|chancellor|leader|kid|child|girl|boy|dog|killer|rival|nemesis|captain|teacher|protector|guardian)`;
const ROLE_ADJ = String.raw`(?:main|real|true|young|little|beloved|wounded|old|former|surrogate|adoptive|long[\s-]lost|secret|chief|evil|cult)`;
const NAME_WORD = String.raw`[A-Z][\p{L}\p{M}-]*`;
/** Capitalized words that are not a character: quantifiers, pronouns, question and linking words. */
const STOP = String.raw`(?:No|Nobody|None|Nothing|Neither|Never|Not|It|Its|This|That|There|These|Those|What|Who|Whom|Whose|Which|Why|How|When|Where|Whether|If|Does|Did|Do|Will|Would|Can|Could|Should|Might|May|Must|I|We|You|Someone|Somebody|Anyone|Anybody|One|Each|Every|All|Both|Few|Many|Most|Some|Nearly|Almost|And|But|Or|So|Yet|Then|After|Before|Until|While|As|In|On|At|By|For|With|Without)\b`;
const NAME = String.raw`(?!${STOP})${NAME_WORD}(?:\s+${NAME_WORD}){0,2}`;
/** A character as a sentence subject: a capitalized name, a pronoun, or a role ("her father"). */
const SUBJ = String.raw`(?:${NAME}(?:['’]s\s+(?:${ROLE_ADJ}\s+)?${ROLE})?|[Ss]he|[Hh]e|[Tt]hey|(?<![Nn]ot\s)[Ee]very(?:one|body)|(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir)\s+(?:${ROLE_ADJ}\s+)?${ROLE}(?:['’]s\s+${ROLE})?)(?:\s*\([^()]{1,40}\))?`;
/** A character as an object: a role ("the villain", "her father's killer", "the Chancellor") or a name. */
const OBJ = String.raw`(?:(?:the|her|his|their)\s+(?:${ROLE_ADJ}\s+)?(?:${ROLE}|${NAME_WORD})(?:['’]s\s+${ROLE})?|${NAME}(?:['’]s\s+${ROLE})?)\b`;
/** An optional adverb between subject and verb; "nearly/almost dies" is not a fate. */
const ADV = String.raw`(?:\s+(?!(?:nearly|almost|barely|never|practically|virtually|narrowly)\b)(?:[a-z]+ly|eventually|later|finally|then|also|ultimately|soon|still))?`;
/** The text before a verb ends in its subject. */
const SUBJECT_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}'’-])${SUBJ}${ADV}\s+$`, 'u');
const KILLED = String.raw`(?:killed|murdered|slain|executed|assassinated|beheaded|poisoned|shot\s+dead|shot\s+and\s+killed|stabbed\s+to\s+death|killed\s+off|taken\s+out|left\s+for\s+dead)`;
const FATE_VERB = String.raw`(?:dies|died|perishes|perished|survives|survived|is\s+dead|was\s+dead|(?:ends|winds)\s+up\s+dead|bites\s+the\s+dust|meets\s+(?:her|his|their|an?)\s+(?:[a-z]+\s+)?end|(?:does|did)(?:n['’]t|\s+not)\s+(?:survive|die|make\s+it(?=\s*(?:[.,;:!?)]|$)|\s+out\b|\s+alive\b))|(?:is|was|gets|got|(?:ends|ended|winds|wound)\s+up)${ADV}\s+${KILLED}(?:\s+by)?)`;
const KILL_VERB = String.raw`(?:kills|killed|murders|murdered|executes|executed|assassinates|assassinated|slays|slew|takes\s+out|took\s+out|finishes\s+off|finished\s+off|poisons|poisoned|beheads|beheaded|strangles|strangled)`;
const BETRAY_VERB = String.raw`(?:betrays|betrayed|betray(?=\s+(?:her|him|them|[A-Z]))|double[\s-]cross(?:es|ed)|backstabs|backstabbed|(?:sells|sold)\s+(?:her|him|them)\s+out|turn(?:s|ed)\s+on\s+(?:her|him|them|${NAME_WORD})|(?:is|was|gets|got)\s+betrayed(?:\s+by)?)`;
const REVEALED_AS = String.raw`(?:(?:her|his|their|the|a|an)\s+)?(?:(?:${ROLE_ADJ}|biological)\s+)?(?:${ROLE}|traitor|mole|spy|double\s+agent|sleeper\s+agent|mastermind|culprit|impostor|imposter|informant)\b`;
const KILL_INF = String.raw`(?:kill|eliminate|assassinate|murder|execute|take\s+out|hunt\s+down|silence|finish\s+off)`;
const TWIST_ADJ = String.raw`(?:big|major|final|last|late|shocking|surprise|surprising|clever|key|crucial|third[\s-]act|late[\s-]game|mid[\s-]credits?|post[\s-]credits?|unexpected|huge|massive|plot|genuine|real|gut[\s-]punch|jaw[\s-]dropping|emotional|dark|cruel|tragic|stunning|brutal|narrative|story)`;
const FILM_SUBJ = `(?:[Ff]ilm|[Mm]ovie|[Ss]tory|[Cc]hapter|[Pp]icture|[Ii]t|[Ff]inale|[Cc]limax|[Ss]aga|[Ss]equel|[Ee]ntry|${NAME})`;
/** A word boundary for `before` patterns: the start of the text or a non-letter. */
const B = String.raw`(?:^|[^\p{L}])`;

type RuleOptions = Omit<Rule, 'keys' | 're' | 'before' | 'notBefore' | 'kind'> & {
  before?: string;
  notBefore?: string;
};

const rule = (keys: string, source: string, flags: string, kind: Kind, options: RuleOptions = {}): Rule => {
  const { before, notBefore, ...rest } = options;
  return {
    keys: keys.split(' '),
    re: new RegExp(source, `g${flags}`),
    ...(before === undefined ? {} : { before: new RegExp(`${before}$`, flags) }),
    ...(notBefore === undefined ? {} : { notBefore: new RegExp(`${notBefore}$`, flags) }),
    kind,
    ...rest,
  };
};

const FATE: Kind = "A character's fate";
/** The earliest match in a sentence wins; ties go to the earlier rule. */
const RULES: readonly Rule[] = [
  // A character's fate: "Winston dies", "X is killed by Y", "kills the villain", "sacrifices herself".
  rule(
    'die perish surviv dead bites meets make killed murdered slain executed assassinated beheaded poisoned shot stabbed taken left',
    String.raw`\b${FATE_VERB}`,
    'u',
    FATE,
    { premise: true, before: SUBJECT_BEFORE.source.slice(0, -1) },
  ),
  rule(
    'kill murder execut assassinat slay slew take took finish poison behead strangl',
    String.raw`\b${KILL_VERB}\s+${OBJ}`,
    'u',
    FATE,
    {
      premise: true,
      notBefore: String.raw`\b(?:who|that|which|whom)\s+(?:had\s+|has\s+|once\s+)?`,
    },
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
  // Twist: "it turns out", "is revealed to be", "was her father all along", "the twist is that".
  rule(
    'turn',
    String.raw`\bturn(?:s|ed)\s+out\b(?!\s+to\s+be\b|\s+(?:fine|well|great|okay|ok|good|badly|alright|all\s+right)\b)`,
    'iu',
    'Twist',
    { before: String.raw`\b(?:it|as\s+it)\s+(?:later\s+|eventually\s+|ultimately\s+|soon\s+)?` },
  ),
  rule(
    'turn',
    String.raw`\bturn(?:s|ed)\s+out\s+to\s+(?:be|have\s+been)(?=\s+${REVEALED_AS})`,
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
  // Ending: "the film ends with", "This chapter closes with", "In the final scene", "the ending sees".
  rule(
    'end close conclud wrap',
    String.raw`\b(?:ends|ended|closes|closed|concludes|concluded|wraps\s+up|wrapped\s+up)\s+(?:with|as|when|by|on\s+a\s+cliffhanger)\b(?!\s+(?:an?\s+)?(?:bang|whimper|flourish|thud|style|spades|fizzle|shrug|sigh)\b)`,
    'u',
    'Ending',
    { before: String.raw`${B}${FILM_SUBJ}\s+(?:[a-z]+ly\s+)?` },
  ),
  rule(
    'ending',
    String.raw`\bending(?=\s*,?\s+(?:sees|shows|reveals|finds|features|where|in\s+which|when|has\s+(?:her|him|them)|leaves\s+(?:her|him|them|${NAME_WORD})|is\s+that)\b)`,
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

/** One scan finds the key words present in a text; only the rules they gate run. */
const KEY_WORDS = new RegExp(
  String.raw`\b(?:${[...new Set(RULES.flatMap((r) => r.keys))].join('|')})\w*`,
  'gi',
);

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

function findCue(sentence: string, loose = false): Cue | null {
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
      best = { at: m.at, found: { cue: m.cue, kind: r.kind, mention: r.mention === true } };
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
function blockCue(block: Block): Cue | null {
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

// ---------------------------------------------------------------------------------------------------
// Markers.

/** Leading decoration around a marker: emoji, brackets, asterisks, rules, bullets. */
const DECOR = String.raw`[\s\p{Extended_Pictographic}\uFE0F\u200D*_~=#>\[\](){}<|!•·–—-]`;
const DECOR_END = String.raw`[\s\p{Extended_Pictographic}\uFE0F\u200D*_~=#\[\](){}<>|!.:…–—-]`;
const SPOIL = /\bspoil(?:er|ers|ery)\b/i;
/** A marker at the start of a block: "SPOILER ALERT", "Warning: major spoilers follow", "[Spoilers]". */
const MARKER_HEAD = new RegExp(
  String.raw`^(?:${DECOR}*)(?:(?:warning|caution|heads[\s-]?up|alert|attention|note)\s*[:!,.–—-]?\s*)?(?:(?:major|massive|huge|big|heavy|full|serious|severe|plot|ending|story|total)\s+)?spoil(?:ers|ery|er)\b(?![\s-]*(?:free|light|less)\b)(?:[\s-]+(?:alert|warning|ahead|below|follow(?:s|ing)?|inside|galore|section|zone|territory|discussion|talk|incoming|begins?|starts?|here|from\s+here(?:\s+on(?:wards?)?)?|beyond\s+this\s+point|for\s+(?:the\s+)?(?:ending|finale|film|movie|plot|third\s+act|whole\s+film))){0,3}(?<close>[\s\p{Extended_Pictographic}\uFE0F*_~\])}>|!]*)(?<sep>[:.–—-]*)`,
  'iu',
);
/** Marker words that point forward: the marker opens a section rather than hiding one block. */
const FORWARD =
  /\b(?:ahead|below|follow(?:s|ing)?|inside|here|beyond|incoming|begins?|starts?|section|zone|territory|discussion|talk|rest\s+of|from\s+now)\b/i;
/** "This review contains spoilers": a sentence that announces spoilers. */
const ANNOUNCES =
  /\b(?:contains?|discuss(?:es|ing)?|includes?|(?:is|are)\s+full\s+of|there\s+(?:will\s+)?be)\s+(?:(?:some|major|massive|heavy|full|serious|plot|huge|big)\s+)?spoil(?:er|ers|ery)\b/i;
/** What an announcing sentence must be about: this review or what follows, not the trailer. */
const ABOUT_REVIEW =
  /\b(?:review|section|post|article|piece|part|paragraph|discussion|following|follows|below|rest|analysis|breakdown|recap)\b/i;
/** "If you haven't seen it, stop reading": a warning even without the word "spoiler". */
const WARNS =
  /\b(?:if\s+you\s+(?:don['’]?t|do\s+not|haven['’]?t|have\s+not)\s+(?:want|wish|like|seen|watched)|stop\s+reading|(?:don['’]?t|do\s+not)\s+read\s+(?:on|further|any\s+further|ahead|past))\b/i;
/** "This review is spoiler-free", "No spoilers ahead", "I won't spoil": marks nothing. */
const SPOILER_FREE =
  /\b(?:spoiler[\s-]*free|spoilerless|non[\s-]?spoiler(?:y|s)?|spoiler[\s-]*light)\b|\b(?:no|zero|without|avoid(?:s|ing)?|sans|free\s+of|won['’]?t|will\s+not|not|don['’]?t|do\s+not|never|nothing)\b(?:\W+\w+){0,3}?\W+spoil/i;
/** "Minor spoilers only": a disclaimer, not a marker. */
const MINOR = /\b(?:minor|mild|light|small|slight|vague|tiny|little)\s+spoil(?:er|ers|ery)\b/i;
const END_MARKER = new RegExp(
  String.raw`^(?:${DECOR}*)(?:[\[<(]?\/\s*spoilers?|end(?:\s+of)?(?:\s+the)?\s+spoilers?(?:\s+(?:section|zone|talk|discussion|alert|warning))?|spoilers?(?:\s+(?:section|zone|talk|discussion))?\s+(?:end|ends|ended|over|done|finished|stop|complete)(?:\s+here)?|back\s+to\s+(?:being\s+)?spoiler[\s-]*free(?:\s+\p{L}+)?|spoiler[\s-]*free\s+(?:again|territory|zone|section|below|(?:from\s+)?here(?:\s+on(?:wards?)?)?|from\s+now\s+on)|(?:the\s+)?rest\s+(?:of\s+(?:this|the)\s+review\s+)?is\s+spoiler[\s-]*free|no\s+more\s+spoilers(?:\s+(?:from\s+here|below|beyond\s+this\s+point))?)(?:${DECOR_END}*)$`,
  'iu',
);
/** Headings (or "Verdict: ..." paragraphs) that start a non-plot section. */
const VERDICT = String.raw`(?:the\s+)?(?:good|bad|ugly|verdict|final\s+verdict|our\s+verdict|conclusion|in\s+conclusion|(?:final|closing|last)\s+thoughts?|(?:final|last)\s+word|bottom\s+line|should\s+you\s+(?:see|watch|stream)\s+it|is\s+it\s+worth\s+(?:it|watching|seeing)|worth\s+(?:watching|seeing|it)|pros|cons|pros\s+(?:and|&)\s+cons|what['’]?s\s+next|overall|rating|score|final\s+score|our\s+rating|wrap[\s-]?up|tl;?dr)`;
const VERDICT_HEADING = new RegExp(
  String.raw`^(?:${DECOR}*)${VERDICT}(?:\s*[:?!.,–—-].*|\s+(?:on|about|for)\s.*)?$`,
  'iu',
);
const VERDICT_PARAGRAPH = new RegExp(String.raw`^(?:${DECOR}*)${VERDICT}(?:\s*[?!.]*$|\s*[:–—]\s*\S)`, 'iu');
/** Blocks worth checking for markers at all. */
const MARKER_HINT =
  /spoil|stop\s+reading|read\s+(?:on|further|ahead|past)|haven['’]?t\s+seen|have\s+not\s+seen/i;

/** What a block is to the section logic. */
type Role =
  | { kind: 'marker'; cue: string; section: boolean }
  | { kind: 'end' }
  | { kind: 'heading'; breaks: boolean }
  | { kind: 'content'; breaks: boolean; endsAfter: boolean };

interface Classified {
  block: Block;
  role: Role;
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
/** `s` without trailing characters from `chars`, in linear time (a `[…]+$` regex is quadratic). */
function trimEndOf(s: string, chars: RegExp): string {
  let end = s.length;
  while (end > 0 && chars.test(s.charAt(end - 1))) end--;
  return s.slice(0, end);
}
const MARKER_TAIL = /[\s:.,;–—-]/u;
const trimMarker = (s: string): string => trimEndOf(s.trim(), MARKER_TAIL);

/** A whole short sentence that announces spoilers to come ("The rest of this review contains spoilers."). */
function announcesSpoilers(sentence: string): boolean {
  if (words(sentence) > 15 || END_MARKER.test(sentence)) return false;
  const warns = WARNS.test(sentence);
  if (!warns && !SPOIL.test(sentence)) return false;
  if (MINOR.test(sentence) || (!warns && SPOILER_FREE.test(sentence))) return false;
  if (warns || FORWARD.test(sentence) || (ANNOUNCES.test(sentence) && ABOUT_REVIEW.test(sentence)))
    return true;
  const head = MARKER_HEAD.exec(sentence);
  return head !== null && sentence.slice(head[0].length).trim() === '';
}

/** A short statement that the review (or what follows) is spoiler-free. */
function spoilerFreeStatement(text: string): boolean {
  return SPOIL.test(text) && SPOILER_FREE.test(text) && !WARNS.test(text) && words(text) <= 12;
}

function withText(block: Exclude<Block, { type: 'list' }>, text: string): Block {
  return { ...block, text };
}

/** Classifies one input block, splitting off a marker that shares the block with content. */
function classify(block: Block): Classified[] {
  if (block.type === 'list') return [{ block, role: { kind: 'content', breaks: false, endsAfter: false } }];
  const text = block.text.trim();
  if (block.type === 'heading') {
    if (MARKER_HINT.test(text)) {
      if (END_MARKER.test(text) || (SPOIL.test(text) && SPOILER_FREE.test(text))) {
        return [{ block, role: { kind: 'end' } }];
      }
      if (SPOIL.test(text) && !MINOR.test(text))
        return [{ block, role: { kind: 'marker', cue: trimMarker(text), section: true } }];
    }
    return [{ block, role: { kind: 'heading', breaks: VERDICT_HEADING.test(text) } }];
  }
  const breaks = text.length <= 60 ? VERDICT_HEADING.test(text) : VERDICT_PARAGRAPH.test(text);
  const content: Role = { kind: 'content', breaks, endsAfter: false };
  if (!MARKER_HINT.test(text)) return [{ block, role: content }];
  if (END_MARKER.test(text) || spoilerFreeStatement(text)) return [{ block, role: { kind: 'end' } }];

  const head = MINOR.test(text) ? null : MARKER_HEAD.exec(text);
  if (head) {
    const rest = text.slice(head[0].length).trim();
    const bounded =
      (head.groups?.close ?? '').trim() !== '' || (head.groups?.sep ?? '') !== '' || rest === '';
    if (bounded) {
      const description = rest.length < 60 && !/[.!?:”"]$/u.test(rest);
      if (rest === '' || description)
        return [{ block, role: { kind: 'marker', cue: trimMarker(text), section: true } }];
      const marker = trimMarker(text.slice(0, head[0].length));
      return [
        {
          block: withText(block, marker),
          role: { kind: 'marker', cue: marker, section: FORWARD.test(marker) },
        },
        { block: withText(block, rest), role: content },
      ];
    }
  }
  const sentences = splitSentences(text);
  const first = sentences[0] ?? '';
  if (sentences.length > 1 && END_MARKER.test(first)) {
    return [
      { block: withText(block, first), role: { kind: 'end' } },
      { block: withText(block, sentences.slice(1).join(' ')), role: content },
    ];
  }
  if (announcesSpoilers(first)) {
    if (sentences.length === 1)
      return [{ block, role: { kind: 'marker', cue: trimMarker(first), section: true } }];
    return [
      { block: withText(block, first), role: { kind: 'marker', cue: trimMarker(first), section: true } },
      { block: withText(block, sentences.slice(1).join(' ')), role: content },
    ];
  }
  const last = sentences.at(-1) ?? '';
  return [{ block, role: { ...content, endsAfter: sentences.length > 1 && END_MARKER.test(last) } }];
}

const LEADING_DECOR = new RegExp(`^${DECOR}+`, 'u');
const DECOR_CHAR = new RegExp(DECOR_END, 'u');

/** Title-case words that read as verbs or function words, lower-cased so "Winston Dies" reads as a sentence. */
const TITLE_WORD = new RegExp(
  String.raw`(?<=\s)(?:${KEY_WORDS.source.slice(2)}|The|A|An|Her|His|Their|Him|Them|Is|Was|Are|Were|Gets|Got|To|Be|By|Of|In|On|As|That|With|When|Up|Out|Off|All|It)\b`,
  'gi',
);

/** The cue in a heading, read as written and then with its title-case verbs lower-cased. */
function headingCue(text: string): Cue | null {
  return findCue(text) ?? findCue(text.replace(TITLE_WORD, (w) => w.toLowerCase()));
}

/** A heading's text as a control label: without decoration or a trailing colon. */
function headingLabel(text: string): string {
  const label = trimEndOf(text.replace(LEADING_DECOR, ''), DECOR_CHAR).trim();
  return label || 'Plot details';
}

function firstKind(blocks: readonly Block[], start: number, end: number): Kind | null {
  for (let i = start; i < end; i++) {
    const block = blocks[i];
    const found = block && block.type !== 'heading' ? blockCue(block) : null;
    if (found) return found.kind;
  }
  return null;
}

const closesSection = (role: Role): boolean =>
  role.kind === 'end' ||
  role.kind === 'marker' ||
  ((role.kind === 'heading' || role.kind === 'content') && role.breaks);

/** Hides blocks behind spoiler controls: the author's marked sections, then detected plot reveals. */
export function findSpoilers(blocks: readonly Block[]): { blocks: Block[]; regions: SpoilerRegion[] } {
  const items = blocks.flatMap(classify);
  const out = items.map((c) => c.block);
  const regions: SpoilerRegion[] = [];
  const marked = (start: number, end: number, cue: string, label: string): void => {
    if (end > start) regions.push({ start, end, reason: 'marked', cue, label });
  };

  let i = 0;
  while (i < items.length) {
    const item = items[i] as Classified;
    const { role, block } = item;
    if (role.kind === 'marker') {
      if (!role.section) {
        marked(i + 1, i + 2, role.cue, firstKind(out, i + 1, i + 2) ?? 'Plot details');
        i += 2;
        continue;
      }
      let end = i + 1;
      while (end < items.length) {
        const r = (items[end] as Classified).role;
        if (closesSection(r)) break;
        end++;
        if (r.kind === 'content' && r.endsAfter) break;
      }
      let from = i + 1;
      let label: string | null = null;
      for (let k = i + 1; k <= end; k++) {
        const r = k < end ? (items[k] as Classified).role : null;
        if (r !== null && r.kind !== 'heading') continue;
        marked(from, k, role.cue, label ?? firstKind(out, from, k) ?? 'Plot details');
        if (r === null) break;
        const heading = blockText(out[k] as Block);
        const found = headingCue(heading);
        if (found && !found.mention) {
          from = k;
          label = found.kind;
        } else {
          from = k + 1;
          label = headingLabel(heading);
        }
      }
      i = end;
      continue;
    }
    if (role.kind === 'content' || role.kind === 'heading') {
      const found = block.type === 'heading' ? headingCue(block.text) : blockCue(block);
      if (found && (role.kind === 'content' || !found.mention)) {
        regions.push({ start: i, end: i + 1, reason: 'detected', cue: found.cue, label: found.kind });
      }
    }
    i++;
  }
  return { blocks: out, regions };
}
