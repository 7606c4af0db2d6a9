import { FURNITURE } from '../lexicon.ts';
import { bareLine, nextWithText } from '../text/lines.ts';
import { leadingWordListPattern, wordListPattern } from '../text/pattern.ts';
import { countWords } from '../text/words.ts';
import type { Line } from './lines.ts';
import { mastheadName } from './outlet.ts';

/** Words a site's tagline describes the site with ("since 1994", "the film weekly", "English edition"). */
const TAGLINE_WORD = wordListPattern(FURNITURE.taglineWords, 'iu');
/** The imperative an ad's copy opens with ("Stream every fight… — try it free"). */
const AD_COPY = leadingWordListPattern(FURNITURE.adCopyOpeners);
const AD_LABELS = new Set(FURNITURE.adLabels);
/** A tagline or an ad's copy is a short line: more words than this is prose. */
const SHORT_LINE = 16;
/** A headline runs to this many words at most ("'Ballerina' Review: Ana de Armas Hits Hard in …"). */
const HEADLINE_WORDS = 30;
/** How far down the page the review's own headline may still follow a tagline. */
const TOP_LINES = 12;

function isShort(text: string): boolean {
  return countWords(text) <= SHORT_LINE && !/[.!?]["”’]?$/u.test(text);
}

/**
 * Marks the site's tagline as furniture: the short line right under a masthead ("GUN-FU GAZETTE" /
 * "Fan-run since 2015 · Stunts, fights & the films that love them") when it describes the site
 * (content/lexicon/furniture.yaml, taglineWords) or a menu follows it, and a headline of the review's
 * own still follows further down.
 * @param lines the paste's lines, classified
 */
export function markTaglines(lines: Line[]): void {
  const at = lines.findIndex((l) => l.text !== '' && l.furniture === null);
  const masthead = lines[at];
  if (!masthead || masthead.credits || countWords(masthead.text) > 4) return;
  if (mastheadName(masthead.text, FURNITURE.navigation) !== masthead.text) return;
  const t = nextWithText(lines, at);
  const tagline = lines[t];
  if (!tagline || tagline.furniture !== null || tagline.credits) return;
  // A motto may end in a full stop when it names the site's kind ("Your city. Your news. Since 1872.").
  const described = TAGLINE_WORD.test(tagline.text);
  if (!isShort(tagline.text) && !(described && countWords(tagline.text) <= SHORT_LINE)) return;
  const after = lines[nextWithText(lines, t)];
  // A menu under it (a line of section names, or of the lexicon's menu phrases) shows it is the site's.
  if (!described && after?.furniture !== 'navigation' && after?.furniture !== 'phrase') return;
  // The review's headline must still be to come: a line of a headline's length that is no furniture,
  // before the prose.
  for (let k = nextWithText(lines, t); k >= 0 && k < at + TOP_LINES; k = nextWithText(lines, k)) {
    const line = lines[k] as Line;
    if (line.furniture !== null || line.credits) continue;
    // A headline may ask or exclaim ("… how long is too long?"); a full stop ends prose.
    if (countWords(line.text) <= HEADLINE_WORDS && !/\.["”’]?$/u.test(line.text))
      tagline.furniture = 'phrase';
    return;
  }
}

/**
 * Marks an ad's copy as furniture: the short line right under an ad label ("Sponsored") that opens
 * with an imperative ("Stream…", "Try…"), as an ad's does and a headline does not.
 * @param lines the paste's lines, classified
 */
export function markAdCopy(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (!line.text || !AD_LABELS.has(bareLine(line.text))) return;
    const copy = lines[nextWithText(lines, i)];
    if (copy && copy.furniture === null && !copy.credits && isShort(copy.text) && AD_COPY.test(copy.text))
      copy.furniture = 'phrase';
  });
}
