import { execAt } from '../text/pattern.ts';
import { parseNumber, SCALE } from './numbers.ts';
import { DEFAULT_STAR_SCALE, endsPhrase, type Reading, reading, SCALES } from './reading.ts';

/** "***½", "**** (out of four)", "** 1/2": stars typed as asterisks, with a half and a scale. */
const ASTERISK_RUN = new RegExp(
  String.raw`(\*{1,5})(½|[ \t]1\/2(?![\d/]))?(?:[ \t]{0,2}\(?out[ \t]of[ \t](${SCALE})\)?)?(?![*\p{L}\p{N}])`,
  'iuy',
);

/**
 * Stars typed as asterisks at `at`: after a rating label any run ("Rating: ***"), elsewhere only
 * one with a half or a scale ("***½", "**** (out of four)"), since a lone "***" breaks a section.
 * @param line the line
 * @param at where the run starts
 * @param labelled whether a rating label stands right before it
 */
export function readAsterisks(line: string, at: number, labelled: boolean): Reading | null {
  const m = execAt(ASTERISK_RUN, line, at);
  if (!m) return null;
  const half = m[2] === undefined ? 0 : 0.5;
  const scale = m[3] === undefined ? null : parseNumber(m[3]);
  if (!labelled && half === 0 && scale === null) return null;
  const value = (m[1] ?? '').length + half;
  const max = scale ?? DEFAULT_STAR_SCALE;
  if (!SCALES.has(max) || value > max) return null;
  const r = reading(at, at + m[0].length, value, max, 'stars', Math.ceil(value));
  return { ...r, paired: true, endsPhrase: endsPhrase(line, r.end) };
}
