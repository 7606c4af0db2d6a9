import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFilms, loadFilmFile } from '../../scripts/lib/films.ts';
import { findMentions } from '../../src/normalize/mentions/index.ts';
import { withPeopleAliases } from '../../src/normalize/people.ts';
import { parseFilmRegistry } from '../../src/schemas/film.ts';
import { cleanUp, root, tempDir } from '../support/sync-state.ts';

const registry = join(root, 'content/films/ballerina-2025/film.yaml');
const film = parseFilmRegistry(readFileSync(registry, 'utf8'), registry);
afterAll(cleanUp);

describe('people across films (content/people.yaml)', () => {
  it('adds a person’s aliases to theirs in a film, and ignores people the film does not list', () => {
    const merged = withPeopleAliases(film, [
      { name: 'Keanu Reeves', aliases: ['The Keanu'] },
      { name: 'Nobody In This Film', aliases: ['Nobody'] },
    ]);
    const keanu = merged.cast.find((c) => c.name === 'Keanu Reeves');
    expect(keanu?.aliases).toContain('The Keanu');
    expect(merged.cast.flatMap((c) => c.aliases)).not.toContain('Nobody');
    const text = 'The Keanu shows up for one scene and owns it.';
    const found = findMentions([{ text, spoiler: false, region: null }], merged);
    expect(found.cast.map((c) => c.name)).toContain('Keanu Reeves');
  });

  it('loads every film folder with people.yaml applied, the folder’s name as the slug', async () => {
    const content = tempDir();
    const films = join(content, 'films');
    cpSync(registry, join(films, 'ballerina-2025/film.yaml'));
    cpSync(
      join(root, 'tests/fixtures/films/john-wick-chapter-4/film.yaml'),
      join(films, 'john-wick-chapter-4/film.yaml'),
    );
    mkdirSync(join(films, 'not-a-film'));
    writeFileSync(join(content, 'people.yaml'), '- name: Keanu Reeves\n  aliases: [The Keanu]\n');
    const loaded = await listFilms(films);
    expect(loaded.map((f) => f.slug)).toEqual(['ballerina-2025', 'john-wick-chapter-4']);
    for (const f of loaded) {
      expect(f.film.slug).toBe(f.slug);
      expect(f.film.cast.find((c) => c.name === 'Keanu Reeves')?.aliases).toContain('The Keanu');
    }
  });

  it('refuses a people.yaml or a folder name that does not fit, naming the file', async () => {
    const content = tempDir();
    const films = join(content, 'films');
    cpSync(registry, join(films, 'Bad_Name/film.yaml'));
    await expect(loadFilmFile(join(films, 'Bad_Name/film.yaml'))).rejects.toThrow(/Bad_Name.*is not a slug/);
    cpSync(registry, join(films, 'ballerina-2025/film.yaml'));
    writeFileSync(join(content, 'people.yaml'), '- name: Keanu Reeves\n  alias: [typo]\n');
    await expect(loadFilmFile(join(films, 'ballerina-2025/film.yaml'), films)).rejects.toThrow(
      /people\.yaml: does not match its schema[\s\S]*alias/,
    );
  });
});
