import { FURNITURE } from '../lexicon.ts';
import { isDateLine, isListedLine, META_SEPARATOR } from '../text/furniture.ts';
import { isTitleLine } from '../text/heading.ts';
import { bareLine, nextWithText } from '../text/lines.ts';
import { countWords } from '../text/words.ts';
import {
  type Byline,
  footerByline,
  forumPoster,
  isForumRank,
  labelledByline,
  metaByline,
  posterOrBio,
  signOff,
  withoutHandle,
} from './byline.ts';
import { best, type Candidate, chooseOutlet, wireOutlet } from './candidates.ts';
import { isRatingOnly } from './headline.ts';
import type { Line } from './lines.ts';
import { datedOutlet, mastheadAbove, metaOutlet, repeatedMasthead, titleSuffix } from './masthead.ts';
import { CRITIC_ROLE, isPersonName, NAME_WITH_ROLE } from './names.ts';
import {
  forumInBreadcrumb,
  mastheadName,
  outletInFurniture,
  outletInRatingLabel,
  sameOutlet,
} from './outlet.ts';

/** Who wrote a review and where: the critic, the outlet, and the lines that only said so. */
export interface Attribution {
  author: string | null;
  outlet: string | null;
  /** Lines dropped from the body (bylines, furniture, mastheads), as written. */
  removed: string[];
}

/** Where the review proper starts: the first line of prose that is neither furniture nor credits. */
function firstProse(lines: readonly Line[]): number {
  const at = lines.findIndex((l) => !l.furniture && !l.credits && countWords(l.text) > 20);
  return at < 0 ? lines.length : at;
}

/** An author box runs to this many words at most ("Jane Doe is our film critic. She has…"). */
const AUTHOR_BOX_WORDS = 45;

/** How many lines under the first prose (a long standfirst) a byline block may still stand. */
const BYLINE_BELOW_DEK = 3;

/**
 * Finds the critic and the outlet in bylines, meta lines, rating labels, sign-offs, mastheads and
 * the page's own furniture, and blanks every line that only said so (furniture included).
 * @param lines the paste's lines; edited in place
 * @param known lower-case names that are never the critic or the outlet (the film and its people)
 */
export function attribute(lines: Line[], known: ReadonlySet<string>): Attribution {
  const removed: string[] = [];
  const authors: Candidate[] = [];
  const outlets: Candidate[] = [];
  const mastheads: Candidate[] = [];
  const blank = (i: number, keep = ''): void => {
    const line = lines[i] as Line;
    const gone = keep ? line.text.slice(keep.length).trim() : line.text;
    if (gone) removed.push(gone);
    lines[i] = { text: keep, furniture: null, credits: null };
  };
  // "By Jane Doe | Film critic | 7.5 out of 10": the critic's rating on the byline stays for the rating stage.
  const blankByline = (i: number): void => {
    const text = (lines[i] as Line).text;
    const rating = text.split(META_SEPARATOR).find((part) => isRatingOnly(part.trim()));
    if (!rating) {
      blank(i);
      return;
    }
    removed.push(text.replace(rating, '').trim());
    lines[i] = { text: rating.trim(), furniture: null, credits: null };
  };
  const addAuthor = (b: Byline | null, rank: number, at: number): boolean => {
    if (!b || known.has(b.author.toLowerCase()) || /^the\s/iu.test(b.author)) return false;
    authors.push({ name: b.author, rank, at });
    if (b.outlet && !known.has(b.outlet.toLowerCase())) outlets.push({ name: b.outlet, rank: 3, at });
    return true;
  };
  const addOutlet = (name: string | null, rank: number, at: number): void => {
    if (name && !known.has(name.toLowerCase())) outlets.push({ name, rank, at });
  };

  const top = firstProse(lines);
  const hadText = lines.map((l) => l.text !== '');
  const originals = lines.map((l) => l.text);
  /** The next line after `i` that held text, as written (what attribution has blanked included). */
  const nextOriginal = (i: number): string | undefined => originals[hadText.indexOf(true, i + 1)];
  addOutlet(mastheadAbove(lines, top, known), 2, 0);
  lines.forEach((line, i) => {
    if (!line.text || line.credits) return;
    addOutlet(outletInRatingLabel(line.text), 4, i);
    const masthead = i < top ? mastheadName(line.text, FURNITURE.navigation) : null;
    if (masthead && !known.has(masthead.toLowerCase())) {
      mastheads.push({ name: masthead, rank: 0, at: i });
      // "Aisle Seat | Reviews | Features": the page's name first in its own menu.
      const rest = line.text.split(/\s+[|•·—–-]\s+|\s*[|•·]\s*/u).slice(1);
      if (rest.length > 0 && rest.every((p) => FURNITURE.navigation.includes(p.trim().toLowerCase())))
        addOutlet(masthead, 2, i);
      // "By Jane Doe" / "7 June 2025" / "The Northgate Courier": a paper's name under the byline.
      if (masthead === line.text && /^the\s/iu.test(masthead) && authors.some((a) => a.at < i)) {
        addOutlet(masthead, 2, i);
        blank(i);
        return;
      }
    }
    const after = nextWithText(lines, i);
    if (addAuthor(forumPoster(line.text, lines[after]?.text), 2, i)) {
      blank(i);
      // The poster's rank and stats lines under the name ("Member · 612 posts") go with it.
      for (let k = after; k >= 0 && k < lines.length && isForumRank((lines[k] as Line).text); k++) blank(k);
      return;
    }
    if (addAuthor(posterOrBio(line.text), 3, i)) {
      // An author box under the review is the page's, however long; above it, a long one may be prose.
      const words = countWords(line.text);
      if (words <= 12 || (i > top && words <= AUTHOR_BOX_WORDS)) blank(i);
      return;
    }
    // A newsletter's footer names both: "Frame Rate Friday is written by Jane Doe".
    if (addAuthor(footerByline(line.text), 3, i)) {
      blank(i);
      return;
    }
    // A video's channel: its name above its subscriber count ("Reel Talk with Dario" / "212K subscribers").
    if (i < top && !line.furniture && isChannel(line.text, nextOriginal(i))) {
      addOutlet(line.text, 3, i);
      blank(i);
      return;
    }
    const forum = i < top ? forumInBreadcrumb(line.text) : null;
    if (forum) {
      addOutlet(forum, 3, i);
      blank(i);
      return;
    }
    if (line.furniture) {
      addOutlet(outletInFurniture(line.text), 3, i);
      // A line the lexicon names as furniture whole ("CRITIC REVIEWS") names no critic.
      const named = isListedLine(line.text);
      // A meta line below the prose (a reader's comment header) names no critic; one just under a
      // long standfirst still does.
      const byline =
        !named &&
        (addAuthor(labelledByline(line.text), 3, i) ||
          (i < top + BYLINE_BELOW_DEK && addAuthor(metaByline(line.text), 2, i)));
      if (i < top) addOutlet(metaOutlet(line.text), 2, i);
      // A page-title line printed again ("<headline> | The Marrow Review") names the site after its bar.
      if (i < top && line.furniture === 'repeat') addOutlet(titleSuffix(line.text), 2, i);
      if (byline) blankByline(i);
      else blank(i);
      return;
    }
    const promo = outletInFurniture(line.text);
    if (promo && countWords(line.text) <= 30) {
      addOutlet(promo, 3, i);
      blank(i);
      return;
    }
    if (addAuthor(labelledByline(line.text), 3, i)) blankByline(i);
    else if (i < top && addAuthor(metaByline(line.text), 2, i)) blankByline(i);
    else if (i < top) {
      const dated = datedOutlet(line.text);
      addOutlet(dated ?? titleSuffix(line.text), 2, i);
      if (dated) blank(i);
    }
  });

  // A name line of its own under the headline ("Jane Doe", "Jane Doe, Film Critic"); just below a
  // long standfirst only with the date line under it, as a byline block prints it.
  for (let i = 0; i < top + BYLINE_BELOW_DEK; i++) {
    const line = lines[i] as Line;
    if (!line?.text || line.credits) continue;
    // The date may come after the critic's role: "Jane Doe" / "Chief Film Critic" / "June 3, 2025".
    const below = hadText.indexOf(true, i + 1);
    const under = originals[below] ?? '';
    const dated = isDateLine(under) || (CRITIC_ROLE.test(under) && isDateLine(nextOriginal(below) ?? ''));
    if (i >= top && !dated) continue;
    const text = withoutHandle(line.text);
    const role = NAME_WITH_ROLE.exec(text);
    const name = role ? (role[1] ?? '') : text;
    const above = hadText.slice(0, i).some(Boolean);
    // A name with the critic's role on the line under it is a byline even on the page's first line.
    const roleUnder = CRITIC_ROLE.test(under);
    if (
      isPersonName(name) &&
      (role || above || roleUnder) &&
      addAuthor({ author: name, outlet: null }, 1, i)
    ) {
      blank(i);
      if (roleUnder && lines[below]?.text === under) blank(below);
    }
  }

  // Sign-offs: "– Name" or "— Name, Outlet" ending a paragraph or standing alone.
  for (let i = lines.length - 1; i >= 0; i--) {
    let rest = (lines[i] as Line).text;
    if (!rest || (lines[i] as Line).credits) continue;
    for (let s = signOff(rest); s && addAuthor(s.byline, 2, i); s = signOff(rest)) rest = s.rest;
    if (rest !== (lines[i] as Line).text) blank(i, rest);
  }

  const named = repeatedMasthead(lines, hadText, top, known, originals);
  if (named) outlets.push({ name: named, rank: 2, at: 0 });
  // A name a labelled byline gives the critic ("Written by Jane Doe") is a person, never the outlet,
  // however much it looks like a masthead ("More from Jane Doe and Long Takes").
  const people = new Set(authors.filter((a) => a.rank >= 3).map((a) => a.name.toLowerCase()));
  const nobody = (c: Candidate): boolean => !people.has(c.name.toLowerCase());
  const wire = wireOutlet(outlets);
  const outlet = wire ?? chooseOutlet(outlets.filter(nobody), mastheads.filter(nobody));
  // The site that carries a wire review names itself in its masthead: that line leaves the body too.
  for (const m of wire ? mastheads : []) if (!isProse((lines[m.at] as Line).text)) blank(m.at);
  if (outlet) {
    // The masthead and any line that is only the outlet's name leave the body.
    for (let i = 0; i < lines.length; i++) {
      const text = (lines[i] as Line).text;
      if (!text) continue;
      const masthead = i < top ? mastheadName(text, FURNITURE.navigation) : null;
      if (bareLine(text) === bareLine(outlet) || (masthead && sameOutlet(masthead, outlet) && !isProse(text)))
        blank(i);
    }
  }
  // A name line that is the outlet's own masthead ("Mothlight Weekly") is no critic.
  const author = best(authors.filter((a) => !outlet || !sameOutlet(a.name, outlet)))?.name ?? null;
  return { author, outlet, removed };
}

function isProse(text: string): boolean {
  return !isTitleLine(text) && countWords(text) > 12;
}

/** "212K subscribers", "1.2M followers": a channel's count under its name. */
const AUDIENCE = /^\d[\d,.]*\s*[km]?\s+(?:subscribers|followers)$/iu;
/** Words a channel's name holds at most. */
const CHANNEL_WORDS = 6;

/** Whether a line is a video channel's name: a short title-like line right above its audience count. */
function isChannel(text: string, next: string | undefined): boolean {
  return next !== undefined && AUDIENCE.test(next) && countWords(text) <= CHANNEL_WORDS && isTitleLine(text);
}
