import { type CollectionEntry, getCollection } from 'astro:content';
import { film } from './film.ts';
import { pageParam, paginateByWeight } from './paginate.ts';
import { castIndex, crewIndex, type Person, slugMap } from './people.ts';

/** A review entry of the content collection. */
export type ReviewEntry = CollectionEntry<'reviews'>;

/** Reviews per page on the home listings. */
export const REVIEWS_PER_PAGE = 24;
/** At most this many reviews per page on a cast or crew member's page… */
export const MENTIONS_PER_PAGE = 20;
/** …and at most this many characters of quoted sentences, so a page stays within the 14 KB budget. */
export const MENTION_CHARS_PER_PAGE = 12_000;

/** The site's name, shown in the header and used in titles. */
export const SITE_NAME = `${film.shortTitle} (${film.year}) reviews`;

let cached: Promise<ReviewEntry[]> | undefined;

/** Every review entry, in slug order (loaded once per build). */
export function getReviews(): Promise<ReviewEntry[]> {
  cached ??= getCollection('reviews').then((all) =>
    all.sort((a, b) => a.data.slug.localeCompare(b.data.slug, 'en')),
  );
  return cached;
}

let cast: Promise<Person<ReviewEntry>[]> | undefined;
let crew: Promise<Person<ReviewEntry>[]> | undefined;

/** The cast index over all reviews (computed once per build). */
export function getCast(): Promise<Person<ReviewEntry>[]> {
  cast ??= getReviews().then((all) => castIndex(film, all));
  return cast;
}

/** The crew index over all reviews (computed once per build). */
export function getCrew(): Promise<Person<ReviewEntry>[]> {
  crew ??= getReviews().then((all) => crewIndex(film, all));
  return crew;
}

/** Name → page slug for every cast member, for linking cast chips. */
export async function getCastSlugs(): Promise<Map<string, string>> {
  return slugMap(await getCast());
}

/** Name → page slug for every crew member. */
export async function getCrewSlugs(): Promise<Map<string, string>> {
  return slugMap(await getCrew());
}

/** The href of a review's page. */
export function reviewHref(entry: ReviewEntry): string {
  return `/reviews/${entry.data.slug}/`;
}

/** The entry's pull quote for display (spoiler-free by the normalizer), or null when none qualified. */
export function pullQuote(entry: ReviewEntry): string | null {
  return entry.data.quote;
}

/** The entry's description for meta, Open Graph, JSON-LD and RSS: its pull quote, else a neutral line. */
export function publicQuote(entry: ReviewEntry): string {
  const by = entry.data.source.outlet ?? entry.data.source.author;
  return pullQuote(entry) ?? `A review of ${film.title} (${film.year})${by ? ` by ${by}` : ''}.`;
}

/** The outlet and author of a review joined for display ("Indori Nerd · Asmodeus"), or null if neither is known. */
export function byline(entry: ReviewEntry): string | null {
  const parts = [entry.data.source.outlet, entry.data.source.author].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(' · ') : null;
}

/** The static paths of person pages (/cast/<slug>/ or /crew/<slug>/), paginated by mention count and text size. */
export function personPagePaths(people: readonly Person<ReviewEntry>[]) {
  return people.flatMap((person) =>
    paginateByWeight(person.reviews, MENTIONS_PER_PAGE, MENTION_CHARS_PER_PAGE, (m) =>
      m.sentences.reduce((n, s) => n + s.text.length, 0),
    ).map((page) => ({
      params: { slug: person.slug, page: pageParam(page.number) },
      props: { person, page },
    })),
  );
}
