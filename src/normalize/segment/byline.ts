import type { BylinesLexicon } from '../../schemas/lexicon.ts';
import { BYLINES } from '../lexicon.ts';
import { isDateLine, isMetaPart, isReadTime, META_SEPARATOR } from '../text/furniture.ts';
import { alternation } from '../text/pattern.ts';
import { isPersonName, PERSON, trimName } from './names.ts';

/** A critic found on a line, and whether the line held nothing else (so it leaves the body). */
export interface Byline {
  author: string;
  /** An outlet the same line names ("— Jane Doe, The Reel Ledger"). */
  outlet: string | null;
}

function labelled(lexicon: BylinesLexicon): RegExp {
  const labels = alternation(lexicon.labels);
  // "By A and B": the first critic named is the byline's.
  return new RegExp(
    `^(?:${labels})\\s*(?:[:：]\\s*|\\s+)(${PERSON})(?:\\s+(?:and|&)\\s+${PERSON})?(?:\\s*(?:[,|–—]|\\s-\\s|\\bfor\\b|\\bat\\b)\\s*(.+))?$`,
    'iu',
  );
}

const LABELLED = labelled(BYLINES);
/** "– Asmodeus" or "— Jane Doe, The Reel Ledger" ending a paragraph, or alone on a line. */
export const DASH_SIGNOFF = new RegExp(
  String.raw`(^|[.!?…”"’)]\s+)(?:[–—-]|--)\s*(${PERSON})(?:\s*(?:,|\s+for|\s+at)\s+([^,.!?]{2,60}?))?\s*$`,
  'u',
);

/**
 * The critic named on a byline line: "By Jane Doe", "Review by Jane Doe", "Critic: Jane Doe",
 * "Words: Jane Doe", "By Jane Doe | The Reel Ledger".
 * @param line one cleaned line
 * @returns the byline, or null when the line is none
 */
export function labelledByline(line: string, lexicon: BylinesLexicon = BYLINES): Byline | null {
  if (line.length > 120) return null;
  const m = (lexicon === BYLINES ? LABELLED : labelled(lexicon)).exec(
    line.replace(/^[*_>•·\s]+|[*_\s]+$/gu, ''),
  );
  if (!m) return null;
  const author = trimName(m[1]);
  if (!author || !/\p{Lu}/u.test(author.charAt(0))) return null;
  const rest = m[2]?.trim() ?? '';
  // What follows the name is an outlet, a date or a read time; anything else is prose.
  if (rest?.split(META_SEPARATOR).some((p) => !isMetaPart(p) && !/^[\p{Lu}\p{N}]/u.test(p.trim())))
    return null;
  const outlet = rest
    .split(META_SEPARATOR)
    .map((p) => p.trim())
    .find((p) => p && !isMetaPart(p));
  return { author, outlet: trimName(outlet) };
}

/** A name line without a social handle after it: "Jane Doe @janedoe" → "Jane Doe". */
export function withoutHandle(line: string): string {
  return line.replace(/\s*(?:\(\s*)?@[\w.]{2,30}\)?\s*$/u, '').trim();
}

/**
 * The critic in a meta line beside the date and read time: "Jane Doe · June 6, 2025 · 5 min read".
 * @param line one cleaned line
 */
export function metaByline(line: string): Byline | null {
  const parts = line
    .split(META_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || !parts.some((p) => isDateLine(p) || isReadTime(p))) return null;
  for (const part of parts) {
    if (isMetaPart(part)) continue;
    const by = labelledByline(part);
    if (by) return by;
    if (isPersonName(part)) return { author: part, outlet: null };
  }
  return null;
}

/**
 * A sign-off ending a paragraph or standing alone: "– Asmodeus", "— Jane Doe, The Reel Ledger".
 * @param line one cleaned line
 * @returns the byline and the line without it, or null
 */
export function signOff(line: string): { byline: Byline; rest: string } | null {
  const m = DASH_SIGNOFF.exec(line);
  if (!m) return null;
  const author = trimName(m[2]);
  if (!author || author.split(/\s+/).length > 4) return null;
  return {
    byline: { author, outlet: trimName(m[3]?.replace(/^(?:for|at|of)\s+/iu, '')) },
    rest: line.slice(0, m.index + (m[1]?.length ?? 0)).trim(),
  };
}
