/**
 * English, not film facts: the name word lists of content/lexicon/names.yaml, and the gaps between
 * the words of one reference.
 */
import { NAMES } from '../lexicon.ts';

const { franchiseNouns, franchiseOrdinals, honorifics, particles, notNameWords, notPersonBefore } = NAMES;
/** Words that, right after a franchise name, make it the series rather than the character. */
export const FRANCHISE_NOUNS: ReadonlySet<string> = new Set(franchiseNouns);
/** Words that, between an article and a franchise name, make it a film ("the first John Wick"). */
export const FRANCHISE_ORDINALS: ReadonlySet<string> = new Set(franchiseOrdinals);
export const ROMAN_NUMERAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;
/** Titles before a surname that do not make it someone else's name. */
export const HONORIFICS: ReadonlySet<string> = new Set(honorifics);
/** Lower-case particles inside names ("Ana de Armas"). */
export const PARTICLES: ReadonlySet<string> = new Set(particles);
/** Capitalised words that never begin, end or sit inside a person's name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(notNameWords);
/** Words after which a capitalised pair is a place, a thing or a title rather than a person. */
export const NOT_PERSON_BEFORE: ReadonlySet<string> = new Set(notPersonBefore);

// Gaps between two mentions of one person that make them a single reference.
export const GAP_PARENTHESIS = /^\s*\(\s*(?:(?:played|portrayed|voiced)\s+by\s+)?$/iu;
export const GAP_PLAYED_BY = /^\s*,?\s*(?:played|portrayed|voiced)\s+by\s+$/iu;
export const GAP_AS =
  /^\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,6}(?:as|plays|portrays|playing|portraying)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,3}$/u;
export const GAP_SPACE = /^\s+$/;
export const GAP_INITIAL = /^\.\s+$/;
export const GAP_QUOTE = /^\s*["“‘']?\s*$/u;
export const GAP_TITLE_BEFORE = /^[\s,:–—-]*$/u;
export const GAP_TITLE_AFTER = /^\s*,\s*$/;
export const GAP_FRANCHISE_NOUN = /^[\s”"’']*$/u;
export const GAP_COLON = /^[\s”"’']*:\s*$/u;

/** A lone capitalised word this long at a sentence start is taken as the name it matches. */
export const LONE_NAME_LETTERS = 7;
/** At most this many words between "the" and a title alias ("the stern and enigmatic Director"). */
export const ARTICLE_REACH = 3;
/** Fuzzy lookups remembered per matcher before the memo is cleared. */
export const FUZZY_MEMO_LIMIT = 50_000;
