import type { Film } from '../../schemas/film.ts';
import { FILMS } from '../lexicon.ts';
import { alternation } from '../text/pattern.ts';

/**
 * A pattern for the names of other films than this one: the franchise's other films from the
 * registry and general phrases ("the first one", "its predecessor"), minus any the film's own
 * titles contain ("Chapter 4" is another film for Ballerina, this one for John Wick: Chapter 4). A
 * title inside the phrase may stand in quotes ('the first "John Wick"').
 * @param film the film reviewed
 * @returns a case-insensitive pattern, or null when there is nothing to match
 */
export function otherFilmPattern(film: Film): RegExp | null {
  const own = [film.title, film.shortTitle].map((t) => t.toLowerCase());
  const names = [...film.franchise.films, ...FILMS.otherFilm].filter(
    (n) => !own.some((t) => t.includes(n.toLowerCase())),
  );
  if (names.length === 0) return null;
  // A title may stand in quotes inside the phrase: 'the first "John Wick"'.
  const quoted = alternation(names).replace(/ /g, `[ \t]["“‘']?`);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${quoted})["”’']?(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * A pattern for the film's own titles, full and short ("From the World of John Wick: Ballerina",
 * "Ballerina"), as whole words in any case.
 * @param film the film reviewed
 */
export function ownTitlePattern(film: Film): RegExp {
  return new RegExp(`^(?:[Tt]he\\s+)?(?:${alternation([film.title, film.shortTitle])})$`, 'iu');
}

/** "this one", "this film": the review's own film, named without its title. */
const THIS_FILM =
  /(?<![\p{L}])this\s+(?:one|film|movie|spin-?off|entry|chapter|instalment|installment|sequel)(?![\p{L}])/giu;

/**
 * Whether a notation at `at` rates another film: its clause names one ("gave Parabellum 4/5"), or
 * the sentence names one before it and not this film in between ("Parabellum …, and it's a 5/5").
 * @param line the paragraph
 * @param from where the notation's sentence starts
 * @param at where the notation starts
 * @param otherFilm names of other films (see otherFilmPattern)
 */
export function aboutOtherFilm(line: string, from: number, at: number, otherFilm: RegExp): boolean {
  let end = at;
  // An aside in brackets after the rating is a clause of its own: "9/10 (Chapter 2 is still my 10/10)".
  while (end < line.length && !',;.!?('.includes(line.charAt(end))) end++;
  let clause = at;
  while (clause > from && !',;'.includes(line.charAt(clause - 1))) clause--;
  if (otherFilm.test(line.slice(clause, end))) return true;
  const before = line.slice(from, at);
  const global = new RegExp(otherFilm.source, 'giu');
  const last = [...before.matchAll(global)].at(-1);
  if (!last) return itCarriesOver(line, from, before, otherFilm);
  return ![...before.slice(last.index + last[0].length).matchAll(THIS_FILM)].length;
}

/** THIS_FILM for a single test (a global pattern keeps its lastIndex between tests). */
const NAMES_THIS_FILM = new RegExp(THIS_FILM.source, 'iu');
/** How far back, in characters, "it" and the sentence before it are read. */
const CARRY_REACH = 200;
/** "it", "that one": a film named before. */
const PRONOUN = /(?<![\p{L}])(?:it|that\s+one)(?![\p{L}])/iu;

/**
 * "The first film was small and grieving. I gave it three stars.": a rating handed to "it" in the
 * sentence after one about another film, with this film named in neither.
 */
function itCarriesOver(line: string, from: number, before: string, otherFilm: RegExp): boolean {
  const lead = before.slice(-CARRY_REACH);
  if (!PRONOUN.test(lead) || NAMES_THIS_FILM.test(lead)) return false;
  const head = line.slice(Math.max(0, from - CARRY_REACH), from).trimEnd();
  const previous = head.slice(head.slice(0, -1).search(/[^.!?…]*[.!?…]?$/u));
  return otherFilm.test(previous) && !NAMES_THIS_FILM.test(previous);
}
