/** Loading the films: content/films/<slug>/film.yaml registries, with content/people.yaml aliases. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { withPeopleAliases } from '../../src/normalize/people.ts';
import { type Film, parseFilmRegistry } from '../../src/schemas/film.ts';
import { peopleSchema } from '../../src/schemas/people.ts';
import { slugSchema } from '../../src/schemas/review.ts';

/** A film's folder: its slug, registry and the raw and entries folders. */
export interface FilmFolder {
  slug: string;
  film: Film;
  /** The registry's bytes (part of the normalizer's fingerprint for this film). */
  bytes: Uint8Array;
  registry: string;
  raw: string;
  reviews: string;
}

const show = (path: string) => relative(process.cwd(), path) || path;

/**
 * Reads content/people.yaml next to a films folder, if there is one.
 * @param filmsDir The films folder (content/films).
 * @throws naming the file and the field when it does not match its schema.
 */
async function loadPeople(filmsDir: string) {
  const path = join(dirname(filmsDir), 'people.yaml');
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `${show(path)}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = peopleSchema.safeParse(data ?? []);
  if (!parsed.success)
    throw new Error(`${show(path)}: does not match its schema:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * Reads one film registry. Its slug is its folder's name when the file is called film.yaml (else
 * the file's stem); a registry that states another slug is refused.
 * @param path The registry file.
 * @param filmsDir The films folder whose people.yaml applies.
 */
export async function loadFilmFile(path: string, filmsDir?: string): Promise<FilmFolder> {
  const bytes = await readFile(path);
  const parsed = parseFilmRegistry(bytes.toString('utf8'), show(path));
  const slug =
    basename(path) === 'film.yaml' ? basename(dirname(path)) : basename(path).replace(/\.ya?ml$/, '');
  if (!slugSchema.safeParse(slug).success) {
    throw new Error(
      `${show(path)}: its folder's name "${slug}" is not a slug (lower-case letters, digits, single hyphens)`,
    );
  }
  if (parsed.slug !== undefined && parsed.slug !== slug) {
    throw new Error(`${show(path)}: slug: "${parsed.slug}" differs from its folder's name "${slug}"`);
  }
  const people = filmsDir ? await loadPeople(filmsDir) : [];
  const dir = dirname(path);
  return {
    slug,
    film: withPeopleAliases({ ...parsed, slug }, people),
    bytes,
    registry: path,
    raw: join(dir, 'raw'),
    reviews: join(dir, 'reviews'),
  };
}

/**
 * Every film under a films folder: each sub-folder holding a film.yaml, in slug order.
 * @param filmsDir The films folder (content/films).
 */
export async function listFilms(filmsDir: string): Promise<FilmFolder[]> {
  const names = (await readdir(filmsDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && existsSync(join(filmsDir, d.name, 'film.yaml')))
    .map((d) => d.name)
    .sort();
  return Promise.all(names.map((n) => loadFilmFile(join(filmsDir, n, 'film.yaml'), filmsDir)));
}
