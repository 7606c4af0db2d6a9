import type { APIContext } from 'astro';

/** robots.txt: everything may be crawled; points at the sitemap index on the configured site. */
export function GET(context: APIContext): Response {
  const sitemap = new URL('/sitemap-index.xml', context.site ?? 'http://localhost:4321').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
