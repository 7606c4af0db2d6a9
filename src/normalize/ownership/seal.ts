import type { Generated } from '../../schemas/review.ts';
import { hashParts } from './hash.ts';

/** The `generated` block without its seal: what is known before the file is hashed. */
export type Stamp = Omit<Generated, 'hash'>;

const SEAL = /^ {2}hash: "([0-9a-f]{32})"$/;

/** Where the frontmatter's closing `---` line starts, or -1 when the text has no frontmatter. */
function frontmatterEnd(text: string): number {
  if (!text.startsWith('---\n')) return -1;
  const end = text.indexOf('\n---\n', 3);
  return end < 0 ? (text.endsWith('\n---') ? text.length - 4 : -1) : end;
}

/**
 * Adds the `generated` block, seal last, at the end of an entry's frontmatter.
 * @param markdown An entry as rendered, with no `generated` field of its own.
 * @param stamp Which normalizer wrote it, from which raw text, wanting which slug.
 * @returns The entry as written to disk.
 */
export function sealEntry(markdown: string, stamp: Stamp): string {
  const end = frontmatterEnd(markdown);
  if (end < 0) throw new Error('an entry to seal has no frontmatter');
  const block = [
    'generated:',
    `  by: ${JSON.stringify(stamp.by)}`,
    `  from: ${JSON.stringify(stamp.from)}`,
    `  slug: ${JSON.stringify(stamp.slug)}`,
  ].join('\n');
  const unsealed = `${markdown.slice(0, end)}\n${block}${markdown.slice(end)}`;
  const at = end + 1 + block.length;
  const hash = hashParts(unsealed).slice(0, 32);
  return `${unsealed.slice(0, at)}\n  hash: "${hash}"${unsealed.slice(at)}`;
}

/**
 * Whether an entry file is exactly as normalize sealed it: its last frontmatter line is the seal,
 * and the seal is the hash of the rest of the file.
 * @param text The entry file's text.
 */
export function sealHolds(text: string): boolean {
  const end = frontmatterEnd(text);
  if (end < 0) return false;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const seal = SEAL.exec(text.slice(lineStart, end))?.[1];
  if (!seal || lineStart === 0) return false;
  return hashParts(text.slice(0, lineStart - 1) + text.slice(end)).slice(0, 32) === seal;
}
