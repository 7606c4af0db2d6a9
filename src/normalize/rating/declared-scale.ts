import { NUMBER, NUMBER_END, parseNumber, SCALE } from './numbers.ts';
import { SCALES } from './reading.ts';

/**
 * A scale the critic names before the number: "Out of ten?", "Out of ten, …", "scores every film
 * out of ten", "On the ten-point scale I use",
 * "this magazine's ten-point ledger", "on a scale of one to ten".
 */
const DECLARED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:out[ \t]of[ \t](${SCALE})[ \t]?\?|(?<=(?:^|[.!?…][ \t]+))out[ \t]of[ \t](${SCALE}),|(?:scores?|rates?|marks?|grades?)[ \t](?:every|each|all)[ \t](?:film|movie)s?[ \t]out[ \t]of[ \t](${SCALE})|(${SCALE})[ \t-]point[ \t](?:scale|ledger|system)|scale[ \t]of[ \t](?:zero|one|0|1)[ \t](?:to|and)[ \t](${SCALE}))${NUMBER_END}`,
  'giu',
);
/**
 * "I'd give it a six.", "it gets a four", "I will write nine and a half in it": a bare number the
 * critic hands out, ending its phrase.
 */
const GIVEN = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:giv(?:e|es|ing)|gave|gets|got)[ \t]it|write|put|mark[ \t]it)[ \t](?:an?[ \t])?(${NUMBER})(?=[ \t]*(?:[.!,;]|$)|[ \t](?:in|on|for|from)(?![\p{L}]))`,
  'giu',
);
/** "Stars out of ten: 3": the scale in the label, the number after it. */
const SCALE_LABEL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:stars|marks?|points|score|rating)[ \t]out[ \t]of[ \t](${SCALE})[ \t]?:[ \t]*(${NUMBER})(?=[ \t]*(?:[.!,;]|$))`,
  'giu',
);
/** The number must follow the scale within this many characters (the same sentence or the next). */
const REACH = 120;

/** A rating whose scale was named apart from its number. */
export interface DeclaredRating {
  start: number;
  end: number;
  value: number;
  max: number;
  /** Whether a label holds it ("Stars out of ten: 3"), rather than a verb ("I'd give it a six"). */
  labelled: boolean;
}

/**
 * Ratings written as a bare number on a scale named apart from it: "Out of ten? I'd give it a
 * six.", "On the ten-point scale I've used since issue one, I'd give it a four.", "Stars out of ten: 3"
 * @param line one paragraph of the review
 * @returns each such rating with where its number stands in the line
 */
export function declaredScaleRatings(line: string): DeclaredRating[] {
  const scales = [...line.matchAll(DECLARED)].map((m) => ({
    end: m.index + m[0].length,
    max: parseNumber(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? ''),
  }));
  const out: DeclaredRating[] = [];
  for (const m of line.matchAll(SCALE_LABEL)) {
    const number = m[2] ?? '';
    const start = m.index + m[0].length - number.length;
    const max = parseNumber(m[1] ?? '');
    const value = parseNumber(number);
    if (max !== null && value !== null && SCALES.has(max) && value <= max)
      out.push({ start, end: start + number.length, value, max, labelled: true });
  }
  if (scales.length === 0) return out;
  for (const m of line.matchAll(GIVEN)) {
    const number = m[1] ?? '';
    const start = m.index + m[0].length - number.length;
    const scale = scales.filter((s) => s.end <= m.index && m.index - s.end <= REACH).at(-1);
    const value = parseNumber(number);
    if (!scale || scale.max === null || value === null) continue;
    if (SCALES.has(scale.max) && value <= scale.max)
      out.push({ start, end: start + number.length, value, max: scale.max, labelled: false });
  }
  return out;
}
