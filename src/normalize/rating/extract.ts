/**
 * The explicit-rating stage: finds the rating a critic wrote into the review text
 * ("Rating: ★★★½ (3.5/5)", "Grade: B+", "I give it 3 out of 4") and puts it on 0–100.
 *
 * Precedence, highest first:
 *   1. a revision — a rating in a sentence that earlier says update/revised/bump/upgrade/downgrade/
 *      second viewing/rewatch…, or an arrow after a rating ("3/5 → 4/5"), or in a paragraph headed
 *      "Update:" (or a short line right after one that gave no rating); the LAST revision wins;
 *   2. a labelled rating ("Rating:", "Score:", "Grade:", "Verdict:", "Our rating:"); the first wins;
 *   3. a rating right after a rating verb ("I give it", "rate it", "earns", "deserves"); the first wins;
 *   4. a notation that is a sentence of its own ("Ballerina? 3/5.", "★★★½"); the first wins;
 *   5. a notation inside prose ("a 7/10 kind of film"); the first wins;
 *   6. a rating the critic says they replaced ("My original score was 3/5", "~~3/5~~"); the first wins.
 *
 * Lines are paragraphs; a rating never spans two. Other people's scores (IMDb, Rotten Tomatoes, an
 * audience score) and age classifications ("Rated R", "BBFC 15", "U/A") are not the critic's rating.
 *
 * Every pattern has bounded repetition and every per-candidate lookup is a binary search,
 * so the stage stays linear in the length of the text.
 */
import type { ExplicitRating } from '../../schemas/review.ts';
import { countWords } from '../text/words.ts';
import { readAsterisks } from './asterisks.ts';
import {
  CUE_GAP_BREAK,
  CUE_REACH,
  FROM_ME,
  GRADE_AFTER_TO,
  GRADE_GIVEN,
  GRADED_LETTER,
  GRADED_NUMBER,
  LABEL,
  LEAD_REACH,
  LEADING_JUNK,
  lastAtOrBefore,
  lastEndingBy,
  MINE,
  RATING_CUE,
  REVISION_CUE,
  REVISION_HEADER,
  SENTENCE_BREAK,
  type Span,
  SUPERSEDED,
  spans,
  THIRD_PARTY,
  THIRD_PARTY_GAP_BREAK,
} from './context.ts';
import { declaredScaleRatings } from './declared-scale.ts';
import { CERTIFICATE_HINT, CERTIFICATE_REACH, readLetter } from './grades.ts';
import { readHundred } from './hundred.ts';
import { NOTATION_START, type Reading, readNotation } from './notation.ts';
import { aboutOtherFilm } from './other-films.ts';
import { ALONE, BARE, type Candidate, CUED, LABELLED, outranks, REPLACED, REVISED } from './precedence.ts';
import { quotedSpans, someoneElses } from './whose.ts';

/** How far before a rating, in characters, "my first-watch rating was" may stand. */
const SUPERSEDED_REACH = 60;
/** "Reuben:", "Jane Doe:": a speaker's name opening a line, as a transcript or a podcast's notes print it. */
const SPEAKER = /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}:/u;
/** A line of this many words at most, right after an "Update:" paragraph, gives the updated rating. */
const REVISED_LINE_WORDS = 6;

/**
 * The critic's own rating written in the review text.
 * @param text the review's text, one paragraph a line
 * @param otherFilm names of other films (see otherFilmPattern): a rating in a clause naming one is not this film's
 * @param ownTitle the film's own titles (see ownTitlePattern): "I gave Ballerina 3/5" rates this film
 * @returns the rating as written with its value and scale, or null when there is none
 */
export function extractRating(
  text: string,
  otherFilm: RegExp | null = null,
  ownTitle: RegExp | null = null,
): ExplicitRating | null {
  let best: Candidate | null = null;
  let offset = 0;
  // "UPDATE: … Bumping it up half a star." / "★★★½": a short line right after a revision that
  // gave no rating of its own is the revision's rating.
  let revising = false;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const revised = revising && countWords(line) <= REVISED_LINE_WORDS;
    const found = bestInLine(line, offset, best, otherFilm, ownTitle, revised);
    const rated = found !== best && found !== null && found.at >= offset;
    best = found;
    offset += line.length + 1;
    if (line.trim()) revising = REVISION_HEADER.test(line) && !rated;
  }
  if (!best) return null;
  const { text: written, value, max, kind } = best;
  return { text: written, value, max, kind };
}

/** The rating that outranks `best` and every other rating in one line (paragraph); `offset` is where the line starts. */
function bestInLine(
  line: string,
  offset: number,
  bestSoFar: Candidate | null,
  otherFilm: RegExp | null,
  ownTitle: RegExp | null,
  afterRevision: boolean,
): Candidate | null {
  let best = bestSoFar;
  const sentenceStarts = [0];
  for (const m of line.matchAll(SENTENCE_BREAK)) sentenceStarts.push(m.index + m[0].length);
  const revisions = spans(line, REVISION_CUE);
  const cues = spans(line, RATING_CUE);
  const thirdParties = spans(line, THIRD_PARTY);

  const sentenceStart = (at: number): number => lastAtOrBefore(sentenceStarts, at);
  const revisedParagraph = afterRevision || REVISION_HEADER.test(line);
  const isRevision = (at: number): boolean => {
    if (revisedParagraph) return true;
    const cue = lastEndingBy(revisions, at);
    return cue !== null && cue.start >= sentenceStart(at);
  };
  const nearBefore = (list: Span[], at: number, gapBreak: RegExp): boolean => {
    const cue = lastEndingBy(list, at);
    return (
      cue !== null &&
      cue.start >= sentenceStart(at) &&
      at - cue.end <= CUE_REACH &&
      !gapBreak.test(line.slice(cue.end, at))
    );
  };
  // A clause after a semicolon or colon stands as a sentence: "…a masterpiece; as it stands, it's a
  // 7/10.", "it comes out right in the middle for me: five out of ten"
  const clauseStarts = [0];
  // Not the colon after a speaker's name ("Reuben: 8/10"): whose rating that is, is another question.
  const speaker = SPEAKER.exec(line)?.[0].length ?? -1;
  for (const m of line.matchAll(/[;:]/g)) if (m.index + 1 !== speaker) clauseStarts.push(m.index + 1);
  const standsAlone = (at: number): boolean => {
    const from = Math.max(sentenceStart(at), lastAtOrBefore(clauseStarts, at));
    return at - from <= LEAD_REACH && LEADING_JUNK.test(line.slice(from, at));
  };

  const tierAt = (at: number, labelled: boolean, alone: boolean): number => {
    if (isRevision(at)) return REVISED;
    if (labelled || MINE.test(line.slice(Math.max(0, at - 30), at))) return LABELLED;
    if (nearBefore(cues, at, CUE_GAP_BREAK)) return CUED;
    return alone ? ALONE : BARE;
  };
  const quoted = quotedSpans(line);
  const add = (start: number, rating: ExplicitRating, tier: number): void => {
    if (nearBefore(thirdParties, start, THIRD_PARTY_GAP_BREAK)) return;
    if (someoneElses(line, sentenceStart(start), start, quoted, ownTitle)) return;
    const lead = line.slice(sentenceStart(start), start);
    if (otherFilm && aboutOtherFilm(line, sentenceStart(start), start, otherFilm)) return;
    // The rating the critic has since replaced ("My first-watch rating was ★★★★") gives way to any
    // other; alone ("Original score: B–" on an aggregator's page) it is still the critic's.
    // "~~3/5~~ 4/5": a rating struck through in the paste is replaced too.
    const struck = line.slice(Math.max(0, start - 2), start) === '~~';
    const replaced = struck || (SUPERSEDED.test(lead.slice(-SUPERSEDED_REACH)) && !isRevision(start));
    const candidate = { ...rating, tier: replaced ? REPLACED : tier, at: offset + start };
    if (outranks(candidate, best)) best = candidate;
  };
  /** Judges a reading in its context and records it if it is a rating. */
  const judge = (r: Reading, labelled: boolean): void => {
    const alone = standsAlone(r.start);
    // "Ballerina gets 3.5 stars from me": the critic handing out their own rating.
    const fromMe = FROM_ME.test(line.slice(r.end, r.end + 12));
    const tier = Math.max(tierAt(r.start, labelled, alone && r.endsPhrase), fromMe ? CUED : BARE);
    const contextual = tier > ALONE;
    const accepted =
      r.form === 'fraction' ||
      (r.form === 'stars' && (r.glyphs > 1 || r.paired || contextual)) ||
      (r.form === 'outOf' && (contextual || r.unitIsStars || (alone && r.endsPhrase))) ||
      (r.form === 'of' && (contextual || (alone && r.endsPhrase))) ||
      (r.form === 'starCount' && (contextual || (alone && r.endsPhrase))) ||
      (r.form === 'percent' && labelled);
    if (!accepted) return;
    const end = r.unitIsStars || labelled || alone ? r.end : r.coreEnd;
    add(r.start, { text: line.slice(r.start, end), value: r.value, max: r.max, kind: 'numeric' }, tier);
  };

  // Labelled ratings first; the positions they cover are not read again as prose.
  const taken: Span[] = [];
  for (const m of line.matchAll(LABEL)) {
    const at = m.index + m[0].length;
    const keyword = (m[2] ?? '').toLowerCase();
    // "Rating: ***½": the label's pattern may have taken the asterisks for bold markup.
    let stars = at;
    while (stars > m.index && line.charAt(stars - 1) === '*') stars--;
    // Asterisks right after the colon close the label's bold ("**Verdict:**"); a rating stands apart.
    const apart = stars === at || /\s/u.test(line.charAt(stars - 1));
    const reading = readNotation(line, at, true) ?? (apart ? readAsterisks(line, stars, true) : null);
    if (reading) {
      judge(reading, true);
      taken.push({ start: reading.start, end: reading.end });
      continue;
    }
    const hundred = readHundred(line, at);
    if (hundred) {
      add(
        at,
        { text: line.slice(at, hundred.end), value: hundred.value, max: 100, kind: 'numeric' },
        tierAt(at, true, false),
      );
      taken.push({ start: at, end: hundred.end });
      continue;
    }
    const grade = readLetter(line, at);
    if (!grade) continue;
    if (keyword !== 'grade' && CERTIFICATE_HINT.test(line.slice(grade.end, grade.end + CERTIFICATE_REACH)))
      continue;
    const written = line.slice(m.index, grade.end).replace(/[*_]/g, '').replace(/\s+/g, ' ');
    add(at, { text: written, value: grade.value, max: 100, kind: 'letter' }, tierAt(at, true, false));
    taken.push({ start: at, end: grade.end });
  }

  // Notations in prose.
  let next = 0;
  NOTATION_START.lastIndex = 0;
  for (let m = NOTATION_START.exec(line); m; m = NOTATION_START.exec(line)) {
    const at = m.index;
    while (next < taken.length && (taken[next]?.end ?? 0) <= at) next++;
    const cover = taken[next];
    if (cover && cover.start <= at) {
      NOTATION_START.lastIndex = cover.end;
      continue;
    }
    const reading = readNotation(line, at, false);
    if (!reading) continue;
    judge(reading, false);
    NOTATION_START.lastIndex = Math.max(NOTATION_START.lastIndex, reading.end);
  }

  // "A solid 6.", "Where I land: a generous 7": a number a critic grades with, out of ten.
  for (const m of line.matchAll(GRADED_NUMBER)) {
    const value = Number((m[1] ?? '').replace(',', '.'));
    const at = m.index + m[0].length - (m[1] ?? '').length;
    if (value <= 10) add(at, { text: m[0].trim(), value, max: 10, kind: 'numeric' }, CUED);
  }

  // "Out of ten? I'd give it a six.": a bare number on a scale the critic named just before.
  for (const r of declaredScaleRatings(line)) {
    const tier = r.labelled ? LABELLED : CUED;
    add(r.start, { text: line.slice(r.start, r.end), value: r.value, max: r.max, kind: 'numeric' }, tier);
  }

  // A letter grade in prose only as the target of a revision: "I'd bump it to a B+".
  for (const m of line.matchAll(GRADE_AFTER_TO)) {
    const at = m.index + m[0].length;
    const grade = isRevision(at) ? readLetter(line, at) : null;
    if (grade) {
      add(at, { text: line.slice(at, grade.end), value: grade.value, max: 100, kind: 'letter' }, REVISED);
    }
  }

  // A letter grade a rating verb hands out, ending its phrase: "it earns every bit of its A-",
  // or one a critic grades with: "It's a solid B.".
  for (const m of [...line.matchAll(GRADE_GIVEN), ...line.matchAll(GRADED_LETTER)]) {
    const at = m.index + m[0].length;
    const grade = readLetter(line, at);
    if (grade)
      add(at, { text: line.slice(at, grade.end), value: grade.value, max: 100, kind: 'letter' }, CUED);
  }

  return best;
}
