import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { filmLabel } from './film.ts';
import { type FilmEntry, publicQuote, type ReviewEntry, reviewHref } from './site.ts';

/**
 * An RSS feed of reviews: one item per review, newest dated first, each titled with its film; the
 * description is the spoiler-free pull quote only.
 * @param context The endpoint's context (for the site's origin).
 * @param films The films the reviews belong to.
 * @param reviews The reviews.
 * @param title The feed's title.
 */
export function reviewFeed(
  context: APIContext,
  films: readonly FilmEntry[],
  reviews: readonly ReviewEntry[],
  title: string,
): Promise<Response> {
  const byId = new Map(films.map((f) => [f.id, f]));
  const sorted = [...reviews].sort(
    (a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.id.localeCompare(b.id),
  );
  const names = films.map((f) => filmLabel(f.data));
  return rss({
    title,
    description: `Critics' reviews of ${names.join(', ')}, with their own scores or scores estimated from tone. Spoiler-free: pull quotes only.`,
    site: context.site ?? 'http://localhost:4321',
    trailingSlash: true,
    items: sorted.map((entry) => {
      const film = byId.get(entry.data.film) as FilmEntry;
      return {
        title: `${entry.data.title} (${film.data.shortTitle})`,
        link: reviewHref(entry),
        description: publicQuote(entry, film.data),
        ...(entry.data.date ? { pubDate: new Date(`${entry.data.date}T00:00:00Z`) } : {}),
      };
    }),
  });
}
