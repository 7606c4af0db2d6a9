/** Menus, breadcrumbs and share bars: the lines of links a page repeats around every article. */
import type { FurnitureLexicon } from '../../schemas/lexicon.ts';
import { lists } from './furniture-lists.ts';
import { bareLine } from './lines.ts';
import { countWords } from './words.ts';

/**
 * Whether a line is a site's menu or breadcrumb, or a section label on its own.
 * @param line one cleaned line
 * @param bare the same line, bare (see bareLine)
 * @param lexicon the furniture lexicon
 */
export function isNavigation(line: string, bare: string, lexicon: FurnitureLexicon): boolean {
  const nav = lists(lexicon).navigation;
  // Items are split by separators, or by a dropdown's ▾.
  const items = line.split(/\s*[|•·›»‹«▸►▹▾]\s*|\s+[>/–—-]\s+/u).filter((s) => s.trim() !== '');
  if (items.length >= 3 && items.every((item) => countWords(item) <= 3 && /\p{L}/u.test(item))) return true;
  // A breadcrumb: "Reviews › Action", "Movies » Reviews » John Wick: Chapter 4", "Film | Reviews",
  // "Board index ‹ Movies ‹ Now Playing".
  // A line that opens with "|" is a table row, not a menu.
  const crumbs = (line.startsWith('|') ? '' : line)
    .split(/\s*[›»‹«>|▸►▹]\s*|\s+\/\s+/u)
    .filter((s) => s.trim() !== '');
  if (
    crumbs.length >= 2 &&
    crumbs.some((c) => nav.has(bareLine(c))) &&
    crumbs.every((c) => countWords(c) <= 6)
  )
    return true;
  // "Your Say › Letters": a breadcrumb's own arrow needs no menu word, when its sections are short.
  const arrows = line.split(/\s*[›»▸]\s*/u).filter((c) => c.trim() !== '');
  if (arrows.length >= 2 && arrows.every((c) => countWords(c) <= 4 && !/[.!?,;]/u.test(c))) return true;
  // A section label on a line of its own: "Entertainment", "ARTS & LIVING".
  if (nav.has(bare)) return true;
  if (isToolbar(line)) return true;
  const words = bare.split(/\s+/).filter(Boolean);
  if (words.length < 3) return false;
  // Greedy: two-word entries first ("box office"), then single words.
  for (let i = 0; i < words.length; ) {
    const pair = `${words[i]} ${words[i + 1] ?? ''}`;
    if (nav.has(pair)) i += 2;
    // A token without a letter or digit ("&", "▾", "+") separates items.
    else if (nav.has(words[i] ?? '') || !/[\p{L}\p{N}]/u.test(words[i] ?? '')) i += 1;
    else return false;
  }
  return true;
}

/**
 * Whether a bare line is a bar of share buttons ("Share · Tweet · Email", "♡ like ⟳ reblog").
 * @param bare one line, bare (see bareLine)
 * @param lexicon the furniture lexicon
 */
export function isShareBar(bare: string, lexicon: FurnitureLexicon): boolean {
  const targets = lists(lexicon).shareTargets;
  const words = bare
    .replace(/\(\s*\d[\d,.]*k?\s*\)?/giu, ' ')
    .split(/[\s,|/•·]+/u)
    .filter(Boolean);
  // Counts and icons beside the buttons ("Quote · Reply · 👍 14", "♡ like ⟳ reblog") are the bar's too.
  const named = words.filter((w) => !/^(?:\d[\d,.]*k?|[^\p{L}\p{N}]+)$/u.test(w));
  return named.length >= 2 && named.every((w) => targets.has(w));
}

/** One button of an app's toolbar: an icon, or a glyph of two letters at most ("Aa"). */
const TOOL = /^(?:[^\p{L}\p{N}★☆✩⭐●○◐⬤◯½]{1,3}|\p{L}{1,2})$/u;

/** "Aa   🔖   ⤴": a row of different icons and the odd two-letter button, as an app's toolbar prints. */
function isToolbar(line: string): boolean {
  const tools = line.split(/\s+/u).filter(Boolean);
  return (
    tools.length >= 2 &&
    tools.length <= 8 &&
    new Set(tools).size === tools.length &&
    tools.every((t) => TOOL.test(t)) &&
    tools.some((t) => /\p{Extended_Pictographic}|[\u2190-\u21ff\u2900-\u297f]/u.test(t))
  );
}
