/** The matcher: references aggregated per person across a review's blocks. */
import type { Film } from '../../schemas/film.ts';
import type { CastMention, CrewMention, MentionSentence } from '../../schemas/review.ts';
import { splitSentences } from '../text/index.ts';
import { buildIndex, type Index, type Person } from './index-build.ts';
import { groupForms, references, resolve } from './resolve.ts';
import { type MentionRecord, SentenceMatcher } from './sentence.ts';
import { tokenize } from './tokens.ts';
import type { MentionBlock, MentionMatcher, MentionResult } from './types.ts';
import { unmatchedNames } from './unmatched.ts';

export function compareBy<T extends { name: string; mentions: number }>(a: T, b: T): number {
  if (a.mentions !== b.mentions) return b.mentions - a.mentions;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export class Matcher implements MentionMatcher {
  readonly film: Film;
  readonly #index: Index;
  readonly #sentences: SentenceMatcher;

  constructor(film: Film) {
    this.film = film;
    this.#index = buildIndex(film);
    this.#sentences = new SentenceMatcher(this.#index);
  }

  find(blocks: readonly MentionBlock[]): MentionResult {
    const records: MentionRecord[] = [];
    const warnings = new Set<string>();
    for (const block of blocks) {
      for (const sentenceText of splitSentences(block.text)) {
        const sentence = { text: sentenceText, spoiler: block.spoiler, region: block.region };
        const tokens = tokenize(sentenceText);
        const matches = this.#sentences.match(sentenceText, tokens);
        const covered = resolve(sentenceText, tokens, matches, this.#index.filmWords);
        unmatchedNames(sentenceText, tokens, covered, this.#index, warnings);
        for (const group of references(sentenceText, tokens, matches)) {
          const credited = group.find((m) => !m.entry.ambiguous);
          if (!credited) continue;
          records.push({
            people: credited.entry.people,
            forms: groupForms(sentenceText, tokens, group),
            sentence,
            weak: group.every((m) => m.weak),
            role: group.find((m) => m.role)?.role ?? null,
          });
        }
      }
    }
    return this.#aggregate(records, warnings);
  }

  #aggregate(records: readonly MentionRecord[], warnings: Set<string>): MentionResult {
    const totals = new Map<Person, number>();
    for (const r of records) for (const p of r.people) totals.set(p, (totals.get(p) ?? 0) + 1);
    // A lone word at a sentence start or in a heading counts only when the review names them again.
    const kept = records.filter((r) => !r.weak || r.people.some((p) => (totals.get(p) ?? 0) >= 2));
    const people = new Map<
      Person,
      { mentions: number; forms: string[]; sentences: MentionSentence[]; role: string | null }
    >();
    for (const r of kept) {
      for (const p of r.people) {
        let agg = people.get(p);
        if (!agg) {
          agg = { mentions: 0, forms: [], sentences: [], role: null };
          people.set(p, agg);
        }
        agg.mentions++;
        for (const f of r.forms) if (!agg.forms.includes(f)) agg.forms.push(f);
        if (!agg.sentences.some((s) => s.text === r.sentence.text)) agg.sentences.push({ ...r.sentence });
        agg.role ??= r.role;
      }
    }
    const cast: CastMention[] = [];
    const crew: CrewMention[] = [];
    for (const [p, agg] of people) {
      if (p.kind === 'cast') {
        cast.push({
          name: p.name,
          character: p.character,
          mentions: agg.mentions,
          forms: agg.forms,
          sentences: agg.sentences,
        });
      } else {
        crew.push({
          name: p.name,
          role: agg.role ?? p.roles[0],
          mentions: agg.mentions,
          sentences: agg.sentences,
        });
      }
    }
    cast.sort(
      (a, b) => compareBy(a, b) || (a.character < b.character ? -1 : a.character > b.character ? 1 : 0),
    );
    crew.sort((a, b) => compareBy(a, b) || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));
    return { cast, crew, warnings: [...warnings].sort() };
  }
}

export const matchers = new WeakMap<Film, MentionMatcher>();

/** Builds the alias index for one film; findMentions caches one per Film object. */
export function createMentionMatcher(film: Film): MentionMatcher {
  return new Matcher(film);
}

/** The film's cast and crew a review names, with counts, forms and sentences, plus unmatched person-like names. */
export function findMentions(blocks: readonly MentionBlock[], film: Film): MentionResult {
  let matcher = matchers.get(film);
  if (!matcher) {
    matcher = createMentionMatcher(film);
    matchers.set(film, matcher);
  }
  return matcher.find(blocks);
}
