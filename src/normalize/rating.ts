/**
 * The explicit-rating stage: finds the rating a critic wrote into the review text
 * ("Rating: ★★★½ (3.5/5)", "Grade: B+", "I give it 3 out of 4") and puts it on 0–100.
 *
 * Precedence, highest first:
 *   1. a revision — a rating in a sentence that earlier says update/revised/bump/upgrade/downgrade/
 *      second viewing/rewatch…, or in a paragraph headed "Update:"; the LAST revision in the text wins;
 *   2. a labelled rating ("Rating:", "Score:", "Grade:", "Verdict:", "Our rating:"); the first wins;
 *   3. a rating right after a rating verb ("I give it", "rate it", "earns", "deserves"); the first wins;
 *   4. a notation that is a sentence of its own ("Ballerina? 3/5.", "★★★½"); the first wins;
 *   5. a notation inside prose ("a 7/10 kind of film"); the first wins.
 *
 * Lines are paragraphs; a rating never spans two. Other people's scores (IMDb, Rotten Tomatoes, an
 * audience score) and age classifications ("Rated R", "BBFC 15", "U/A") are not the critic's rating.
 *
 * Every pattern has bounded repetition and every per-candidate lookup is a binary search,
 * so the stage stays linear in the length of the text.
 */
import type { ExplicitRating } from '../schemas/review.ts';

/**
 * Letter grades on 0–100: A is the top of the scale and F is 0; the steps between are
 * twelfths of the scale, rounded (B+ 83, C 50). A+ cannot go above the top, so it is 100 too.
 */
export const LETTER_GRADES: ReadonlyMap<string, number> = new Map([
  ['A+', 100],
  ['A', 100],
  ['A-', 92],
  ['B+', 83],
  ['B', 75],
  ['B-', 67],
  ['C+', 58],
  ['C', 50],
  ['C-', 42],
  ['D+', 33],
  ['D', 25],
  ['D-', 17],
  ['F', 0],
]);

/** Scales a written number may be out of; 24/7, 50/50 or 9/11 are not ratings. */
const SCALES: ReadonlySet<number> = new Set([4, 5, 10, 100]);
/** A star count with no scale and no empty stars ("4 stars", "★★★") is out of five. */
const DEFAULT_STAR_SCALE = 5;
/** How far (in characters) a rating verb or a third-party name may sit before the notation. */
const CUE_REACH = 30;
/** How far a notation may sit from the start of its sentence and still stand alone ("- 3 out of 5 skulls"). */
const LEAD_REACH = 12;
/** Keeps binary-float noise (14.499999…) from rounding an exact half the wrong way. */
const HALF_EPSILON = 1e-9;

const REVISED = 4;
const LABELLED = 3;
const CUED = 2;
/** A notation that is a sentence of its own: "Ballerina? 3/5." */
const ALONE = 1;
const BARE = 0;

// ---- notation patterns (sticky: they read at one position) ----------------------------------------

/** "3", "3.5", "3½", "3 ½", "3 1/2". */
const DIGITS = String.raw`\d{1,3}(?:\.\d{1,2}|[ \t]?½|[ \t]1\/2)?`;
const NUMBER_WORDS = 'zero|one|two|three|four|five|six|seven|eight|nine|ten';
const NUMBER = String.raw`(?:${DIGITS}|(?:${NUMBER_WORDS})(?:[ \t]and[ \t]a[ \t]half)?)`;
const SCALE = String.raw`(?:\d{1,3}|four|five|ten|a[ \t]hundred|hundred)`;
/** A number ends here: no more digits, letters or decimals follow. */
const NUMBER_END = String.raw`(?![\p{L}\p{N}]|[.,]\d)`;

/** "3.5/5", "7 / 10"; not a date (6/6/2025), a percentage, a share ("3/4 of the runtime") or a counter ("Part 1/4"). */
const FRACTION = new RegExp(
  String.raw`(?<!(?<!\p{L})(?:page|part|episode|ep|day|step|chapter|vol|volume|issue|no|season|round|slide|photo|image)\.?[ \t]?)(${DIGITS})[ \t]?\/[ \t]?(\d{1,3})(?![\p{L}\p{N}%\/]|[.,]\d|[ \t]of(?!\p{L}))`,
  'iuy',
);
/** "3 out of 4", "four out of five". */
const OUT_OF = new RegExp(
  String.raw`(${NUMBER})[ \t]{1,2}out[ \t]of[ \t]{1,2}(${SCALE})${NUMBER_END}`,
  'iuy',
);
/** "4 stars", "three and a half stars", "4★", "4 stars out of 5". */
const STAR_COUNT = new RegExp(
  String.raw`(${NUMBER})[ \t-]?(?:stars?(?!\p{L})|★|⭐\uFE0F?)(?:[ \t]out[ \t]of[ \t](${SCALE})${NUMBER_END})?`,
  'iuy',
);
/** "92%", only after a label. */
const PERCENT = /(\d{1,3}(?:\.\d{1,2})?)[ \t]?%/uy;
/** Full stars, an optional half ("½", ".5", " 1/2"), empty stars. At most ten of each. */
const STAR_RUN = /((?:★|⭐\uFE0F?){0,10})(½|⯪|⯨|\.5(?!\d)|[ \t]?1\/2(?![\d/]))?([☆✩]{0,10})(?![★⭐☆✩])/uy;
const STAR_GLYPH = /[★⭐☆✩½⯪⯨]/u;
/** A letter grade; a bare letter must be followed by punctuation or the end, so "A triumph" is no grade. */
const LETTER = /([A-DF])(\+|[-−–])?/y;
const AFTER_BARE_LETTER = /[ \t]{0,3}(?:$|[.,;!?)\]([]|[–—−-](?![\p{L}\p{N}]))/uy;
/** How far after a grade to look for a hint that it is a certificate. */
const CERTIFICATE_REACH = 30;
/** Words after a grade that make "Rating: A" a certificate (India's "A" for adults). */
const CERTIFICATE_HINT =
  /(?<![\p{L}\p{N}])(?:adults?|certificate|certified|cbfc|censor|restricted)(?![\p{L}\p{N}])/iu;
/** A bracket may join a star run and the same rating as a number: "★★★½ (3.5/5)". */
const PAIR_GAP = /[ \t]{0,2}([([][ \t]{0,2})?/y;
const PAIR_CLOSE = /[ \t]{0,2}[)\]]/y;
/** A word after a notation that may be its unit: "popcorn buckets", "skulls", "stars". */
const UNIT_WORD = /[ \t]{1,2}(\p{L}[\p{L}’'-]{0,24})/uy;
const STAR_WORD = /^stars?$/i;
const PLURAL = /\p{L}s$/u;
const NOT_PLURAL = /(?:ss|us|is)$/i;
const NOT_A_UNIT: ReadonlySet<string> = new Set(
  'a an the and or but nor for from in on at of with by to as is was this that these those its his hers yes thus plus less unless always perhaps overall sometimes seems feels looks sounds makes gets goes does has says means works holds stands lands delivers earns deserves'.split(
    ' ',
  ),
);
/** What may follow a rating that ends its phrase: the end, punctuation, or "for me"/"from me". */
const PHRASE_END = /[ \t]{0,3}(?:$|[.,;:!?)\]—–-]|(?:for|from|overall)(?!\p{L}))/iuy;

// ---- context patterns (global: scanned once per line) -----------------------------------------------

/** Where a notation may start: a digit or number word not inside another number or word, or a star. */
const NOTATION_START = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,\/$£€¥#])(?:\d|(?:${NUMBER_WORDS})(?!\p{L}))|(?<![★⭐☆✩\uFE0F½⯪⯨])[★⭐☆✩½⯪⯨]`,
  'giu',
);
/** "Rating:", "Our rating:", "Final verdict –", "**Grade:**", "Score 8/10", "Grade B+". Not "Stars:" (that is the cast). */
const LABEL =
  /(?<![\p{L}\p{N}])((?:(?:our|my|final|overall|official|revised|updated|new|critic['’]s|editor['’]s)[ \t]){0,2}(rating|score|grade|verdict))[*_ \t]{0,6}(?:[:=–—-][*_ \t]{0,6}|(?=[★⭐☆✩½\dA-DF]))/giu;
/**
 * Words that revise an earlier rating. "bump" needs an object ("some bumps in pacing" revises nothing) and an
 * upgrade after "an"/"the" is a noun ("an upgrade over Chapter 4").
 */
const REVISION_CUE =
  /(?<![\p{L}\p{N}])(?:update[ds]?|updating|revis(?:e|es|ed|ing|ion)|bump(?:ed|ing)?(?=[ \t](?:it|this|that|my|the|up|down|to)(?!\p{L}))|(?<!(?:an?|the)[ \t])(?:up|down)grad(?:e|es|ed|ing)|second[ \t]viewing|re-?watch(?:es|ed|ing)?|on[ \t]reflection|in[ \t]hindsight|edit(?:ed)?(?=:)|raising[ \t]my|lowering[ \t]my|new[ \t](?:rating|score|grade|verdict))(?![\p{L}\p{N}])/giu;
/** A paragraph headed "Update:", "UPDATE (June 8):" or "Edit:" revises every rating in it. */
const REVISION_HEADER =
  /^[\s*_#>•·-]{0,6}(?:update[ds]?|edit(?:ed)?|revised|revision|addendum)(?![\p{L}\p{N}])[^:]{0,40}:/iu;
/** Verbs that introduce the critic's own rating. Not "rated": "Rated R, but 9 out of 10 fans…". */
const RATING_CUE =
  /(?<![\p{L}\p{N}])(?:giv(?:e|es|en|ing)|gave|rat(?:e|es|ing)|scor(?:e|es|ed|ing)|award(?:s|ed|ing)?|earn(?:s|ed|ing)?|deserv(?:e|es|ed|ing)|grad(?:e|es|ed|ing)|verdict|worth)(?![\p{L}\p{N}])/giu;
/** Someone else's score: aggregators, audiences, and age/content classification boards. */
const THIRD_PARTY =
  /(?<![\p{L}\p{N}])(?:imdb|metacritic|metascore|rotten[ \t]tomatoes|tomatometer|letterboxd|cinemascore|audience[ \t](?:score|rating)|mpaa|mpa|bbfc|cbfc|fsk|esrb|certificate|certification|classification|censor(?:s|ship)?|(?:age|content|parental|maturity)[ \t-](?:rating|rated|classification))(?![\p{L}\p{N}])/giu;
const CUE_GAP_BREAK = /[,;:!?()]/;
const THIRD_PARTY_GAP_BREAK = /[,;!?]/;
/** A sentence starts after . ! ? … and a space (a decimal point is followed by a digit, not a space). */
const SENTENCE_BREAK = /(?<=[.!?…])[ \t]+/gu;
const LEADING_JUNK = /^[\s*_#>•·"“‘'([–—-]*$/u;
const GRADE_AFTER_TO = /(?<![\p{L}\p{N}])to[ \t](?:an?[ \t])?(?=[A-DF])/gu;

type Form = 'stars' | 'fraction' | 'outOf' | 'starCount' | 'percent';

/** A notation read at one position, before its context is judged. */
type Reading = Pick<ExplicitRating, 'value' | 'max'> & {
  start: number;
  /** End of the notation including any unit ("4/5 popcorn buckets"). */
  end: number;
  /** End without a non-star unit; the unit is kept only where the rating stands alone or is labelled. */
  coreEnd: number;
  form: Form;
  /** Star glyphs in a star run (0 for other forms). */
  glyphs: number;
  /** A star run written together with the same rating as a number. */
  paired: boolean;
  unitIsStars: boolean;
  /** Nothing but punctuation, the end or "for me" follows the notation (with its unit). */
  endsPhrase: boolean;
};

/** A rating found in the text; `at` is its offset in the whole text. */
type Candidate = ExplicitRating & { tier: number; at: number };

/** Whether `c` takes precedence over `best`: a higher tier; in a tie the last revision or the first of the rest. */
function outranks(c: Candidate, best: Candidate | null): boolean {
  if (!best || c.tier !== best.tier) return !best || c.tier > best.tier;
  return c.tier === REVISED ? c.at > best.at : c.at < best.at;
}

type Span = { start: number; end: number };

/** The critic's own rating written in the review text, or null when there is none. */
export function extractRating(text: string): ExplicitRating | null {
  let best: Candidate | null = null;
  let offset = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    best = bestInLine(line, offset, best);
    offset += line.length + 1;
  }
  if (!best) return null;
  const { text: written, value, max, kind } = best;
  return { text: written, value, max, kind };
}

/** A rating as an integer score from 0 to 100, proportional to where it sits on its scale. */
export function ratingToScore(rating: ExplicitRating): number {
  const score = Math.round((rating.value / rating.max) * 100 + HALF_EPSILON);
  return Math.min(100, Math.max(0, score));
}

/** The rating that outranks `best` and every other rating in one line (paragraph); `offset` is where the line starts. */
function bestInLine(line: string, offset: number, bestSoFar: Candidate | null): Candidate | null {
  let best = bestSoFar;
  const sentenceStarts = [0];
  for (const m of line.matchAll(SENTENCE_BREAK)) sentenceStarts.push(m.index + m[0].length);
  const revisions = spans(line, REVISION_CUE);
  const cues = spans(line, RATING_CUE);
  const thirdParties = spans(line, THIRD_PARTY);

  const sentenceStart = (at: number): number => lastAtOrBefore(sentenceStarts, at);
  const revisedParagraph = REVISION_HEADER.test(line);
  const isRevision = (at: number): boolean => {
    if (revisedParagraph) return true;
    const cue = lastEndingBy(revisions, at);
    return cue !== null && cue.start >= sentenceStart(at);
  };
  const nearBefore = (list: Span[], at: number, gapBreak: RegExp): boolean => {
    const cue = lastEndingBy(list, at);
    return (
      cue !== null &&
      cue.start >= sentenceStart(at) &&
      at - cue.end <= CUE_REACH &&
      !gapBreak.test(line.slice(cue.end, at))
    );
  };
  const standsAlone = (at: number): boolean => {
    const from = sentenceStart(at);
    return at - from <= LEAD_REACH && LEADING_JUNK.test(line.slice(from, at));
  };

  const tierAt = (at: number, labelled: boolean, alone: boolean): number => {
    if (isRevision(at)) return REVISED;
    if (labelled) return LABELLED;
    if (nearBefore(cues, at, CUE_GAP_BREAK)) return CUED;
    return alone ? ALONE : BARE;
  };
  const add = (start: number, rating: ExplicitRating, tier: number): void => {
    if (nearBefore(thirdParties, start, THIRD_PARTY_GAP_BREAK)) return;
    const candidate = { ...rating, tier, at: offset + start };
    if (outranks(candidate, best)) best = candidate;
  };
  /** Judges a reading in its context and records it if it is a rating. */
  const judge = (r: Reading, labelled: boolean): void => {
    const alone = standsAlone(r.start);
    const tier = tierAt(r.start, labelled, alone && r.endsPhrase);
    const contextual = tier > ALONE;
    const accepted =
      r.form === 'fraction' ||
      (r.form === 'stars' && (r.glyphs > 1 || r.paired || contextual)) ||
      (r.form === 'outOf' && (contextual || r.unitIsStars || (alone && r.endsPhrase))) ||
      (r.form === 'starCount' && (contextual || (alone && r.endsPhrase))) ||
      (r.form === 'percent' && labelled);
    if (!accepted) return;
    const end = r.unitIsStars || labelled || alone ? r.end : r.coreEnd;
    add(r.start, { text: line.slice(r.start, end), value: r.value, max: r.max, kind: 'numeric' }, tier);
  };

  // Labelled ratings first; the positions they cover are not read again as prose.
  const taken: Span[] = [];
  for (const m of line.matchAll(LABEL)) {
    const at = m.index + m[0].length;
    const keyword = (m[2] ?? '').toLowerCase();
    const reading = readNotation(line, at, true);
    if (reading) {
      judge(reading, true);
      taken.push({ start: reading.start, end: reading.end });
      continue;
    }
    const grade = readLetter(line, at);
    if (!grade) continue;
    if (keyword !== 'grade' && CERTIFICATE_HINT.test(line.slice(grade.end, grade.end + CERTIFICATE_REACH)))
      continue;
    const written = line.slice(m.index, grade.end).replace(/[*_]/g, '').replace(/\s+/g, ' ');
    add(at, { text: written, value: grade.value, max: 100, kind: 'letter' }, tierAt(at, true, false));
    taken.push({ start: at, end: grade.end });
  }

  // Notations in prose.
  let next = 0;
  NOTATION_START.lastIndex = 0;
  for (let m = NOTATION_START.exec(line); m; m = NOTATION_START.exec(line)) {
    const at = m.index;
    while (next < taken.length && (taken[next]?.end ?? 0) <= at) next++;
    const cover = taken[next];
    if (cover && cover.start <= at) {
      NOTATION_START.lastIndex = cover.end;
      continue;
    }
    const reading = readNotation(line, at, false);
    if (!reading) continue;
    judge(reading, false);
    NOTATION_START.lastIndex = Math.max(NOTATION_START.lastIndex, reading.end);
  }

  // A letter grade in prose only as the target of a revision: "I'd bump it to a B+".
  for (const m of line.matchAll(GRADE_AFTER_TO)) {
    const at = m.index + m[0].length;
    const grade = isRevision(at) ? readLetter(line, at) : null;
    if (grade) {
      add(at, { text: line.slice(at, grade.end), value: grade.value, max: 100, kind: 'letter' }, REVISED);
    }
  }

  return best;
}

/** Reads a star run, a fraction, "x out of y", "n stars" or (after a label) a percentage at `at`. */
function readNotation(line: string, at: number, labelled: boolean): Reading | null {
  const first = STAR_GLYPH.test(line.charAt(at)) ? readStars(line, at) : readNumber(line, at, labelled);
  if (!first) return null;
  const paired = readPair(line, first);
  if (paired) return paired;
  if (first.form !== 'fraction' && first.form !== 'outOf') {
    return { ...first, endsPhrase: endsPhrase(line, first.end) };
  }
  return withUnit(line, first);
}

/** A star run at `at`: ★★★½, ★★★.5, ⭐⭐⭐, ★★★☆☆ (empty stars set the scale). */
function readStars(line: string, at: number): Reading | null {
  const m = execAt(STAR_RUN, line, at);
  if (!m) return null;
  const full = (m[1] ?? '').replace(/\uFE0F/g, '').length;
  const half = m[2] === undefined ? 0 : 1;
  const empty = (m[3] ?? '').length;
  if (full + empty === 0) return null;
  const max = empty > 0 ? full + half + empty : DEFAULT_STAR_SCALE;
  const value = full + half / 2;
  if (value > max) return null;
  const end = at + m[0].length;
  return reading(at, end, value, max, 'stars', full + half + empty);
}

/** A numeric notation at `at`: "3.5/5", "3 out of 4", "4 stars", and after a label "92%". */
function readNumber(line: string, at: number, labelled: boolean): Reading | null {
  const fraction = execAt(FRACTION, line, at);
  if (fraction) return scaled(at, fraction, 'fraction');
  const outOf = execAt(OUT_OF, line, at);
  if (outOf) return scaled(at, outOf, 'outOf');
  const stars = execAt(STAR_COUNT, line, at);
  if (stars) {
    const value = parseNumber(stars[1] ?? '');
    const max = stars[2] === undefined ? DEFAULT_STAR_SCALE : parseNumber(stars[2]);
    if (value === null || max === null || !SCALES.has(max) || value > max) return null;
    return reading(at, at + stars[0].length, value, max, 'starCount', 0);
  }
  const percent = labelled ? execAt(PERCENT, line, at) : null;
  if (percent) {
    const value = Number(percent[1]);
    return value <= 100 ? reading(at, at + percent[0].length, value, 100, 'percent', 0) : null;
  }
  return null;
}

/** A star run and a fraction written side by side ("★★★½ (3.5/5)", "3.5/5 ★★★½") as one rating. */
function readPair(line: string, first: Reading): Reading | null {
  const wantsNumber = first.form === 'stars';
  if (!wantsNumber && first.form !== 'fraction' && first.form !== 'outOf') return null;
  const gap = execAt(PAIR_GAP, line, first.end);
  const at = first.end + (gap?.[0].length ?? 0);
  const second = wantsNumber
    ? readNumber(line, at, false)
    : STAR_GLYPH.test(line.charAt(at))
      ? readStars(line, at)
      : null;
  if (!second || (wantsNumber && second.form !== 'fraction' && second.form !== 'outOf')) return null;
  let end = second.end;
  if (gap?.[1] !== undefined) {
    const close = execAt(PAIR_CLOSE, line, end);
    if (!close) return null;
    end += close[0].length;
  }
  const numeric = wantsNumber ? second : first;
  const stars = wantsNumber ? first : second;
  return {
    ...reading(first.start, end, numeric.value, numeric.max, 'stars', stars.glyphs),
    paired: true,
    endsPhrase: endsPhrase(line, end),
  };
}

/** Extends a fraction or "out of" with a unit word or two: "4/5 popcorn buckets", "2.5 out of 5 stars". */
function withUnit(line: string, r: Reading): Reading {
  const first = execAt(UNIT_WORD, line, r.end);
  const word1 = first?.[1] ?? '';
  const end1 = r.end + (first?.[0].length ?? 0);
  const bare = { ...r, endsPhrase: endsPhrase(line, r.end) };
  if (!first || NOT_A_UNIT.has(word1.toLowerCase())) return bare;
  if (STAR_WORD.test(word1)) {
    return { ...r, end: end1, unitIsStars: true, endsPhrase: endsPhrase(line, end1) };
  }
  const second = execAt(UNIT_WORD, line, end1);
  const word2 = second?.[1] ?? '';
  const end2 = end1 + (second?.[0].length ?? 0);
  if (second && isPluralNoun(word2) && endsPhrase(line, end2)) {
    return { ...r, end: end2, unitIsStars: STAR_WORD.test(word2), endsPhrase: true };
  }
  if (isPluralNoun(word1) && endsPhrase(line, end1)) return { ...r, end: end1, endsPhrase: true };
  return bare;
}

/** A letter grade at `at` and its 0–100 value. */
function readLetter(line: string, at: number): { end: number; value: number } | null {
  const m = execAt(LETTER, line, at);
  if (!m) return null;
  const end = at + m[0].length;
  const sign = m[2];
  if (sign === undefined ? !execAt(AFTER_BARE_LETTER, line, end) : /[\p{L}\p{N}]/u.test(line.charAt(end))) {
    return null;
  }
  const letter = m[1] ?? '';
  // F is the bottom of the scale with or without a sign.
  const key = letter === 'F' || sign === undefined ? letter : letter + (sign === '+' ? '+' : '-');
  const value = LETTER_GRADES.get(key);
  return value === undefined ? null : { end, value };
}

function scaled(at: number, m: RegExpExecArray, form: Form): Reading | null {
  const value = parseNumber(m[1] ?? '');
  const max = parseNumber(m[2] ?? '');
  if (value === null || max === null || !SCALES.has(max) || value > max) return null;
  return reading(at, at + m[0].length, value, max, form, 0);
}

function reading(
  start: number,
  end: number,
  value: number,
  max: number,
  form: Form,
  glyphs: number,
): Reading {
  return {
    start,
    end,
    coreEnd: end,
    value,
    max,
    form,
    glyphs,
    paired: false,
    unitIsStars: false,
    endsPhrase: false,
  };
}

const WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ...NUMBER_WORDS.split('|').map((word, i): [string, number] => [word, i]),
  ['hundred', 100],
  ['a hundred', 100],
]);

const HALF_WORDS = ' and a half';

function parseNumber(raw: string): number | null {
  if (raw.endsWith('½')) return half(parseNumber(raw.slice(0, -1).trimEnd()));
  if (/[ \t]1\/2$/.test(raw)) return half(parseNumber(raw.slice(0, -3).trimEnd()));
  if (/^\d/.test(raw)) return Number(raw);
  const written = raw.toLowerCase().replace(/[ \t]+/g, ' ');
  if (written.endsWith(HALF_WORDS)) {
    return half(WORD_VALUES.get(written.slice(0, -HALF_WORDS.length)) ?? null);
  }
  return WORD_VALUES.get(written) ?? null;
}

function half(whole: number | null): number | null {
  return whole === null ? null : whole + 0.5;
}

function isPluralNoun(word: string): boolean {
  return PLURAL.test(word) && !NOT_PLURAL.test(word) && !NOT_A_UNIT.has(word.toLowerCase());
}

function endsPhrase(line: string, at: number): boolean {
  return execAt(PHRASE_END, line, at) !== null;
}

function execAt(sticky: RegExp, line: string, at: number): RegExpExecArray | null {
  sticky.lastIndex = at;
  return sticky.exec(line);
}

function spans(line: string, pattern: RegExp): Span[] {
  return Array.from(line.matchAll(pattern), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The last span ending at or before `at` (spans are sorted and disjoint), or null. */
function lastEndingBy(list: Span[], at: number): Span | null {
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
function lastAtOrBefore(sorted: number[], at: number): number {
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
