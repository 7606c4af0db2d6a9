/** Context patterns around a notation: labels, revisions, rating verbs, third parties (scanned once per line). */
/** How far (in characters) a rating verb or a third-party name may sit before the notation. */
export const CUE_REACH = 30;
/** How far a notation may sit from the start of its sentence and still stand alone ("- 3 out of 5 skulls"). */
export const LEAD_REACH = 48;

/** "Rating:", "Our rating:", "Final verdict –", "**Grade:**", "Score 8/10", "Grade B+", "Overall: 9.5/10". Not "Stars:" (that is the cast). */
export const LABEL =
  /(?<![\p{L}\p{N}])((?:(?:our|my|final|overall|official|revised|updated|new|critic['’]s|editor['’]s)[ \t]){0,2}(rating|score|grade|verdict|judge?ment|overall(?=[*_ \t]{0,6}[:=–—-])))[*_ \t]{0,6}(?:[:=–—-][*_ \t]{0,6}|(?=[★⭐☆✩½\dA-DF]))/giu;
/**
 * Words that revise an earlier rating. "bump" needs an object ("some bumps in pacing" revises nothing) and an
 * upgrade after "an"/"the" is a noun ("an upgrade over Chapter 4"). An arrow after a rating ("3/5 → 4/5"),
 * "rating changed" and ", now 4/5" revise too.
 */
export const REVISION_CUE =
  /(?<![\p{L}\p{N}])(?:update[ds]?|updating|revis(?:e|es|ed|ing|ion)|bump(?:ed|ing)?(?=[ \t](?:it|this|that|my|the|up|down|to)(?!\p{L}))|(?<!(?:an?|the)[ \t])(?:up|down)grad(?:e|es|ed|ing)|second[ \t](?:viewing|screening|watch|look)|(?:rais|lower)(?:e|es|ed|ing)[ \t](?:my|his|her|their|the|its|it)(?!\p{L})|re-?watch(?:es|ed|ing)?(?![ \t]value)|on[ \t]reflection|in[ \t]hindsight|edit(?:ed)?(?=:)|raising[ \t]my|lowering[ \t]my|new[ \t](?:rating|score|grade|verdict)|(?:rating|score|grade)[ \t]changed|changed[ \t](?:my|the|his|her|their)[ \t](?:rating|score|grade)|(?<=,[ \t])now(?=[ \t]+(?:an?[ \t]+)?\d))(?![\p{L}\p{N}])|(?<=(?:\d|[★☆½])\)?[ \t]*)(?:[→⇒]|->)/giu;
/** "My first-watch rating was ★★★★", "I originally gave it 3/5": a rating the critic has since replaced. */
export const SUPERSEDED =
  /(?<![\p{L}])(?:(?:first[- ]watch|original|initial|earlier|previous|old)[ \t]+(?:rating|score|grade|verdict)|originally[ \t]+(?:gave|rated|scored)|initially[ \t]+(?:gave|rated|scored))(?![\p{L}])/iu;
/** A paragraph headed "Update:", "UPDATE (June 8):" or "Edit:" revises every rating in it. */
export const REVISION_HEADER =
  /^[\s*_#>•·-]{0,6}(?:update[ds]?|edit(?:ed)?|revised|revision|addendum)(?![\p{L}\p{N}])[^:]{0,40}:/iu;
/** Verbs that introduce the critic's own rating ("comes out at 58 out of 100", "it's a seven out of ten"). Not "rated": "Rated R, but 9 out of 10 fans…". */
export const RATING_CUE =
  /(?<![\p{L}\p{N}])(?:giv(?:e|es|en|ing)|gave|rat(?:e|es|ing)|scor(?:e|es|ed|ing)|award(?:s|ed|ing)?|earn(?:s|ed|ing)?|deserv(?:e|es|ed|ing)|grad(?:e|es|ed|ing)|verdict|worth|comes[ \t]out[ \t]at|lands[ \t]at|works[ \t]out[ \t]at|adds[ \t]up[ \t]to|it['’]s[ \t]an?|call[ \t]it[ \t]an?)(?![\p{L}\p{N}])/giu;
/** Someone else's score: aggregators, audiences, and age/content classification boards. */
export const THIRD_PARTY =
  /(?<![\p{L}\p{N}])(?:imdb|metacritic|metascore|rotten[ \t]tomatoes|tomatometer|letterboxd|cinemascore|audience[ \t](?:score|rating|award)|(?:members|readers|viewers|users|listeners|subscribers|fans)['’]|mpaa|mpa|bbfc|cbfc|fsk|esrb|certificate|certification|classification|censor(?:s|ship)?|(?:age|content|parental|maturity)[ \t-](?:rating|rated|classification)|normali[sz]ed)(?![\p{L}\p{N}])/giu;
export const CUE_GAP_BREAK = /[,;:!?()]/;
export const THIRD_PARTY_GAP_BREAK = /[,;!?]/;
/** A sentence starts after . ! ? … and a space (a decimal point is followed by a digit, not a space). */
export const SENTENCE_BREAK = /(?<=[.!?…])[ \t]+/gu;
/** Words a critic grades with before a score: "a solid 6", "a generous B", "a grudging three stars". */
export const GRADING_WORDS =
  'solid|strong|generous|shaky|firm|respectable|middling|healthy|weak|soft|hard|comfortable|decent|modest|grudging|reluctant';
/**
 * What may stand before a rating that is a sentence of its own: punctuation, a short opening
 * clause, and a few openers ("So, three stars out of five", "Taken on its own terms, it is a six
 * out of ten", "A generous four out of ten", "mine is 3,5/5").
 */
export const LEADING_JUNK = new RegExp(
  String.raw`^[\s*_#>•·"“‘'([–—-]*(?:[^"“”‘’]{1,80}["”’]\s*[–—:-]\s*)?(?:(?:\p{L}+\s+){0,4}\p{L}+,\s+)?(?:(?:that['’]s|it['’]s|it\s+is|this\s+is|call\s+it|make\s+it|mine\s+is|mine['’]s)\s+)?(?:an?\s+(?:(?:${GRADING_WORDS})\s+)?)?$`,
  'iu',
);

/** "It's a solid B.", "Call it a generous C+": a letter grade in the same phrase as "a solid 6". */
export const GRADED_LETTER = new RegExp(
  String.raw`(?<![\p{L}])(?:it['’]s|it\s+is|that['’]s|call\s+it|make\s+it)\s+an?\s+(?:${GRADING_WORDS})\s+(?=[A-DF])`,
  'giu',
);
/** "a solid 6", "a generous 7.5" closing a sentence: a grade on the usual scale of ten. */
export const GRADED_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])an?\s+(?:${GRADING_WORDS})\s+(\d(?:[.,]5)?|10)(?=\s*(?:[.!](?![\d/])|$))`,
  'giu',
);

export const GRADE_AFTER_TO = /(?<![\p{L}\p{N}])to[ \t](?:an?[ \t])?(?=[A-DF])/gu;
/** "it earns every bit of its A-", "I'd give it a B+", "deserves a C": a letter grade a rating verb hands out. */
export const GRADE_GIVEN =
  /(?<![\p{L}\p{N}])(?:earn(?:s|ed)?|deserv(?:e|es|ed)|gets|got|giv(?:e|es|ing)[ \t]it|gave[ \t]it)[ \t](?:every[ \t]bit[ \t]of[ \t])?(?:its|an?)[ \t](?=[A-DF])/gu;

export type Span = { start: number; end: number };

export function spans(line: string, pattern: RegExp): Span[] {
  return Array.from(line.matchAll(pattern), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The last span ending at or before `at` (spans are sorted and disjoint), or null. */
export function lastEndingBy(list: Span[], at: number): Span | null {
  let lo = 0;
  let hi = list.length - 1;
  let found: Span | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = list[mid];
    if (span && span.end <= at) {
      found = span;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The last number at or before `at` in a sorted list that starts with 0. */
export function lastAtOrBefore(sorted: number[], at: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = sorted[mid] ?? Number.POSITIVE_INFINITY;
    if (value <= at) {
      found = value;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** "… from me", "… for me" right after a notation: the critic's own. */
export const FROM_ME = /^[ \t]*(?:from|for)[ \t]+me(?![\p{L}])/iu;

/** "mine is 3,5/5", "my own score is 7/10": the critic setting their rating against someone else's. */
export const MINE =
  /(?<![\p{L}])(?:mine\s+is|mine['’]s|my\s+(?:own\s+)?(?:score|rating|verdict|grade)\s+is)\s+(?:an?\s+)?$/iu;
