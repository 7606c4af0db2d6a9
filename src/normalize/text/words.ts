/** A word: a run of letters or digits, with inner apostrophes and hyphens ("de Armas’", "spin-off"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Counts the words of a text.
 * @param text any text
 * @returns the number of runs of letters or digits (inner apostrophes and hyphens join a word)
 */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * The words of a text, as written, in order.
 * @param text any text
 * @returns each run of letters or digits (inner apostrophes and hyphens join a word)
 */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}
