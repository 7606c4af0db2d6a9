/**
 * The planted spoiler situation: which one a review gets, the plot reveals it writes (the seeds' own
 * or a template naming a cast member's character), and the marked section after an author's marker.
 */
import { capitalize, type Draft, listLines, plantCast } from './prose.ts';
import { chance, pick, type Rng, weighted } from './rng.ts';
import type { SpoilerKind } from './types.ts';
import { MARKERS } from './vocabulary.ts';

/**
 * Draws a review's spoiler situation.
 * @param rng the review's stream
 * @returns marked (a quarter), an unmarked reveal (a quarter), a spoiler-free note or none
 */
export function drawSpoiler(rng: Rng): SpoilerKind {
  return weighted<SpoilerKind>(rng, [
    ['marked', 25],
    ['reveal', 25],
    ['spoiler-free', 15],
    ['none', 35],
  ]);
}

/**
 * A paragraph revealing the plot: half the time one of the seeds' reveals, else a death, twist or
 * betrayal of a cast member's character other than the lead's.
 * @param draft the review being written
 * @returns the paragraph
 */
export function revealParagraph({ rng, pools, film, planted }: Draft): string {
  if (chance(rng, 0.5)) return pick(rng, pools.reveals);
  const member = pick(
    rng,
    film.cast.filter((c) => c.name !== film.cast[0]?.name),
  );
  plantCast(planted, member.name);
  return pick(rng, [
    `In the end, ${member.character} dies protecting Eve, and the final shot leaves her alone in the snow.`,
    `The big twist is that ${member.character} was behind her father’s murder all along.`,
    `${capitalize(member.character)} betrays Eve in the third act, which sets up the final showdown in the village.`,
    `It turns out ${member.character} has been working for the cult from the start, and the film ends with Eve killing the Chancellor.`,
  ]);
}

/**
 * The section an author's spoiler marker opens: the marker, one or two reveals, and sometimes a
 * "Big Twists" list.
 * @param draft the review being written
 * @returns the section's lines
 */
export function markedSection(draft: Draft): string[] {
  const { rng } = draft;
  const lines = [pick(rng, MARKERS), revealParagraph(draft)];
  if (chance(rng, 0.5)) lines.push(revealParagraph(draft));
  if (chance(rng, 0.3)) lines.push(...listLines(draft, 'Big Twists', 3));
  return lines;
}
