/** Matching one sentence: every alias, title and franchise term it holds, longest first. */
import type { MentionSentence } from '../../schemas/review.ts';
import { deletions, editDistance, typoBudget } from '../fuzzy.ts';
import {
  ARTICLE_REACH,
  FRANCHISE_NOUNS,
  FRANCHISE_ORDINALS,
  FUZZY_MEMO_LIMIT,
  GAP_COLON,
  GAP_FRANCHISE_NOUN,
  GAP_SPACE,
  LONE_NAME_LETTERS,
  ROMAN_NUMERAL,
} from './english.ts';
import type { Entry, Hit, Index, Person } from './index-build.ts';
import { gapBetween, isTitleCase, nameGap, type Token } from './tokens.ts';

// ---------------------------------------------------------------------------
// Matching one sentence.

export interface Match {
  readonly entry: Entry;
  /** First token of the span as written (the article when it is adjacent). */
  readonly first: number;
  /** First token of the alias proper. */
  readonly head: number;
  readonly last: number;
  readonly distance: number;
  franchise: boolean;
  /** Rejected: part of someone else's name. Dropped: a role title of a crew mention. */
  state: 'kept' | 'rejected' | 'dropped';
  weak: boolean;
  role: string | null;
}

export interface MentionRecord {
  readonly people: readonly Person[];
  readonly forms: string[];
  readonly sentence: MentionSentence;
  readonly weak: boolean;
  readonly role: string | null;
}

export function isSingle(m: Match): boolean {
  return m.entry.tokens.length === 1 && m.first === m.head;
}

export function isPerson(m: Match): boolean {
  return m.state === 'kept' && !m.franchise && !m.entry.term;
}

export function sharePerson(a: Match, b: Match): boolean {
  return a.entry.people.some((p) => b.entry.people.includes(p));
}

export function headKey(tokens: readonly Token[], m: Match): string {
  return tokens
    .slice(m.head, m.last + 1)
    .map((t) => t.key)
    .join(' ');
}

export function crewPerson(m: Match): Person | undefined {
  return m.entry.people.find((p) => p.kind === 'crew');
}

export class SentenceMatcher {
  readonly #index: Index;
  readonly #fuzzyMemo = new Map<string, readonly { hit: Hit; distance: number }[]>();

  constructor(index: Index) {
    this.#index = index;
  }

  /** Alias tokens within typo reach of a capitalised text token, found by shared deletions. */
  #fuzzyHits(key: string): readonly { hit: Hit; distance: number }[] {
    const memo = this.#fuzzyMemo.get(key);
    if (memo) return memo;
    const found: { hit: Hit; distance: number }[] = [];
    const seen = new Set<Hit>();
    for (const variant of deletions(key, key.length >= 6 ? 2 : 1)) {
      for (const hit of this.#index.deletes.get(variant) ?? []) {
        if (seen.has(hit)) continue;
        seen.add(hit);
        const alias = hit.entry.tokens[hit.pos].key;
        // A lone word keeps its first letter and has a budget by its length (see #verify).
        const single = hit.entry.tokens.length === 1;
        if (single && alias[0] !== key[0]) continue;
        const budget = single ? typoBudget(Math.min(alias.length, key.length)) : 2;
        const distance = editDistance(key, alias, budget);
        if (distance > 0 && distance <= budget) found.push({ hit, distance });
      }
    }
    if (this.#fuzzyMemo.size >= FUZZY_MEMO_LIMIT) this.#fuzzyMemo.clear();
    this.#fuzzyMemo.set(key, found);
    return found;
  }

  /** Finds every alias, title and franchise term in one sentence, longest match first. */
  match(text: string, tokens: readonly Token[]): Match[] {
    const starts: (Set<Entry> | undefined)[] = new Array(tokens.length);
    const add = (s: number, entry: Entry) => {
      if (s < 0 || s >= tokens.length) return;
      let set = starts[s];
      if (!set) {
        set = new Set();
        starts[s] = set;
      }
      set.add(entry);
    };
    tokens.forEach((t, j) => {
      for (const hit of this.#index.exact.get(t.key) ?? []) add(j - hit.pos, hit.entry);
      if (t.cap && t.letters >= 4 && !t.hyphen && !t.digit) {
        for (const { hit } of this.#fuzzyHits(t.key)) add(j - hit.pos, hit.entry);
      }
    });

    const matches: Match[] = [];
    const titleCase = isTitleCase(text, tokens);
    let i = 0;
    while (i < tokens.length) {
      let best: Match | null = null;
      for (const entry of starts[i] ?? []) {
        const m = this.#verify(entry, text, tokens, i);
        if (m && (!best || better(m, best))) best = m;
      }
      if (!best) {
        i++;
        continue;
      }
      if (best.entry.franchiseName && !best.entry.term)
        best.franchise =
          franchiseFollows(text, tokens, best.last) || franchiseAfterOrdinal(tokens, best.first);
      // At a sentence start capitals prove nothing, so a lone short word ("Pine", "Lance") is weak; a
      // long surname-like word ("Stahelski", "Wiseman") is no ordinary word that merely opens a sentence.
      best.weak =
        isSingle(best) &&
        (titleCase || (best.head === 0 && tokens[best.first].text.length < LONE_NAME_LETTERS));
      matches.push(best);
      i = best.last + 1;
    }
    return matches;
  }

  #verify(entry: Entry, text: string, tokens: readonly Token[], s: number): Match | null {
    const n = entry.tokens.length;
    if (s + n > tokens.length) return null;
    const person = !entry.term;
    let distance = 0;
    let exactTokens = 0;
    // A whole name of two words or more, spelt right, is that person in any case ("ana de armas"
    // in a review typed in lower case); a single word or a typo still needs its capital.
    const spelt = n > 1 && person && entry.tokens.every((a, k) => tokens[s + k]?.key === a.key);
    for (let k = 0; k < n; k++) {
      const a = entry.tokens[k];
      const t = tokens[s + k];
      if (k > 0 && !nameGap(text, tokens[s + k - 1], t)) return null;
      if (k < n - 1 && t.possessive && !a.possessive) return null;
      if (a.cap && !t.cap && !spelt) return null;
      if (t.key === a.key) {
        exactTokens++;
        continue;
      }
      if (t.hyphen || a.hyphen || !t.cap) return null;
      const letters = Math.min(t.letters, a.letters);
      const single = n === 1;
      if (single && (letters < 5 || t.key[0] !== a.key[0])) return null;
      const budget = single ? typoBudget(letters) : Math.max(1, typoBudget(letters));
      const d = editDistance(t.key, a.key, budget);
      if (d > budget) return null;
      distance += d;
    }
    if (n === 1 && !entry.article && person && !tokens[s].cap) return null;
    if (n > 1 && distance > typoBudget(entry.letters)) return null;
    // A multi-word name needs one word spelt right (the index finds them that way; this keeps #verify honest alone).
    if (n > 1 && person && exactTokens === 0) return null;
    let first = s;
    if (entry.article) {
      const the = findArticle(text, tokens, s);
      if (the < 0) return null;
      if (the === s - 1) first = the;
    }
    return {
      entry,
      first,
      head: s,
      last: s + n - 1,
      distance,
      franchise: entry.term,
      state: 'kept',
      weak: false,
      role: null,
    };
  }
}

/** Prefers the longer span, then an adjacent article, then fewer typos, then a franchise term, then registry order. */
export function better(a: Match, b: Match): boolean {
  const la = a.last - a.head;
  const lb = b.last - b.head;
  if (la !== lb) return la > lb;
  const aa = a.first < a.head;
  const ab = b.first < b.head;
  if (aa !== ab) return aa;
  if (a.distance !== b.distance) return a.distance < b.distance;
  if (a.entry.term !== b.entry.term) return a.entry.term;
  return a.entry.order < b.entry.order;
}

/** Index of the "the" that governs a title at token s, up to ARTICLE_REACH lower-case words back; -1 if none. */
export function findArticle(text: string, tokens: readonly Token[], s: number): number {
  let between = 0;
  for (let k = s - 1; k >= 0; k--) {
    if (!GAP_SPACE.test(gapBetween(text, tokens[k], tokens[k + 1]))) return -1;
    if (tokens[k].key === 'the') return k;
    if (!tokens[k].lower || ++between > ARTICLE_REACH) return -1;
  }
  return -1;
}

/** Whether the words after a franchise name make it the series: a franchise noun, a number or a colon title. */
export function franchiseFollows(text: string, tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next) return false;
  const gap = gapBetween(text, tokens[last], next);
  if (GAP_FRANCHISE_NOUN.test(gap)) {
    return FRANCHISE_NOUNS.has(next.key) || /^\p{N}+$/u.test(next.text) || ROMAN_NUMERAL.test(next.text);
  }
  return GAP_COLON.test(gap) && (next.cap || next.digit);
}

/** "the first John Wick", "a new Wick": an article and an ordinal before a franchise name make it a film. */
export function franchiseAfterOrdinal(tokens: readonly Token[], first: number): boolean {
  const ordinal = tokens[first - 1];
  const article = tokens[first - 2];
  return (
    ordinal !== undefined &&
    article !== undefined &&
    FRANCHISE_ORDINALS.has(ordinal.key) &&
    ['the', 'a', 'an', 'this', 'that', 'every'].includes(article.key)
  );
}

/** Covered tokens: those inside a kept or dropped match. */
export function coverage(tokens: readonly Token[], matches: readonly Match[]): boolean[] {
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const m of matches) {
    if (m.state === 'rejected') continue;
    for (let k = m.first; k <= m.last; k++) covered[k] = true;
  }
  return covered;
}

/** Settles role titles, someone-else's-name rejections and crew roles; returns the tokens still covered. */
