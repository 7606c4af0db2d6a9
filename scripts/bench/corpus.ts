/**
 * Synthetic raw reviews for the benchmark. `generateCorpus(material, seed, n)` is a pure function: the
 * same material, seed and count give the same files, byte for byte. Each review is drawn from its own
 * PRNG stream (seed, index), so a corpus of 100 is the first 100 files of a corpus of 10,000.
 *
 * The material is the five seed reviews (content/films/ballerina-2025/raw) and the film registry (content/films/ballerina-2025/film.yaml). Their
 * paragraphs and sentences are recombined with registry names, rating notations, spoiler markers and
 * reveals, titles, promo lines and sign-offs, in the shapes real pasted reviews have.
 */

import { LETTER_GRADES } from '../../src/normalize/rating/index.ts';

/** The parts of the film registry the generator uses (structurally compatible with the film schema). */
export interface Registry {
  title: string;
  shortTitle: string;
  year?: number;
  cast: readonly { name: string; character: string; aliases: readonly string[] }[];
  crew: readonly { name: string; roles: readonly string[]; aliases: readonly string[] }[];
}

/** What the generator recombines: the seed reviews' texts and the film registry. */
export interface Material {
  seeds: readonly string[];
  film: Registry;
}

/** The rating notations the generator plants. */
export const RATING_KINDS = [
  'stars',
  'stars-decimal',
  'emoji-stars',
  'x/5',
  'x/10',
  'x / 10',
  'x/100',
  'out-of-4',
  'out-of-5-stars',
  'grade',
  'playful',
  'none',
] as const;
/** One of the rating notations the generator plants. */
export type RatingKind = (typeof RATING_KINDS)[number];

/** The spoiler situations the generator plants: an author's marker, an unmarked reveal, a spoiler-free note. */
export const SPOILER_KINDS = ['marked', 'reveal', 'spoiler-free', 'none'] as const;
/** One of the spoiler situations the generator plants. */
export type SpoilerKind = (typeof SPOILER_KINDS)[number];

/** What the generator put into one review, for tests and sanity checks. */
export interface Planted {
  rating: RatingKind;
  /** The planted rating on 0–100 (the revised one when the review revises its score), or null. */
  score: number | null;
  revised: boolean;
  /** An age classification or an empty "Rating:" line that is not a score. */
  distractor: boolean;
  spoiler: SpoilerKind;
  /** Cast and crew names planted by templates (seed paragraphs may name more). */
  cast: string[];
  crew: string[];
  misspelled: boolean;
  title: string | null;
  outlet: string | null;
  author: string | null;
  promo: boolean;
  sidecar: boolean;
}

/** One synthetic raw review: its file name, bytes as text, an optional sidecar and what was planted. */
export interface RawReviewFile {
  name: string;
  text: string;
  /** YAML for `<stem>.yaml`, or null. */
  sidecar: string | null;
  planted: Planted;
}

/** A seedable 32-bit PRNG (mulberry32): returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a seed and an index into an independent 32-bit stream seed (murmur3's finalizer). */
export function streamSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

type Rng = () => number;

function pick<T>(rng: Rng, list: readonly T[]): T {
  if (list.length === 0) throw new Error('corpus: cannot pick from an empty list');
  return list[Math.floor(rng() * list.length)] as T;
}

function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** k distinct items in random order (partial Fisher–Yates on a copy). */
function sample<T>(rng: Rng, list: readonly T[], k: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  for (let i = 0; i < Math.min(k, copy.length); i++) {
    const j = i + Math.floor(rng() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    out.push(copy[i] as T);
  }
  return out;
}

function weighted<T extends string>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  return (table.at(-1) as readonly [T, number])[0];
}

/** The seed texts split into the pools reviews are recombined from. */
export interface Pools {
  /** Whole prose paragraphs without ratings, markers, promo or plot reveals. */
  paragraphs: string[];
  /** Sentences of those paragraphs. */
  sentences: string[];
  /** Paragraphs that reveal plot (endings, deaths, twists). */
  reveals: string[];
  /** Short heading-like lines. */
  headings: string[];
  /** Dash-list items. */
  items: string[];
}

const PROMO_LINE = /stay connected|get access|strategy guide|pro tips|newsletter|subscribe/i;
const RATING_LINE = /[★⭐]|\b\d+(?:\.\d+)?\s*\/\s*\d+\b|\bout of \d|^(?:rating|score|grade)\s*:/i;
const MARKER_LINE = /spoiler/i;
const REVEAL =
  /\b(?:kills|killed|dies|fade to black|twists?|long-lost|sleeper agent|truth behind|ends up)\b/i;
const SIGN_OFF = /([.!?…”"’)])\s+[–—-]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*$/u;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}“"‘'])/u)
    .map((s) => s.trim())
    .filter((s) => words(s) >= 4);
}

/** Splits the seed reviews into pools of paragraphs, sentences, reveals, headings and list items. */
export function buildPools(seeds: readonly string[]): Pools {
  const pools: Pools = { paragraphs: [], sentences: [], reveals: [], headings: [], items: [] };
  for (const seed of seeds) {
    const lines = seed
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    for (const raw of lines) {
      if (PROMO_LINE.test(raw) || RATING_LINE.test(raw) || MARKER_LINE.test(raw)) continue;
      const line = raw.replace(SIGN_OFF, '$1');
      const item = /^[-•*]\s+(.+)$/u.exec(line);
      if (item?.[1]) pools.items.push(item[1]);
      else if (words(line) <= 10 && !/[.!,;:…]$/u.test(line)) pools.headings.push(line);
      else if (words(line) < 25) continue;
      else if (REVEAL.test(line)) pools.reveals.push(line);
      else {
        pools.paragraphs.push(line);
        pools.sentences.push(...sentencesOf(line));
      }
    }
  }
  for (const [name, pool] of Object.entries(pools)) {
    if (pool.length === 0) throw new Error(`corpus: the seeds yield no ${name}`);
  }
  return pools;
}

const ADJECTIVES = [
  'ferocious',
  'graceful',
  'steely',
  'haunted',
  'magnetic',
  'wry',
  'controlled',
  'volcanic',
  'understated',
  'commanding',
  'brittle',
  'fearless',
  'luminous',
  'weary',
  'playful',
  'icy',
  'tender',
  'relentless',
  'precise',
  'mournful',
];
const NOUNS = [
  'conviction',
  'menace',
  'poise',
  'gravity',
  'warmth',
  'intensity',
  'restraint',
  'swagger',
  'melancholy',
  'wit',
  'fury',
  'focus',
  'charm',
  'stillness',
  'grit',
];
const TITLE_WORDS = [
  'Pirouette',
  'Vendetta',
  'Requiem',
  'Encore',
  'Overture',
  'Reckoning',
  'Ballet',
  'Duet',
  'Curtain Call',
  'Grand Jeté',
  'Firestorm',
  'Debut',
  'Spotlight',
  'Arabesque',
  'Inheritance',
  'Initiation',
  'Masquerade',
  'Crossfire',
];
const TITLE_ADJECTIVES = [
  'Savage',
  'Graceful',
  'Bloody',
  'Brilliant',
  'Hollow',
  'Fiery',
  'Elegant',
  'Brutal',
  'Uneven',
  'Dazzling',
  'Familiar',
  'Deadly',
  'Fierce',
  'Frozen',
  'Restless',
];
const OUTLET_A = [
  'Midnight',
  'Silver',
  'Neon',
  'Second',
  'Velvet',
  'Paper',
  'Marquee',
  'Late',
  'Final',
  'Crimson',
  'Golden',
  'Back',
];
const OUTLET_B = ['Reel', 'Screen', 'Take', 'Cut', 'Frame', 'Critic', 'Projector', 'Balcony', 'Aisle', 'Row'];
const FIRST_NAMES = [
  'Maya',
  'Tomasz',
  'Priya',
  'Oren',
  'Harriet',
  'Kwame',
  'Lucía',
  'Dmitri',
  'Aoife',
  'Rafael',
  'Ingrid',
  'Jun',
  'Beatrix',
  'Malik',
  'Sunniva',
  'Teodor',
];
const SURNAMES = [
  'Lindqvist',
  'Okafor',
  'Varga',
  'Castellanos',
  'Whitcombe',
  'Nakashima',
  'Brennan',
  'Achterberg',
  'Moravec',
  'Delacroix',
  'Huttunen',
  'Sørensen',
  'Pemberton',
  'Adeyemi',
];
/** Actors not in the film, named for comparison: person-like names that must not become tags. */
const OUTSIDERS = [
  ['Charlize Theron', 'Atomic Blonde'],
  ['Michelle Yeoh', 'Everything Everywhere All at Once'],
  ['Uma Thurman', 'Kill Bill'],
  ['Jennifer Garner', 'Peppermint'],
  ['Mary Elizabeth Winstead', 'Kate'],
] as const;
const HEADINGS = [
  'Review',
  'The Verdict',
  'Verdict',
  'Performances',
  'The Action',
  'Cast & Character Breakdown',
  'Tone, Style & First Impressions',
  'Should You See It?',
  'Plot',
  'Conclusion',
  'Final Thoughts',
  'Direction and Craft',
];
const MARKERS = [
  'Spoilers below',
  'SPOILER ALERT',
  '⚠️ Spoilers Below: Full Breakdown & Big Reveals',
  'Spoiler warning: what follows discusses the ending.',
  'Warning: spoilers ahead!',
  '[Spoilers ahead]',
];
const SPOILER_FREE = [
  'This review is spoiler-free.',
  'No spoilers here, promise.',
  '(Spoiler-free review.)',
  'Don’t worry: this review contains no spoilers.',
];
const VERDICTS = {
  positive: [
    'A thrilling, stylish ride that earns its place in the franchise.',
    'It is a gorgeous, brutal and genuinely moving piece of action cinema.',
    'Easily one of the most exciting action films of the year, and a triumph for its lead.',
    'Inventive, confident and great fun from start to finish.',
  ],
  mixed: [
    'Fun in places, but uneven and thin where it counts.',
    'The action is strong; the story around it is forgettable.',
    'A decent spin-off that never quite finds its own voice.',
    'Good fights, a muddled plot, and a lead who deserves better material.',
  ],
  negative: [
    'A tiresome, hollow spin-off that squanders its star.',
    'Loud, empty and exhausting: a dull cash-grab dressed up as a ballet.',
    'The film is a boring, clumsy mess that wastes a great cast.',
    'Disappointing and lifeless, it is the weakest entry in the series.',
  ],
} as const;
type Mood = keyof typeof VERDICTS;

function hex(rng: Rng, digits: number): string {
  let out = '';
  for (let i = 0; i < digits; i++) out += Math.floor(rng() * 16).toString(16);
  return out;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A name a letter or two off, or in the wrong case, as real reviews misspell them. */
function misspell(rng: Rng, name: string): string {
  const parts = name.split(' ');
  const last = parts.at(-1) as string;
  const kind = int(rng, 0, 2);
  let changed = last;
  if (kind === 0 && last.length > 4) {
    const i = int(rng, 1, last.length - 3);
    changed = last.slice(0, i) + last.charAt(i + 1) + last.charAt(i) + last.slice(i + 2);
  } else if (kind === 1 && last.length > 4) {
    const i = int(rng, 1, last.length - 2);
    changed = last.slice(0, i) + last.slice(i + 1);
  } else changed = last.toLowerCase();
  return [...parts.slice(0, -1), changed].join(' ');
}

/** A rating value on 0–100 for a mood. */
function moodScore(rng: Rng, mood: Mood): number {
  if (mood === 'positive') return 65 + rng() * 35;
  if (mood === 'mixed') return 40 + rng() * 25;
  return 5 + rng() * 33;
}

/** The normalizer's own letter-grade table, so the corpus writes grades it reads back exactly. */
const GRADES = [...LETTER_GRADES];

function stepped(score: number, max: number, step: number): number {
  return Math.round(((score / 100) * max) / step) * step;
}

function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function starsText(value: number, glyph: string, half: string): string {
  const whole = Math.floor(value);
  return glyph.repeat(whole) + (value - whole >= 0.5 ? half : '');
}

/** A rating notation of `kind` for a 0–100 score: its text and the score it stands for. */
function notation(rng: Rng, kind: RatingKind, score: number): { text: string; score: number } | null {
  switch (kind) {
    case 'stars': {
      const v = Math.max(0.5, stepped(score, 5, 0.5));
      const text = starsText(v, '★', '½');
      return { text: chance(rng, 0.5) ? `${text} (${fmt(v)}/5)` : text, score: v * 20 };
    }
    case 'stars-decimal': {
      const v = Math.max(1.5, stepped(score, 5, 0.5));
      return { text: starsText(Math.floor(v), '★', '') + (v % 1 ? '.5' : ''), score: v * 20 };
    }
    case 'emoji-stars': {
      const v = Math.max(1, stepped(score, 5, 1));
      return { text: '⭐'.repeat(v), score: v * 20 };
    }
    case 'x/5': {
      const v = stepped(score, 5, 0.5);
      return { text: `${fmt(v)}/5`, score: v * 20 };
    }
    case 'x/10': {
      const v = stepped(score, 10, chance(rng, 0.3) ? 0.5 : 1);
      return { text: `${fmt(v)}/10`, score: v * 10 };
    }
    case 'x / 10': {
      const v = stepped(score, 10, 1);
      return { text: `${v} / 10`, score: v * 10 };
    }
    case 'x/100': {
      const v = Math.round(score);
      return { text: `${v}/100`, score: v };
    }
    case 'out-of-4': {
      const v = stepped(score, 4, chance(rng, 0.3) ? 0.5 : 1);
      return { text: `${fmt(v)} out of 4`, score: v * 25 };
    }
    case 'out-of-5-stars': {
      const v = stepped(score, 5, 0.5);
      return { text: `${fmt(v)} out of 5 stars`, score: v * 20 };
    }
    case 'grade': {
      const [letter, value] = GRADES.reduce((best, g) =>
        Math.abs(g[1] - score) < Math.abs(best[1] - score) ? g : best,
      );
      return { text: `Grade: ${letter}`, score: value };
    }
    case 'playful': {
      const unit = pick(rng, ['popcorn buckets', 'shurikens', 'pointe shoes', 'gold coins']);
      const v = stepped(score, 5, 0.5);
      return { text: `${fmt(v)}/5 ${unit}`, score: v * 20 };
    }
    case 'none':
      return null;
  }
}

/** Where a notation goes: alone on a labelled line, or inside the closing paragraph. */
function ratingLine(rng: Rng, kind: RatingKind, text: string): string {
  if (kind === 'grade') return text;
  return `${pick(rng, ['Rating', 'Our rating', 'Score', 'Verdict', 'Final score'])}: ${text}`;
}

function ratingSentence(rng: Rng, text: string): string {
  return pick(rng, [`I give it ${text}.`, `That’s a solid ${text} from me.`, `Final verdict: ${text}.`]);
}

/** Generates one raw review: the index-th file of the corpus for `seed`. */
export function generateReview(pools: Pools, film: Registry, seed: number, index: number): RawReviewFile {
  const rng = mulberry32(streamSeed(seed, index));
  const mood = weighted<Mood>(rng, [
    ['positive', 55],
    ['mixed', 30],
    ['negative', 15],
  ]);
  const outlet = chance(rng, 0.6) ? `${pick(rng, OUTLET_A)} ${pick(rng, OUTLET_B)}` : null;
  const author = chance(rng, 0.6) ? `${pick(rng, FIRST_NAMES)} ${pick(rng, SURNAMES)}` : null;
  const planted: Planted = {
    rating: 'none',
    score: null,
    revised: false,
    distractor: false,
    spoiler: weighted<SpoilerKind>(rng, [
      ['marked', 25],
      ['reveal', 25],
      ['spoiler-free', 15],
      ['none', 35],
    ]),
    cast: [],
    crew: [],
    misspelled: false,
    title: null,
    outlet: null,
    author: null,
    promo: false,
    sidecar: false,
  };

  const castSentence = (): string => {
    const member = pick(rng, film.cast);
    if (!planted.cast.includes(member.name)) planted.cast.push(member.name);
    const surname = member.aliases[0] ?? member.name;
    const adj = pick(rng, ADJECTIVES);
    const noun = pick(rng, NOUNS);
    if (chance(rng, 0.12)) {
      planted.misspelled = true;
      return `${misspell(rng, member.name)} brings ${adj} ${noun} to ${member.character}.`;
    }
    return pick(rng, [
      `${member.name} plays ${member.character} with ${adj} ${noun}.`,
      `${member.name} as ${member.character} is ${adj} throughout.`,
      `As ${member.character}, ${surname} is ${adj} and full of ${noun}.`,
      `${capitalize(member.character)} (${member.name}) gets the film’s most ${adj} scene.`,
      `${surname}’s ${member.character} is all ${adj} ${noun}.`,
      `Few actors could match the ${noun} ${surname} brings here.`,
    ]);
  };
  const crewSentence = (): string => {
    const member = pick(rng, film.crew);
    if (!planted.crew.includes(member.name)) planted.crew.push(member.name);
    const role = member.roles[0] ?? 'producer';
    return pick(rng, [
      `${capitalize(role)} ${member.name} keeps things moving with ${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)}.`,
      `${member.name}, the film’s ${role}, deserves credit for its ${pick(rng, NOUNS)}.`,
      `You can feel the hand of ${member.name} (${role}) in every frame.`,
    ]);
  };
  const asideSentence = (): string => {
    const [actor, film2] = pick(rng, OUTSIDERS);
    return pick(rng, [
      'Fans of the John Wick films will feel right at home.',
      'It slots in between John Wick: Chapter 3 – Parabellum and John Wick: Chapter 4.',
      'The Wickverse keeps expanding, for better and for worse.',
      `The fights recall ${actor} in ${film2}.`,
      `Comparisons to ${actor} are inevitable, and mostly flattering.`,
    ]);
  };
  const mixedParagraph = (): string =>
    [...sample(rng, pools.sentences, int(rng, 3, 6))].join(' ').replace(/\s+/g, ' ');
  const castParagraph = (): string => {
    const parts = Array.from({ length: int(rng, 2, 4) }, castSentence);
    if (chance(rng, 0.5)) parts.push(crewSentence());
    if (chance(rng, 0.35)) parts.splice(int(rng, 0, parts.length), 0, asideSentence());
    parts.push(...sample(rng, pools.sentences, int(rng, 0, 2)));
    return parts.join(' ');
  };
  const revealParagraph = (): string => {
    if (chance(rng, 0.5)) return pick(rng, pools.reveals);
    const member = pick(
      rng,
      film.cast.filter((c) => c.name !== film.cast[0]?.name),
    );
    if (!planted.cast.includes(member.name)) planted.cast.push(member.name);
    return pick(rng, [
      `In the end, ${member.character} dies protecting Eve, and the final shot leaves her alone in the snow.`,
      `The big twist is that ${member.character} was behind her father’s murder all along.`,
      `${capitalize(member.character)} betrays Eve in the third act, which sets up the final showdown in the village.`,
      `It turns out ${member.character} has been working for the cult from the start, and the film ends with Eve killing the Chancellor.`,
    ]);
  };

  const lines: string[] = [];
  // Title
  if (chance(rng, 0.7)) {
    const phrase = `${pick(rng, TITLE_ADJECTIVES)} ${pick(rng, TITLE_WORDS)}`;
    planted.title = pick(rng, [
      `${film.shortTitle} review: A ${phrase}`,
      `“${film.shortTitle}”: ${phrase}`,
      `${film.title} Review`,
      `${phrase}: ${film.shortTitle} Dances to a Deadly Beat`,
      `Review: ${film.shortTitle}${film.year ? ` (${film.year})` : ''} is a ${phrase}`,
    ]);
    lines.push(planted.title);
  }
  const signOff = author
    ? weighted(rng, [
        ['dash', 45],
        ['review-by', 30],
        ['by-top', 25],
      ] as const)
    : null;
  if (signOff === 'by-top') lines.push(`By ${author}`);
  if (planted.spoiler === 'spoiler-free') lines.push(pick(rng, SPOILER_FREE));

  // Rating: kind, value, placement.
  const kind = weighted<RatingKind>(rng, [
    ['stars', 10],
    ['stars-decimal', 5],
    ['emoji-stars', 4],
    ['x/5', 8],
    ['x/10', 12],
    ['x / 10', 4],
    ['x/100', 3],
    ['out-of-4', 8],
    ['out-of-5-stars', 5],
    ['grade', 8],
    ['playful', 5],
    ['none', 28],
  ]);
  const rated = notation(rng, kind, moodScore(rng, mood));
  planted.rating = kind;
  planted.score = rated ? Math.round(rated.score) : null;
  const placement = rated
    ? weighted(rng, [
        ['early', 30],
        ['late', 45],
        ['inline', 25],
      ] as const)
    : null;

  lines.push(chance(rng, 0.6) ? pick(rng, pools.paragraphs) : mixedParagraph());
  if (rated && placement === 'early') lines.push(ratingLine(rng, kind, rated.text));
  if (chance(rng, 0.1)) {
    planted.distractor = true;
    lines.push(
      pick(rng, [
        'Rated R for strong bloody violence throughout, and language.',
        'BBFC rating: 15',
        'Rating:',
        'Certificate: 15 (strong bloody violence)',
      ]),
    );
  }

  const sections = int(rng, 5, 11);
  const revealAt = planted.spoiler === 'reveal' ? int(rng, 0, sections - 1) : -1;
  const headings = chance(rng, 0.45);
  for (let s = 0; s < sections; s++) {
    if (headings && chance(rng, 0.6))
      lines.push(chance(rng, 0.5) ? pick(rng, HEADINGS) : pick(rng, pools.headings));
    const form = weighted(rng, [
      ['seed', 35],
      ['mixed', 30],
      ['cast', 35],
    ] as const);
    lines.push(
      form === 'seed' ? pick(rng, pools.paragraphs) : form === 'mixed' ? mixedParagraph() : castParagraph(),
    );
    if (s === revealAt) lines.push(revealParagraph());
  }
  if (planted.cast.length === 0) lines.push(castParagraph());
  if (chance(rng, 0.2)) {
    lines.push(pick(rng, ['The Good', 'What Works', 'Highlights']));
    for (const item of sample(rng, pools.items, int(rng, 2, 4))) lines.push(`- ${item}`);
  }
  if (planted.spoiler === 'marked') {
    lines.push(pick(rng, MARKERS));
    lines.push(revealParagraph());
    if (chance(rng, 0.5)) lines.push(revealParagraph());
    if (chance(rng, 0.3)) {
      lines.push('Big Twists');
      for (const item of sample(rng, pools.items, 3)) lines.push(`- ${item}`);
    }
  }

  // Closing: a verdict heading, a verdict paragraph, the rating, sign-off and promo.
  if (headings || planted.spoiler === 'marked')
    lines.push(pick(rng, ['The Verdict', 'Conclusion', 'Final Thoughts']));
  let closing = [pick(rng, VERDICTS[mood]), ...sample(rng, pools.sentences, int(rng, 1, 2))].join(' ');
  if (rated && placement === 'inline') closing += ` ${ratingSentence(rng, rated.text)}`;
  if (signOff === 'dash') closing += ` – ${author}`;
  lines.push(closing);
  if (rated && placement === 'late') lines.push(ratingLine(rng, kind, rated.text));
  if (rated && kind !== 'grade' && chance(rng, 0.06)) {
    const revised = notation(rng, kind, moodScore(rng, mood));
    if (revised && revised.text !== rated.text) {
      lines.push(`Update: after a second viewing, I’m revising my score to ${revised.text}.`);
      planted.revised = true;
      planted.score = Math.round(revised.score);
    }
  }
  if (signOff === 'review-by') lines.push(`Review by ${author}`);
  if (signOff) planted.author = author;
  if (chance(rng, 0.4)) {
    planted.promo = true;
    const promo = pick(rng, [
      outlet
        ? `Stay connected with us for the latest and exclusive updates on global entertainment—only here on ${outlet}!`
        : 'Stay connected with us for the latest and exclusive updates on global entertainment!',
      'Get access to exclusive strategies, hidden tips, and pro-level insights that we don’t share publicly.\nUltimate Gaming Strategy Guide + Weekly Pro Tips',
      'Follow us on Instagram and Threads for more reviews.',
      'Subscribe to our newsletter for weekly picks.',
      'Click here to read our ranking of every John Wick film.',
    ]);
    if (outlet && promo.includes(outlet)) planted.outlet = outlet;
    lines.push(promo);
  }

  const separator = chance(rng, 0.5) ? '\n' : '\n\n';
  let text = lines.join(separator);
  if (chance(rng, 0.3)) text += '\n';
  if (chance(rng, 0.05)) text = text.replace(/\n/g, '\r\n');
  if (chance(rng, 0.02)) text = `\uFEFF${text}`;

  const name = `${String(index).padStart(5, '0')}_${hex(rng, 16)}.txt`;
  let sidecar: string | null = null;
  if (chance(rng, 0.03)) {
    planted.sidecar = true;
    const day = String(int(rng, 1, 28)).padStart(2, '0');
    const sideOutlet = outlet ?? `${pick(rng, OUTLET_A)} ${pick(rng, OUTLET_B)}`;
    planted.outlet = sideOutlet;
    sidecar = `outlet: ${sideOutlet}\nurl: https://example.org/reviews/${name.replace(/\.txt$/, '')}\ndate: 2025-06-${day}\n`;
  }
  return { name, text, sidecar, planted };
}

/** Generates `n` raw reviews from `material` with the PRNG seed `seed`; deterministic, prefix-stable. */
export function generateCorpus(material: Material, seed: number, n: number): RawReviewFile[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`corpus: n must be a non-negative integer, got ${n}`);
  const pools = buildPools(material.seeds);
  return Array.from({ length: n }, (_, i) => generateReview(pools, material.film, seed, i));
}
