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
