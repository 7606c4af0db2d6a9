/** Lines of the paste that quote: a pull quote printed again, a forum quote's lines. */
import { bareLine } from '../text/lines.ts';
import { countWords, wordsOf } from '../text/words.ts';
import type { Line } from './lines.ts';

/**
 * "Originally posted by steelcut88:", "Quote from steelcut88:", "steelcut88 wrote:", "dre wrote: ↑Sat Jun
 * 07, 2025 9:15 pm": a forum quote's header, with the link to the quoted post.
 */
const QUOTED_POST =
  /^(?:(?:originally\s+posted|quote|quoting|posted)\s+(?:by|from)\s+\S+|\S+\s+(?:wrote|said)):?(?:\s*↑.{0,40})?$/iu;

/**
 * Marks the lines under a forum quote's header, up to the next blank line, as a block quote.
 * @param lines the paste's lines; edited in place
 */
export function markQuotedPosts(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (!QUOTED_POST.test(line.text)) return;
    lines[i] = { ...line, furniture: line.furniture ?? 'phrase' };
    for (let k = i + 1; k < lines.length && (lines[k] as Line).text; k++) {
      const quoted = lines[k] as Line;
      if (!quoted.furniture && !quoted.text.startsWith('>'))
        lines[k] = { ...quoted, text: `> ${quoted.text}` };
    }
  });
}

/** A line wholly in quotation marks: a pulled quote, or a quoted remark. */
const QUOTED_LINE = /^["“”](.+)["“”]$/u;
/** Words a pulled quote holds at least. */
const PULLED_WORDS = 5;

/**
 * Marks a quoted line whose words also stand in the review's own prose as a pull quote printed
 * again (furniture).
 * @param lines the paste's lines; edited in place
 */
export function markPulledQuotes(lines: Line[]): void {
  lines.forEach((line, i) => {
    const inner = QUOTED_LINE.exec(line.text)?.[1];
    if (!inner || line.furniture || countWords(inner) < PULLED_WORDS) return;
    const bare = bareLine(inner);
    const pulled = (other: Line, k: number) =>
      k !== i &&
      !QUOTED_LINE.test(other.text) &&
      (bareLine(other.text).includes(bare) || trimmedFrom(bare, bareLine(other.text)));
    if (lines.some(pulled)) lines[i] = { ...line, furniture: 'repeat' };
  });
}

/** Words a pulled quote trimmed in the middle holds at least. */
const TRIMMED_WORDS = 8;

/**
 * Whether a pulled quote is a sentence of the text with words left out ("it is exhausting, and it
 * turns the exhaustion into a kind of beauty" from "…into a kind of joke that is also, somehow, a
 * kind of beauty"): its words in order within a stretch at most twice as long.
 */
function trimmedFrom(quote: string, text: string): boolean {
  const want = wordsOf(quote);
  if (want.length < TRIMMED_WORDS) return false;
  const have = wordsOf(text);
  for (
    let start = have.indexOf(want[0] as string);
    start >= 0;
    start = have.indexOf(want[0] as string, start + 1)
  ) {
    let k = 0;
    let at = start;
    while (at < have.length && at - start < 2 * want.length && k < want.length) {
      if (have[at] === want[k]) k++;
      at++;
    }
    if (k === want.length) return true;
  }
  return false;
}
