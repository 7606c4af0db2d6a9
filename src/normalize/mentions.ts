/**
 * Cast and crew mentions: which people of the film registry a review names,
 * how often, in what words and in which sentences; plus person-like names that
 * match nobody. Every film fact (names, characters, aliases, franchise words)
 * comes from the Film passed in; this module only knows English.
 */
import type { Film } from '../schemas/film.ts';
import type { CastMention, CrewMention, MentionSentence, Review } from '../schemas/review.ts';
import { deletions, editDistance, typoBudget } from './fuzzy.ts';
import { splitSentences } from './text/index.ts';

/** A block of review text in reading order, flagged when it sits inside a spoiler region. */
export type MentionBlock = Pick<MentionSentence, 'text' | 'spoiler' | 'region'>;

/** The registry people a review names, plus person-like names that match nobody. */
export type MentionResult = Pick<Review, 'cast' | 'crew' | 'warnings'>;

/** A film's precomputed alias index; build it once and reuse it for every review of that film. */
export interface MentionMatcher {
  readonly film: Film;
  find(blocks: readonly MentionBlock[]): MentionResult;
}

// ---------------------------------------------------------------------------
// English, not film facts.

/** Words that, right after a franchise name, make it the series rather than the character. */
const FRANCHISE_NOUNS = new Set(
  (
    'universe universes verse film films movie movies flick flicks franchise franchises series saga sagas ' +
    'world worlds entry entries mold mould style styles aesthetic aesthetics lore chapter chapters fans fan ' +
    'fandom cinematic sequel sequels prequel prequels spin-off spin-offs spinoff spinoffs installment ' +
    'installments instalment instalments trilogy canon mythology mythos formula template timeline brand ' +
    'property game games territory'
  ).split(' '),
);
const ROMAN_NUMERAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;
/** Titles before a surname that do not make it someone else's name. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'sir', 'dame']);
/** Lower-case particles inside names ("Ana de Armas"). */
const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'der',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'bin',
  'ibn',
]);
/** Capitalised words that never begin, end or sit inside a person's name. */
const NOT_NAME_WORDS = new Set(
  (
    'the a an and or but nor of in on at to for with by from as if when while after before this that these ' +
    'those it its he she they we you i my his her their our your is was are not no yes so then than there ' +
    'here what who why how where which all every each some any one also even still just only meanwhile ' +
    'however despite though although because since until like unlike via over under into onto through ' +
    'january february march april may june july august september october november december monday tuesday ' +
    'wednesday thursday friday saturday sunday north south east west northern southern eastern western ' +
    'central american british english french german austrian russian italian spanish european asian ' +
    'african slavic japanese chinese korean indian canadian australian hollywood academy award awards oscar ' +
    'oscars festival studio studios pictures entertainment productions film films movie movies cinema ' +
    'cinemas theater theaters theatre theatres hotel table office university college school city town ' +
    'street road avenue park river lake island hall house club church guild society company corporation ' +
    'group network channel tv video plus prime records magazine news times post review reviews guide tips ' +
    'meter category cult council chapter part volume edition season episode series universe saga trilogy ' +
    'franchise game games gaming strategy pro weekly daily best worst new old big good bad top box world book'
  ).split(' '),
);
/** Words after which a capitalised pair is a place, a thing or a title rather than a person. */
const NOT_PERSON_BEFORE = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'in',
  'on',
  'at',
  'into',
  'onto',
]);

// Gaps between two mentions of one person that make them a single reference.
const GAP_PARENTHESIS = /^\s*\(\s*(?:(?:played|portrayed|voiced)\s+by\s+)?$/iu;
const GAP_PLAYED_BY = /^\s*,?\s*(?:played|portrayed|voiced)\s+by\s+$/iu;
const GAP_AS =
  /^\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,6}(?:as|plays|portrays|playing|portraying)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,3}$/u;
const GAP_SPACE = /^\s+$/;
const GAP_INITIAL = /^\.\s+$/;
const GAP_QUOTE = /^\s*["“‘']?\s*$/u;
const GAP_TITLE_BEFORE = /^[\s,:–—-]*$/u;
const GAP_TITLE_AFTER = /^\s*,\s*$/;
const GAP_FRANCHISE_NOUN = /^[\s”"’']*$/u;
const GAP_COLON = /^[\s”"’']*:\s*$/u;

/** A lone capitalised word this long at a sentence start is taken as the name it matches. */
const LONE_NAME_LETTERS = 7;
/** At most this many words between "the" and a title alias ("the stern and enigmatic Director"). */
const ARTICLE_REACH = 3;
/** Fuzzy lookups remembered per matcher before the memo is cleared. */
const FUZZY_MEMO_LIMIT = 50_000;

// ---------------------------------------------------------------------------
// Tokens.

interface Token {
  /** The word as written, without a possessive suffix. */
  readonly text: string;
  /** Lower-case comparison key. */
  readonly key: string;
  readonly start: number;
  /** End of the word, before any possessive suffix. */
  readonly end: number;
  /** End of the word including any possessive suffix. */
  readonly after: number;
  readonly possessive: boolean;
  readonly cap: boolean;
  readonly lower: boolean;
  readonly hasLower: boolean;
  readonly hyphen: boolean;
  readonly digit: boolean;
  readonly letters: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+|-[\p{L}\p{N}]+)*/gu;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index;
    let after = start + word.length;
    let possessive = false;
    const lastTwo = word.slice(-2);
    if (word.length > 2 && (lastTwo === "'s" || lastTwo === '’s' || lastTwo === "'S" || lastTwo === '’S')) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (
      (word.endsWith('s') || word.endsWith('S')) &&
      (text[after] === "'" || text[after] === '’') &&
      !/[\p{L}\p{N}]/u.test(text[after + 1] ?? '')
    ) {
      possessive = true;
      after += 1;
    }
    const lower = word.toLowerCase();
    const upper = word.toUpperCase();
    let letters = 0;
    let digit = false;
    for (let k = 0; k < word.length; k++) {
      const ch = word[k];
      if (ch === "'" || ch === '’' || ch === '-') continue;
      if (lower[k] !== upper[k] || /\p{L}/u.test(ch)) letters++;
      else digit = true;
    }
    out.push({
      text: word,
      key: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      start,
      end: start + word.length,
      after,
      possessive,
      cap: word[0] !== lower[0],
      lower: word[0] !== upper[0],
      hasLower: word !== upper,
      hyphen: word.includes('-'),
      digit,
      letters,
    });
  }
  return out;
}

/** Whether two tokens sit as the words of one name do: a space between, or an initial's full stop ("J. Richard"). */
function nameGap(text: string, a: Token, b: Token): boolean {
  const gap = gapBetween(text, a, b);
  return GAP_SPACE.test(gap) || (a.letters === 1 && a.cap && GAP_INITIAL.test(gap));
}

/** Text between the end of token a (with its possessive) and the start of token b. */
function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.after, b.start);
}

/** A heading-like sentence: no closing full stop, and nearly every word of four letters or more capitalised. */
function isTitleCase(text: string, tokens: readonly Token[]): boolean {
  if (/[.!…]["”’')\]]*\s*$/u.test(text)) return false;
  let total = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.letters < 4 || t.digit) continue;
    total++;
    if (t.cap) caps++;
  }
  return total >= 2 && caps / total >= 0.8;
}

// ---------------------------------------------------------------------------
// The registry index.

interface Person {
  readonly kind: 'cast' | 'crew';
  readonly name: string;
  /** The character for cast, '' for crew. */
  readonly character: string;
  readonly roles: readonly string[];
  /** Each role's tokens, longest role first. */
  readonly roleKeys: readonly { readonly role: string; readonly keys: readonly string[] }[];
}

interface AliasToken {
  readonly key: string;
  readonly cap: boolean;
  readonly possessive: boolean;
  readonly hyphen: boolean;
  readonly letters: number;
}

interface Entry {
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

interface Hit {
  readonly entry: Entry;
  readonly pos: number;
}

interface Index {
  readonly exact: Map<string, Hit[]>;
  readonly deletes: Map<string, Hit[]>;
  /** Tokens of the short title and franchise terms: never part of a warned name. */
  readonly filmWords: Set<string>;
}

function aliasTokens(alias: string): { tokens: AliasToken[]; article: boolean } {
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

function entryKey(tokens: readonly AliasToken[], article: boolean): string {
  return `${article ? 'the ' : ''}${tokens.map((t) => t.key).join(' ')}`;
}

function buildIndex(film: Film): Index {
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

// ---------------------------------------------------------------------------
// Matching one sentence.

interface Match {
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

interface MentionRecord {
  readonly people: readonly Person[];
  readonly forms: string[];
  readonly sentence: MentionSentence;
  readonly weak: boolean;
  readonly role: string | null;
}

function isSingle(m: Match): boolean {
  return m.entry.tokens.length === 1 && m.first === m.head;
}

function isPerson(m: Match): boolean {
  return m.state === 'kept' && !m.franchise && !m.entry.term;
}

function sharePerson(a: Match, b: Match): boolean {
  return a.entry.people.some((p) => b.entry.people.includes(p));
}

function headKey(tokens: readonly Token[], m: Match): string {
  return tokens
    .slice(m.head, m.last + 1)
    .map((t) => t.key)
    .join(' ');
}

function crewPerson(m: Match): Person | undefined {
  return m.entry.people.find((p) => p.kind === 'crew');
}

class SentenceMatcher {
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
        best.franchise = franchiseFollows(text, tokens, best.last);
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
    for (let k = 0; k < n; k++) {
      const a = entry.tokens[k];
      const t = tokens[s + k];
      if (k > 0 && !nameGap(text, tokens[s + k - 1], t)) return null;
      if (k < n - 1 && t.possessive && !a.possessive) return null;
      if (a.cap && !t.cap) return null;
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
function better(a: Match, b: Match): boolean {
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
function findArticle(text: string, tokens: readonly Token[], s: number): number {
  let between = 0;
  for (let k = s - 1; k >= 0; k--) {
    if (!GAP_SPACE.test(gapBetween(text, tokens[k], tokens[k + 1]))) return -1;
    if (tokens[k].key === 'the') return k;
    if (!tokens[k].lower || ++between > ARTICLE_REACH) return -1;
  }
  return -1;
}

/** Whether the words after a franchise name make it the series: a franchise noun, a number or a colon title. */
function franchiseFollows(text: string, tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next) return false;
  const gap = gapBetween(text, tokens[last], next);
  if (GAP_FRANCHISE_NOUN.test(gap)) {
    return FRANCHISE_NOUNS.has(next.key) || /^\p{N}+$/u.test(next.text) || ROMAN_NUMERAL.test(next.text);
  }
  return GAP_COLON.test(gap) && (next.cap || next.digit);
}

/** Covered tokens: those inside a kept or dropped match. */
function coverage(tokens: readonly Token[], matches: readonly Match[]): boolean[] {
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const m of matches) {
    if (m.state === 'rejected') continue;
    for (let k = m.first; k <= m.last; k++) covered[k] = true;
  }
  return covered;
}

/** Settles role titles, someone-else's-name rejections and crew roles; returns the tokens still covered. */
function resolve(
  text: string,
  tokens: readonly Token[],
  matches: Match[],
  filmWords: ReadonlySet<string>,
): boolean[] {
  // A cast title that is a crew member's role next to that crew member is the role ("the Director Len Wiseman").
  for (let k = 0; k + 1 < matches.length; k++) {
    const a = matches[k];
    const b = matches[k + 1];
    if (!isPerson(a) || !isPerson(b)) continue;
    const gap = text.slice(tokens[a.last].after, tokens[b.first].start);
    const crewB = crewPerson(b);
    const crewA = crewPerson(a);
    if (crewB && !crewA && GAP_TITLE_BEFORE.test(gap)) {
      const role = crewB.roleKeys.find((r) => r.keys.join(' ') === headKey(tokens, a));
      if (role) {
        a.state = 'dropped';
        b.role = role.role;
      }
    } else if (crewA && !crewB && GAP_TITLE_AFTER.test(gap)) {
      const role = crewA.roleKeys.find((r) => r.keys.join(' ') === headKey(tokens, b));
      if (role) {
        b.state = 'dropped';
        a.role = role.role;
      }
    }
  }
  let covered = coverage(tokens, matches);
  const titleCase = isTitleCase(text, tokens);
  // A lone capitalised alias glued to another capitalised word is part of someone else's name ("Tom Reeves",
  // "Winston Churchill", "New Year’s Eve").
  // A possessive or role word before it, the film's own title ("Ballerina’s Eve") and honorifics are no such name.
  for (const m of matches) {
    if (!isPerson(m) || m.entry.tokens.length !== 1 || titleCase) continue;
    const t = tokens[m.head];
    const next = tokens[m.head + 1];
    const prev = tokens[m.first - 1];
    const crew = crewPerson(m);
    const nextGlued =
      next &&
      !t.possessive &&
      next.cap &&
      next.text !== 'I' &&
      !covered[m.head + 1] &&
      GAP_SPACE.test(gapBetween(text, t, next));
    const prevGlued =
      isSingle(m) &&
      prev &&
      m.first - 1 > 0 &&
      prev.cap &&
      !covered[m.first - 1] &&
      !HONORIFICS.has(prev.key) &&
      !filmWords.has(prev.key) &&
      !crew?.roleKeys.some((r) => r.keys.includes(prev.key)) &&
      GAP_SPACE.test(gapBetween(text, prev, t));
    // "Lawrence of Arabia", "Mary of Nazareth": a lone name before "of" and a capital is a title or a place.
    const after = tokens[m.head + 2];
    const ofTitle =
      next?.key === 'of' &&
      after?.cap === true &&
      GAP_SPACE.test(gapBetween(text, t, next)) &&
      GAP_SPACE.test(gapBetween(text, next, after));
    if (nextGlued || prevGlued || ofTitle) m.state = 'rejected';
  }
  covered = coverage(tokens, matches);
  // A crew mention's role, when the text puts one of theirs before the name ("director Len Wiseman").
  for (const m of matches) {
    const crew = crewPerson(m);
    if (!isPerson(m) || !crew || m.role) continue;
    for (const r of crew.roleKeys) {
      const from = m.first - r.keys.length;
      if (from < 0) continue;
      let ok = true;
      for (let k = 0; k < r.keys.length && ok; k++) {
        const t = tokens[from + k];
        const following = tokens[from + k + 1];
        ok = t.key === r.keys[k] && !covered[from + k] && GAP_SPACE.test(gapBetween(text, t, following));
      }
      if (ok) {
        m.role = r.role;
        break;
      }
    }
  }
  return covered;
}

/** Whether match b, right after match a of the same person, is the same reference ("Winston (Ian McShane)"). */
function sameReference(text: string, tokens: readonly Token[], a: Match, b: Match): boolean {
  if (!sharePerson(a, b)) return false;
  const gap = text.slice(tokens[a.last].after, tokens[b.first].start);
  if (GAP_PARENTHESIS.test(gap) || GAP_PLAYED_BY.test(gap) || GAP_AS.test(gap) || GAP_SPACE.test(gap))
    return true;
  return tokens[a.last].possessive && GAP_QUOTE.test(gap);
}

/** The person matches of a sentence grouped into references: one group per time the text names someone. */
function references(text: string, tokens: readonly Token[], matches: readonly Match[]): Match[][] {
  const groups: Match[][] = [];
  for (const m of matches) {
    if (!isPerson(m)) continue;
    // A typo'd lone word where capitals prove nothing is too weak to stand.
    if (m.weak && m.distance > 0) continue;
    const group = groups.at(-1);
    const last = group?.at(-1);
    if (group && last && sameReference(text, tokens, last, m)) group.push(m);
    else groups.push([m]);
  }
  return groups;
}

/** The distinct forms of one reference as written; adjacent matches ("Angelica" "Houston") make one form. */
function groupForms(text: string, tokens: readonly Token[], group: readonly Match[]): string[] {
  const forms: string[] = [];
  let first = group[0].first;
  group.forEach((m, k) => {
    const next = group[k + 1];
    const glued =
      next &&
      !tokens[m.last].possessive &&
      GAP_SPACE.test(text.slice(tokens[m.last].end, tokens[next.first].start));
    if (glued) return;
    const f = text.slice(tokens[first].start, tokens[m.last].end).replace(/\s+/g, ' ');
    if (!forms.includes(f)) forms.push(f);
    if (next) first = next.first;
  });
  return forms;
}

/** Person-like names in a sentence that nothing matched: two or three capitalised words, not at its start. */
function unmatchedNames(
  text: string,
  tokens: readonly Token[],
  covered: readonly boolean[],
  index: Index,
  out: Set<string>,
): void {
  if (isTitleCase(text, tokens)) return;
  const nameWord = (k: number) => {
    const t = tokens[k];
    return (
      k > 0 &&
      !covered[k] &&
      t.cap &&
      t.hasLower &&
      t.letters >= 2 &&
      !t.digit &&
      t.text.split('-').every((part) => /^\p{Lu}/u.test(part)) &&
      !NOT_NAME_WORDS.has(t.key) &&
      !index.filmWords.has(t.key)
    );
  };
  let run: number[] = [];
  const flush = () => {
    while (run.length > 0 && !tokens[run[run.length - 1]].cap) run.pop();
    const names = run.filter((k) => tokens[k].cap).length;
    const firstTok = tokens[run[0]];
    const lastTok = tokens[run[run.length - 1]];
    const prev = tokens[run[0] - 1];
    const quotedBefore = /["“‘']\s*$/u.test(text.slice(prev ? prev.after : 0, firstTok?.start ?? 0));
    const quotedAfter = lastTok && !lastTok.possessive && /^\s*["”’']/u.test(text.slice(lastTok.end));
    const afterDeterminer =
      prev && NOT_PERSON_BEFORE.has(prev.key) && GAP_SPACE.test(gapBetween(text, prev, firstTok));
    if (names >= 2 && names <= 3 && !quotedBefore && !quotedAfter && !afterDeterminer) {
      out.add(text.slice(firstTok.start, lastTok.end).replace(/\s+/g, ' '));
    }
    run = [];
  };
  tokens.forEach((t, k) => {
    if (run.length > 0) {
      const prev = tokens[run[run.length - 1]];
      if (prev.possessive || !GAP_SPACE.test(gapBetween(text, prev, t))) flush();
    }
    if (nameWord(k)) run.push(k);
    else if (run.length > 0 && !covered[k] && PARTICLES.has(t.key)) run.push(k);
    else if (run.length > 0) flush();
  });
  if (run.length > 0) flush();
}

function compareBy<T extends { name: string; mentions: number }>(a: T, b: T): number {
  if (a.mentions !== b.mentions) return b.mentions - a.mentions;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

class Matcher implements MentionMatcher {
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

const matchers = new WeakMap<Film, MentionMatcher>();

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
