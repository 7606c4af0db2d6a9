/**
 * Whose rating a notation is: someone the critic went with, someone quoted or reported, or a thing
 * other than this film the sentence hands it to. Such a rating is never the critic's own.
 */
import { VERDICT } from '../lexicon.ts';
import { alternation } from '../text/pattern.ts';

/**
 * "My housemate Dev, who came with me, gave it an 8/10": a sentence whose subject is someone the
 * critic went with (verdict.yaml, others) and that has no "I" before the rating gives theirs.
 */
const OTHERS_SUBJECT = new RegExp(
  `^[\\s"“‘'(]*(?:my|our|his|her|their)\\s+(?:\\p{L}+\\s+)?(?:${alternation(VERDICT.others)})(?![\\p{L}])`,
  'iu',
);
/** "The film society's poll gave it an 8.6 out of 10", "my nephew rates it": someone else handing out the rating. */
const OTHERS_GAVE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(VERDICT.others)})(?:['’]s?)?(?:\\s+[\\p{L}-]+){0,2}\\s+(?:gave|gives|rated|rates|scored|scores|puts)(?![\\p{L}])`,
  'iu',
);
/**
 * "Teacher's comment: … Grade: B+", "My sister's verdict:": a line that gives the words of someone
 * the critic names by their role (verdict.yaml, others). "Keith's verdict:" may be the critic's own.
 */
const OTHERS_LINE = new RegExp(
  `^[\\s*_"“]*(?:(?:my|our|the|his|her|their)\\s+)?(?:${alternation(VERDICT.others)})['’]s?\\s+(?:comment|note|reply|review|rating|verdict|score|take)\\s*:`,
  'iu',
);
/** "gave four stars to a Korean barbecue": a rating handed to something else, after the notation. */
const HANDED_TO =
  /^[^.,;!?]{0,30}?(?:stars?|points?)\s+to\s+(?!(?:the|this)\s+(?:film|movie|one)\b)(?:a|an|the|another|his|her|their)\s/iu;
/** "4.6 out of 5 from 812 ballots", "★★★★½ from 1,204 ticket holders": a tally of many people's votes. */
const TALLIED =
  /^(?:[^.;!?]|\.\d){0,40}?(?<![\p{L}])from\s+\d[\d,.]*\s+(?:ballots|votes|ratings|reviews|users|readers|members|viewers|listeners|critics|ticket\s+holders)(?![\p{L}])/iu;
/** "Your reviewer, young Mr Castellane, gave Ballerina four stars": the paper's critic, in a reader's letter. */
const THEIR_CRITIC =
  /(?<![\p{L}])(?:your|the\s+paper['’]s|this\s+paper['’]s)\s+(?:own\s+)?(?:film\s+)?(?:reviewer|critic)(?![\p{L}])/iu;
/** "Mr. Delacroix, who came along, says it deserves ten out of ten": someone else's words, reported. */
const REPORTED =
  /(?<![\p{L}])(?:says|said|thinks|thought|reckons|reckoned|insists|insisted|claims|claimed|swears)(?![\p{L}])/iu;
/** "I", "I'd", "I'm": the critic speaking. */
const FIRST_PERSON = /(?<![\p{L}])I(?![\p{L}])/u;
/** "his 4/5", "Joost's 9/10": someone else's rating, right before the notation. */
const OTHERS_POSSESSIVE = /(?<![\p{L}])(?:his|her|their|\p{Lu}\p{L}+['’]s)\s+$/u;
/** "rate films out of five stars": the scale a site rates on, not a rating. */
const SCALE_STATED = /(?<![\p{L}])out\s+of\s+$/iu;
/** "I gave The Fabelmans four stars": a rating handed to something named, right before the notation. */
const GIVEN_TO_NAMED =
  /(?<![\p{L}])(?:gave|give|gives|giving|rated|rate|rates|awarded|award|awards)\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}'’:.-]*(?:\s+(?:of\s+|the\s+|and\s+)?\p{Lu}[\p{L}\p{N}'’:.-]*){0,5})\s+$/u;
/** How far before the rating, in characters, reported speech and "I" are looked for. */
const REACH = 150;
/** Quoted speech of three words or more: a rating inside it is someone's words ("“9/10, best one”"). */
const QUOTED = /“[^”]{6,}”|"[^"]{6,}"/gu;

/** Where a line quotes someone: the spans of its quoted speech of three words or more. */
export type QuotedSpans = readonly { start: number; end: number }[];

/**
 * The spans of a line's quoted speech of three words or more.
 * @param line one paragraph
 */
export function quotedSpans(line: string): QuotedSpans {
  return [...line.matchAll(QUOTED)]
    .filter((m) => m[0].split(/\s+/).length >= 3)
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Whether the notation at `at` is someone else's rating, or this film's scale, not the critic's own.
 * @param line one paragraph
 * @param from where the notation's sentence starts
 * @param at where the notation starts
 * @param quoted the line's quoted speech (quotedSpans)
 * @param ownTitle the film's own titles: a rating handed to one of them is the critic's
 */
export function someoneElses(
  line: string,
  from: number,
  at: number,
  quoted: QuotedSpans,
  ownTitle: RegExp | null,
): boolean {
  const near = line.slice(Math.max(0, at - 30), at);
  if (OTHERS_POSSESSIVE.test(near) || SCALE_STATED.test(line.slice(Math.max(0, at - 12), at))) return true;
  const lead = line.slice(from, at);
  // The words just before the rating: a sentence may run long on a page without full stops.
  const recent = line.slice(Math.max(from, at - REACH), at);
  const reported =
    OTHERS_SUBJECT.test(lead) ||
    REPORTED.test(recent) ||
    OTHERS_GAVE.test(recent) ||
    THEIR_CRITIC.test(recent);
  if (reported && !FIRST_PERSON.test(recent)) return true;
  const after = line.slice(at, at + 60);
  if (OTHERS_LINE.test(line) || HANDED_TO.test(after) || TALLIED.test(after)) return true;
  // Without the film's titles there is no telling which film a name is.
  const named = ownTitle && GIVEN_TO_NAMED.exec(line.slice(Math.max(0, at - 80), at))?.[1];
  if (named && !ownTitle.test(named)) return true;
  return quoted.some((q) => at > q.start && at < q.end);
}
