/**
 * Indexes the built site with Pagefind's Node API on `astro:build:done`, so `npm run build` leaves
 * dist/pagefind/ ready. Modelled on Starlight's integration: every response's `errors` is checked, and
 * the Pagefind service is closed in `finally`.
 *
 * Only pages with a `data-pagefind-body` element (the review pages) are indexed, and only that
 * element; spoiler regions carry `data-pagefind-ignore="all"`. Each page is read here and given to
 * Pagefind with `addHTMLFile` after `separateAdjacentTags`, so names in compressed chip lists stay
 * separate words.
 *
 * The index chunk size is set through Pagefind's PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (see
 * indexChunkSize): on this small site it cuts the first query's index fetch from ~17 KB to ~2 KB
 * gzip, which the 100 KB search budget needs. The budget test fails if a Pagefind update drops it.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { mapLimit } from '../lib/map-limit.ts';
import {
  approxWordCount,
  hasPagefindBody,
  indexChunkSize,
  separateAdjacentTags,
} from '../lib/search-html.ts';

/**
 * Pagefind's indexing config. `forceLanguage` keeps one English index (stemming, one wasm file)
 * whatever `lang` a page declares. The exclude selector is a second guard: a spoiler region that
 * somehow lacks `data-pagefind-ignore="all"` still keeps its text out of the index. It must not
 * match regions that have it: in Pagefind 1.6.0 an excluded element keeps the filters inside it, and
 * the exclusion overrides "all" on the same element.
 */
export const PAGEFIND_CONFIG: pagefind.PagefindServiceConfig = {
  forceLanguage: 'en',
  excludeSelectors: ['[data-spoiler]:not([data-pagefind-ignore="all"])'],
};

interface PagefindResponse {
  errors: string[];
}

/** Where the indexer reports: Astro's integration logger, or the console of scripts/index-search.ts. */
export interface IndexLogger {
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
}

/** Set by `npm run build` (scripts/build.ts), which indexes in a process of its own once Astro has exited. */
export const SEPARATE_INDEX_ENV = 'FILM_REVIEWS_SEPARATE_INDEX';

function check<T extends PagefindResponse>(response: T, what: string, logger: IndexLogger): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind ${what}: ${error}`);
    throw new Error(`Pagefind ${what} failed: ${response.errors.join('; ')}`);
  }
  return response;
}

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** How many pages are read and copied at once. */
const FILES_IN_FLIGHT = 32;

/** Pagefind's (unstable, undocumented) setting for the index chunk size; read when its service starts. */
const CHUNK_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Builds the Pagefind index of the site in `dir` into `dir/pagefind/`; throws when Pagefind reports errors. */
export async function buildSearchIndex(dir: URL, logger: IndexLogger): Promise<number> {
  const root = fileURLToPath(dir);
  const started = performance.now();
  // Pass 1: the pages to index (those with a data-pagefind-body), about how many words they hold
  // (for the chunk size), each copied with its adjacent tags separated into a scratch folder next
  // to the site, which Pagefind then reads itself, on every core.
  const scratch = await mkdtemp(join(dirname(root.replace(/[\\/]+$/, '')), '.pagefind-input-'));
  let pages = 0;
  let words = 0;
  try {
    await mapLimit(await htmlFiles(root), FILES_IN_FLIGHT, async (file) => {
      const html = await readFile(file, 'utf8');
      if (!hasPagefindBody(html)) return;
      pages++;
      words += approxWordCount(html);
      const copy = join(scratch, relative(root, file));
      await mkdir(dirname(copy), { recursive: true });
      await writeFile(copy, separateAdjacentTags(html));
    });
    return await indexFolder(scratch, root, pages, words, logger, started);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Indexes the pages copied into `scratch` and writes the index into `root/pagefind/`. */
async function indexFolder(
  scratch: string,
  root: string,
  pages: number,
  words: number,
  logger: IndexLogger,
  started: number,
): Promise<number> {
  // The service inherits the environment when createIndex starts it; a value set by hand wins.
  const chunkSizeSet = process.env[CHUNK_ENV] !== undefined;
  if (!chunkSizeSet) process.env[CHUNK_ENV] = String(indexChunkSize(words));
  try {
    const { index } = check(await pagefind.createIndex(PAGEFIND_CONFIG), 'createIndex', logger);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = check(await index.addDirectory({ path: scratch }), 'addDirectory', logger);
    if (added.page_count !== pages)
      throw new Error(`Pagefind indexed ${added.page_count} pages of the ${pages} with a data-pagefind-body`);
    if (pages === 0) logger.warn('No page has a data-pagefind-body element: the search index is empty.');
    check(await index.writeFiles({ outputPath: join(root, 'pagefind') }), 'writeFiles', logger);
    logger.info(
      `Indexed ${pages} pages (index chunks of ${process.env[CHUNK_ENV]} words) in ${Math.round(performance.now() - started)} ms.`,
    );
    return pages;
  } finally {
    await pagefind.close();
    if (!chunkSizeSet) delete process.env[CHUNK_ENV];
  }
}

/**
 * The Astro integration that runs `buildSearchIndex` on the build output after `astro build`, unless
 * `npm run build` will run it after Astro exits (SEPARATE_INDEX_ENV), so Pagefind's memory and
 * Astro's never add up.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'film-reviews:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[SEPARATE_INDEX_ENV] === '1') return;
        await buildSearchIndex(dir, logger);
      },
    },
  };
}
