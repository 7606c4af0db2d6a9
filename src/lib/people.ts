import type { Film } from '../schemas/film.ts';
import type { MentionSentence, Review } from '../schemas/review.ts';
import { personSlug } from './slug.ts';

/** One review's mentions of a person: the review, how often it names them and the sentences that do. */
export interface PersonMention<E> {
  entry: E;
  mentions: number;
  sentences: MentionSentence[];
}

/** What a person is in one film: a character they play, or their crew roles. */
export interface PersonRole {
  film: string;
  kind: 'cast' | 'crew';
  /** The character (cast) or the roles (crew), as one display string. */
  part: string;
}

/** A person across every film: their parts in each, and every review that mentions them. */
export interface Person<E> {
  name: string;
  slug: string;
  roles: PersonRole[];
  /** True when some film's registry lists them (false for a name only an entry knows). */
  registered: boolean;
  reviews: PersonMention<E>[];
  /** Mentions summed over all reviews. */
  mentions: number;
}

type EntryLike = { data: Pick<Review, 'film' | 'cast' | 'crew' | 'slug' | 'title'> };
type FilmLike = { id: string; data: Pick<Film, 'cast' | 'crew'> };

/**
 * Whether a review's own page may show a person's name (as a chip) without giving a spoiler away:
 * it names them outside its spoiler regions, or an editor tagged them. Whether the review is listed
 * for the person is another question, answered by the entry alone (search-index.ts peopleOf).
 */
export function isPublicMention(mention: { sentences: readonly { spoiler: boolean }[] }): boolean {
  return mention.sentences.length === 0 || mention.sentences.some((s) => !s.spoiler);
}

/**
 * Indexes the people of every film, cast and crew together, one person per canonical name: each
 * film's registry (films in the order given, people in registry order), then any other name an
 * entry tags. A review that names someone both as cast and as crew counts once for them.
 * @param films The films, each with its registry.
 * @param entries Every review entry.
 */
export function peopleIndex<E extends EntryLike>(
  films: readonly FilmLike[],
  entries: readonly E[],
): Person<E>[] {
  const people = new Map<string, Person<E>>();
  const slugs = new Set<string>();
  const add = (name: string, role: PersonRole, registered: boolean) => {
    let person = people.get(name);
    if (!person) {
      const base = personSlug(name);
      let slug = base;
      for (let i = 2; slugs.has(slug); i++) slug = `${base}-${i}`;
      slugs.add(slug);
      person = { name, slug, roles: [], registered, reviews: [], mentions: 0 };
      people.set(name, person);
    }
    person.registered ||= registered;
    const same = person.roles.find((r) => r.film === role.film && r.kind === role.kind);
    if (!same) person.roles.push(role);
    else if (!same.part.split(', ').includes(role.part)) same.part = `${same.part}, ${role.part}`;
    return person;
  };
  for (const film of films) {
    for (const c of film.data.cast) add(c.name, { film: film.id, kind: 'cast', part: c.character }, true);
    for (const c of film.data.crew)
      add(c.name, { film: film.id, kind: 'crew', part: c.roles.join(', ') }, true);
  }
  for (const entry of entries) {
    const seen = new Map<string, PersonMention<E>>();
    const mentioned = [
      ...entry.data.cast.map((m) => ({ ...m, kind: 'cast' as const, part: m.character })),
      ...entry.data.crew.map((m) => ({ ...m, kind: 'crew' as const, part: m.role })),
    ];
    for (const m of mentioned) {
      const person = add(m.name, { film: entry.data.film, kind: m.kind, part: m.part }, false);
      // One entry may list the same person more than once (per role, or as cast and crew): one mention of the review.
      const prior = seen.get(m.name);
      if (prior) {
        prior.mentions = Math.max(prior.mentions, m.mentions);
        for (const s of m.sentences)
          if (!prior.sentences.some((p) => p.text === s.text)) prior.sentences.push(s);
        continue;
      }
      const mention = { entry, mentions: m.mentions, sentences: [...m.sentences] };
      seen.set(m.name, mention);
      person.reviews.push(mention);
    }
  }
  const list = [...people.values()];
  for (const p of list) {
    p.reviews.sort(
      (a, b) => b.mentions - a.mentions || a.entry.data.title.localeCompare(b.entry.data.title, 'en'),
    );
    p.mentions = p.reviews.reduce((n, r) => n + r.mentions, 0);
  }
  return list;
}

/** Maps each person's name to their page slug, for linking chips. */
export function slugMap<E>(people: readonly Person<E>[]): Map<string, string> {
  return new Map(people.map((p) => [p.name, p.slug]));
}

/** The href of a person's page. */
export function personHref(slug: string): string {
  return `/people/${slug}/`;
}
