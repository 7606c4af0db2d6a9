import { z } from 'astro/zod';
import { parse } from 'yaml';
import { slugSchema } from './review.ts';

/** A cast member: the actor, the character and the other names reviews use for them. */
export const castMemberSchema = z.strictObject({
  name: z.string().min(1),
  character: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
});

/** A crew member with one or more roles ("director", "producer"). */
export const crewMemberSchema = z.strictObject({
  name: z.string().min(1),
  roles: z.array(z.string().min(1)).min(1),
  aliases: z.array(z.string().min(1)).default([]),
});

/**
 * A short fact about the film's story, with the words that identify a sentence stating it: every
 * entry of `words` must appear in the sentence, each entry being word beginnings separated by "|"
 * ("Wick|John", "send|sent|after her").
 */
export const storyFactSchema = z.strictObject({
  fact: z.string().min(1),
  words: z.array(z.string().min(1)).min(1),
});

/** The film registry in content/films/<film>/film.yaml. */
export const filmSchema = z.strictObject({
  /** The film's slug: its folder's name under content/films/ (a registry need not state it). */
  slug: slugSchema.optional(),
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  year: z.number().int().min(1888).max(2100),
  runtimeMinutes: z.number().int().positive().optional(),
  franchise: z
    .strictObject({
      /** Names that, followed by a franchise word or a title number, mean the series, not a person. */
      names: z.array(z.string().min(1)).default([]),
      /** Words that always name the franchise or another film. */
      terms: z.array(z.string().min(1)).default([]),
      /** The franchise's other films, as reviews name them ("Parabellum", "Chapter 2"). */
      films: z.array(z.string().min(1)).default([]),
    })
    .default({ names: [], terms: [], films: [] }),
  cast: z.array(castMemberSchema).min(1),
  crew: z.array(crewMemberSchema).default([]),
  /** The setup, from the official synopsis: a sentence that only restates it is never hidden. */
  premise: z.array(storyFactSchema).default([]),
  /** The film's known spoilers: a sentence that states one is hidden, the fact being its cue. */
  reveals: z.array(storyFactSchema).default([]),
});

export type Film = z.infer<typeof filmSchema>;
export type CastMember = z.infer<typeof castMemberSchema>;
export type CrewMember = z.infer<typeof crewMemberSchema>;
export type StoryFact = z.infer<typeof storyFactSchema>;

/**
 * Parses a film registry's YAML text and validates it with filmSchema.
 * @param text the YAML text of a film.yaml
 * @param file the file's name, for the error message
 * @returns the film, or throws an Error that names the file and every failing field
 */
export function parseFilmRegistry(text: string, file: string): Film {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = filmSchema.safeParse(data);
  if (!result.success)
    throw new Error(`${file}: film data does not match its schema:\n${z.prettifyError(result.error)}`);
  return result.data;
}
