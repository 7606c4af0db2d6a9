/** One capitalized word of a name: "Jane", "O'Neil", "Jean-Luc", "J.". */
const NAME_WORD = String.raw`[\p{Lu}][\p{L}'’.-]*`;
/** Lower-case particles inside names ("Ana de Armas", "Ludwig van Beethoven"). */
const PARTICLE = '(?:de|da|del|della|der|di|du|la|le|van|von|bin|ibn|y)';

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
  return words.length >= 2 && words.length <= 5 && WHOLE_PERSON.test(text) && text === text.trim();
}

/**
 * A captured name without trailing punctuation, or null for an empty one.
 * @param name the text a pattern captured
 */
export function trimName(name: string | undefined): string | null {
  return name?.replace(/[\s.,;:’'!]+$/u, '').trim() || null;
}
