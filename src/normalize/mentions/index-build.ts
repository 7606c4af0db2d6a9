/** The registry's alias index: every form a review may name a person by, with typo-tolerant keys. */
import type { Film } from '../../schemas/film.ts';
import { deletions } from '../fuzzy.ts';
import { tokenize } from './tokens.ts';

// ---------------------------------------------------------------------------
// The registry index.

export interface Person {
  readonly kind: 'cast' | 'crew';
  readonly name: string;
  /** The character for cast, '' for crew. */
  readonly character: string;
  readonly roles: readonly string[];
  /** Each role's tokens, longest role first. */
  readonly roleKeys: readonly { readonly role: string; readonly keys: readonly string[] }[];
}

export interface AliasToken {
  readonly key: string;
  readonly cap: boolean;
  readonly possessive: boolean;
  readonly hyphen: boolean;
  readonly letters: number;
}

export interface Entry {
  /** The alias's tokens after a leading "the". */
  readonly tokens: readonly AliasToken[];
  /** The alias begins with "the": it is a title and needs the article in the text. */
  readonly article: boolean;
  readonly letters: number;
  /** A franchise term: never a person, consumes its words. */
  term: boolean;
  /** Also a franchise name: the following word decides between series and character. */
  franchiseName: boolean;
  readonly people: Person[];
  /** Names people with different names: matched (so never a warning) but credited to nobody. */
  ambiguous: boolean;
  readonly order: number;
}

export interface Hit {
  readonly entry: Entry;
  readonly pos: number;
}

export interface Index {
  readonly exact: Map<string, Hit[]>;
  readonly deletes: Map<string, Hit[]>;
  /** Tokens of the short title and franchise terms: never part of a warned name. */
  readonly filmWords: Set<string>;
}

export function aliasTokens(alias: string): { tokens: AliasToken[]; article: boolean } {
  const raw = tokenize(alias);
  const article = raw.length > 1 && raw[0].key === 'the';
  const tokens = (article ? raw.slice(1) : raw).map((t) => ({
    key: t.key,
    cap: t.cap,
    possessive: t.possessive,
    hyphen: t.hyphen,
    letters: t.letters,
  }));
  return { tokens, article };
}

export function entryKey(tokens: readonly AliasToken[], article: boolean): string {
  return `${article ? 'the ' : ''}${tokens.map((t) => t.key).join(' ')}`;
}

export function buildIndex(film: Film): Index {
  const entries = new Map<string, Entry>();
  const getEntry = (alias: string): Entry | null => {
    const { tokens, article } = aliasTokens(alias);
    if (tokens.length === 0) return null;
    const key = entryKey(tokens, article);
    let entry = entries.get(key);
    if (!entry) {
      entry = {
        tokens,
        article,
        letters: tokens.reduce((n, t) => n + t.letters, 0),
        term: false,
        franchiseName: false,
        people: [],
        ambiguous: false,
        order: entries.size,
      };
      entries.set(key, entry);
    }
    return entry;
  };
  const addPerson = (person: Person, aliases: readonly string[]) => {
    for (const alias of aliases) {
      const entry = getEntry(alias);
      if (!entry || entry.people.includes(person)) continue;
      if (entry.people.some((p) => p.name !== person.name)) entry.ambiguous = true;
      entry.people.push(person);
    }
  };
  const roleKeys = (roles: readonly string[]) =>
    roles
      .map((role) => ({ role, keys: tokenize(role).map((t) => t.key) }))
      .filter((r) => r.keys.length > 0)
      .sort((a, b) => b.keys.length - a.keys.length);
  for (const c of film.cast) {
    const person: Person = {
      kind: 'cast',
      name: c.name,
      character: c.character,
      roles: [],
      roleKeys: [],
    };
    addPerson(person, [c.name, c.character, ...c.aliases]);
  }
  for (const c of film.crew) {
    const person: Person = {
      kind: 'crew',
      name: c.name,
      character: '',
      roles: c.roles,
      roleKeys: roleKeys(c.roles),
    };
    addPerson(person, [c.name, ...c.aliases]);
  }
  for (const name of film.franchise.names) {
    const entry = getEntry(name);
    if (!entry) continue;
    entry.franchiseName = true;
    if (entry.people.length === 0) entry.term = true;
  }
  const filmWords = new Set<string>(tokenize(film.shortTitle).map((t) => t.key));
  for (const term of film.franchise.terms) {
    const entry = getEntry(term);
    if (entry) entry.term = true;
    for (const t of tokenize(term)) if (t.key !== 'the') filmWords.add(t.key);
  }

  const exact = new Map<string, Hit[]>();
  const deletes = new Map<string, Hit[]>();
  const push = (map: Map<string, Hit[]>, key: string, hit: Hit) => {
    const list = map.get(key);
    if (list) list.push(hit);
    else map.set(key, [hit]);
  };
  for (const entry of entries.values()) {
    // A multi-word person alias needs one exact word, so only lone words and terms are found by typo.
    const fuzzy = entry.tokens.length === 1 ? entry.tokens[0].letters >= 5 : entry.term;
    entry.tokens.forEach((t, pos) => {
      push(exact, t.key, { entry, pos });
      if (fuzzy && t.letters >= 4 && !t.hyphen) {
        for (const d of deletions(t.key, t.letters >= 8 ? 2 : 1)) push(deletes, d, { entry, pos });
      }
    });
  }
  return { exact, deletes, filmWords };
}
