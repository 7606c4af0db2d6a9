import type { APIContext, GetStaticPaths } from 'astro';
import { reviewFeed } from '../../../lib/feed.ts';
import { type FilmEntry, getFilmReviews, getFilms } from '../../../lib/site.ts';

/** One feed per film: /films/<film>/rss.xml. */
export const getStaticPaths = (async () =>
  (await getFilms()).map((film) => ({
    params: { film: film.id },
    props: { film },
  }))) satisfies GetStaticPaths;

/** The film's feed: one item per review, newest dated first; the description is the spoiler-free pull quote only. */
export async function GET(context: APIContext): Promise<Response> {
  const { film } = context.props as { film: FilmEntry };
  return reviewFeed(
    context,
    [film],
    await getFilmReviews(film.id),
    `${film.data.title} (${film.data.year}): critics' reviews`,
  );
}
