import { execAt } from '../text/pattern.ts';
import { readAsterisks } from './asterisks.ts';
import { DOT_GLYPH, ICON, icons, readDots, readIcons } from './icons.ts';
import { DIGITS, NUMBER, NUMBER_END, NUMBER_WORDS, parseNumber, SCALE } from './numbers.ts';
import { DEFAULT_STAR_SCALE, endsPhrase, type Form, type Reading, reading, SCALES } from './reading.ts';

export type { Reading } from './reading.ts';

// ---- notation patterns (sticky: they read at one position) ----------------------------------------

/** "3.5/5", "7 / 10", "3.5/5.0"; not a date (6/6/2025), a percentage, a share ("3/4 of the runtime") or a counter ("Part 1/4"). */
const FRACTION = new RegExp(
  String.raw`(?<!(?<!\p{L})(?:page|part|episode|ep|day|step|chapter|vol|volume|issue|no|season|round|slide|photo|image)\.?[ \t]?)(${DIGITS})[ \t]?\/[ \t]?(\d{1,3})(?:\.0(?!\d))?(?![\p{L}\p{N}%\/]|[.,]\d|[ \t]of(?!\p{L}))`,
  'iuy',
);
/**
 * "3 out of 4", "four out of five", "4 skulls out of 5", "five pointe shoes out of five", "one mic
 * out of five" (a plural unit between, or a singular one after "one").
 */
const OUT_OF = new RegExp(
  String.raw`(${NUMBER})(?:(?:[ \t]\p{L}{2,20})?[ \t]\p{L}{2,20}s|(?<=(?<![\p{L}\p{N}])(?:one|1))[ \t]\p{L}{2,20})?[ \t]{1,2}out[ \t]of[ \t]{1,2}(${SCALE})${NUMBER_END}`,
  'iuy',
);
/** "stars" between a number and "out of": "two stars out of four". */
const STARS_BETWEEN = /(?<!\p{L})stars?[ \t]{1,2}out[ \t]of(?!\p{L})/iu;
/**
 * "4.5 of 5", "3.5 on 5", digits only ("one of five reasons" is no rating); read only after a label
 * or alone.
 */
const OF_SCALE = new RegExp(String.raw`(${DIGITS})[ \t]o[fn][ \t](\d{1,3})${NUMBER_END}`, 'iuy');
/** "4 stars", "three and a half stars", "4★", "4 stars out of 5", "4 stars (out of 4)", "One star of five". */
const STAR_COUNT = new RegExp(
  String.raw`(${NUMBER})[ \t-]?(?:stars?(?!\p{L})|★|⭐\uFE0F?)(?:[ \t]\(?(?:out[ \t])?of[ \t](${SCALE})${NUMBER_END}\)?)?`,
  'iuy',
);
/** "a star and a half", "two stars and a half out of five": the half after the unit. */
const STARS_AND_A_HALF = new RegExp(
  String.raw`(a|${NUMBER_WORDS}|\d{1,2})[ \t]stars?[ \t]and[ \t]a[ \t]half(?:[ \t]out[ \t]of[ \t](${SCALE})${NUMBER_END})?`,
  'iuy',
);
/** "92%", only after a label. */
const PERCENT = /(\d{1,3}(?:\.\d{1,2})?)[ \t]?%/uy;
/** Full stars, an optional half ("½", ".5", " 1/2"), empty stars. At most ten of each. */
const STAR_RUN = /((?:★|⭐\uFE0F?){0,10})(½|⯪|⯨|\.5(?!\d)|[ \t]?1\/2(?![\d/]))?([☆✩]{0,10})(?![★⭐☆✩])/uy;
const STAR_GLYPH = /[★⭐☆✩½⯪⯨]/u;
/** "(out of four)" after a star run sets its scale: "★½ (out of four)". */
const STAR_SCALE_TAIL = new RegExp(String.raw`[ \t]{0,2}\(?out[ \t]of[ \t](${SCALE})${NUMBER_END}\)?`, 'iuy');
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

/** Where a notation may start: a digit or number word not inside another number or word, or a star. */
export const NOTATION_START = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,\/$£€¥#])(?:\d|(?:${NUMBER_WORDS})(?!\p{L})|a(?=[ \t]stars?[ \t]and[ \t]a[ \t]half))|(?<![★⭐☆✩\uFE0F½⯪⯨])[★⭐☆✩½⯪⯨]|(?<![●⬤◐○◯])[●⬤◐○◯]|(?<![*\p{L}\p{N}])\*(?=\*{0,4}(?:½|[ \t]1\/2|[ \t]{0,2}\(?out[ \t]of[ \t]))|(?<!\p{Extended_Pictographic}\uFE0F?)\p{Extended_Pictographic}`,
  'giu',
);

/** Reads a star run, a fraction, "x out of y", "n stars" or (after a label) a percentage at `at`. */
export function readNotation(line: string, at: number, labelled: boolean): Reading | null {
  if (line.charAt(at) === '*') return readAsterisks(line, at, labelled);
  const glyph = line.codePointAt(at) ?? 0;
  if (DOT_GLYPH.test(line.charAt(at))) return readDots(line, at, labelled);
  if (!STAR_GLYPH.test(line.charAt(at)) && ICON.test(String.fromCodePoint(glyph)))
    return readIconPair(line, at) ?? readIcons(line, at, labelled);
  const first = STAR_GLYPH.test(line.charAt(at)) ? readStars(line, at) : readNumber(line, at, labelled);
  if (!first) return null;
  const paired = readPair(line, first);
  if (paired) return paired;
  if (first.form !== 'fraction' && first.form !== 'outOf' && first.form !== 'of') {
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
  const value = full + half / 2;
  let end = at + m[0].length;
  let max = empty > 0 ? full + half + empty : DEFAULT_STAR_SCALE;
  const tail = empty > 0 ? null : execAt(STAR_SCALE_TAIL, line, end);
  const scale = tail ? parseNumber(tail[1] ?? '') : null;
  if (tail && scale !== null && SCALES.has(scale) && value <= scale) {
    max = scale;
    end += tail[0].length;
  }
  if (value > max || !SCALES.has(max)) return null;
  return reading(at, end, value, max, 'stars', full + half + empty);
}

/** A numeric notation at `at`: "3.5/5", "3 out of 4", "4 stars", and after a label "92%". */
function readNumber(line: string, at: number, labelled: boolean): Reading | null {
  const fraction = execAt(FRACTION, line, at);
  if (fraction) return scaled(at, fraction, 'fraction');
  const outOf = execAt(OUT_OF, line, at) ?? execAt(OF_SCALE, line, at);
  if (outOf) {
    const r = scaled(at, outOf, /out/i.test(outOf[0]) ? 'outOf' : 'of');
    // "two stars out of four": the unit between names the notation as a star rating.
    return r && { ...r, unitIsStars: STARS_BETWEEN.test(outOf[0]) };
  }
  const halved = execAt(STARS_AND_A_HALF, line, at);
  if (halved) {
    const whole = /^a$/iu.test(halved[1] ?? '') ? 1 : parseNumber(halved[1] ?? '');
    const max = halved[2] === undefined ? DEFAULT_STAR_SCALE : parseNumber(halved[2]);
    const value = whole === null ? null : whole + 0.5;
    if (value === null || max === null || !SCALES.has(max) || value > max) return null;
    return reading(at, at + halved[0].length, value, max, 'starCount', 0);
  }
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
  const end = closePair(line, gap, second.end);
  if (end === null) return null;
  const numeric = wantsNumber ? second : first;
  const stars = wantsNumber ? first : second;
  return {
    ...reading(first.start, end, numeric.value, numeric.max, 'stars', stars.glyphs),
    paired: true,
    endsPhrase: endsPhrase(line, end),
  };
}

/**
 * Where a pair ends: after its second half, or after the bracket that closes it when the gap
 * opened one ("★★★½ (3.5/5)"); null when an opened bracket is not closed.
 */
function closePair(line: string, gap: RegExpExecArray | null, end: number): number | null {
  if (gap?.[1] === undefined) return end;
  const close = execAt(PAIR_CLOSE, line, end);
  return close ? end + close[0].length : null;
}

/** A run of one repeated icon, with a half after it: "🍿🍿🍿", "💀💀½". */
const ICON_BARE = /(\p{Extended_Pictographic})\uFE0F?(?:\1\uFE0F?){0,9}(½)?/uy;

/**
 * A run of icons with the same rating as a number beside it, which gives its scale:
 * "🩰🩰🩰🩰🩰 (five pointe shoes out of five)", "🍿🍿🍿 (3/5)".
 */
function readIconPair(line: string, at: number): Reading | null {
  const run = execAt(ICON_BARE, line, at);
  if (!run) return null;
  const half = run[2] === undefined ? 0 : 0.5;
  const count = icons(run[0].replace('½', ''));
  if (count + half < 1.5) return null;
  const gap = execAt(PAIR_GAP, line, at + run[0].length);
  const number = readNumber(line, at + run[0].length + (gap?.[0].length ?? 0), false);
  const numeric = number?.form === 'fraction' || number?.form === 'outOf';
  if (!number || !numeric || number.value !== count + half) return null;
  // "(2.5 out of 5 skulls)": the unit after the number stays inside the bracket.
  const end = closePair(line, gap, withUnit(line, number).end);
  if (end === null) return null;
  return {
    ...reading(at, end, count + half, number.max, 'stars', count + (half ? 1 : 0)),
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

function scaled(at: number, m: RegExpExecArray, form: Form): Reading | null {
  const value = parseNumber(m[1] ?? '');
  const max = parseNumber(m[2] ?? '');
  if (value === null || max === null || !SCALES.has(max) || value > max) return null;
  return reading(at, at + m[0].length, value, max, form, 0);
}

function isPluralNoun(word: string): boolean {
  return PLURAL.test(word) && !NOT_PLURAL.test(word) && !NOT_A_UNIT.has(word.toLowerCase());
}
