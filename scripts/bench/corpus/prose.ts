/**
 * The review's prose: paragraphs recombined from the seeds' sentences, and sentences that name the
 * film's cast and crew (sometimes misspelled) or compare it with other films. Each records the names
 * it plants in the draft's `planted`.
 */
import type { Pools } from './pools.ts';
import { chance, int, pick, type Rng, sample } from './rng.ts';
import type { Planted, Registry } from './types.ts';
import { ADJECTIVES, NOUNS, OUTSIDERS } from './vocabulary.ts';

/** One review being written: its stream, what it draws from, and what it has planted so far. */
export interface Draft {
  rng: Rng;
  pools: Pools;
  film: Registry;
  planted: Planted;
}

/**
 * The text with its first character in upper case.
 * @param text any text
 * @returns the text, capitalized
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A name a letter or two off, or in the wrong case, as real reviews misspell them: two letters of the
 * surname swapped, one dropped, or the surname in lower case.
 * @param rng the review's stream
 * @param name a full name
 * @returns the name with its last word misspelled
 */
export function misspell(rng: Rng, name: string): string {
  const parts = name.split(' ');
  const last = parts.at(-1) as string;
  const kind = int(rng, 0, 2);
  let changed = last;
  if (kind === 0 && last.length > 4) {
    const i = int(rng, 1, last.length - 3);
    changed = last.slice(0, i) + last.charAt(i + 1) + last.charAt(i) + last.slice(i + 2);
  } else if (kind === 1 && last.length > 4) {
    const i = int(rng, 1, last.length - 2);
    changed = last.slice(0, i) + last.slice(i + 1);
  } else changed = last.toLowerCase();
  return [...parts.slice(0, -1), changed].join(' ');
}

/**
 * Records a cast member's name as planted, once.
 * @param planted what the review has planted
 * @param name the cast member's registry name
 */
export function plantCast(planted: Planted, name: string): void {
  if (!planted.cast.includes(name)) planted.cast.push(name);
}

/**
 * A sentence about a cast member and their character; one in eight misspells the actor's name.
 * @param draft the review being written
 * @returns the sentence
 */
export function castSentence({ rng, film, planted }: Draft): string {
  const member = pick(rng, film.cast);
  plantCast(planted, member.name);
  const surname = member.aliases[0] ?? member.name;
  const adj = pick(rng, ADJECTIVES);
  const noun = pick(rng, NOUNS);
  if (chance(rng, 0.12)) {
    planted.misspelled = true;
    return `${misspell(rng, member.name)} brings ${adj} ${noun} to ${member.character}.`;
  }
  return pick(rng, [
    `${member.name} plays ${member.character} with ${adj} ${noun}.`,
    `${member.name} as ${member.character} is ${adj} throughout.`,
    `As ${member.character}, ${surname} is ${adj} and full of ${noun}.`,
    `${capitalize(member.character)} (${member.name}) gets the film’s most ${adj} scene.`,
    `${surname}’s ${member.character} is all ${adj} ${noun}.`,
    `Few actors could match the ${noun} ${surname} brings here.`,
  ]);
}

/**
 * A sentence crediting a crew member, by name and role.
 * @param draft the review being written
 * @returns the sentence
 */
export function crewSentence({ rng, film, planted }: Draft): string {
  const member = pick(rng, film.crew);
  if (!planted.crew.includes(member.name)) planted.crew.push(member.name);
  const role = member.roles[0] ?? 'producer';
  // Every template is built (drawing its words) before one is picked: the draws stay in this order.
  return pick(rng, [
    `${capitalize(role)} ${member.name} keeps things moving with ${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)}.`,
    `${member.name}, the film’s ${role}, deserves credit for its ${pick(rng, NOUNS)}.`,
    `You can feel the hand of ${member.name} (${role}) in every frame.`,
  ]);
}

/**
 * An aside placing the film in its franchise or comparing it with an actor from another film.
 * @param draft the review being written
 * @returns the sentence
 */
export function asideSentence({ rng }: Draft): string {
  const [actor, film2] = pick(rng, OUTSIDERS);
  return pick(rng, [
    'Fans of the John Wick films will feel right at home.',
    'It slots in between John Wick: Chapter 3 – Parabellum and John Wick: Chapter 4.',
    'The Wickverse keeps expanding, for better and for worse.',
    `The fights recall ${actor} in ${film2}.`,
    `Comparisons to ${actor} are inevitable, and mostly flattering.`,
  ]);
}

/**
 * A paragraph of three to six of the seeds' sentences, in random order.
 * @param draft the review being written
 * @returns the paragraph, on one line
 */
export function mixedParagraph({ rng, pools }: Draft): string {
  return [...sample(rng, pools.sentences, int(rng, 3, 6))].join(' ').replace(/\s+/g, ' ');
}

/**
 * A paragraph of two to four cast sentences, maybe a crew sentence and an aside, then up to two of
 * the seeds' sentences.
 * @param draft the review being written
 * @returns the paragraph, on one line
 */
export function castParagraph(draft: Draft): string {
  const { rng, pools } = draft;
  const parts = Array.from({ length: int(rng, 2, 4) }, () => castSentence(draft));
  if (chance(rng, 0.5)) parts.push(crewSentence(draft));
  if (chance(rng, 0.35)) parts.splice(int(rng, 0, parts.length), 0, asideSentence(draft));
  parts.push(...sample(rng, pools.sentences, int(rng, 0, 2)));
  return parts.join(' ');
}

/**
 * A heading and a dash list of items drawn from the seeds' lists.
 * @param draft the review being written
 * @param heading the list's heading line
 * @param k how many items
 * @returns the heading line, then one `- item` line per item
 */
export function listLines({ rng, pools }: Draft, heading: string, k: number): string[] {
  return [heading, ...sample(rng, pools.items, k).map((item) => `- ${item}`)];
}
