/**
 * The grammar the spoiler rules are written in: who can be a sentence's subject or object, the
 * verbs of a character's fate, betrayal and reveal, and the words a twist is described with.
 * Plain regex sources, combined by rules.ts.
 */

export const ROLE = String.raw`(?:father|mother|dad|mom|mum|parents|sister|brother|sibling|daughter|son|twin|husband|wife|lover|partner|best\s+friend|friend|mentor|ally|handler|villain|antagonist|big\s+bad|hero|heroine|protagonist|director|chancellor|leader|kid|child|girl|boy|dog|killer|rival|nemesis|captain|teacher|protector|guardian)`;
export const ROLE_ADJ = String.raw`(?:main|real|true|young|little|beloved|wounded|old|former|surrogate|adoptive|long[\s-]lost|secret|chief|evil|cult)`;
export const NAME_WORD = String.raw`[A-Z][\p{L}\p{M}-]*`;
/** Capitalized words that are not a character: quantifiers, pronouns, question and linking words. */
export const STOP = String.raw`(?:No|Nobody|None|Nothing|Neither|Never|Not|It|Its|This|That|There|These|Those|What|Who|Whom|Whose|Which|Why|How|When|Where|Whether|If|Does|Did|Do|Will|Would|Can|Could|Should|Might|May|Must|I|We|You|Someone|Somebody|Anyone|Anybody|One|Each|Every|All|Both|Few|Many|Most|Some|Nearly|Almost|And|But|Or|So|Yet|Then|After|Before|Until|While|As|In|On|At|By|For|With|Without)\b`;
export const NAME = String.raw`(?!${STOP})${NAME_WORD}(?:\s+${NAME_WORD}){0,2}`;
/** A character as a sentence subject: a capitalized name, a pronoun, or a role ("her father"). */
export const SUBJ = String.raw`(?:${NAME}(?:['’]s\s+(?:${ROLE_ADJ}\s+)?${ROLE})?|[Ss]he|[Hh]e|[Tt]hey|(?<![Nn]ot\s)[Ee]very(?:one|body)|(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir)\s+(?:${ROLE_ADJ}\s+)?${ROLE}(?:['’]s\s+${ROLE})?)(?:\s*\([^()]{1,40}\))?`;
/** A character as an object: a role ("the villain", "her father's killer", "the Chancellor") or a name. */
export const OBJ = String.raw`(?:(?:the|her|his|their)\s+(?:${ROLE_ADJ}\s+)?(?:${ROLE}|${NAME_WORD})(?:['’]s\s+${ROLE})?|${NAME}(?:['’]s\s+${ROLE})?)\b`;
/** An optional adverb between subject and verb; "nearly/almost dies" is not a fate. */
export const ADV = String.raw`(?:\s+(?!(?:nearly|almost|barely|never|practically|virtually|narrowly)\b)(?:[a-z]+ly|eventually|later|finally|then|also|ultimately|soon|still))?`;
/** The text before a verb ends in its subject. */
export const SUBJECT_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}'’-])${SUBJ}${ADV}\s+$`, 'u');
export const KILLED = String.raw`(?:killed|murdered|slain|executed|assassinated|beheaded|poisoned|shot\s+dead|shot\s+and\s+killed|stabbed\s+to\s+death|killed\s+off|taken\s+out|left\s+for\s+dead)`;
export const FATE_VERB = String.raw`(?:dies|died|perishes|perished|survives|survived|is\s+dead|was\s+dead|(?:ends|winds)\s+up\s+dead|bites\s+the\s+dust|meets\s+(?:her|his|their|an?)\s+(?:[a-z]+\s+)?end|(?:does|did)(?:n['’]t|\s+not)\s+(?:survive|die|make\s+it(?=\s*(?:[.,;:!?)]|$)|\s+out\b|\s+alive\b))|(?:is|was|gets|got|(?:ends|ended|winds|wound)\s+up)${ADV}\s+${KILLED}(?:\s+by)?)`;
export const KILL_VERB = String.raw`(?:kills|killed|murders|murdered|executes|executed|assassinates|assassinated|slays|slew|takes\s+out|took\s+out|finishes\s+off|finished\s+off|cuts\s+down|cut\s+down|disposes\s+of|disposed\s+of|poisons|poisoned|beheads|beheaded|strangles|strangled)`;
export const BETRAY_VERB = String.raw`(?:betrays|betrayed|betray(?=\s+(?:her|him|them|[A-Z]))|double[\s-]cross(?:es|ed)|backstabs|backstabbed|(?:sells|sold)\s+(?:her|him|them)\s+out|turn(?:s|ed)\s+on\s+(?:her|him|them|${NAME_WORD})|(?:is|was|gets|got)\s+betrayed(?:\s+by)?)`;
export const REVEALED_AS = String.raw`(?:(?:her|his|their|the|a|an)\s+)?(?:(?:${ROLE_ADJ}|biological)\s+)?(?:${ROLE}|traitor|mole|spy|double\s+agent|sleeper\s+agent|mastermind|culprit|impostor|imposter|informant)\b`;
export const KILL_INF = String.raw`(?:kill|eliminate|assassinate|murder|execute|take\s+out|hunt\s+down|silence|finish\s+off)`;
export const TWIST_ADJ = String.raw`(?:big|major|final|last|late|shocking|surprise|surprising|clever|key|crucial|third[\s-]act|late[\s-]game|mid[\s-]credits?|post[\s-]credits?|unexpected|huge|massive|plot|genuine|real|gut[\s-]punch|jaw[\s-]dropping|emotional|dark|cruel|tragic|stunning|brutal|narrative|story)`;
export const FILM_SUBJ = `(?:[Ff]ilm|[Mm]ovie|[Ss]tory|[Cc]hapter|[Pp]icture|[Ii]t|[Ff]inale|[Cc]limax|[Ss]aga|[Ss]equel|[Ee]ntry|${NAME})`;
/** A word boundary for `before` patterns: the start of the text or a non-letter. */
export const B = String.raw`(?:^|[^\p{L}])`;
