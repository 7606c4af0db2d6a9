/**
 * Text as the evaluation compares it: Unicode-normalized, quotes and dashes folded, invisible marks
 * dropped, whitespace collapsed, case folded. A label quotes the raw file; the entry may have cleaned
 * spaces or split a paragraph, and neither should decide a score.
 */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A name as compared: comparable text without trailing punctuation. */
export function comparableName(name: string | null): string | null {
  if (name === null) return null;
  return comparable(name).replace(/[.,;:!]+$/u, '') || null;
}

/**
 * Text as a sentence is looked up in an entry: comparable text with punctuation dropped, so a marker
 * split off into its own block ("Spoiler alert" and "the village…") still finds its sentence.
 */
export function matchable(text: string): string {
  return comparable(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
