/**
 * The intermediate document every normalizer stage works on: the raw text
 * split into typed blocks. Internal to the pipeline (never serialized), so it
 * has no zod schema; the entry written to disk is validated by reviewSchema.
 */
export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[]; credits?: true }
  | { type: 'blockquote'; text: string };

/** A run of blocks [start, end) hidden behind a spoiler control. */
export interface SpoilerRegion {
  start: number;
  end: number;
  reason: 'marked' | 'detected';
  /** The author's marker text, or the phrase that triggered detection. */
  cue: string;
  /** A short spoiler-free label for the control, e.g. "Ending" or "Plot". */
  label: string;
}

/** The plain text of a block (list items joined by newlines). */
export function blockText(block: Block): string {
  return block.type === 'list' ? block.items.join('\n') : block.text;
}
