import type { Film } from '../schemas/film.ts';
import type { Person } from '../schemas/people.ts';

/**
 * A film registry with the aliases that hold for its people in every film (content/people.yaml)
 * added to their own.
 * @param film The film's registry.
 * @param people The people list; a name the film does not list is ignored.
 */
export function withPeopleAliases(film: Film, people: readonly Person[]): Film {
  const extra = new Map(people.map((p) => [p.name, p.aliases]));
  const merge = (name: string, own: readonly string[]) => [...new Set([...own, ...(extra.get(name) ?? [])])];
  return {
    ...film,
    cast: film.cast.map((c) => ({ ...c, aliases: merge(c.name, c.aliases) })),
    crew: film.crew.map((c) => ({ ...c, aliases: merge(c.name, c.aliases) })),
  };
}
