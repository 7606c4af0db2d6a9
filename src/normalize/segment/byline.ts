import type { BylinesLexicon } from '../../schemas/lexicon.ts';
import { BYLINES } from '../lexicon.ts';
import {
  furnitureKind,
  isDateLine,
  isMenuEntry,
  isMetaPart,
  isReadTime,
  META_SEPARATOR,
} from '../text/furniture.ts';
import { isUserName } from '../text/heading.ts';
import { bareLine } from '../text/lines.ts';
import { alternation } from '../text/pattern.ts';
import { CRITIC_ROLE, isPersonName, OUTLET, PERSON, trimName } from './names.ts';

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
    `^(?:${labels})\\s*(?:[:：]\\s*|\\s+)(${PERSON})(?:\\s+(?:and|&)\\s+${PERSON})?(?:\\s*(?:[,|–—]|\\s-\\s|\\bfor\\b|\\bat\\b|\\bon\\b)\\s*(.+))?$`,
    'iu',
  );
}

const LABELLED = labelled(BYLINES);
/** "Filed by Jane Doe under Reviews": the section a byline files the review under. */
const UNDER_SECTION = /\s+under\s+\p{Lu}[\p{L}&'’ ]{1,30}?(?=\s*(?:[·•|]|$))/u;
/** "mom of three", "a lapsed stuntman": a few lower-case words that describe the critic, not a clause. */
const DESCRIPTION =
  /^(?:an?\s+)?(?!(?:who|which|that|and|but|is|was|has|had)\b)\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}$/u;
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
    line.replace(/^[*_>•·\s]+|[*_\s]+$/gu, '').replace(UNDER_SECTION, ''),
  );
  if (!m) return null;
  const author = trimName(m[1]);
  if (!author || !/\p{Lu}/u.test(author.charAt(0))) return null;
  const after = m[2]?.trim() ?? '';
  // "By Jane Doe, Film Critic", "Review by Jane Doe, mom of three": the critic's role, no outlet.
  const described = DESCRIPTION.test(after) && isPersonName(author);
  const rest = CRITIC_ROLE.test(after) || described ? '' : after;
  // What follows the name is an outlet, a date or a read time; anything else is prose.
  if (rest?.split(META_SEPARATOR).some((p) => !isMetaPart(p) && !/^[\p{Lu}\p{N}]/u.test(p.trim())))
    return null;
  const outlet = rest
    .split(META_SEPARATOR)
    .map((p) => p.trim())
    .find((p) => p && !isMetaPart(p));
  return { author, outlet: trimName(outlet) };
}

/** "March 27, 2023 by Jane Doe": a date, then the critic. */
const DATED_BY = new RegExp(`^(.+?)\\s+by\\s+(${PERSON})\\.?$`, 'u');
/** "Frame Rate Friday is written by Jane Doe · PO Box 1": a newsletter's footer names both. */
const WRITTEN_BY = new RegExp(
  `^(${OUTLET})\\s+is\\s+(?:[^,.]{0,60},\\s+)?(?:written|edited|made|produced|sent)(?:\\s+and\\s+(?:written|edited|sent|published))?\\s+by\\s+(${PERSON})`,
  'u',
);
/** "Posted by u/halfmoon_gaffer · 2 days ago": a Reddit post's author. */
const POSTED_BY_USER = /^posted\s+by\s+u\/([\p{L}\p{N}_-]{3,30})(?![\p{L}\p{N}_-])/iu;
/**
 * "Jane Doe is a film critic based in Sheffield …", "Jane Doe is The Heron's deputy film editor.",
 * "Jane Doe writes about film for The Heron.", "Jane Doe is Trente-Cinq's Paris correspondent.": an
 * author box.
 */
const BIO = new RegExp(
  `^(${PERSON})\\s+(?:is\\s+(?:an?|(${OUTLET})['’]s)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:critic|writer|journalist|reviewer|editor|blogger|podcaster|correspondent|columnist|contributor)\\b|(?:writes|reviews)\\s+(?:about\\s+)?[^.]{0,60}?\\bfor\\s+(${OUTLET})(?:\\.(?:\\s|$)|$))`,
  'u',
);
/** "a film diary by Jane Doe": a site's strapline that names its writer. */
const STRAPLINE_BY = new RegExp(`^\\p{Ll}[\\p{Ll}\\s'’-]{2,40}\\sby\\s+(${PERSON})$`, 'u');
/** The label of a forum's edit note, which names the poster: "Last edited by ferrous_ghost; …". */
const EDITED_BY = /^last edited by\s+(@?[\p{L}\p{N}][\p{L}\p{N}_.-]{2,30})\s*[;,.]/iu;

/**
 * The critic and outlet a newsletter's footer names: "Frame Rate Friday is written by Jane Doe".
 * @param line one cleaned line
 */
export function footerByline(line: string): Byline | null {
  const m = WRITTEN_BY.exec(line);
  const author = trimName(m?.[2]);
  return author ? { author, outlet: trimName(m?.[1]) } : null;
}

/**
 * The author a Reddit post or an author box names: "Posted by u/halfmoon_gaffer", "Jane Doe is a
 * film critic based in Sheffield".
 * @param line one cleaned line
 */
export function posterOrBio(line: string): Byline | null {
  const user = POSTED_BY_USER.exec(line)?.[1];
  if (user) return { author: user, outlet: null };
  const bio = BIO.exec(line) ?? STRAPLINE_BY.exec(line);
  const author = trimName(bio?.[1]);
  return author && isPersonName(author) ? { author, outlet: trimName(bio?.[2] ?? bio?.[3]) } : null;
}

/**
 * The poster of a forum post or user review: a user name on a line of its own with the forum's
 * rank, join date or the post's date right below it ("ferrous_ghost" / "Senior Member"), or the
 * name in an edit note ("Last edited by ferrous_ghost; Mar 25, 2023").
 * @param line one cleaned line
 * @param next the next line with text, if any
 */
export function forumPoster(
  line: string,
  next: string | undefined,
  lexicon: BylinesLexicon = BYLINES,
): Byline | null {
  const edited = EDITED_BY.exec(line)?.[1];
  if (edited) return { author: edited, outlet: null };
  if (!isUserName(line) || next === undefined) return null;
  return isForumRank(next, lexicon) || isDateLine(next) ? { author: line, outlet: null } : null;
}

/**
 * Whether a line is what a forum prints under a poster's name: "Senior Member", "Member · 612 posts",
 * "Joined: Aug 2016 · Posts: 4,212".
 * @param line one cleaned line
 */
export function isForumRank(line: string, lexicon: BylinesLexicon = BYLINES): boolean {
  const rank =
    bareLine(line)
      .split(/[:·|•]/u)[0]
      ?.trim() ?? '';
  return lexicon.forumRanks.includes(rank);
}

/** A name line without a social handle after it: "Jane Doe @janedoe" → "Jane Doe". */
export function withoutHandle(line: string): string {
  return line.replace(/\s*(?:\(\s*)?@[\w.]{2,30}\)?\s*$/u, '').trim();
}

/**
 * The critic in a meta line beside the date and read time: "Jane Doe · June 6, 2025 · 5 min read",
 * "March 27, 2023 by Jane Doe".
 * @param line one cleaned line
 */
export function metaByline(line: string): Byline | null {
  const dated = datedBy(line);
  if (dated) return dated;
  const parts = line
    .split(META_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  const dates = (p: string) => isDateLine(p) || furnitureKind(p) === 'date' || isReadTime(p) || datedBy(p);
  if (parts.length < 2 || !parts.some(dates)) return null;
  for (const [k, part] of parts.entries()) {
    if (isMetaPart(part)) continue;
    const by = labelledByline(part) ?? datedBy(part);
    if (by) return by;
    // "Popcorn Tribunal · Reviews · March 26, 2023": a bare name before a section is the site's.
    if (isMenuEntry(parts[k + 1] ?? '')) continue;
    if (isPersonName(part) || isUserName(part)) return { author: part, outlet: null };
  }
  return null;
}

/** "March 27, 2023 by Jane Doe", "Posted March 29, 2023 by Jane Doe": a date, then the critic. */
function datedBy(text: string): Byline | null {
  const dated = DATED_BY.exec(text);
  const author = dated && isDateLine(dated[1] ?? '') ? trimName(dated[2]) : null;
  return author ? { author, outlet: null } : null;
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
