import type { Film } from '../schemas/film.ts';
import type { MentionSentence, Review } from '../schemas/review.ts';
import { personSlug } from './slug.ts';

/** One review's mentions of a person: the review's data, how often it names them and the sentences that do. */
export interface PersonMention<E> {
  entry: E;
  mentions: number;
  sentences: MentionSentence[];
}

/** A cast or crew member with every review that mentions them. */
export interface Person<E> {
  name: string;
  slug: string;
  /** The character (cast) or roles (crew), as one display string. */
  part: string;
  /** True when the film registry lists them (false for a name only an entry knows). */
  registered: boolean;
  reviews: PersonMention<E>[];
  /** Mentions summed over all reviews. */
  mentions: number;
}

type EntryLike = { data: Pick<Review, 'cast' | 'crew' | 'slug' | 'title'> };

/** True when a review names the person outside its spoiler regions (or an editor tagged them); same rule as search. */
export function isPublicMention(mention: { sentences: readonly { spoiler: boolean }[] }): boolean {
  return mention.sentences.length === 0 || mention.sentences.some((s) => !s.spoiler);
}

function finish<E extends EntryLike>(people: Map<string, Person<E>>): Person<E>[] {
  const list = [...people.values()];
  for (const p of list) {
    p.reviews.sort(
      (a, b) => b.mentions - a.mentions || a.entry.data.title.localeCompare(b.entry.data.title, 'en'),
    );
    p.mentions = p.reviews.reduce((n, r) => n + r.mentions, 0);
  }
  return list;
}

function uniqueSlug(name: string, taken: Set<string>): string {
  const base = personSlug(name);
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  taken.add(slug);
  return slug;
}

/** Indexes the cast: every registry cast member (in registry order), then any other name an entry tags. */
export function castIndex<E extends EntryLike>(film: Film, entries: readonly E[]): Person<E>[] {
  const people = new Map<string, Person<E>>();
  const slugs = new Set<string>();
  const add = (name: string, part: string, registered: boolean) => {
    if (!people.has(name))
      people.set(name, { name, slug: uniqueSlug(name, slugs), part, registered, reviews: [], mentions: 0 });
    return people.get(name) as Person<E>;
  };
  for (const member of film.cast) add(member.name, member.character, true);
  for (const entry of entries) {
    for (const m of entry.data.cast) {
      add(m.name, m.character, false).reviews.push({ entry, mentions: m.mentions, sentences: m.sentences });
    }
  }
  return finish(people);
}

/** Indexes the crew: every registry crew member (in registry order), then any other name an entry tags. */
export function crewIndex<E extends EntryLike>(film: Film, entries: readonly E[]): Person<E>[] {
  const people = new Map<string, Person<E>>();
  const slugs = new Set<string>();
  const add = (name: string, part: string, registered: boolean) => {
    if (!people.has(name))
      people.set(name, { name, slug: uniqueSlug(name, slugs), part, registered, reviews: [], mentions: 0 });
    return people.get(name) as Person<E>;
  };
  for (const member of film.crew) add(member.name, member.roles.join(', '), true);
  for (const entry of entries) {
    const seen = new Map<string, PersonMention<E>>();
    for (const m of entry.data.crew) {
      // One entry may list the same person once per role; merge them into one mention of the review.
      const prior = seen.get(m.name);
      if (prior) {
        prior.mentions = Math.max(prior.mentions, m.mentions);
        for (const s of m.sentences)
          if (!prior.sentences.some((p) => p.text === s.text)) prior.sentences.push(s);
        continue;
      }
      const mention = { entry, mentions: m.mentions, sentences: [...m.sentences] };
      seen.set(m.name, mention);
      add(m.name, m.role, false).reviews.push(mention);
    }
  }
  return finish(people);
}

/** Maps each person's name to their page slug, for linking chips. */
export function slugMap<E>(people: readonly Person<E>[]): Map<string, string> {
  return new Map(people.map((p) => [p.name, p.slug]));
}
