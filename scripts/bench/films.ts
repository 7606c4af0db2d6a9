/**
 * A synthetic many-film catalogue for the benchmark: `generateCatalogue(material, seed, n)` spreads n
 * raw reviews (scripts/bench/corpus/) over about one film per 50 reviews, at most 200 films. A pure
 * function of its arguments.
 *
 * - **Films:** each is the seed film's registry with a new title, slug and year, and its people
 *   recast from a shared pool, so casts overlap and people pages span films (each pool member is in
 *   about four films). Characters, franchise lore, premise and reveals stay the seed film's.
 * - **Reviews:** review i belongs to film i mod F. It is generated against that film's registry,
 *   and the seed paragraphs it recombines have the seed film's people renamed to the film's.
 * - **Vocabulary:** every review gains a few sentences of pseudo-words drawn from a Zipf-like
 *   distribution over about 200,000 words, so Pagefind's word index grows as real text makes it.
 */
import { stringify } from 'yaml';
import { escapeRegExp } from '../../src/normalize/text/pattern.ts';
import type { Film } from '../../src/schemas/film.ts';
import {
  buildPools,
  generateReview,
  type Material,
  mulberry32,
  type RawReviewFile,
  streamSeed,
} from './corpus/index.ts';

/** One generated film: its folder's slug, its registry and the film.yaml text. */
export interface CatalogueFilm {
  slug: string;
  film: Film;
  yaml: string;
}

/** A generated catalogue: the films and each review with the slug of the film it belongs to. */
export interface Catalogue {
  films: CatalogueFilm[];
  reviews: CatalogueReview[];
  /** Reviews generated past the n asked for, held back (the benchmark adds one to a built site). */
  held: CatalogueReview[];
}

/** One review of the catalogue and the slug of its film. */
export interface CatalogueReview {
  film: string;
  file: RawReviewFile;
}

/** Reviews per film in the catalogue, and the most films it has. */
const REVIEWS_PER_FILM = 50;
const MAX_FILMS = 200;

/** Syllables that pseudo-words, pseudo-names and titles are made of. */
const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'vin',
  'ta',
  'sel',
  'dor',
  'bri',
  'na',
  'qui',
  'ros',
  'fen',
  'gal',
  'hu',
  'ja',
  'ple',
  'zor',
  'ti',
  'wen',
  'cra',
  'mo',
  'dal',
  'ex',
  'pi',
  'sun',
  'vel',
  'an',
  'dri',
  'ost',
  'ru',
  'fa',
  'lim',
  'ter',
  'bo',
  'ces',
  'yan',
  'ge',
  'thur',
  'ni',
  'pas',
  'kor',
  'el',
  'sha',
  'dun',
  'ima',
  'ver',
  'tol',
  'gri',
  'ma',
  'lus',
]; // prettier-ignore

/** The pseudo-word of a rank: a bijection from 0… onto two- and three-syllable words. */
export function pseudoWord(rank: number): string {
  const base = SYLLABLES.length;
  let n = rank;
  let word = '';
  const parts = n < base * base ? 2 : 3;
  if (parts === 3) n -= base * base;
  for (let i = 0; i < parts; i++) {
    word += SYLLABLES[n % base];
    n = Math.floor(n / base);
  }
  return word;
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The size of the pseudo-word vocabulary. */
const VOCABULARY = SYLLABLES.length ** 2 + SYLLABLES.length ** 3;

/** A rank drawn so that rank r is about 1/r as likely as rank 1 (log-uniform), as word use is. */
function zipfRank(rng: () => number): number {
  return Math.min(VOCABULARY - 1, Math.floor(Math.exp(rng() * Math.log(VOCABULARY)) - 1));
}

/** Sentences of pseudo-words for one review, from its own PRNG stream. */
function vocabularySentences(rng: () => number): string[] {
  const count = 3 + Math.floor(rng() * 4);
  const w = () => pseudoWord(zipfRank(rng));
  const forms = [
    () => `The ${w()} sequence has a ${w()} quality that recalls ${capitalize(w())} ${capitalize(w())}.`,
    () => `Its ${w()} and ${w()} feel borrowed from ${w()} cinema, though the ${w()} is its own.`,
    () => `Critics who prize ${w()} over ${w()} will find plenty of ${w()} here.`,
    () => `A ${w()} ${w()} score underlines every ${w()} turn.`,
  ];
  return Array.from({ length: count }, () => (forms[Math.floor(rng() * forms.length)] as () => string)());
}

/** Syllables of people's names and film titles: none is a vocabulary syllable, so no pseudo-word names anyone. */
const NAME_SYLLABLES = [
  'Ad',
  'Bren',
  'Cor',
  'Dav',
  'Em',
  'Fitz',
  'Hal',
  'Ives',
  'Jor',
  'Kell',
  'Lind',
  'Mont',
  'Nor',
  'Ort',
  'Pell',
  'Quinn',
  'Rad',
  'Stra',
  'Tove',
  'Ull',
  'Wyn',
  'Yar',
  'Zell',
  'Bax',
]; // prettier-ignore
const NAME_ENDINGS = ['a', 'en', 'ley', 'ton', 'ick', 'is', 'ow', 'ard', 'ette', 'berg', 'o', 'ine'];

/** A name made of two name syllables and an ending: a bijection from 0… (24 × 24 × 12 of them). */
function nameWord(index: number): string {
  const a = NAME_SYLLABLES[index % NAME_SYLLABLES.length] as string;
  const rest = Math.floor(index / NAME_SYLLABLES.length);
  const b = (NAME_SYLLABLES[rest % NAME_SYLLABLES.length] as string).toLowerCase();
  const c = NAME_ENDINGS[Math.floor(rest / NAME_SYLLABLES.length) % NAME_ENDINGS.length] as string;
  return `${a}${b}${c}`;
}

/** A person of the shared pool: a first name and a surname, distinct for each index below 3,456. */
function poolPerson(index: number): { first: string; last: string } {
  return { first: nameWord((index * 7) % 6912), last: nameWord(3456 + ((index * 13) % 3456)) };
}

/** The aliases of `name` that are its own words: its trailing words (a surname) or its first word. */
function nameParts(name: string, aliases: readonly string[]): { surnames: string[]; firsts: string[] } {
  const words = name.split(' ');
  const surnames: string[] = [];
  const firsts: string[] = [];
  for (const alias of aliases) {
    if (alias !== name && name.endsWith(` ${alias}`)) surnames.push(alias);
    else if (alias === words[0]) firsts.push(alias);
  }
  return { surnames, firsts };
}

/** A film's recast: the seed film's people renamed, and the text renames that go with it. */
function recast(
  seedFilm: Film,
  pool: number,
  rng: () => number,
): { film: Film; renames: [RegExp, string][] } {
  const renames: [string, string][] = [];
  const person = <T extends { name: string; aliases: string[] }>(member: T): T => {
    const { first, last } = poolPerson(Math.floor(rng() * pool));
    const name = `${first} ${last}`;
    const { surnames, firsts } = nameParts(member.name, member.aliases);
    renames.push([member.name, name], ...surnames.map((s): [string, string] => [s, last]));
    renames.push(...firsts.map((f): [string, string] => [f, first]));
    // In place, so the first alias is still the surname the generator's templates use.
    const aliases = member.aliases.map((a) => (surnames.includes(a) ? last : firsts.includes(a) ? first : a));
    return { ...member, name, aliases };
  };
  const film: Film = { ...seedFilm, cast: seedFilm.cast.map(person), crew: seedFilm.crew.map(person) };
  // Longest forms first, so a full name is renamed before its surname.
  renames.sort((a, b) => b[0].length - a[0].length);
  return {
    film,
    renames: renames.map(([from, to]) => [
      new RegExp(`(?<![\\p{L}])${escapeRegExp(from)}(?![\\p{L}])`, 'gu'),
      to,
    ]),
  };
}

/** How many films a catalogue of `n` reviews has. */
export function filmCount(n: number): number {
  return Math.max(1, Math.min(MAX_FILMS, Math.round(n / REVIEWS_PER_FILM)));
}

/**
 * Generates a catalogue of `n` raw reviews over `filmCount(n)` films.
 * @param material the seed reviews and the seed film's registry
 * @param seed the PRNG seed
 * @param n the number of reviews
 * @param held how many more reviews to generate and hold back (same films, the next indexes)
 * @returns the films (registries and film.yaml texts) and the reviews, each with its film's slug
 */
export function generateCatalogue(material: Material, seed: number, n: number, held = 0): Catalogue {
  const seedFilm = material.film as Film;
  const count = filmCount(n);
  const pool = Math.max(20, Math.round((count * (seedFilm.cast.length + seedFilm.crew.length)) / 4));
  const pools = buildPools(material.seeds);
  const films = Array.from({ length: count }, (_, f) => {
    const rng = mulberry32(streamSeed(seed ^ 0x5eed, f));
    const { film, renames } = recast(seedFilm, pool, rng);
    const shortTitle = `The ${nameWord(f * 5 + 1)}`;
    const title = `${shortTitle}: ${nameWord(6000 + f)}`;
    const slug = `${shortTitle.toLowerCase().replace(/\s+/g, '-')}-${f}`;
    const registry: Film = { ...film, slug, title, shortTitle, year: 1990 + (f % 36) };
    return { slug, film: registry, renames, yaml: stringify(registry) };
  });
  const reviews = Array.from({ length: n + held }, (_, i): CatalogueReview => {
    const film = films[i % count] as (typeof films)[number];
    const file = generateReview(pools, film.film, seed, i);
    let text = file.text.replace(/(?<![\p{L}])Ballerina(?![\p{L}])/gu, film.film.shortTitle);
    for (const [from, to] of film.renames) text = text.replace(from, to);
    const rng = mulberry32(streamSeed(seed ^ 0x70c4b, i));
    text = withSentences(text, vocabularySentences(rng), rng);
    return { film: film.slug, file: { ...file, text } };
  });
  return {
    films: films.map(({ slug, film, yaml }) => ({ slug, film, yaml })),
    reviews: reviews.slice(0, n),
    held: reviews.slice(n),
  };
}

/** `text` with each sentence appended to a random prose line (one of 200 characters or more). */
function withSentences(text: string, sentences: readonly string[], rng: () => number): string {
  const lines = text.split('\n');
  const prose = lines.flatMap((line, i) => (line.length >= 200 ? [i] : []));
  if (prose.length === 0) return text;
  for (const sentence of sentences) {
    const at = prose[Math.floor(rng() * prose.length)] as number;
    const line = lines[at] as string;
    const cr = line.endsWith('\r');
    lines[at] = cr ? `${line.slice(0, -1)} ${sentence}\r` : `${line} ${sentence}`;
  }
  return lines.join('\n');
}
