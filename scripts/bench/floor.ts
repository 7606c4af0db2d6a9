/**
 * The bare floor the pipeline is compared with: a stock Astro project over the same reviews as plain
 * markdown pages (a title and the raw text, nothing extracted), then the Pagefind CLI over its dist.
 * It renders markdown with the same options the site does (no GFM, no smart punctuation, no syntax
 * highlighting), so the comparison is of everything else the pipeline does.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One floor page: a URL-safe id, its title and the markdown body. */
export interface FloorPage {
  id: string;
  title: string;
  body: string;
}

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({
  markdown: { gfm: false, smartypants: false, syntaxHighlight: false },
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: './pages' }),
  schema: z.object({ title: z.string() }),
});
export const collections = { pages };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((page) => ({ params: { id: page.id }, props: { page } }));
}
const { page } = Astro.props;
const { Content } = await render(page);
---
<html lang="en"><head><meta charset="utf-8"><title>{page.data.title}</title></head>
<body><main><h1>{page.data.title}</h1><Content /></main></body></html>
`;

const INDEX = `---
import { getCollection } from 'astro:content';
const pages = await getCollection('pages');
---
<html lang="en"><head><meta charset="utf-8"><title>Reviews</title></head>
<body><main><h1>Reviews</h1><p>{pages.length} reviews.</p></main></body></html>
`;

/** The markdown of a raw review: its lines as paragraphs, CRLF and a BOM removed. */
export function floorBody(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Writes the floor project into `dir`: Astro's config, one content collection and one page route.
 * @param dir the project folder (Astro and Pagefind resolve from the repository's node_modules above it)
 * @param pages the pages, one markdown file each
 */
export async function writeFloorProject(dir: string, pages: readonly FloorPage[]): Promise<void> {
  await mkdir(join(dir, 'src/pages/r'), { recursive: true });
  await mkdir(join(dir, 'pages'), { recursive: true });
  await writeFile(join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  await writeFile(join(dir, 'src/pages/r/[id].astro'), PAGE);
  await writeFile(join(dir, 'src/pages/index.astro'), INDEX);
  for (const page of pages) {
    await writeFile(
      join(dir, 'pages', `${page.id}.md`),
      `---\ntitle: ${JSON.stringify(page.title)}\n---\n\n${page.body}\n`,
    );
  }
}
