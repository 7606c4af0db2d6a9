import type { Block, SpoilerRegion } from '../normalize/blocks.ts';
import { blockText } from '../normalize/blocks.ts';
import { matchable } from './text.ts';

/** An entry's body as one comparable string, with which of its characters sit behind a spoiler control. */
export interface EvalDocument {
  text: string;
  hidden: boolean[];
}

/** Where a quoted sentence stands in the entry: not found, or the share of its letters hidden. */
export type Placement = { found: false } | { found: true; hiddenShare: number };

/** Joins an entry's blocks into one matchable text (see matchable), marking the characters inside spoiler regions. */
export function evalDocument(blocks: readonly Block[], regions: readonly SpoilerRegion[]): EvalDocument {
  let text = '';
  const hidden: boolean[] = [];
  blocks.forEach((block, i) => {
    const inRegion = regions.some((r) => i >= r.start && i < r.end);
    const part = matchable(blockText(block));
    if (!part) return;
    if (text) {
      text += ' ';
      hidden.push(inRegion);
    }
    text += part;
    for (let k = 0; k < part.length; k++) hidden.push(inRegion);
  });
  return { text, hidden };
}

/** Finds a labelled sentence in the entry and measures how much of it (letters and digits) is hidden. */
export function place(doc: EvalDocument, sentence: string): Placement {
  const needle = matchable(sentence);
  const at = needle ? doc.text.indexOf(needle) : -1;
  if (at < 0) return { found: false };
  let letters = 0;
  let hidden = 0;
  for (let k = at; k < at + needle.length; k++) {
    if (!/[\p{L}\p{N}]/u.test(doc.text[k] ?? '')) continue;
    letters++;
    if (doc.hidden[k]) hidden++;
  }
  return { found: true, hiddenShare: letters === 0 ? 0 : hidden / letters };
}

/**
 * True when a line of furniture is still in the entry's body: a block or list item is that line,
 * or (for a line of five words or more) holds it. A short line ("Screen Shelter") inside a
 * sentence of review ("Screen Shelter verdict: 7/10") is not the furniture line kept. A line the
 * paste also holds inside its prose (a pull quote printed again) is kept only while the body holds
 * it as often as the paste does.
 * @param blocks the entry's body blocks
 * @param line the labelled furniture line
 * @param raw the raw paste the entry came from
 */
export function lineKept(blocks: readonly Block[], line: string, raw: string): boolean {
  const needle = matchable(line);
  if (!needle) return false;
  const long = needle.split(' ').length >= 5;
  const holds = (part: string) => {
    const text = matchable(part);
    return text === needle || (long && text.includes(needle));
  };
  const inBody = blocks
    .flatMap((block) => (block.type === 'list' ? block.items : [block.text]))
    .filter(holds);
  return inBody.length > 0 && inBody.length >= raw.split('\n').filter(holds).length;
}
