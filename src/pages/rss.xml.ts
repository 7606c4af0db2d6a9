import type { APIContext } from 'astro';
import { reviewFeed } from '../lib/feed.ts';
import { getFilms, getReviews, SITE_NAME } from '../lib/site.ts';

/** The site's feed: every film's reviews, newest dated first; descriptions are spoiler-free pull quotes only. */
export async function GET(context: APIContext): Promise<Response> {
  return reviewFeed(context, await getFilms(), await getReviews(), SITE_NAME);
}
