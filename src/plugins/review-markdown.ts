import remarkDirective from 'remark-directive';
import remarkSpoiler from './remark-spoiler.ts';

/**
 * The unified-processor options review bodies are rendered with (astro.config.mjs passes them to
 * `unified()`, the unit tests to `createMarkdownProcessor`): remark-directive parses `:::spoiler`,
 * remarkSpoiler turns it into the spoiler region and keeps review text as text, and remark-rehype
 * drops any raw HTML that could still remain (defence in depth).
 */
export const reviewMarkdown = {
  remarkPlugins: [remarkDirective, remarkSpoiler],
  remarkRehype: { allowDangerousHtml: false },
  // No GFM: entries never use it, and it would turn review text into markup (bare URLs into links, ~x~ into <del>).
  gfm: false,
  // No smart punctuation: reviews arrive already typeset as their critics wrote them, and it was 53% of the
  // markdown render time at 10,000 reviews (docs/performance.md).
  smartypants: false,
};
