import type { BylinesLexicon } from '../../schemas/lexicon.ts';
import { BYLINES } from '../lexicon.ts';
import { escapeRegExp } from '../text/pattern.ts';
import { OUTLET, trimName } from './names.ts';

/** Either case of a word's first letter: "score" → "[Ss]core". */
function eitherCase(word: string): string {
  const first = word.charAt(0);
  return `[${first.toUpperCase()}${first.toLowerCase()}]${escapeRegExp(word.slice(1))}`;
}

/** "The Reel Ledger score: 4/5", "Reel Ledger Verdict –", "The Reel Ledger rating: ★★★★". */
function ratingLabel(lexicon: BylinesLexicon): RegExp {
  const words = lexicon.ratingWords.map(eitherCase).join('|');
  return new RegExp(`^[*_\\s]*(${OUTLET})(?:['’]s)?\\s+(?:${words})\\b\\s*(?:[:：–—-]|(?=[★⭐☆\\d]))`, 'u');
}

const RATING_LABEL = ratingLabel(BYLINES);

/** Where a page names itself in its furniture: "© 2025 X", "Sign up for X's newsletter", "More from X". */
const SELF_NAMING: readonly RegExp[] = [
  new RegExp(
    `^(?:copyright\\s*)?(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*[–-]\\s*\\d{4})?\\s*,?\\s*)?(${OUTLET})`,
    'iu',
  ),
  new RegExp(
    `\\b(?:sign(?:ed)? up|subscribe[ds]?)\\s+(?:for|to)\\s+(?:the\\s+)?(${OUTLET}?)(?:['’]s)?\\s+(?:\\p{Ll}+\\s+)?newsletter`,
    'u',
  ),
  new RegExp(
    `(?:^|\\b(?:[Gg]et|[Jj]oin|[Rr]ead)\\s+)(?:the\\s+)?(${OUTLET})(?:['’]s)?\\s+newsletter\\b`,
    'u',
  ),
  // Not "More from SXSW 2023": a name with a year is an event or a section.
  new RegExp(`^more\\s+(?:from|on|at)\\s+(${OUTLET})\\s*(?<!(?:19|20)\\d{2})$`, 'iu'),
  new RegExp(`^follow\\s+(${OUTLET})\\s+on\\b`, 'u'),
  // "Filed to: The Carrow Post / Arts / Screen": the site's own name before its sections.
  new RegExp(`^filed to:\\s*(${OUTLET})`, 'iu'),
  new RegExp(`\\b(?:member|members|supporter|subscriber)\\s+of\\s+(${OUTLET})`, 'u'),
  // A blog platform's meta line and author box: "Published in Long Takes · 4 min read", "Writer for Long Takes".
  new RegExp(`^published\\s+in\\s+(${OUTLET})(?=\\s*(?:[·|•]|$))`, 'iu'),
  new RegExp(`\\bwriter\\s+for\\s+(${OUTLET})\\s*$`, 'u'),
  // A subreddit on a line of its own: "r/StuntCinema".
  /^(r\/[A-Za-z0-9_]{3,21})$/u,
  // A newsletter's footer: "You're receiving this because you subscribed to Frame Rate Friday."
  new RegExp(
    `\\breceiving this(?:\\s+\\p{Ll}+)?\\s+because you(?:\\s+\\p{Ll}+)?\\s+(?:subscribed|signed up)\\s+(?:to|for)\\s+(${OUTLET})`,
    'iu',
  ),
  new RegExp(`^(${OUTLET})\\s+is\\s+(?:reader|listener|member)[\\s-]+(?:supported|funded)`, 'u'),
  new RegExp(
    `\\b(?:here on|here at|with us (?:on|at)|us on|us at|only on|only at)\\s+(${OUTLET})\\s*[!.]*\\s*$`,
    'u',
  ),
  new RegExp(
    `^(?:originally published (?:on|in|at|by)|(?:this review )?(?:first |originally )?appeared (?:first )?(?:on|in|at)|source:|via)\\s+(${OUTLET})\\.?$`,
    'iu',
  ),
];

/**
 * The forum a breadcrumb opens with: "Gunmetal Forums › Film & TV › Now Showing" → "Gunmetal Forums".
 * @param line one cleaned line
 */
export function forumInBreadcrumb(line: string, lexicon: BylinesLexicon = BYLINES): string | null {
  const first = line.split(/\s*[›»>|/]\s*/u)[0]?.trim() ?? '';
  if (first === line.trim() || !new RegExp(`^${OUTLET}$`, 'u').test(first)) return null;
  const lower = first.toLowerCase();
  return lexicon.forumWords.some((w) => lower.endsWith(` ${w}`)) ? first : null;
}

/** Generic words no outlet is named by alone. */
function isGeneric(name: string, lexicon: BylinesLexicon): boolean {
  const lower = name.toLowerCase();
  const first = lower.replace(/^the\s+/u, '').split(/\s+/)[0] ?? '';
  return lexicon.notOutlets.includes(lower) || (first !== 'the' && lexicon.notOutlets.includes(first));
}

/**
 * The outlet a rating or verdict label names: "The Reel Ledger score: 4/5" → "The Reel Ledger".
 * @param line one cleaned line
 */
export function outletInRatingLabel(line: string, lexicon: BylinesLexicon = BYLINES): string | null {
  const m = (lexicon === BYLINES ? RATING_LABEL : ratingLabel(lexicon)).exec(line);
  const name = trimName(m?.[1]);
  if (!name || isGeneric(name, lexicon)) return null;
  return name.split(/\s+/).length <= 6 ? name : null;
}

/**
 * The outlet a line of furniture or promotion names: "© 2025 The Reel Ledger", "only here on X".
 * @param line one cleaned line
 */
export function outletInFurniture(line: string, lexicon: BylinesLexicon = BYLINES): string | null {
  for (const re of SELF_NAMING) {
    const name = trimName(re.exec(line)?.[1])
      ?.replace(/\s+(?:Reviews?|Film|Films|Movies|Culture|Arts)$/u, '')
      .replace(/[.,]?\s*all rights reserved.*$/iu, '')
      .replace(/[.,]?\s+(?:Ltd|Limited|LLC|Inc|plc|GmbH|Registered)\b.*$/u, '')
      .replace(/\s+\d{4}$/u, '');
    if (name && !isGeneric(name, lexicon) && !/^(?:the\s+)?(?:author|authors|site|website)$/iu.test(name)) {
      return name.replace(/\.$/u, '');
    }
  }
  return null;
}

/** A name without a leading "The", lower-cased: the form outlet names are compared in. */
function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .trim();
}

/**
 * Whether two outlet names are one outlet: equal, or one the other's first words ("Frame Rate" and
 * "Frame Rate Weekly", "Lumen" and "The Lumen Review").
 * @param a an outlet name
 * @param b another
 */
export function sameOutlet(a: string, b: string): boolean {
  const x = key(a);
  const y = key(b);
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

/**
 * The page's name in its masthead: the first item of a menu line ("Aisle Seat | Reviews | Features")
 * when it is not a menu word, or a short line of its own above the headline.
 * @param line one cleaned line near the top of the page
 * @param navigation the menu words (content/lexicon/furniture.yaml)
 */
export function mastheadName(line: string, navigation: readonly string[]): string | null {
  const first = line.split(/\s+[|•·—–✦◆♦-]\s+|\s*[|•·]\s*/u)[0]?.trim() ?? '';
  if (!first || navigation.includes(first.toLowerCase()) || first.split(/\s+/).length > 5) return null;
  if (/[.!?,;:]$/u.test(first)) return null;
  if (!new RegExp(`^${OUTLET}$`, 'u').test(first)) return null;
  return first;
}
