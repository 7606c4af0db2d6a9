import { PLOT } from '../lexicon.ts';
import { countWords } from '../text/index.ts';

const FILM_TALK = new Set(PLOT.filmTalk);
const NARRATIVE = new Set(PLOT.narrative);
/** A quoted span; four words or more is speech ("“You can still leave.”"), fewer a title ("“Ballerina”"). */
const QUOTED = /“[^”]*”?|"[^"]*"?/gu;
const NO_NAMES: ReadonlySet<string> = new Set();
const TOKEN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/**
 * Whether a sentence retells the story rather than judges the film: outside quoted speech it names
 * characters (a capitalized word inside it, or a third-person pronoun) and never talks about the
 * film as a film (content/lexicon/plot.yaml): naming an actor, a crew member or the film itself is
 * talk about the film, naming a character is telling its story.
 * @param sentence one sentence
 * @param filmNames lower-case words of the film's title and of its cast's and crew's real names
 */
export function isPlotSentence(sentence: string, filmNames: ReadonlySet<string> = NO_NAMES): boolean {
  const told = sentence.replace(QUOTED, (quote) => (countWords(quote) >= 4 ? ' ' : quote));
  let narrative = false;
  let first = true;
  for (const token of told.match(TOKEN) ?? []) {
    const lower = token.toLowerCase().replace(/’/g, "'").replace(/'s$/u, '');
    if (FILM_TALK.has(lower) || filmNames.has(lower)) return false;
    if (NARRATIVE.has(lower) || (!first && /^\p{Lu}/u.test(token))) narrative = true;
    first = false;
  }
  return narrative;
}

/**
 * The words that make a sentence talk about the film rather than its story: the title's words and
 * the cast's and crew's real names, less any word a character's name shares ("Wick").
 * @param film the film's title and people
 */
export function filmTalkNames(film: {
  title: string;
  shortTitle: string;
  cast: readonly { name: string; character: string; aliases: readonly string[] }[];
  crew: readonly { name: string; aliases: readonly string[] }[];
}): Set<string> {
  const words = (text: string) =>
    (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2);
  const characters = new Set(film.cast.flatMap((c) => words(c.character)));
  const names = [
    film.title,
    film.shortTitle,
    ...film.cast.map((c) => c.name),
    ...film.crew.map((c) => c.name),
  ];
  return new Set(names.flatMap(words).filter((w) => !characters.has(w)));
}
