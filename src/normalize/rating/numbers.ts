/** The numbers ratings are written in: digits with decimals or halves, and number words. */

/** "3", "3.5", "3,5", "3½", "3 ½", "3 1/2". */
export const DIGITS = String.raw`\d{1,3}(?:[.,]\d{1,2}|[ \t]?½|[ \t]1\/2)?`;
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Number words a rating may be written in: "four", "seventy-one" (longest first, so that a pattern reads them whole). */
export const NUMBER_WORDS = [
  `(?:${TENS.join('|')})[ -](?:${UNITS.slice(1, 10).join('|')})`,
  ...TENS,
  ...UNITS,
].join('|');
/** A rating's number: digits or words, with a half ("three and a half", "three-and-a-half"). */
export const NUMBER = String.raw`(?:${DIGITS}|(?:${NUMBER_WORDS})(?:[ \t-]and[ \t-]a[ \t-]half)?)`;
/** A scale's number: "5", "ten", "a hundred". */
export const SCALE = String.raw`(?:\d{1,3}|four|five|ten|a[ \t]hundred|hundred)`;
/** A number ends here: no more digits, letters or decimals follow. */
export const NUMBER_END = String.raw`(?![\p{L}\p{N}]|[.,]\d)`;

const WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ...UNITS.map((word, i): [string, number] => [word, i]),
  ...TENS.map((word, i): [string, number] => [word, 20 + 10 * i]),
  ...TENS.flatMap((tens, i) =>
    UNITS.slice(1, 10).map((unit, k): [string, number] => [`${tens} ${unit}`, 20 + 10 * i + k + 1]),
  ),
  ['hundred', 100],
  ['a hundred', 100],
]);

const HALF_WORDS = ' and a half';

/**
 * The value of a written number: "3.5", "3,5", "3½", "3 1/2", "four", "three and a half".
 * @param raw the number as written
 * @returns its value, or null when it is no number this reads
 */
export function parseNumber(raw: string): number | null {
  if (raw.endsWith('½')) return half(parseNumber(raw.slice(0, -1).trimEnd()));
  if (/[ \t]1\/2$/.test(raw)) return half(parseNumber(raw.slice(0, -3).trimEnd()));
  if (/^\d/.test(raw)) return Number(raw.replace(',', '.'));
  const written = raw.toLowerCase().replace(/[ \t-]+/g, ' ');
  if (written.endsWith(HALF_WORDS)) {
    return half(WORD_VALUES.get(written.slice(0, -HALF_WORDS.length)) ?? null);
  }
  return WORD_VALUES.get(written) ?? null;
}

function half(whole: number | null): number | null {
  return whole === null ? null : whole + 0.5;
}
