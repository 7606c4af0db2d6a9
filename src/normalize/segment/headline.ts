import { isTitleLine } from '../text/heading.ts';
import { bareLine } from '../text/lines.ts';
import { escapeRegExp } from '../text/pattern.ts';
import { countWords } from '../text/words.ts';
import { OUTLET } from './names.ts';

/** A rating tacked onto a headline: "… ★★★½", "… – 4/5", "… (3.5 out of 5)", "… [7/10]", "… 🍿🍿🍿🍿/5". */
const RATING_TAIL =
  /\s*(?:[|:–—-]\s*)?(?:[([]?\s*(?:(?:[★⭐☆✩]|\p{Extended_Pictographic}\uFE0F?){1,10}(?:½|\.5)?(?:\s*(?:\/|out\s+of)\s*\d{1,2})?|\d{1,2}(?:[.,]\d)?\s*(?:\/|out of|of)\s*\d{1,3}(?:\s*stars?)?|\d(?:[.,]\d|½)?\s*stars?|[A-DF][+-]?(?=\s*\)))\s*[)\]]?)+\s*$/u;
/** A rating at the head of a headline: "★★★★ Ballerina …", "4/5 – Ballerina …", "2.0 out of 5 stars Pretty, loud …". */
const RATING_HEAD =
  /^\s*[[(]?\s*(?:(?:[★⭐☆✩]|\p{Extended_Pictographic}\uFE0F?){1,10}(?:½|\.5)?(?:\s*(?:\/|out\s+of)\s*\d{1,2})?|\d{1,2}(?:[.,]\d)?\s*(?:\/|out\s+of)\s*\d{1,3}(?:\s+stars?)?)(?:\s*(?:[★⭐☆✩]|\p{Extended_Pictographic}\uFE0F?)+)?\s*[\])]?\s*(?:[|:–—-]\s*)?/u;
/** A count of stars in words, one to five, with a half ("three and a half stars"). */
const WORDS_OF_STARS = String.raw`(?:one|two|three|four|five)(?:\s+and\s+a\s+half)?\s+stars?`;
/** "2 stars – a spin-off …", "Four stars: …": a star count at the head of a headline, before a dash or colon. */
const STARS_HEAD = new RegExp(
  String.raw`^\s*(?:\d(?:[.,]\d|½)?(?:\s+and\s+a\s+half)?\s+stars?|${WORDS_OF_STARS})\s*[|:–—-]\s*`,
  'iu',
);
/**
 * A kicker that only says what kind of page this is: "Review:", "Movie review |", "REVIEW –",
 * "Ballerina review –", "John Wick: Chapter 4 review –".
 */
const KICKER = /^(?:.{0,60}?\s)?review\s*(?:[:|–—]|\s-)\s*/iu;
/** "… – review", "… | Film review": the kicker after a headline (once a tacked-on rating is off). */
const KICKER_TAIL = /\s*(?:[|:–—]|\s-)\s*(?:(?:film|movie)\s+)?review\s*$/iu;
/** " review", " film review" after a film's title: "JOHN WICK: CHAPTER 4 REVIEW". */
const REVIEW_TAIL = /\s+(?:film\s+|movie\s+)?review$/iu;
/** "First look – ", "Festival review: ": a kicker for an early review. */
const FIRST_LOOK = /^(?:first\s+look|early\s+review|festival\s+review)\s*(?:[:|–—]|\s-)\s*/iu;
/** "Episode 187 – ", "Ep. 96: ", "Matinee Mondays #131: ": a podcast's episode or a letter's issue before its title. */
const NUMBERED = /^(?:(?:episode|ep\.?)\s*#?\d{1,4}|.{0,40}?#\d{1,4})\s*(?:[:|–—]|\s-)\s*/iu;

/**
 * What a film page's header prints after the film's title: its year ("(2023)", "2023", "– 2023"),
 * its certificate and running time ("(15, 169 mins)"), or its year and then facts ("(2025) · R ·
 * 2h 5m · Action, Thriller").
 */
export const YEAR_TAIL =
  /\s*(?:\((?:19|20)\d{2}\)(?:\s+[·•|]\s+[^·•|]{1,30}){0,6}|\([^()]{0,24}\b\d{2,3}\s*(?:mins?|minutes)\.?\)|[-–—]?\s*(?:19|20)\d{2})$/u;

/** "(Spoiler-Free, Then Spoilers)", "[no spoilers]": a note on the page's spoilers after a headline. */
const SPOILER_TAG = /\s*[([][^()[\]]{0,40}\bspoil(?:er|ers|ing)?\b[^()[\]]{0,40}[)\]]$/iu;

/** A headline with a tacked-on rating, site name or kicker taken off, and what was taken. */
export interface Headline {
  title: string;
  /** The rating notation that was tacked onto it, for the rating stage. */
  rating: string | null;
}

/**
 * Takes a rating, a " | Outlet" suffix and a "Review:" kicker (or a "– review" one after it) off a headline line.
 * @param line the headline as written
 * @param outlet the page's outlet, when known, to drop a " | Outlet" or " - Outlet" suffix
 * @returns the headline and any rating taken off it, or null when nothing title-like is left
 */
export function cleanHeadline(line: string, outlet: string | null): Headline | null {
  let title = line;
  let rating: string | null = null;
  if (outlet) {
    const suffix = new RegExp(`\\s*[|–—-]\\s*${escapeRegExp(outlet)}\\s*$`, 'iu');
    title = title.replace(suffix, '');
  }
  const tail = RATING_TAIL.exec(title);
  if (tail && tail.index > 0 && /[\p{L}]/u.test(title.slice(0, tail.index))) {
    rating = tail[0].trim();
    title = title.slice(0, tail.index);
  }
  // "Ballerina review: 7/10 – the spin-off …": the kicker first, then the rating after it.
  const headed = (text: string) => RATING_HEAD.test(text) || STARS_HEAD.test(text);
  if (KICKER.test(title) && headed(title.replace(KICKER, ''))) title = title.replace(KICKER, '');
  const head = RATING_HEAD.exec(title) ?? STARS_HEAD.exec(title);
  if (head && head[0].length < title.length) {
    rating ??= head[0].trim();
    title = title.slice(head[0].length);
  }
  title = title
    .replace(KICKER_TAIL, '')
    .replace(KICKER, '')
    .replace(NUMBERED, '')
    .replace(FIRST_LOOK, '')
    .replace(SPOILER_TAG, '')
    .trim();
  title = title.replace(/^["“]([^"”]+)["”]$/u, '$1');
  return title && isTitleLine(title) ? { title, rating } : null;
}

/**
 * The title a review without a headline gets: "<Outlet or critic>'s review of <Film>".
 * @param filmTitle the film's full title
 * @param outlet the review's outlet, if known
 * @param author the review's critic, if known
 */
export function fallbackTitle(filmTitle: string, outlet: string | null, author: string | null): string {
  const who = outlet ?? author;
  return who ? `${who}'s review of ${filmTitle}` : `A review of ${filmTitle}`;
}

/** "Four stars", "Three and a half stars out of five.": a star count in words on its own. */
const WORD_STARS = new RegExp(String.raw`^${WORDS_OF_STARS}(?:\s+out\s+of\s+(?:four|five|4|5))?[.!]?$`, 'iu');
/** "Rating:", "Our verdict –", "The Reel Ledger score:" before a notation. */
const RATING_LABEL = /^[\p{L}\p{N}'’&. ]{0,40}\b(?:rating|score|grade|verdict|stars)\s*[:：–—-]\s*/iu;

/**
 * Whether a line holds nothing but a rating ("★★★★ (4/5)", "Rating: 2/5"): it stays in the body for
 * the rating stage and is never a headline.
 * @param line one cleaned line
 */
export function isRatingOnly(line: string): boolean {
  if (WORD_STARS.test(line)) return true;
  const rest = line.replace(RATING_LABEL, '').replace(RATING_TAIL, '');
  if (rest === line) return RATING_HEAD.test(line) && line.replace(RATING_HEAD, '').trim() === '';
  return !/\p{L}{2,}/u.test(rest.replace(RATING_HEAD, ''));
}

const WHOLE_OUTLET = new RegExp(`^${OUTLET}$`, 'u');

/** A name a masthead could print: capitalised words ("The Reel Ledger"), not a phrase ("Fire on the ice"). */
function mastheadShaped(text: string): boolean {
  return WHOLE_OUTLET.test(text) && !/[.!?…,]["”’]?$/u.test(text);
}

/** Whether a line under the film's bare title reads as a headline: a title line of three words or more, not a meta line. */
function headlineAfterTitle(text: string): boolean {
  return countWords(text) >= 3 && isTitleLine(text) && !/\s[|•·‧/]\s/u.test(text) && /\p{Ll}{3}/u.test(text);
}

/** A dek runs to this many words at least; a headline is shorter. */
const DEK_WORDS = 15;

/**
 * "Pirouettes and Powder Burns" above a dek of twenty words, on a page whose outlet is known and
 * named otherwise: a short headline, not a masthead or a section's name (those are a word or two,
 * or in capitals, or the outlet's name).
 */
function shortHeadline(text: string, next: HeadlineLine | undefined, outlet: string | null): boolean {
  if (!outlet || !next || next.credits || countWords(next.text) < DEK_WORDS) return false;
  const bare = bareLine(text);
  const site = bareLine(outlet);
  return countWords(text) >= 3 && text !== text.toUpperCase() && !bare.includes(site) && !site.includes(bare);
}

/** A candidate line for the headline: its text and whether it is a credits line. */
export interface HeadlineLine {
  text: string;
  credits: boolean;
}

/**
 * The headline among the first lines of the body: the first line that is neither a rating, the
 * bare film title nor a short masthead above a longer title, when it reads as a title
 * and more text follows.
 * @param lines the body's lines in order, furniture and bylines already gone
 * @param outlet the page's outlet, to drop a " | Outlet" suffix
 * @param filmTitles the film's titles: a line that is only one of them heads a credits block
 * @returns the headline, its line's index, any tacked-on rating and the masthead lines passed over
 *   above it, or null
 */
export function pickHeadline(
  lines: readonly HeadlineLine[],
  outlet: string | null,
  filmTitles: readonly string[],
): (Headline & { index: number; skipped: number[] }) | null {
  const titles = new Set(filmTitles.map((t) => t.toLowerCase()));
  const skipped: number[] = [];
  for (let i = 0; i < Math.min(lines.length - 1, 3); i++) {
    const line = lines[i] as HeadlineLine;
    if (line.credits) return null;
    if (isRatingOnly(line.text)) continue;
    // The film's title, with its year or a rating tacked on ("🍿🍿/5 – John Wick: Chapter 4 (2023)").
    const bare = (cleanHeadline(line.text, outlet)?.title ?? line.text)
      .replace(YEAR_TAIL, '')
      .replace(/^["“‘']|["”’']$/gu, '')
      .toLowerCase();
    // The film's title alone heads a credits block or the page, and is no headline; a headline may
    // still follow it ("MOVIE REVIEW" / "Ballerina" / "A dancer with a grudge").
    if (titles.has(bare)) {
      const next = lines[i + 1];
      if (!next || next.credits || isRatingOnly(next.text) || !headlineAfterTitle(next.text)) return null;
      skipped.push(i);
      continue;
    }
    // "JOHN WICK: CHAPTER 4 REVIEW" above a headline is the page's kicker (alone, it is the headline).
    const after = lines[i + 1];
    if (
      titles.has(bare.replace(REVIEW_TAIL, '')) &&
      after &&
      !after.credits &&
      headlineAfterTitle(after.text)
    ) {
      skipped.push(i);
      continue;
    }
    // "FIRST LOOK | Ballerina": a section label beside the film's title is no headline.
    const sides = line.text.split(/\s+\|\s+/u);
    if (sides.length === 2 && sides.some((side) => titles.has(side.toLowerCase()))) {
      skipped.push(i);
      continue;
    }
    // A short name above a longer title-like line is the site's masthead; the longer line is the
    // headline.
    const next = lines[i + 1];
    const short =
      countWords(line.text) <= 4 && mastheadShaped(line.text) && !shortHeadline(line.text, next, outlet);
    // A strapline in lower case above a capitalised headline is the site's, not the review's.
    const strapline =
      line.text === line.text.toLowerCase() &&
      /^\p{Ll}/u.test(line.text) &&
      countWords(line.text) <= 8 &&
      !/[.!?]$/u.test(line.text);
    const headlineNext =
      next &&
      !next.credits &&
      !isRatingOnly(next.text) &&
      /^[\p{Lu}\p{N}"“]/u.test(next.text) &&
      isTitleLine(next.text);
    // A site's short motto with a full stop ("Culture, slowly.") under its masthead is the site's too.
    const words = countWords(line.text);
    const motto =
      outlet !== null && words >= 2 && words <= 4 && /[.…]$/u.test(line.text) && !isTitleLine(line.text);
    if ((strapline || motto) && headlineNext) {
      skipped.push(i);
      continue;
    }
    // "THE TEN-POINT COLUMN" / "Dancing in Place": a column's name in capitals above a headline in
    // mixed case (a dek under an all-caps headline runs longer).
    const kicker =
      words <= 5 &&
      /\p{Lu}{2}/u.test(line.text) &&
      line.text === line.text.toUpperCase() &&
      headlineNext &&
      /\p{Ll}/u.test(next.text) &&
      countWords(next.text) <= 14;
    if (kicker) {
      skipped.push(i);
      continue;
    }
    if (next && !next.credits && short && countWords(next.text) >= 5 && isTitleLine(next.text)) {
      skipped.push(i);
      continue;
    }
    const headline = cleanHeadline(line.text, outlet);
    return headline ? { ...headline, index: i, skipped } : null;
  }
  return null;
}
