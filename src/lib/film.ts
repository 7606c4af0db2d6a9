import { parse } from 'yaml';
import filmYaml from '../../content/film.yaml?raw';
import { type Film, filmSchema } from '../schemas/film.ts';

/** Parses the text of content/film.yaml and validates it with filmSchema; throws a readable error. */
export function parseFilm(text: string): Film {
  const result = filmSchema.safeParse(parse(text));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`content/film.yaml is invalid:\n${issues.join('\n')}`);
  }
  return result.data;
}

/** The film registry of this site, read once from content/film.yaml at build time. */
export const film: Film = parseFilm(filmYaml);

/** The film's directors, by name, in registry order. */
export function directors(f: Film): string[] {
  return f.crew.filter((c) => c.roles.includes('director')).map((c) => c.name);
}
