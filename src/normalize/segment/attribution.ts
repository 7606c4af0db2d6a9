import { FURNITURE } from '../lexicon.ts';
import { isTitleLine } from '../text/heading.ts';
import { bareLine } from '../text/lines.ts';
import { escapeRegExp } from '../text/pattern.ts';
import { countWords } from '../text/words.ts';
import {
  type Byline,
  footerByline,
  forumPoster,
  labelledByline,
  metaByline,
  signOff,
  withoutHandle,
} from './byline.ts';
import type { Line } from './lines.ts';
import { isPersonName } from './names.ts';
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

interface Candidate {
  name: string;
  /** How much the form is trusted: a labelled byline over a guess. */
  rank: number;
  at: number;
}

/** A critic's job title on a line of its own: "Top Critic", "Senior Film Critic". */
const CRITIC_ROLE =
  /^(?:(?:top|senior|chief|lead|staff|contributing|associate|principal|resident)\s+)?(?:film\s+|movie\s+)?(?:critic|writer|editor|contributor|reviewer|correspondent)$/iu;
/** "Jane Doe, Senior Film Critic": a name line with the critic's job title. */
const NAME_WITH_ROLE =
  /^(.+?)\s*[,|–—-]\s*(?:(?:senior|chief|lead|staff|contributing|associate|principal|resident)\s+)?(?:film\s+|movie\s+)?(?:critic|writer|editor|contributor|reviewer|correspondent)\b.*$/iu;

function best(candidates: readonly Candidate[]): Candidate | null {
  return [...candidates].sort((a, b) => b.rank - a.rank || a.at - b.at)[0] ?? null;
}

/** Where the review proper starts: the first line of prose that is neither furniture nor credits. */
function firstProse(lines: readonly Line[]): number {
  const at = lines.findIndex((l) => !l.furniture && !l.credits && countWords(l.text) > 20);
  return at < 0 ? lines.length : at;
}

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
    }
    if (addAuthor(forumPoster(line.text, lines.slice(i + 1).find((l) => l.text)?.text), 2, i)) {
      blank(i);
      return;
    }
    if (line.furniture) {
      addOutlet(outletInFurniture(line.text), 3, i);
      if (i < top) addOutlet(forumInBreadcrumb(line.text), 3, i);
      if (!addAuthor(labelledByline(line.text), 3, i)) addAuthor(metaByline(line.text), 2, i);
      if (i < top) addOutlet(metaOutlet(line.text), 2, i);
      // A page-title line printed again ("<headline> | The Marrow Review") names the site after its bar.
      if (i < top && line.furniture === 'repeat') addOutlet(titleSuffix(line.text), 2, i);
      blank(i);
      return;
    }
    const promo = outletInFurniture(line.text);
    if (promo && countWords(line.text) <= 30) {
      addOutlet(promo, 3, i);
      addAuthor(footerByline(line.text), 3, i);
      blank(i);
      return;
    }
    if (addAuthor(labelledByline(line.text), 3, i)) blank(i);
    else if (i < top && addAuthor(metaByline(line.text), 2, i)) blank(i);
    else if (i < top) addOutlet(titleSuffix(line.text), 2, i);
  });

  // A name line of its own under the headline ("Jane Doe", "Jane Doe, Film Critic").
  for (let i = 0; i < top; i++) {
    const line = lines[i] as Line;
    if (!line.text || line.credits) continue;
    const text = withoutHandle(line.text);
    const role = NAME_WITH_ROLE.exec(text);
    const name = role ? (role[1] ?? '') : text;
    const above = hadText.slice(0, i).some(Boolean);
    if (isPersonName(name) && (role || above) && addAuthor({ author: name, outlet: null }, 1, i)) blank(i);
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
  const outlet = chooseOutlet(outlets, mastheads);
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

/**
 * The page's name as the first line of the page that is not furniture, when what follows it is
 * furniture (a menu, a date) or a byline: "Overcranked" above "Film | Streaming | Essays".
 */
function mastheadAbove(lines: readonly Line[], top: number, known: ReadonlySet<string>): string | null {
  const at = lines.findIndex((l, i) => i < top && l.text !== '' && !l.furniture);
  if (at < 0) return null;
  const line = lines[at] as Line;
  // A lower-case strapline under the masthead ("one seat from the exit since 2009") is passed over.
  const next = lines.slice(at + 1, top).find((l) => l.text !== '' && !isStrapline(l.text));
  if (!next || line.credits) return null;
  const name = mastheadName(line.text, FURNITURE.navigation);
  if (!name || countWords(name) > 4) return null;
  // A name above its role ("Top Critic", "Film Critic") is a critic's byline, not a masthead.
  if (next && CRITIC_ROLE.test(next.text)) return null;
  if (!name || name !== line.text.split(/\s+[|•·—–-]\s+/u)[0]?.trim()) return null;
  if ([...known].some((k) => k.length > 3 && name.toLowerCase().includes(k))) return null;
  const follows = next.furniture !== null || labelledByline(next.text) !== null;
  return follows ? name : null;
}

/**
 * The page's name as the first line of the page that is not furniture, when the page names it again
 * further down ("Kinetic Quarterly" above the headline, "Kinetic Quarterly is reader-supported").
 */
function repeatedMasthead(
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

/** "Ballerina review – a pirouette of grenades | The Marrow Review": the site's name after a page title. */
function titleSuffix(text: string): string | null {
  const parts = text.split(/\s+\|\s+/u);
  if (parts.length !== 2 || countWords(parts[0] ?? '') < 3) return null;
  const name = mastheadName(parts[1] ?? '', FURNITURE.navigation);
  return name && name === parts[1]?.trim() ? name : null;
}

/** A short line in lower case with no full stop: a site's strapline, not a headline. */
function isStrapline(text: string): boolean {
  return text === text.toLowerCase() && countWords(text) <= 8 && !/[.!?]$/u.test(text);
}

/** The outlet in a meta line beside the date: "The Dim Screen · Film · June 4, 2025". */
function metaOutlet(text: string): string | null {
  const parts = text.split(/\s+[|•·—–-]\s+|\s*[|•·]\s*/u).map((p) => p.trim());
  if (parts.length < 2) return null;
  const first = parts[0] ?? '';
  const caps = first === first.toUpperCase() && /\p{Lu}{4}/u.test(first);
  if (!/^the\s/iu.test(first) && !/[&]/u.test(first) && !caps) return null;
  return mastheadName(first, FURNITURE.navigation);
}

function isProse(text: string): boolean {
  return !isTitleLine(text) && countWords(text) > 12;
}

/**
 * The outlet: a masthead that another naming of the page confirms (it is the fullest form), else the
 * most trusted naming. A lone short line at the top is no outlet: it may be the headline.
 */
function chooseOutlet(outlets: readonly Candidate[], mastheads: readonly Candidate[]): string | null {
  for (const m of mastheads) {
    const twin = outlets.find((o) => sameOutlet(o.name, m.name));
    if (!twin) continue;
    // "BACK ROW GAZETTE" in the masthead, "Back Row Gazette" in the rating: keep the written case.
    return m.name === m.name.toUpperCase() && twin.name.toLowerCase() === m.name.toLowerCase()
      ? twin.name
      : m.name;
  }
  return best(outlets)?.name ?? null;
}
