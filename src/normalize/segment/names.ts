import { NAMES } from '../lexicon.ts';

/** One capitalized word of a name: "Jane", "O'Neil", "Jean-Luc", "J.". */
const NAME_WORD = String.raw`[\p{Lu}][\p{L}'’.-]*`;
/** Lower-case particles inside names ("Ana de Armas", "Ludwig van Beethoven"): content/lexicon/names.yaml. */
const PARTICLE = `(?:${NAMES.particles.join('|')})`;
/** Capitalised words that are never part of a name ("READ IN APP", "CONTENT AT A GLANCE"). */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(NAMES.notNameWords);

/** A person's name as bylines print it: one to four capitalized words, particles allowed inside. */
export const PERSON = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD}){0,3}`;

/** An outlet's name: an optional "The", then one to five capitalized words, digits or "&". */
export const OUTLET = String.raw`(?:[Tt]he\s+)?[\p{Lu}\p{N}][\p{L}\p{N}'’&.!-]*(?:\s+(?:of\s+|&\s+|and\s+|on\s+)?[\p{Lu}\p{N}][\p{L}\p{N}'’&.!-]*){0,4}`;

const WHOLE_PERSON = new RegExp(`^${PERSON}$`, 'u');

/**
 * Whether a text is nothing but a person's name of two to four words ("Jane Doe", "Ana de Armas").
 * @param text a trimmed text
 */
export function isPersonName(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    WHOLE_PERSON.test(text) &&
    text === text.trim() &&
    !words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))
  );
}

/**
 * A captured name without trailing punctuation, or null for an empty one.
 * @param name the text a pattern captured
 */
export function trimName(name: string | undefined): string | null {
  return name?.replace(/[\s.,;:’'!]+$/u, '').trim() || null;
}

/** A critic's job title: "Film Critic", "Chief Film Critic", "Staff Writer", "Special to the Examiner". */
const ROLE = String.raw`(?:(?:(?:top|senior|chief|lead|staff|contributing|associate|principal|resident)\s+)?(?:(?:film|movie|entertainment|arts|culture|features|screen)\s+)?(?:critic|writer|editor|contributor|reviewer|correspondent)|special\s+to\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})`;
/** A line or part of one that is only a critic's job title. */
export const CRITIC_ROLE = new RegExp(`^${ROLE}$`, 'iu');
/** "Jane Doe, Senior Film Critic": a name with the critic's job title after it. */
export const NAME_WITH_ROLE = new RegExp(`^(.+?)\\s*[,|–—-]\\s*${ROLE}\\b.*$`, 'iu');
