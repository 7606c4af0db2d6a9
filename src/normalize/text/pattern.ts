/**
 * Escapes text for use inside a regular expression, so that it matches itself literally.
 * @param text any text
 * @returns the text with every regex metacharacter backslashed
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The source of a regex alternation that matches any of the phrases literally, longest first (so
 * "written by" wins over "written").
 * @param phrases the literal phrases
 */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** An entry of a word list as a pattern: a phrase of whole words, a trailing * for any ending. */
function entry(word: string): string {
  const star = word.endsWith('*');
  const body = escapeRegExp(star ? word.slice(0, -1) : word)
    .replace(/\s+/g, '\\s+')
    .replace(/'/g, "['’]");
  return star ? `${body}[\\p{L}'’-]*` : body;
}

/**
 * One pattern for a word list (content/lexicon/): whole words or phrases, longest first, a
 * trailing * matching any ending.
 * @param words the list's entries
 * @param flags the pattern's flags; global and case-insensitive by default
 */
export function wordListPattern(words: readonly string[], flags = 'giu'): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(entry);
  return new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}'’-])`, flags);
}

/**
 * A pattern that matches an entry of a word list only at the very start of a text ("Not quite.",
 * "Also watched this week:").
 * @param words the list's entries
 */
export function leadingWordListPattern(words: readonly string[]): RegExp {
  return new RegExp(`^${wordListPattern(words, 'iu').source}`, 'iu');
}

/**
 * Runs a sticky pattern at one position of a text.
 * @param sticky a pattern with the y flag
 * @param text the text
 * @param at where the match must start
 * @returns the match there, or null
 */
export function execAt(sticky: RegExp, text: string, at: number): RegExpExecArray | null {
  sticky.lastIndex = at;
  return sticky.exec(text);
}
