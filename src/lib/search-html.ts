/**
 * Build-time helpers for the Pagefind index: HTML fixes applied to a page just before Pagefind reads it
 * (the page on disk is unchanged), and the index's chunk size.
 */

/**
 * Puts a space between a closing tag and an opening tag that touch ("</a><a"). Astro 7 compresses
 * whitespace between elements, and Pagefind only breaks words at block elements, so a chip list
 * `<a>Keanu Reeves</a><a>Ian McShane</a>` would be indexed as the word "ReevesIan". Text inside one
 * element ("<em>Ball</em>erina") is left alone.
 */
export function separateAdjacentTags(html: string): string {
  return html.replace(/(<\/[a-zA-Z][a-zA-Z0-9-]*\s*>)(?=<[a-zA-Z])/g, '$1 ');
}

/** True when the page has an element marked `data-pagefind-body` (only those pages are indexed). */
export function hasPagefindBody(html: string): boolean {
  return /<[a-zA-Z][^>]*\sdata-pagefind-body(?=[\s=>/])/.test(html);
}

/** The URL path Pagefind should give a built file, e.g. "reviews/x/index.html" → "/reviews/x/". */
export function pageUrl(relativePath: string): string {
  const path = `/${relativePath
    .split(/[\\/]+/)
    .filter(Boolean)
    .join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** A rough count of the words in an HTML page's text (tags, scripts and styles dropped). */
export function approxWordCount(html: string): number {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .trim();
  return text ? text.split(/\s+/).length : 0;
}

/** Pagefind's own index chunk size, in word positions per chunk (its `default_index_chunk_size`). */
export const PAGEFIND_DEFAULT_CHUNK = 20_000;
/** The smallest chunk we ask for: below this the chunk list in the index metadata only grows. */
export const MIN_CHUNK = 1_000;
/** How many index chunks we aim for: enough that one word's chunk is small, few enough to keep the metadata small. */
export const TARGET_CHUNKS = 128;

/**
 * The index chunk size for a corpus of `words` indexed words. A query fetches the chunk holding its
 * word, so on a small site Pagefind's default (one chunk holding every word, ~17 KB gzip for five
 * reviews) would cost the whole index on the first query; aiming at TARGET_CHUNKS chunks keeps that
 * fetch to a few KB while the chunk list in the metadata (fetched on load) stays short at any size.
 */
export function indexChunkSize(words: number): number {
  const size = Math.round(words / TARGET_CHUNKS);
  return Math.min(PAGEFIND_DEFAULT_CHUNK, Math.max(MIN_CHUNK, Number.isFinite(size) ? size : MIN_CHUNK));
}
