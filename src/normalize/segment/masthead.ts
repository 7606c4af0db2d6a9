/**
 * Where a page names itself at its top: a masthead above the menu or byline, a masthead the page
 * names again, a site name after the page title, an outlet in the meta line.
 */
import { FURNITURE } from '../lexicon.ts';
import { isDateLine, isMenuEntry } from '../text/furniture.ts';
import { escapeRegExp } from '../text/pattern.ts';
import { countWords } from '../text/words.ts';
import { labelledByline, posterOrBio } from './byline.ts';
import type { Line } from './lines.ts';
import { CRITIC_ROLE } from './names.ts';
import { mastheadName } from './outlet.ts';

/**
 * The page's name as the first line of the page that is not furniture, when what follows it is
 * furniture (a menu, a date) or a byline: "Overcranked" above "Film | Streaming | Essays".
 * @param lines the paste's lines
 * @param top where the review proper starts
 * @param known lower-case names that are never the outlet (the film and its people)
 */
export function mastheadAbove(
  lines: readonly Line[],
  top: number,
  known: ReadonlySet<string>,
): string | null {
  const at = lines.findIndex((l, i) => i < top && l.text !== '' && !l.furniture);
  if (at < 0) return null;
  const line = lines[at] as Line;
  // A lower-case strapline under the masthead ("one seat from the exit since 2009") is passed over;
  // a lower-case menu ("reviews · lists · about us") is furniture, which a masthead is followed by.
  const next = lines
    .slice(at + 1, top)
    .find((l) => l.text !== '' && (l.furniture !== null || !isStrapline(l.text)));
  if (!next || line.credits) return null;
  const name = mastheadName(line.text, FURNITURE.navigation);
  if (!name || countWords(name) > 4) return null;
  // A name above its role ("Top Critic", "Film Critic") is a critic's byline, not a masthead.
  if (next && CRITIC_ROLE.test(next.text)) return null;
  if (!name || name !== line.text.split(/\s+[|•·—–-]\s+/u)[0]?.trim()) return null;
  if ([...known].some((k) => k.length > 3 && name.toLowerCase().includes(k))) return null;
  const follows =
    next.furniture !== null || labelledByline(next.text) !== null || posterOrBio(next.text) !== null;
  return follows ? name : null;
}

/**
 * The page's name as the first line of the page that is not furniture, when the page names it again
 * further down ("Kinetic Quarterly" above the headline, "Kinetic Quarterly is reader-supported").
 * @param lines the paste's lines, as attribution has left them
 * @param hadText for each line, whether it held text before attribution blanked any
 * @param top where the review proper starts
 * @param known lower-case names that are never the outlet
 * @param originals the lines as written
 */
export function repeatedMasthead(
  lines: readonly Line[],
  hadText: readonly boolean[],
  top: number,
  known: ReadonlySet<string>,
  originals: readonly string[],
): string | null {
  const at = hadText.findIndex(Boolean);
  const line = lines[at];
  if (at < 0 || at >= top || !line?.text || line.credits || countWords(line.text) > 4) return null;
  const name = mastheadName(line.text, FURNITURE.navigation);
  if (!name || name !== line.text || known.has(name.toLowerCase())) return null;
  const again = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'iu');
  return originals.some((text, i) => i > at && text !== line.text && again.test(text)) ? name : null;
}

/**
 * The site's name after a page title: "Ballerina review – a pirouette of grenades | The Marrow Review".
 * @param text one cleaned line
 */
export function titleSuffix(text: string): string | null {
  const parts = text.split(/\s+\|\s+/u);
  if (parts.length !== 2 || countWords(parts[0] ?? '') < 3) return null;
  const name = mastheadName(parts[1] ?? '', FURNITURE.navigation);
  return name && name === parts[1]?.trim() ? name : null;
}

/** A short line in lower case with no full stop: a site's strapline, not a headline. */
function isStrapline(text: string): boolean {
  return text === text.toLowerCase() && countWords(text) <= 8 && !/[.!?]$/u.test(text);
}

/**
 * A print edition's name and date on one line: "The Sunday Clarion, 26 March 2023".
 * @param text one cleaned line
 */
export function datedOutlet(text: string): string | null {
  const dated = /^((?:[Tt]he\s+)\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,4}),\s+(.+)$/u.exec(text);
  return dated && isDateLine(dated[2] ?? '') ? (dated[1] ?? null) : null;
}

/**
 * The outlet in a meta line beside the date: "The Dim Screen · Film · June 4, 2025", "The Sunday
 * Clarion, 26 March 2023".
 * @param text one cleaned line
 */
export function metaOutlet(text: string): string | null {
  const dated = datedOutlet(text);
  if (dated) return dated;
  const parts = text.split(/\s+[|•·—–-]\s+|\s*[|•·]\s*/u).map((p) => p.trim());
  if (parts.length < 2) return null;
  const first = parts[0] ?? '';
  const caps = first === first.toUpperCase() && /\p{Lu}{4}/u.test(first);
  // "Popcorn Tribunal · Reviews · March 26, 2023": the site's name before its section.
  const section = isMenuEntry(parts[1] ?? '');
  if (!/^the\s/iu.test(first) && !/[&]/u.test(first) && !caps && !section) return null;
  // "SXSW 2023 · Posted March 14": a festival's edition, not the page's name.
  if (/\b(?:19|20)\d{2}$/u.test(first)) return null;
  return mastheadName(first, FURNITURE.navigation);
}
