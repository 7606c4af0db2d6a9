import { readFileSync } from 'node:fs';
import { blockText } from '../../src/normalize/blocks.ts';
import { type Segmented, segment } from '../../src/normalize/segment/index.ts';
import { parseFilmRegistry } from '../../src/schemas/film.ts';

/** The site's film, whose registry the segment tests read pages against. */
export const film = parseFilmRegistry(
  readFileSync(new URL('../../content/films/ballerina-2025/film.yaml', import.meta.url), 'utf8'),
  'content/films/ballerina-2025/film.yaml',
);

/** A paragraph of review prose, long enough to be the body. */
export const BODY =
  'Ballerina is a lean, bruising action film that gives Ana de Armas the physical role she has long deserved, and it mostly earns its place beside the series it borrows from.';

/**
 * Segments a page pasted as these lines.
 * @param lines the page's lines, in order
 */
export const page = (...lines: string[]): Segmented => segment(lines.join('\n'), film);

/**
 * The body text a segmented page keeps, a block per line.
 * @param s a segmented page
 */
export const body = (s: Segmented): string => s.blocks.map(blockText).join('\n');
