import type { Film } from '../schemas/film.ts';

/** The film's title and year for display: "From the World of John Wick: Ballerina (2025)". */
export function filmLabel(film: Pick<Film, 'title' | 'year'>): string {
  return `${film.title} (${film.year})`;
}

/** The film's directors, by name, in registry order. */
export function directors(f: Film): string[] {
  return f.crew.filter((c) => c.roles.includes('director')).map((c) => c.name);
}

/** The href of a film's page. */
export function filmHref(slug: string): string {
  return `/films/${slug}/`;
}
