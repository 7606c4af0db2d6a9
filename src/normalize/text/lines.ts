/**
 * Normalizes the whitespace inside one line: NBSP and tabs become spaces, invisible marks go, runs of
 * spaces collapse, the ends are trimmed.
 * @param line one line of raw text
 * @returns the cleaned line
 */
export function cleanLine(line: string): string {
  return line
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Decoration around a line's words: bullets, arrows, emoji, brackets, pipes, rules. */
const DECORATION_CHAR = String.raw`[\s\p{Extended_Pictographic}|•·▪◦‣►▶▸›»«‹<>→←↑↓*_~=≡☰#[\](){}–—:-]|\uFE0F|\u200D`;
const DECORATION = new RegExp(`^(?:${DECORATION_CHAR})+|(?:${DECORATION_CHAR})+$`, 'gu');

/**
 * A line without the decoration around its words, lower-cased, with curly apostrophes straightened:
 * the form page furniture and markers are compared in.
 * @param line one cleaned line
 * @returns the bare, lower-case line
 */
export function bareLine(line: string): string {
  return line.replace(DECORATION, '').replace(/[’‘]/g, "'").toLowerCase().trim();
}

/**
 * The index of the first line after `i` that holds text.
 * @param lines the lines, each with its text
 * @param i the line to look past
 * @returns that line's index, or −1 when none does
 */
export function nextWithText(lines: readonly { text: string }[], i: number): number {
  for (let k = i + 1; k < lines.length; k++) if (lines[k]?.text !== '') return k;
  return -1;
}
