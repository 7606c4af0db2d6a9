import { z } from 'astro/zod';

/** A person as every film knows them: the canonical name and other names that hold in any film. */
export const personSchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
});

/** content/people.yaml: aliases that hold for a person in every film (optional). */
export const peopleSchema = z.array(personSchema).default([]);

export type Person = z.infer<typeof personSchema>;
