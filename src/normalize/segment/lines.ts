import { BYLINES, CREDITS, FURNITURE } from '../lexicon.ts';
import {
  type FurnitureKind,
  furnitureKind,
  isListedLine,
  isPhotoCredit,
  startsWithPhrase,
} from '../text/furniture.ts';
import { isTitleLine, LIST_ITEM } from '../text/heading.ts';
import { bareLine, cleanLine } from '../text/lines.ts';
import { alternation } from '../text/pattern.ts';
import { splitSentences } from '../text/sentences.ts';
import { countWords } from '../text/words.ts';
import { type Credit, creditsOf } from './credits.ts';
import { isRatingOnly } from './headline.ts';
import { markPulledQuotes, markQuotedPosts } from './quoted.ts';
import { markAdCopy, markTaglines } from './site.ts';

/** One line of the paste, cleaned, with what it is besides text. */
export interface Line {
  text: string;
  /** Why it is page furniture, or null. A repeat is a line printed again further down. */
  furniture: FurnitureKind | 'repeat' | null;
  /** The credits it states, when it is a credits line. */
  credits: Credit[] | null;
}

/**
 * Splits raw text into cleaned lines and says which are furniture or credits. A non-empty line
 * printed a second time (a headline or menu repeated) is furniture from its second appearance on.
 * @param text decoded review text, LF newlines
 */
export function readLines(text: string): Line[] {
  const lines = classify(text);
  unmarkLoneBylines(lines);
  markPulledQuotes(lines);
  markQuotedPosts(lines);
  markComments(lines);
  markAggregateScores(lines);
  markPageTitles(lines);
  markLinkLists(lines);
  markCaptions(lines);
  markTaglines(lines);
  markAdCopy(lines);
  unmarkRatings(lines);
  return lines;
}

/**
 * A line that opens with the critic's rating is review, whatever release news follows it ("Four
 * stars. Ballerina is in cinemas now."): a furniture phrase later in the line does not take it.
 */
function unmarkRatings(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (line.furniture !== 'phrase') return;
    const first = splitSentences(line.text)[0] ?? '';
    if (first !== line.text && isRatingOnly(first)) lines[i] = { ...line, furniture: null };
  });
}

/** Labels a credits block and a byline share, before a name without a colon: "Written by Jane Doe". */
const SHARED_LABEL = new RegExp(
  `^(?:${alternation(BYLINES.labels.filter((label) => label.endsWith(' by') && label in CREDITS.labels))})\\s+\\S`,
  'iu',
);

/**
 * "Written by Jane Doe" on a line of its own, with no credits line next to it, is the critic's
 * byline; in a credits block (a credits line just before or after it) it credits the film's writer.
 */
function unmarkLoneBylines(lines: Line[]): void {
  const creditsAt = (i: number, step: number): boolean => {
    for (let k = i + step; k >= 0 && k < lines.length; k += step) {
      const line = lines[k] as Line;
      if (line.text) return line.credits !== null;
    }
    return false;
  };
  lines.forEach((line, i) => {
    if (line.credits?.length !== 1 || !SHARED_LABEL.test(line.text)) return;
    if (!creditsAt(i, -1) && !creditsAt(i, 1)) lines[i] = { ...line, credits: null };
  });
}

/** A score on a short line: "4.3 out of 5", "RATING 7.7/10", "★★★★☆". */
const SHORT_SCORE = /\d(?:[.,]\d{1,2})?\s*(?:\/\s*\d{1,3}|(?:out\s+)?of\s+\d{1,3})|[★⭐☆✩]{2}/iu;
/** "(318K)", "(25,000+ ratings)", "· 96K": how many voted, after a score. */
const VOTE_COUNT =
  /\(\s*\d[\d,.]*\s*[km]?\+?\s*(?:ratings?|votes?|reviews?|users?)?\s*\)\s*$|[·•|]\s*\d[\d,.]*\s*[km]\+?\s*$/iu;
/** "2,416 global ratings", "1,880 ratings": how many voted, on a line of its own. */
const VOTES_LINE = /^\d[\d,.]*\s*[km]?\+?\s+(?:global\s+)?(?:ratings|votes|reviews)$/iu;

/**
 * "(1,203 votes)", "(average of 214 votes)", "based on 152 critic reviews": a tally of voters or
 * reviews, anywhere on a line.
 */
const VOTE_TALLY =
  /\(\s*(?:(?:an?\s+)?average\s+of\s+|from\s+)?\d[\d,. ]*\s*[km]?\+?\s*(?:ratings?|votes?|reviews?|users?)\s*\)|(?<!\p{L})based\s+on\s+\d[\d,.]*\s*[km]?\+?\s+(?:\p{L}+\s+)?(?:ratings|votes|reviews|critics|users)(?!\p{L})/iu;
/** A line with a tally of voters beside its score is a poll's line, up to this many words. */
const POLL_WORDS = 20;

/**
 * A site's or its users' average is no critic's rating: a short score line with a vote count beside
 * it ("RATING 7.7/10 (318K)") or under it ("4.3 out of 5" / "2,416 global ratings"), or a longer one
 * with a tally of voters ("Listeners rate it 4.3 out of 5 (612 votes) · Add your rating").
 */
function markAggregateScores(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (!line.text || !SHORT_SCORE.test(line.text)) return;
    const words = countWords(line.text);
    const next = lines.slice(i + 1).find((l) => l.text)?.text ?? '';
    const short = words <= 6 && (VOTE_COUNT.test(line.text) || VOTES_LINE.test(next));
    if (short || (words <= POLL_WORDS && VOTE_TALLY.test(line.text)))
      lines[i] = { ...line, furniture: 'meta' };
  });
}

/** "97 Comments", "12 responses": a comments header with its count. */
const COUNTED_HEADER = /^\d[\d,.]*k?\s+(?:comments?|responses?|replies)$/iu;

/**
 * Below the readers' comments header ("Comments", "Sort by: Best", "Leave a reply"), once the review
 * has begun, every line is a reader's: furniture, with whatever ratings and opinions it holds.
 */
function markComments(lines: Line[]): void {
  const prose = lines.findIndex((l) => !l.furniture && countWords(l.text) > 20);
  if (prose < 0) return;
  const at = lines.findIndex((l, i) => {
    if (i <= prose || !l.text) return false;
    const bare = bareLine(l.text);
    return COUNTED_HEADER.test(bare) || FURNITURE.commentHeaders.some((h) => startsWithPhrase(bare, h));
  });
  if (at < 0) return;
  for (let k = at; k < lines.length; k++) {
    const line = lines[k] as Line;
    if (line.text && !line.furniture) lines[k] = { ...line, furniture: 'phrase' };
  }
}

/**
 * A title-like line near the top that holds another one whole ("X review – <headline> | Outlet" and
 * the headline itself) is the browser's title bar, printed again.
 */
function markPageTitles(lines: Line[]): void {
  const top = lines.slice(0, 12);
  top.forEach((line, i) => {
    if (!line.text || line.furniture || line.credits || !isTitleLine(line.text)) return;
    const bare = bareLine(line.text);
    const holds = top.some((other, k) => {
      if (k === i || !other.text || other.furniture || !isTitleLine(other.text)) return false;
      const inner = bareLine(other.text);
      return inner.length >= 15 && inner !== bare && bare.includes(inner) && countWords(other.text) >= 5;
    });
    if (holds) lines[i] = { ...line, furniture: 'repeat' };
  });
}

/** Whether a line heads a list of links to other pages ("Related", "More from The Reel Ledger"). */
function headsLinkList(line: Line): boolean {
  const bare = bareLine(line.text);
  // Furniture already ("More from The Reel Ledger"), or a short header of its own ("Trending on KWVR 8").
  const header =
    line.furniture !== null || (countWords(line.text) <= LINK_HEADER_WORDS && isTitleLine(line.text));
  // A menu that opens with a header's word ("Latest  Film  Streaming") heads no list.
  const menu = line.furniture === 'navigation';
  return (
    header &&
    !line.credits &&
    FURNITURE.linkLists.some((h) => bare === h || (!menu && startsWithPhrase(bare, h)))
  );
}

/** Words a link list's header holds at most. */
const LINK_HEADER_WORDS = 6;

/** "By Jane Doe", "Reviewed by Jane Doe": a byline that says so. */
const BY_NAME = /^(?:(?:review(?:ed)?|written|words|posted|filed)\s+)?by\s+\p{Lu}/iu;

/** Whether the next line with text is a byline: the line above it heads the review, and ends any list of links. */
function bylineNext(lines: readonly Line[], i: number): boolean {
  const next = lines.slice(i + 1).find((l) => l.text);
  return next !== undefined && BY_NAME.test(next.text);
}

/** "ENTERTAINMENT", "FILM REVIEW": a section's label in capitals, which ends any list of links above it. */
function sectionLabel(text: string): boolean {
  return countWords(text) <= 3 && /\p{Lu}{2}/u.test(text) && text === text.toUpperCase();
}

/** The title-like lines under a "Related" or "More from …" header are links, not review. */
function markLinkLists(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i] as Line;
    if (!headsLinkList(head)) continue;
    if (!head.furniture) lines[i] = { ...head, furniture: 'navigation' };
    for (let k = i + 1; k < lines.length; k++) {
      const line = lines[k] as Line;
      if (!line.text) continue;
      if (line.furniture && sectionLabel(line.text)) break;
      if (line.furniture) continue;
      // "1. Council confirms new bin days": a numbered list of links is links too.
      const title = line.text.replace(/^\d{1,2}[.)]\s+/u, '');
      if (line.credits || !isTitleLine(title) || countWords(title) > 16 || bylineNext(lines, k)) break;
      lines[k] = { ...line, furniture: 'phrase' };
    }
  }
}

/** A one-sentence line right above or below a photo credit ("Photo: Lionsgate") is its caption. */
function markCaptions(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (!line.furniture || !isPhotoCredit(line.text) || countWords(line.text) > 6) return;
    for (const k of [i - 1, i + 1]) {
      const next = lines[k];
      if (!next?.text || next.furniture || next.credits) continue;
      // Above the credit, only a line that ends like a sentence: a headline there is no caption.
      if (k < i && !/[.!?]["”’)]?$/u.test(next.text)) continue;
      if (countWords(next.text) <= 25 && splitSentences(next.text).length === 1)
        lines[k] = { ...next, furniture: 'caption' };
    }
  });
}

/** "Films   Lists   Members   Journal": three or more short, mostly capitalised items set apart by wide spaces. */
function spacedMenu(raw: string): boolean {
  // "‹ Previous page   Next page ›": an item's arrows are no part of its words.
  const items = raw
    .trim()
    .split(/\s{2,}|\t+/u)
    .map((item) => item.replace(/^[‹«←]\s*|\s*[›»→]$/gu, ''));
  // "Chapters   Transcript": two or more of the lexicon's whole-line phrases side by side.
  if (items.length >= 2 && items.every((item) => isListedLine(item))) return true;
  // Most items capitalised; one may open in lower case ("e-Edition") or run to four words ("8 On Your Side").
  return (
    items.length >= 3 &&
    items.every(
      (item) =>
        countWords(item) <= 4 &&
        /^[\p{L}\p{N}]/u.test(item) &&
        // An abbreviation ("U.S.") or a one-word call ("Win!") is a menu item too; a sentence's end is not.
        (!/[.!?,;:]$/u.test(item) || /^(?:\p{Lu}\.){2,}$/u.test(item) || /^\p{Lu}\p{L}*!$/u.test(item)),
    ) &&
    items.filter((item) => /^[\p{Lu}\p{N}]/u.test(item)).length >= items.length - 1
  );
}

function classify(text: string): Line[] {
  const seen = new Set<string>();
  return text.split('\n').map((raw): Line => {
    const text = cleanLine(raw);
    if (!text) return { text, furniture: null, credits: null };
    const credits = creditsOf(text);
    const kind = credits ? null : (furnitureKind(text) ?? (spacedMenu(raw) ? 'navigation' : null));
    const bare = bareLine(text);
    const repeat = !kind && !LIST_ITEM.test(text) && countWords(text) >= 2 && seen.has(bare);
    seen.add(bare);
    return { text, furniture: kind ?? (repeat ? 'repeat' : null), credits };
  });
}
