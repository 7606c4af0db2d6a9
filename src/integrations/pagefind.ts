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
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import {
  approxWordCount,
  hasPagefindBody,
  indexChunkSize,
  pageUrl,
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

/** Pagefind's (unstable, undocumented) setting for the index chunk size; read when its service starts. */
const CHUNK_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Builds the Pagefind index of the site in `dir` into `dir/pagefind/`; throws when Pagefind reports errors. */
export async function buildSearchIndex(dir: URL, logger: IndexLogger): Promise<number> {
  const root = fileURLToPath(dir);
  const started = performance.now();
  // Pass 1: which pages are indexed, and about how many words they hold (for the chunk size).
  const files: string[] = [];
  let words = 0;
  for (const file of await htmlFiles(root)) {
    const html = await readFile(file, 'utf8');
    if (!hasPagefindBody(html)) continue;
    files.push(file);
    words += approxWordCount(html);
  }
  // The service inherits the environment when createIndex starts it; a value set by hand wins.
  const chunkSizeSet = process.env[CHUNK_ENV] !== undefined;
  if (!chunkSizeSet) process.env[CHUNK_ENV] = String(indexChunkSize(words));
  try {
    const { index } = check(await pagefind.createIndex(PAGEFIND_CONFIG), 'createIndex', logger);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    for (const file of files) {
      const html = await readFile(file, 'utf8');
      const url = pageUrl(relative(root, file));
      check(
        await index.addHTMLFile({ url, content: separateAdjacentTags(html) }),
        `addHTMLFile ${url}`,
        logger,
      );
    }
    if (files.length === 0)
      logger.warn('No page has a data-pagefind-body element: the search index is empty.');
    check(await index.writeFiles({ outputPath: join(root, 'pagefind') }), 'writeFiles', logger);
    logger.info(
      `Indexed ${files.length} pages (index chunks of ${process.env[CHUNK_ENV]} words) in ${Math.round(performance.now() - started)} ms.`,
    );
    return files.length;
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
