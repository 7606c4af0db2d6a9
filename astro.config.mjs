// @ts-check
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import { reviewMarkdown } from './src/plugins/review-markdown.ts';

/** The public origin the site is served from; sitemap, RSS and canonical URLs use it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/** The film folders the build reads (FILMS_DIR or content/films): one sitemap per film. */
const filmsDir = process.env.FILMS_DIR ?? './content/films';
const films = existsSync(filmsDir)
  ? readdirSync(filmsDir).filter((name) => existsSync(join(filmsDir, name, 'film.yaml')))
  : [];
const perFilm = Object.fromEntries(
  films.map((slug) => [
    `film-${slug}`,
    (/** @type {{ url: string }} */ item) => (item.url.includes(`/films/${slug}/`) ? item : undefined),
  ]),
);

export default defineConfig({
  site,
  trailingSlash: 'always',
  // A build of another corpus (FILMS_DIR) gets its own content cache, so concurrent builds never share one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Each film's pages in a sitemap of their own (sitemap-film-<slug>-0.xml), the rest in sitemap-pages-0.xml.
  integrations: [sitemap({ chunks: perFilm }), pagefind()],
  build: {
    // One round trip: every page's CSS is inlined (Astro hashes it into the CSP below).
    inlineStylesheets: 'always',
  },
  markdown: {
    // Shiki writes inline style attributes, which the CSP forbids; reviews have no code to highlight.
    syntaxHighlight: false,
    // remark-directive + our remarkSpoiler (spoiler regions; review text is always text), raw HTML dropped.
    processor: unified(reviewMarkdown),
  },
  security: {
    csp: {
      // No 'unsafe-inline' anywhere: Astro hashes its own inline styles/scripts. Pagefind needs
      // 'wasm-unsafe-eval' to compile its WebAssembly and a worker it may start from a blob: URL.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
    },
  },
});
