import { type CollectionEntry, getCollection } from 'astro:content';
import type { Film } from '../schemas/film.ts';
import { filmLabel } from './film.ts';
import { pageParam, paginateByWeight } from './paginate.ts';
import { type Person, peopleIndex, slugMap } from './people.ts';

/** A film of the films collection: its id is its slug (its folder's name under content/films/). */
export type FilmEntry = CollectionEntry<'films'>;

let films: Promise<FilmEntry[]> | undefined;

/** Every film, newest first, then by title (loaded once per build). */
export function getFilms(): Promise<FilmEntry[]> {
  films ??= getCollection('films').then((all) =>
    all.sort((a, b) => b.data.year - a.data.year || a.data.title.localeCompare(b.data.title, 'en')),
  );
  return films;
}

/**
 * The film a slug names.
 * @param slug A film's slug.
 * @throws when no film has it (an entry naming a film that has no folder).
 */
export async function getFilm(slug: string): Promise<FilmEntry> {
  const film = (await getFilms()).find((f) => f.id === slug);
  if (!film) throw new Error(`no film "${slug}" in content/films/ (an entry names it)`);
  return film;
}

/** A review entry of the content collection. */
export type ReviewEntry = CollectionEntry<'reviews'>;

/** Reviews per page on the film listings. */
export const REVIEWS_PER_PAGE = 24;
/** At most this many reviews per page on a person's page… */
export const MENTIONS_PER_PAGE = 20;
/** …and at most this many characters of quoted sentences, so a page stays within the 14 KB budget. */
export const MENTION_CHARS_PER_PAGE = 12_000;

/** At most this many people per page of the people index, and this many characters of names and parts. */
export const PEOPLE_PER_PAGE = 150;
export const PEOPLE_CHARS_PER_PAGE = 9_000;

/** The site's name, shown in the header and used in titles. */
export const SITE_NAME = 'Critics’ film reviews';

let cached: Promise<ReviewEntry[]> | undefined;

/** Every review entry of every film, in film then slug order (loaded once per build). */
export function getReviews(): Promise<ReviewEntry[]> {
  cached ??= getCollection('reviews').then((all) =>
    all.sort(
      (a, b) => a.data.film.localeCompare(b.data.film, 'en') || a.data.slug.localeCompare(b.data.slug, 'en'),
    ),
  );
  return cached;
}

/** The reviews of one film, in slug order. */
export async function getFilmReviews(film: string): Promise<ReviewEntry[]> {
  return (await getReviews()).filter((r) => r.data.film === film);
}

let people: Promise<Person<ReviewEntry>[]> | undefined;

/** Everyone in every film, cast and crew together, with the reviews that mention them (computed once per build). */
export function getPeople(): Promise<Person<ReviewEntry>[]> {
  people ??= Promise.all([getFilms(), getReviews()]).then(([films, reviews]) => peopleIndex(films, reviews));
  return people;
}

/** Name → page slug for every person, for linking chips. */
export async function getPeopleSlugs(): Promise<Map<string, string>> {
  return slugMap(await getPeople());
}

/** The href of a review's page. */
export function reviewHref(entry: ReviewEntry): string {
  return `/films/${entry.data.film}/reviews/${entry.data.slug}/`;
}

/** The entry's pull quote for display (spoiler-free by the normalizer), or null when none qualified. */
export function pullQuote(entry: ReviewEntry): string | null {
  return entry.data.quote;
}

/**
 * The entry's description for meta, Open Graph, JSON-LD and RSS: its pull quote, else a neutral line.
 * @param entry The review.
 * @param film The film it reviews.
 */
export function publicQuote(entry: ReviewEntry, film: Pick<Film, 'title' | 'year'>): string {
  const by = entry.data.source.outlet ?? entry.data.source.author;
  return pullQuote(entry) ?? `A review of ${filmLabel(film)}${by ? ` by ${by}` : ''}.`;
}

/** The outlet and author of a review joined for display ("Indori Nerd · Asmodeus"), or null if neither is known. */
export function byline(entry: ReviewEntry): string | null {
  const parts = [entry.data.source.outlet, entry.data.source.author].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(' · ') : null;
}

/** The static paths of person pages (/people/<slug>/), paginated by mention count and text size. */
export function personPagePaths(list: readonly Person<ReviewEntry>[]) {
  return list.flatMap((person) =>
    paginateByWeight(person.reviews, MENTIONS_PER_PAGE, MENTION_CHARS_PER_PAGE, (m) =>
      m.sentences.reduce((n, s) => n + s.text.length, 0),
    ).map((page) => ({
      params: { slug: person.slug, page: pageParam(page.number) },
      props: { person, page },
    })),
  );
}
