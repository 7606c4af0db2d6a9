import { execAt } from '../text/pattern.ts';
import { parseNumber } from './numbers.ts';
import { DEFAULT_STAR_SCALE, endsPhrase, type Reading, reading, SCALES } from './reading.ts';

/**
 * A run of one repeated icon against a scale, in digits or in the same icons: "🍿🍿🍿🍿/5",
 * "🔥🔥🔥½ / 5", "🍿🍿🍿 out of 5", "🎞️🎞️🎞️½ out of four", "🍿🍿🍿🍿 / 🍿🍿🍿🍿🍿"; after a rating label,
 * alone ("Rating: 💥💥💥💥").
 */
const ICON_RUN =
  /((\p{Extended_Pictographic})\uFE0F?(?:\2\uFE0F?){0,9})(½)?(?:(?:[ \t]*\/[ \t]*|[ \t]+out[ \t]of[ \t]+)(?:(\d{1,2}|four|five|ten)(?![\p{L}\p{N}])|((?:\2\uFE0F?){1,10})))?/iuy;
/** Full dots, an optional half dot, empty dots: "●●●●○", "●●◐○○". At most ten of each. */
const DOT_RUN = /([●⬤]{0,10})(◐)?([○◯]{0,10})(?![●⬤◐○◯])/uy;
/** A dot of a dot rating, full, half or empty. */
export const DOT_GLYPH = /[●⬤◐○◯]/u;

/** A single pictographic icon (🍿, 🔥). */
export const ICON = /^\p{Extended_Pictographic}$/u;

/**
 * How many icons a string holds, variation selectors aside.
 * @param run a run of icons, or nothing
 */
export function icons(run: string | undefined): number {
  return [...(run ?? '').replace(/\uFE0F/g, '')].length;
}

/**
 * A run of one repeated icon against a scale at `at`: "🍿🍿🍿🍿/5", "🔥🔥🔥½ / 5", "🍿🍿 / 🍿🍿🍿🍿🍿";
 * with no scale, out of five, and only after a rating label.
 * @param line the line
 * @param at where the run starts
 * @param labelled whether a rating label stands right before it
 */
export function readIcons(line: string, at: number, labelled = false): Reading | null {
  const m = execAt(ICON_RUN, line, at);
  if (!m) return null;
  const count = icons(m[1]);
  const scaled = m[4] !== undefined || m[5] !== undefined;
  if (!scaled && (!labelled || count < 2)) return null;
  const max = m[4] !== undefined ? parseNumber(m[4]) : m[5] !== undefined ? icons(m[5]) : DEFAULT_STAR_SCALE;
  if (max === null) return null;
  const value = count + (m[3] ? 0.5 : 0);
  if (!SCALES.has(max) || value > max) return null;
  const r = reading(at, at + m[0].length, value, max, 'stars', count);
  return { ...r, endsPhrase: endsPhrase(line, r.end) };
}

/**
 * A run of dots at `at`: "●●●●○" (empty dots set the scale), "●●◐○○"; full dots alone ("●●●●") only
 * after a rating label, since a lone dot is as often a bullet.
 * @param line the line
 * @param at where the run starts
 * @param labelled whether a rating label stands right before it
 */
export function readDots(line: string, at: number, labelled: boolean): Reading | null {
  const m = execAt(DOT_RUN, line, at);
  if (!m) return null;
  const full = (m[1] ?? '').length;
  const half = m[2] === undefined ? 0 : 1;
  const empty = (m[3] ?? '').length;
  if (full + half === 0 || (empty === 0 && !labelled)) return null;
  const max = empty > 0 ? full + half + empty : DEFAULT_STAR_SCALE;
  const value = full + half / 2;
  if (!SCALES.has(max) || value > max) return null;
  const r = reading(at, at + m[0].length, value, max, 'stars', full + half + empty);
  return { ...r, endsPhrase: endsPhrase(line, r.end) };
}
