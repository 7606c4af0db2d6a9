import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { film } from '../lib/film.ts';
import { getReviews, publicQuote, reviewHref } from '../lib/site.ts';

/** The RSS feed: one item per review, newest dated first; the description is the spoiler-free pull quote only. */
export async function GET(context: APIContext): Promise<Response> {
  const reviews = [...(await getReviews())].sort(
    (a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.data.slug.localeCompare(b.data.slug),
  );
  return rss({
    title: `${film.title} (${film.year}): critics' reviews`,
    description: `Reviews of ${film.title}, with critics' own scores or scores estimated from tone. Spoiler-free: pull quotes only.`,
    site: context.site ?? 'http://localhost:4321',
    trailingSlash: true,
    items: reviews.map((entry) => ({
      title: entry.data.title,
      link: reviewHref(entry),
      description: publicQuote(entry),
      ...(entry.data.date ? { pubDate: new Date(`${entry.data.date}T00:00:00Z`) } : {}),
    })),
  });
}
