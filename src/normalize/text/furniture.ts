import type { FurnitureLexicon } from '../../schemas/lexicon.ts';
import { FURNITURE } from '../lexicon.ts';
import { lists } from './furniture-lists.ts';
import { bareLine } from './lines.ts';
import { isNavigation, isShareBar } from './menus.ts';
import { countWords, wordsOf } from './words.ts';

/** Why a line is page furniture. */
export type FurnitureKind =
  | 'phrase'
  | 'navigation'
  | 'share'
  | 'read-time'
  | 'date'
  | 'meta'
  | 'caption'
  | 'url';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?';
/** A date in any common form: "June 5, 2025", "5 June 2025", "2025-06-05", "06/05/2025", "05-06-2025", "Jun 5". */
const DATE = new RegExp(
  `(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{1,2}\\.\\s\\d{1,2}\\.\\s\\d{4}|\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}|\\d{1,2}-\\d{1,2}-\\d{4})`,
  'iu',
);
const TIME =
  /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|[a-z]{2,4}))?\b|\b\d{1,2}\s*[ap]\.?m\.?\b/iu;
const READ_TIME =
  /\b\d+\s*(?:-\s*\d+\s*)?(?:min(?:ute)?s?\.?|m)\s+(?:read|watch|listen)\b|\bread(?:ing)?\s+time\b|\breading:\s*\d+\s*min(?:ute)?s?\b/iu;
/** Words a date or meta line may carry besides the date itself. */
const DATE_WORDS =
  /^(?:updated|published|posted|added|first|last|on|at|edited|modified|reviewed|released|date|dated|today|yesterday|ago|hours?|mins?|minutes?|days?|weeks?|a|an|the|et|pt|bst|gmt|utc|cet|est|edt|pst|pdt|am|pm|watched|rewatched|rewatch|logged|seen|\d+)$/iu;
/** What splits the parts of a meta line ("Jane Doe · June 6, 2025 · 5 min read", "Post by X » Sat Jun 07, 2025"). */
export const META_SEPARATOR = /\s+[|•·⋅∙—–»-]\s+|\s*[|•·⋅∙]\s*/u;
const URL_LINE =
  /^(?:https?:\/\/\S+|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/\S*)?|(?=\S*[a-z])\/?[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\/[a-z0-9]+(?:[-_][a-z0-9]+)*)+\/?|[a-z0-9]+(?:-[a-z0-9]+){3,})$/u;
const CAPTION =
  /\b(?:photo(?:graph(?:y|s)?)?|image|still|picture|pictured)(?:\s+(?:by|credit|courtesy|via))?\s*[:©]\s*\S|\((?:photo|image|credit)[^()]*\)\s*$|\bcourtesy\s+of\s+[\p{Lu}]|[.)]\s*©\s*[\p{Lu}][\p{L}&. ]{1,40}$/iu;
/** A caption that ends with its photographer and agency in brackets: "… in Paris. (Jane Doe/Lionsgate)". */
const CREDITED_CAPTION =
  /[.!?"”]\s*\((?:[\p{Lu}][\p{L}'’.-]+\s+){1,3}[\p{Lu}][\p{L}'’.-]+\s*\/\s*[\p{Lu}][\p{L}\p{N}&'’. -]{1,40}\)$/u;

/**
 * Whether a bare line (see bareLine) opens with a phrase of the lexicon, as whole words: "comments:"
 * and "comments (12)" open with "comments", "commentary" does not.
 * @param bare the line, bare
 * @param phrase the phrase, lower case
 */
export function startsWithPhrase(bare: string, phrase: string): boolean {
  if (!bare.startsWith(phrase)) return false;
  const next = bare.charAt(phrase.length);
  return next === '' || !/[\p{L}\p{N}]/u.test(next) || !/[\p{L}\p{N}]$/u.test(phrase);
}

/**
 * Whether a line is nothing but a date, a time and date words ("Updated June 5, 2025 3:14 pm ET").
 * @param line one cleaned line
 */
export function isDateLine(line: string): boolean {
  const m = DATE.exec(line);
  if (!m) return false;
  const rest = `${line.slice(0, m.index)} ${line.slice(m.index + m[0].length)}`.replace(TIME, ' ');
  return wordsOf(rest).every((w) => DATE_WORDS.test(w));
}

/**
 * Whether a line credits a photo ("Photo: Lionsgate", "Image credit: Lionsgate", "(Photo: X)").
 * @param line one cleaned line
 */
export function isPhotoCredit(line: string): boolean {
  return CAPTION.test(line);
}

/**
 * Whether a text states a read time ("6 min read", "Reading time: 4 minutes").
 * @param text a line or part of one
 */
export function isReadTime(text: string): boolean {
  return READ_TIME.test(text);
}

/**
 * Whether a part of a meta line is furniture on its own: a date, a read time, a phrase of the lexicon.
 * @param part one part of a line split at META_SEPARATOR
 */
export function isMetaPart(part: string, lexicon: FurnitureLexicon = FURNITURE): boolean {
  const bare = bareLine(part);
  const timeOnly = TIME.test(part) && part.replace(TIME, '').trim() === '';
  return (
    bare === '' || timeOnly || isDateLine(part) || READ_TIME.test(part) || lists(lexicon).exact.has(bare)
  );
}

/** "DE | EN", "FR · EN · ES": a language switcher. */
const LANGUAGES = /^[A-Z]{2}(?:\s*[|/·]\s*[A-Z]{2})+$/u;
/** "68° Partly Cloudy · H 74° L 51°": a weather widget's reading. */
const WEATHER = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}-?\d{1,3}\s?°\s?[CF]?(?![\p{L}\p{N}])/u;
/** "Digital Edition from €1.50 a week", "Subscribe from R49 a month": a subscription's price. */
const PRICE_OFFER =
  /(?:[€£$¥₹₦]|(?<![\p{L}\p{N}])R)\s?\d[\d,.]*\s*(?:a|per|\/)\s*(?:week|month|year|wk|mo|yr)(?![\p{L}])/iu;
/** Longest line, in words, a `starts` phrase makes furniture: a paragraph that opens "You have read" is prose. */
const STARTS_WORDS = 40;
/** Longest line, in words, a cookie banner may be. */
const CONSENT_WORDS = 90;
/** Longest line, in words, a site's strapline may be. */
const SITE_STRAPLINE_WORDS = 14;

/**
 * Whether the lexicon lists a whole line as furniture, as written ("CRITIC REVIEWS", "Like this:").
 * @param line one cleaned line
 * @param lexicon the furniture lexicon; content/lexicon/furniture.yaml by default
 */
export function isListedLine(line: string, lexicon: FurnitureLexicon = FURNITURE): boolean {
  return lists(lexicon).exact.has(bareLine(line));
}

/**
 * Whether a text is one entry of the lexicon's site menus ("Reviews", "Arts & Culture"): a section's
 * name.
 * @param text a line or a part of one
 * @param lexicon the furniture lexicon; content/lexicon/furniture.yaml by default
 */
export function isMenuEntry(text: string, lexicon: FurnitureLexicon = FURNITURE): boolean {
  return lists(lexicon).navigation.has(bareLine(text));
}

/** "2 days ago", "5 hours ago": a relative date. */
const AGO =
  /^(?:updated\s+|posted\s+|published\s+)?(?:(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?\.?|hr\.?|days?|weeks?|months?)|\d+\s?[smhdw])\s+ago$/iu;
/** "#Ballerina #JohnWick", "#john wick #film #rant": a line of hashtags or tags only. */
const HASHTAGS = /^(?:#[\p{L}\p{N}_]+[\s,]*){2,}$|^#[^#]+(?:#[^#]+){2,}$/u;
/** "watched 2 April 2023, Screen 6, alone": a diary's watched line, a date and notes. */
const WATCHED = new RegExp(`^(?:watched|rewatched|seen|logged)\\s+(?:on\\s+)?${DATE.source}`, 'iu');
/** "Murray Close/Lionsgate", "Photo by Jane Doe/Lionsgate": a photographer's credit. */
const PHOTOGRAPHER =
  /^(?:(?:photo|image)\s+by\s+)?[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}\s*\/\s*[\p{Lu}][\p{L}\p{N}&'’. -]{1,40}$/u;

/** "214 comments", "1,204 shares", "14 thoughts on “…”": a counter of a page's social furniture. */
const COUNTER =
  /^\d[\d,.]*[km]?\s+(?:(?:comments?|replies|shares|likes|views|reactions|notes|reblogs|kudos|bookmarks|(?:global\s+)?ratings|reviews|votes|subscribers|followers|restacks|claps|upvotes|points|pages|articles|edits|members)$|(?:thoughts?|comments?|responses?|replies)\s+(?:on|to)\s)/iu;
/** "00:00 Intro", "31:40 Spoiler section", "(1:02:15) Listener mail": a podcast or video chapter. */
const CHAPTER = /^\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s*[-–—|:]?\s+\p{L}/u;
/** Words a chapter line may hold at most. */
const CHAPTER_WORDS = 10;
/**
 * "« Scream VI      Air »", "← Previous: Aftersun, again", "Next: Tár and the long pause →": links to
 * the posts before and after this one.
 */
const PREV_NEXT =
  /^\s*(?:[«‹←]\s*\S.*|(?:previous|prev|next|older|newer)(?:\s+(?:post|review|article|entry|story))?\s*[:›»→]\s*\S.*\S\s*[»›→]?|.*\S\s*[»›→])\s*$/iu;
/** Words such a link holds at most. */
const PREV_NEXT_WORDS = 14;
/** "Your cinema: Orbit Sheffield Riverside ▾   Sign in": a page's drop-down control. */
const DROPDOWN = /\S\s*[▾▼⌄](?:\s|$)/u;
/** Words a line with a drop-down holds at most. */
const DROPDOWN_WORDS = 12;
/** "44", "— 45 —": a print page's number on a line of its own. */
const PAGE_NUMBER = /^[\s—–-]*\d{1,4}[\s—–-]*$/u;
/** "Page 3 of 7 « First ‹ Prev 2 3 4 Next ›", "Page 6", "Page C1": a pager or a print page's number. */
const PAGER = /^page\s+[a-z]?\d+(?:\s+of\s+\d+\b|$)/iu;
/**
 * "👍 12 😂 3 😡 1", "♡ 38 💬 12 ↻ 4", "♥ 64", "♡ 38 💬 11 ↻ Share": readers' reactions with their
 * counts (a heart or speech bubble alone with its count too, but not a star).
 */
const REACTIONS =
  /^(?:(?:(?:\p{Extended_Pictographic}|[♡♥↻⟳↺])\uFE0F?\s*\d[\d,.]*k?\s*){2,}|(?:[♡♥❤💬🗨]\uFE0F?\s*\d[\d,.]*k?\s*)+)(?:(?:\p{Extended_Pictographic}|[↻⟳↺])\uFE0F?\s*(?:share|reply|comment|restack)s?\s*)?$/iu;
/** "Issue #47", "Issue No. 47", "Vol. 61, No. 2", "Volume 58, Number 2": an issue, beside its name or season. */
const ISSUE =
  /^(?:(?:vol\.?|volume)\s*\d{1,4}(?:,?\s*(?:no\.?|number|issue)\s*\d{1,4})?|(?:issue|no\.?|number)\s*(?:no\.?\s*|#\s*)?\d{1,4}|#\d{1,4})$/iu;
/** "frameratefiend liked this", "saltandsabre reblogged this and added: …": a blog's notes on a post. */
const NOTE = /^[\p{L}\p{N}_.-]{3,30}\s+(?:liked|reblogged)\s+this(?:\s+and\s+added:.*)?$/u;
/** "Fri 24 – 17:45, 20:30", "Mon 27 to Thu 30 – 19:30": a cinema's showtimes for a day. */
const SHOWTIMES = new RegExp(
  `^${WEEKDAY}\\s+\\d{1,2}(?:\\s+(?:to|–|-)\\s+${WEEKDAY}\\s+\\d{1,2})?\\s*[–—:-]\\s*\\d{1,2}[:.]\\d{2}(?:\\s*,\\s*\\d{1,2}[:.]\\d{2})*(?:\\s*\\([^()]{1,40}\\))?$`,
  'iu',
);
/** "Friday film live: …": a live blog's own title above its entries. */
const LIVE_BLOG = /^(?:[\p{L}'’-]+\s){0,3}live:\s/iu;
/** "Cut to Black © 2023", "© 2025 Reel Counts": a copyright line. */
const COPYRIGHT = /^©|©\s*(?:19|20)\d{2}$/u;
/** "Search loopr", "Search this site", "Search in r/FilmDiscussionClub": a search box. */
const SEARCH_BOX = /^search\s+(?:(?:in|this|the|our)\s+)?[\p{L}\p{N}/_.'-]+$/u;
/** "r/flickdiscourse comments": a forum's name and tab. */
const SUBREDDIT = /^r\/[\p{L}\p{N}_]+(?:\s+\p{L}+){0,2}$/u;
/** "From: The Palisade Picturehouse <hello@…>", "Subject: …": an email's header lines, as a paste of one keeps them. */
const EMAIL_HEADER =
  /^(?:(?:from|to|reply-to|cc|sent|date):\s.{0,80}(?:<[^<>\s]+@[^<>\s]+>|[^\s@]+@[^\s@]+\.\w+)|(?:to|cc):\s.{1,30}|subject:\s.{1,120})$/iu;
/** "Cutting the Fight, part 7 of 12": the series a piece belongs to, above its headline. */
const SERIES =
  /(?:^|[,:–—-]\s*)part\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)$/u;
/** A series line is short: more words than this is prose. */
const SERIES_WORDS = 8;
/** "0:48", "(1:02:15)": a bare timestamp. */
const BARE_TIME = /^\(?\d{1,2}:\d{2}(?::\d{2})?\)?$/u;
/** "5 star 58%": one bar of a ratings histogram. */
const HISTOGRAM_BAR = /^\d\s+stars?\s+\d{1,3}\s?%$/iu;
/** "level 2": a comment's depth in a thread. */
const THREAD_LEVEL = /^level\s+\d{1,2}$/iu;
/** "#41": a forum post's number. */
const POST_NUMBER = /^#\d{1,6}$/u;

/**
 * Whether one line is page furniture, and which kind.
 * @param line one cleaned line (see cleanLine)
 * @param lexicon the furniture lexicon; content/lexicon/furniture.yaml by default
 * @returns the kind of furniture, or null for a line of review
 */
export function furnitureKind(line: string, lexicon: FurnitureLexicon = FURNITURE): FurnitureKind | null {
  const bare = bareLine(line);
  if (bare === '') return null;
  if (lists(lexicon).exact.has(bare)) return 'phrase';
  const words = countWords(line);
  if (words <= STARTS_WORDS && lexicon.starts.some((p) => startsWithPhrase(bare, p))) return 'phrase';
  if (words <= lexicon.maxWords && lexicon.contains.some((p) => bare.includes(p))) return 'phrase';
  if (words <= CONSENT_WORDS && lexicon.consent.some((p) => bare.includes(p))) return 'phrase';
  if (URL_LINE.test(bare) && !/\s/.test(bare)) return 'url';
  if (isShareBar(bare, lexicon) || COUNTER.test(bare) || HASHTAGS.test(line) || REACTIONS.test(line))
    return 'share';
  if (NOTE.test(line)) return 'share';
  if ((words <= CHAPTER_WORDS && CHAPTER.test(line)) || POST_NUMBER.test(line)) return 'meta';
  if (BARE_TIME.test(line) || HISTOGRAM_BAR.test(bare) || THREAD_LEVEL.test(bare)) return 'meta';
  if (PAGE_NUMBER.test(line)) return 'meta';
  if (PAGER.test(bare) || LANGUAGES.test(line) || SEARCH_BOX.test(bare) || SUBREDDIT.test(bare))
    return 'navigation';
  if (words <= PREV_NEXT_WORDS && PREV_NEXT.test(line)) return 'navigation';
  if (words <= DROPDOWN_WORDS && DROPDOWN.test(line)) return 'navigation';
  if (EMAIL_HEADER.test(line) || SHOWTIMES.test(line)) return 'meta';
  if ((words <= 25 && LIVE_BLOG.test(line)) || (words <= 8 && COPYRIGHT.test(line))) return 'phrase';
  if (words <= SERIES_WORDS && SERIES.test(bare)) return 'meta';
  if (AGO.test(bare)) return 'date';
  if (PHOTOGRAPHER.test(line)) return 'caption';
  if (
    words <= 30 &&
    (CAPTION.test(line) || CREDITED_CAPTION.test(line) || lists(lexicon).sourcedCaption.test(line))
  )
    return 'caption';
  if (isDateLine(line) || (words <= 14 && WATCHED.test(line))) return 'date';
  // A reading with its forecast beside it, or alone: "360° camera work" opens a sentence.
  if (WEATHER.test(line) && (words <= 4 || META_SEPARATOR.test(line))) return 'meta';
  if (words <= lexicon.maxWords && PRICE_OFFER.test(line)) return 'phrase';
  if (words <= SITE_STRAPLINE_WORDS && !/[.!?]["”’]?$/u.test(line) && lists(lexicon).siteStrapline.test(bare))
    return 'phrase';
  if (words <= 12 && READ_TIME.test(line)) return 'read-time';
  const parts = line.split(META_SEPARATOR).filter((p) => p.trim() !== '');
  if (
    parts.length >= 2 &&
    words <= 20 &&
    parts.some(
      (p) =>
        isDateLine(p) ||
        READ_TIME.test(p) ||
        AGO.test(bareLine(p)) ||
        ISSUE.test(p.trim()) ||
        PAGER.test(bareLine(p)),
    )
  )
    return 'meta';
  // "86 Likes · 3 Restacks", "312 Followers · Writer for X", "The Wick wiki · 1,206 pages": counters and a label.
  if (parts.length >= 2 && words <= 12 && parts.some((p) => COUNTER.test(bareLine(p)))) return 'share';
  if (words <= 24 && isNavigation(line, bare, lexicon)) return 'navigation';
  return null;
}
