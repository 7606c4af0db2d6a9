import type { Film } from '../../schemas/film.ts';
import type { Block } from '../blocks.ts';
import { LABELLED, LIST_ITEM, looksLikeHeading, QUOTE_LINE } from '../text/heading.ts';
import { bareLine } from '../text/lines.ts';
import { countWords } from '../text/words.ts';
import { attribute } from './attribution.ts';
import { pickHeadline, YEAR_TAIL } from './headline.ts';
import { type Line, readLines } from './lines.ts';

/** A raw review split into title, typed blocks and the facts found in its page furniture. */
export interface Segmented {
  /** The headline, if the page has one (without a tacked-on rating or site name). */
  title: string | null;
  /** A rating that was tacked onto the headline, for the rating stage. */
  titleRating: string | null;
  blocks: Block[];
  /** The critic, from a byline or a sign-off. */
  author: string | null;
  /** The outlet, where the page names itself. */
  outlet: string | null;
  /** Furniture, byline and promotion lines that were dropped, as written. */
  removed: string[];
}

const EMPTY_QUOTE = /^>\s*$/;
const END_PUNCT = /[.!?…:;,"”’)\]]$/u;

/** Names a byline must not be: the film's title and everyone in its registry, lower-cased. */
function knownNames(film: Film | undefined): Set<string> {
  const out = new Set<string>();
  if (!film) return out;
  out.add(film.title.toLowerCase()).add(film.shortTitle.toLowerCase());
  for (const p of [...film.cast, ...film.crew]) {
    out.add(p.name.toLowerCase());
    for (const a of p.aliases) out.add(a.toLowerCase());
    if ('character' in p) out.add(p.character.toLowerCase());
  }
  return out;
}

/**
 * Splits plain review text into a headline, typed blocks, author and outlet: page furniture,
 * bylines and mastheads leave the body, credits lines become a credits block.
 * @param text decoded review text, LF newlines
 * @param film the film reviewed, so that its title and people are never taken for the critic
 */
export function segment(text: string, film?: Film): Segmented {
  const titles = film ? [film.title, film.shortTitle] : [];
  const lines = readLines(text);
  const original = lines.map((l) => l.text);
  const { author, outlet, removed } = attribute(lines, knownNames(film));
  dropPromoTail(lines, original, removed);
  const content = lines.filter((l) => l.text && !EMPTY_QUOTE.test(l.text));
  const headline = pickHeadline(
    content.map((l) => ({ text: l.text, credits: l.credits !== null })),
    outlet,
    titles,
  );
  if (headline) {
    for (const i of [headline.index, ...headline.skipped].sort((a, b) => b - a)) {
      if (i !== headline.index) removed.push((content[i] as Line).text);
      content.splice(i, 1);
    }
  }
  dropFilmHeaders(content, titles, removed);
  return {
    title: headline?.title ?? null,
    titleRating: headline?.rating ?? null,
    blocks: toBlocks(content),
    author,
    outlet,
    removed,
  };
}

/**
 * A line that is only the film's title and its year ("John Wick: Chapter 4 (2023)") is the film
 * page's header, not the review. It has already told the headline picker that no headline follows.
 */
function dropFilmHeaders(content: Line[], titles: readonly string[], removed: string[]): void {
  const known = new Set(titles.map((t) => bareLine(t)));
  for (let i = content.length - 1; i >= 0; i--) {
    const text = (content[i] as Line).text;
    if (!YEAR_TAIL.test(text) || !known.has(bareLine(text.replace(YEAR_TAIL, '')))) continue;
    removed.push(text);
    content.splice(i, 1);
  }
}

/**
 * After the last line of promotion, at most two short heading-like lines are the promotion's own
 * tail ("Ultimate Gaming Strategy Guide + Weekly Pro Tips"), not the review.
 */
function dropPromoTail(lines: Line[], original: readonly string[], removed: string[]): void {
  if (removed.length === 0) return;
  const lastText = lines.findLastIndex((l) => l.text !== '');
  const tail: number[] = [];
  for (let i = lastText; i >= 0; i--) {
    const line = lines[i] as Line;
    if (!line.text) {
      if (tail.length > 0) break;
      continue;
    }
    if (line.credits || LIST_ITEM.test(line.text) || LABELLED.test(line.text)) return;
    if (line.text.length > 90 || END_PUNCT.test(line.text) || countWords(line.text) > 12) break;
    tail.push(i);
    if (tail.length > 2) return;
  }
  if (tail.length === 0) return;
  // Only a tail whose nearest line above was dropped as furniture or promotion goes.
  const before = original.slice(0, Math.min(...tail)).findLastIndex((t) => t !== '');
  if (before < 0 || (lines[before] as Line).text !== '') return;
  for (const i of tail) {
    removed.push((lines[i] as Line).text);
    lines[i] = { text: '', furniture: null, credits: null };
  }
}

/** Typed blocks from content lines: credits runs, lists, block quotes, headings and paragraphs. */
function toBlocks(content: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < content.length; i++) {
    const line = content[i] as Line;
    const last = blocks.at(-1);
    if (line.credits) {
      if (last?.type === 'list' && last.credits && content[i - 1]?.credits) last.items.push(line.text);
      else blocks.push({ type: 'list', items: [line.text], credits: true });
      continue;
    }
    const item = LIST_ITEM.exec(line.text);
    if (item) {
      const text = (item[1] ?? '').trim();
      if (last?.type === 'list' && !last.credits) last.items.push(text);
      else blocks.push({ type: 'list', items: [text] });
      continue;
    }
    const quote = QUOTE_LINE.exec(line.text);
    if (quote) {
      const text = (quote[1] ?? '').trim();
      if (!text) continue;
      if (last?.type === 'blockquote' && QUOTE_LINE.test(content[i - 1]?.text ?? '')) last.text += ` ${text}`;
      else blocks.push({ type: 'blockquote', text });
      continue;
    }
    if (looksLikeHeading(line.text, content[i + 1]?.text)) blocks.push({ type: 'heading', text: line.text });
    else blocks.push({ type: 'paragraph', text: line.text });
  }
  return blocks;
}
