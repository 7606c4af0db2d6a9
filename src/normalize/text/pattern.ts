/**
 * Escapes text for use inside a regular expression, so that it matches itself literally.
 * @param text any text
 * @returns the text with every regex metacharacter backslashed
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
