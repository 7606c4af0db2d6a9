import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'astro/zod';
import vader, { type SentiTextView } from 'vader-sentiment';
import { parse } from 'yaml';
import type { EstimatedRating } from '../schemas/review.ts';
import { countWords, splitSentences } from './text/index.ts';

/*
 * Tone → score, for reviews whose critic gives no number.
 *
 * 1. Each sentence is scored by VADER (vader-sentiment): a lexicon of ~7,500 rated words plus rules
 *    for negation ("not good", "never boring"), boosters ("very"), ALL CAPS, "!" and "but" clauses
 *    (after "but" a valence counts 1.5×, before it 0.5×). content/lexicon/tone.yaml adapts the lexicon to
 *    film criticism: plot, genre and role words ("killed", "brutal", "comedy") become neutral and a
 *    few critic words the library lacks ("thin", "generic", "inventive") get a valence. Capitalized
 *    words inside a sentence are names and titles ("Best Man Down") and score nothing.
 * 2. The review's tone is the weighted mean of the compounds (in [-1, 1]) of the sentences that
 *    carry any tone. Sentences in the opening 10 % and closing 20 % of the words count twice (the
 *    verdict lives there); sentences that retell the story count half.
 * 3. A logistic curve fitted on labelled reviews (tests/fixtures/calibration) maps the tone to 0–100.
 */

const V = vader.SentimentIntensityAnalyzer;

const lexiconWord = z.string().regex(/^[a-z][a-z'-]*$/, "a lexicon word is lower-case letters, - and '");
const domainLexiconSchema = z.strictObject({
  /** Words whose library valence is multiplied by `scale` (0: they become neutral). */
  topic: z.strictObject({ scale: z.number().min(0).max(1), words: z.array(lexiconWord) }),
  /** Words whose valence is set outright, on VADER's scale. */
  critic: z.record(lexiconWord, z.number().min(-4).max(4)),
});

/** Film-review adjustments to VADER's lexicon, as stored in content/lexicon/tone.yaml. */
export type DomainLexicon = z.infer<typeof domainLexiconSchema>;

/** Parses and validates a domain lexicon (the YAML text of content/lexicon/tone.yaml). */
export function parseDomainLexicon(yamlText: string): DomainLexicon {
  return domainLexiconSchema.parse(parse(yamlText));
}

/** The token put in place of a word that must score 0: not in the lexicon, not a booster or negation. */
const NEUTRAL = '_';
/** VADER's test for an ALL-CAPS word (Python's str.isupper). */
const ALL_CAPS = /^[^a-z]*[A-Z]+[^a-z]*$/;
/** A capitalized word inside a sentence: a name or title ("Best Man Down", "Kara Wells"), not an opinion. */
const NAME = /^\p{Lu}\p{Ll}/u;

/** VADER's own lexicon valence for a lower-case word, 0 when the lexicon lacks it. */
function libraryValence(word: string): number {
  return V.sentiment_valence(0, { words_and_emoticons: [word], is_cap_diff: false }, word, 0, [])[0] ?? 0;
}

/**
 * For each valence in tenths (-3.9 … 3.4), a plain word of VADER's lexicon that carries exactly it.
 * The bundled library does not expose its lexicon for editing, so a word whose valence the domain
 * lexicon sets is scored as a stand-in with that valence: VADER's negation, booster and "but" rules
 * then apply to the new valence exactly as they would to a native word.
 */
function standIns(): Map<number, string> {
  const file = createRequire(import.meta.url).resolve('vader-sentiment/vader_lexicon.txt');
  const table = new Map<number, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const word = line.slice(0, line.indexOf('\t'));
    // 'kind' and 'least' trigger VADER special cases; 3+ letters also rules out 'no'.
    if (!/^[a-z]{3,}$/.test(word) || word === 'kind' || word === 'least') continue;
    const valence = libraryValence(word);
    const tenths = Math.round(valence * 10);
    if (tenths !== 0 && Math.abs(valence * 10 - tenths) < 1e-9 && !table.has(tenths)) table.set(tenths, word);
  }
  return table;
}

/** The stand-in word for a valence: the exact one, else the nearest the lexicon has. */
function standInFor(valence: number, table: ReadonlyMap<number, string>): string {
  const tenths = Math.round(valence * 10);
  if (tenths === 0) return NEUTRAL;
  for (let d = 0; d <= 80; d++) {
    const word = table.get(tenths - Math.sign(tenths) * d) ?? table.get(tenths + Math.sign(tenths) * d);
    if (word) return word;
  }
  return NEUTRAL;
}

/** Maps each adjusted word (lower case) to the token VADER scores in its place. */
function replacements(lexicon: DomainLexicon): Map<string, string> {
  const table = standIns();
  const out = new Map<string, string>();
  for (const word of lexicon.topic.words) {
    out.set(word, standInFor(libraryValence(word) * lexicon.topic.scale, table));
  }
  for (const [word, valence] of Object.entries(lexicon.critic)) out.set(word, standInFor(valence, table));
  return out;
}

const DOMAIN = replacements(
  parseDomainLexicon(readFileSync(new URL('../../content/lexicon/tone.yaml', import.meta.url), 'utf8')),
);

/**
 * Words that show a sentence talks about the film as a film (its craft, the critic's or viewer's
 * experience) rather than retelling the story. Topic words, not sentiment: they never score.
 */
const FILM_TALK = new Set(
  `film films movie movies cinema cinematic picture performance performances acting actor actors actress cast
  ensemble role roles script screenplay writing written dialogue story storytelling plot narrative pacing pace
  direction directed directing filmmaking filmmaker action choreography scene scenes sequence sequences stunt
  stunts visuals visual visually cinematography camera editing score soundtrack music sound effects cgi runtime
  minutes ending finale act character characters franchise series sequel spin-off spinoff entry installment
  chapter world-building tone humor humour jokes comedy drama thriller western documentary genre audience
  audiences viewers fans spectacle lore mythology themes universe saga lead cameo cameos blockbuster title
  i'm i'd i've me my we us our you your you're you'll`.split(/\s+/),
);
/** Third-person pronouns: a sentence about "she" or "his" is telling what characters do. */
const NARRATIVE = new Set('he she him her his hers they them their himself herself themselves'.split(' '));

/** What a sentence's scoring needs to know about one token, whatever its position. */
interface TokenInfo {
  /** The token as written, with ’ straightened to '. */
  token: string;
  lower: string;
  /** The token VADER scores: the word itself, its domain stand-in, or 'but' for "But". */
  word: string;
  /** VADER's lexicon valence of `word`; 0 means VADER's per-token step can be skipped. */
  valence: number;
  caps: boolean;
  /** Starts with a capital: inside a sentence, a name. */
  capitalized: boolean;
  /** A FILM_TALK word. */
  filmTalk: boolean;
  /** A NARRATIVE pronoun. */
  narrative: boolean;
  /** `word` is one of SEQUENCE_WORDS. */
  sequence: boolean;
  /** `word` never changes a neighbour's valence on its own (see `isInert`); set on first use. */
  inert?: boolean;
  /** VADER's valence for `word` among foldable neighbours, by context slot; filled on first use. */
  plain?: number[];
}

function createInfo(token: string): TokenInfo {
  const lower = token.toLowerCase();
  const caps = ALL_CAPS.test(token);
  const replacement = DOMAIN.get(lower);
  // VADER's "but" rule looks for 'but' or 'BUT' only, so a sentence-initial "But" would be missed.
  let word = token;
  if (lower === 'but') word = 'but';
  else if (replacement !== undefined) word = caps ? replacement.toUpperCase() : replacement;
  return {
    token,
    lower,
    word,
    valence: libraryValence(word.toLowerCase()),
    caps,
    capitalized: NAME.test(token),
    filmTalk: FILM_TALK.has(lower),
    narrative: NARRATIVE.has(lower),
    sequence: SEQUENCE_WORDS.has(word.toLowerCase()),
  };
}

const tokenInfos = new Map<string, TokenInfo>();
/** The caches are pure, so bounding them only costs time; this keeps a long batch's memory flat. */
const MAX_CACHED_TOKENS = 200_000;

/**
 * A token: Latin letters or digits, joined by inner apostrophes, hyphens and dots ("isn't",
 * "non-factor", "3.5"). VADER's lexicon is English; a Latin-only class keeps off the slower Unicode path.
 */
const WORD = /[A-Za-z0-9À-ÖØ-öø-ɏ]+(?:['’.-][A-Za-z0-9À-ÖØ-öø-ɏ]+)*/g;

/** The tokens of a text as VADER sees them (one-letter words dropped, ’ read as '), in order. */
function scan(text: string): TokenInfo[] {
  const out: TokenInfo[] = [];
  for (const match of text.match(WORD) ?? []) {
    if (match.length < 2) continue;
    const token = match.includes('’') ? match.replaceAll('’', "'") : match;
    let info = tokenInfos.get(token);
    if (!info) {
      info = createInfo(token);
      if (tokenInfos.size >= MAX_CACHED_TOKENS) tokenInfos.clear();
      tokenInfos.set(token, info);
    }
    out.push(info);
  }
  return out;
}

/** A quoted span; four words or more is speech ("“You can still leave.”"), fewer a title ("“Ballerina”"). */
const QUOTED = /“[^”]*”?|"[^"]*"?/gu;

/** The sentence without its quoted speech: a character's line is story, not the critic's voice. */
function withoutSpeech(sentence: string): string {
  return sentence.replace(QUOTED, (quote) => (countWords(quote) >= 4 ? ' ' : quote));
}

/** Whether tokens tell the story: they name characters and have no FILM_TALK word. */
function narrates(tokens: readonly TokenInfo[]): boolean {
  let narrative = false;
  for (const [i, info] of tokens.entries()) {
    if (info.filmTalk) return false;
    if (info.narrative || (i > 0 && info.capitalized)) narrative = true;
  }
  return narrative;
}

/*
 * VADER's per-token step (sentiment_valence) costs a few microseconds and dominates the estimate. Its
 * result depends only on the token, the three words before it, the two after it, how many words
 * precede it (up to three) and whether some words are in ALL CAPS, so it is cached on that window.
 * To make windows repeat, a neighbour that cannot change the result is folded into one placeholder:
 * a word outside the lexicon that, probed before a scored word at each distance, changes nothing
 * (so no booster, negation, "least", "so" or "this"), unless it is a word of one of VADER's
 * multi-word rules (SEQUENCE_WORDS) next to another such word in the window, where the two could
 * form "the bomb" or "at least". tests/unit/estimate.test.ts checks the cached path against VADER's
 * own polarity_scores.
 */

/**
 * The words of VADER 1.1.3's multi-word rules: its idioms ("the bomb", "kiss of death", "cut the
 * mustard", "hand to mouth", "bad ass", "yeah right", "the shit"), hedges ("kind of", "sort of",
 * "just enough"), "at least" / "very least" and "never so" / "never this".
 */
const SEQUENCE_WORDS = new Set(
  'the shit bomb bad ass yeah right cut mustard kiss of death hand to mouth just enough kind sort at very least never so this'.split(
    ' ',
  ),
);
/** Stands for every folded neighbour in a cache key; '' stands for no word. */
const FOLDED = '\u0001';

/** A scored word after three neutral ones: the context the inertness probes vary. */
const PROBES = ['good', 'bad'].map((reference) => {
  const words = [NEUTRAL, NEUTRAL, NEUTRAL, reference];
  const view = { words_and_emoticons: words, is_cap_diff: false };
  return { words, base: V.sentiment_valence(0, view, reference, 3, [])[0] };
});

/** Whether a word, alone before a scored word at distance 1, 2 or 3, never changes its valence. */
function isInert(info: TokenInfo): boolean {
  info.inert ??=
    info.valence === 0 &&
    PROBES.every(({ words, base }) =>
      [0, 1, 2].every((at) => {
        const probe = words.with(at, info.word);
        const view = { words_and_emoticons: probe, is_cap_diff: false };
        return V.sentiment_valence(0, view, probe[3] as string, 3, [])[0] === base;
      }),
    );
  return info.inert;
}

/** Whether the word at `at` belongs to a multi-word rule, counting only the window [from, to]. */
function isSequenceWord(infos: readonly (TokenInfo | null)[], at: number, from: number, to: number): boolean {
  return at >= from && at <= to && (infos[at]?.sequence ?? false);
}

/**
 * How the word at `at` appears in the cache key of the window [from, to]: '' past the ends, FOLDED
 * for names and words that cannot change the result, else the word (two characters or more).
 */
function keyPart(infos: readonly (TokenInfo | null)[], at: number, from: number, to: number): string {
  const info = infos[at];
  if (info === undefined) return '';
  if (info === null) return FOLDED;
  const paired =
    info.sequence && (isSequenceWord(infos, at - 1, from, to) || isSequenceWord(infos, at + 1, from, to));
  return !paired && isInert(info) ? FOLDED : info.word;
}

const valences = new Map<string, number>();

/**
 * VADER's valence for the `index`-th word in its context (sentiment_valence, through the cache);
 * `infos` holds each word's TokenInfo, null for a name scored as NEUTRAL. When all five neighbours
 * fold (the common case) the result depends on the word, the caps flag and min(index, 3) only, and
 * is kept on the word's TokenInfo instead of under a string key.
 */
function valenceAt(view: SentiTextView, infos: readonly (TokenInfo | null)[], index: number): number {
  const info = infos[index] as TokenInfo;
  const [from, to] = [index - 3, index + 2];
  const parts: string[] = [];
  let plain = true;
  for (let at = from; at <= to; at++) {
    if (at === index) continue;
    const part = keyPart(infos, at, from, to);
    if (part.length > 1) plain = false;
    parts.push(part);
  }
  const slot = (view.is_cap_diff ? 4 : 0) + Math.min(index, 3);
  if (plain) {
    info.plain ??= [];
    info.plain[slot] ??= V.sentiment_valence(0, view, info.word, index, [])[0] ?? 0;
    return info.plain[slot];
  }
  const key = `${slot}|${info.word}|${parts.join('|')}`;
  let valence = valences.get(key);
  if (valence === undefined) {
    valence = V.sentiment_valence(0, view, info.word, index, [])[0] ?? 0;
    if (valences.size >= MAX_CACHED_TOKENS) valences.clear();
    valences.set(key, valence);
  }
  return valence;
}

/** One sentence's tone: VADER's compound in [-1, 1], its length in words, and whether it is plot. */
interface SentenceTone {
  compound: number;
  words: number;
  plot: boolean;
}

/**
 * Scores one sentence with VADER and the domain lexicon. It runs the steps of VADER's
 * `polarity_scores` (per-token valence, "but" check, scoring) over our own tokens: the library's
 * tokenizer rebuilds a punctuation map per call and costs ~7 µs a word, several times this estimate.
 */
function sentenceTone(sentence: string): SentenceTone {
  const tokens = scan(sentence);
  // Names (capitalized words inside the sentence) are null: VADER scores them as NEUTRAL.
  const infos: (TokenInfo | null)[] = [];
  let caps = 0;
  let toned = false;
  let filmTalk = false;
  let narrative = false;
  for (let i = 0; i < tokens.length; i++) {
    const info = tokens[i] as TokenInfo;
    const name = i > 0 && info.capitalized;
    infos.push(name ? null : info);
    if (!name && info.valence !== 0) toned = true;
    if (info.caps) caps++;
    if (info.filmTalk) filmTalk = true;
    if (info.narrative || name) narrative = true;
  }
  // Quoted speech is re-read without the quotes; otherwise one pass gives everything.
  const plot = /["“]/.test(sentence) ? narrates(scan(withoutSpeech(sentence))) : narrative && !filmTalk;
  if (!toned) return { compound: 0, words: tokens.length, plot };

  const words = infos.map((info) => (info === null ? NEUTRAL : info.word));
  const view = { words_and_emoticons: words, is_cap_diff: caps > 0 && caps < words.length };
  let sentiments: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const info = infos[i];
    // As in polarity_scores: "kind of" is a hedge, not kindness.
    const hedge = info?.lower === 'kind' && tokens[i + 1]?.token === 'of';
    sentiments.push(info && info.valence !== 0 && !hedge ? valenceAt(view, infos, i) : 0);
  }
  sentiments = V.but_check(words, sentiments);
  // score_valence reads the text only to count "!" and "?"; without either, '' spares it two regex passes.
  const emphasis = sentence.includes('!') || sentence.includes('?') ? sentence : '';
  return { compound: V.score_valence(sentiments, emphasis).compound, words: tokens.length, plot };
}

/** VADER's compound score in [-1, 1] for one sentence, with the film-review lexicon adjustments. */
export function toneOfSentence(sentence: string): number {
  return sentenceTone(sentence).compound;
}

// A sentence retells the story when, outside quoted speech, it names characters (a capitalized word
// inside it, or a third-person pronoun) and has no FILM_TALK word ("film", "script", "you", …).

/** Whether a sentence retells the story rather than judges the film. */
export function isPlotSentence(sentence: string): boolean {
  return sentenceTone(sentence).plot;
}

/** A sentence's tone (as `toneOfSentence`) and whether it retells the plot (as `isPlotSentence`). */
export function readSentence(sentence: string): { tone: number; plot: boolean } {
  const { compound, plot } = sentenceTone(sentence);
  return { tone: compound, plot };
}

/** Lines that sell something (newsletters, "stay connected") rather than review the film. */
const PROMO =
  /\b(?:stay (?:connected|tuned) (?:with|to) us|subscribe|newsletter|sign up|follow us|click here|get (?:early |exclusive |instant |full )?access to|exclusive (?:updates|strategies|content|deals|offers)|only here on)\b/i;

/** Substrings every PROMO match contains: a cheap test before the regex. */
const PROMO_HINTS = [
  'stay ',
  'subscri',
  'newsletter',
  'sign up',
  'follow us',
  'click here',
  'access to',
  'exclusive',
  'only here on',
];

/** Promo is a sentence or two of call to action; a longer line that mentions a newsletter is prose. */
const MAX_PROMO_CHARS = 300;

/** Whether text contains a PROMO hint: no hint, no promo in it (a cheap test before the regex). */
function mayBePromo(text: string): boolean {
  const lower = text.toLowerCase();
  return PROMO_HINTS.some((hint) => lower.includes(hint));
}

/** Whether a line or sentence is promotion rather than review. */
export function isPromo(text: string): boolean {
  return text.length <= MAX_PROMO_CHARS && mayBePromo(text) && PROMO.test(text);
}

/** The characters that can close a line of prose. */
const CLOSING_MARKS = '.!?…"\'”’)';

/** A line with no closing punctuation and at most 15 words: a heading or title, not prose. */
function isHeadingLike(line: string): boolean {
  return !CLOSING_MARKS.includes(line.at(-1) ?? '.') && countWords(line) <= 15;
}

/** Weight of a sentence that retells the story (see `isPlotSentence`). */
const PLOT_WEIGHT = 0.5;
/** Sentences whose middle falls in the first 10 % or the last 20 % of the words … */
const OPENING = 0.1;
const CLOSING = 0.2;
/** … count this many times as much as the rest: critics state verdicts there. */
const VERDICT_WEIGHT = 2;

interface ScoredSentence {
  text: string;
  tone: SentenceTone;
  weight: number;
}

/** The review's prose sentences (no headings, no promo), scored and weighted. */
function scoreSentences(text: string): ScoredSentence[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const prose = lines.filter((line) => !isHeadingLike(line));
  const out: ScoredSentence[] = [];
  for (const line of prose.length > 0 ? prose : lines) {
    const promo = mayBePromo(line);
    for (const sentence of splitSentences(line)) {
      if (promo && isPromo(sentence)) continue;
      const tone = sentenceTone(sentence);
      out.push({ text: sentence, tone, weight: tone.plot ? PLOT_WEIGHT : 1 });
    }
  }
  const total = out.reduce((sum, s) => sum + s.tone.words, 0);
  let before = 0;
  for (const s of out) {
    const middle = (before + s.tone.words / 2) / total;
    before += s.tone.words;
    if (middle < OPENING || middle > 1 - CLOSING) s.weight *= VERDICT_WEIGHT;
  }
  return out;
}

/** The weighted mean compound of the sentences that carry any tone (0 when none does). */
function meanTone(sentences: readonly ScoredSentence[]): number {
  let sum = 0;
  let weights = 0;
  for (const s of sentences) {
    if (s.tone.compound === 0) continue;
    sum += s.weight * s.tone.compound;
    weights += s.weight;
  }
  return weights === 0 ? 0 : sum / weights;
}

/** The review's raw tone in [-1, 1]: the weighted mean of its sentences' VADER compounds. */
export function toneOf(text: string): number {
  return meanTone(scoreSentences(text));
}

/** Constants of the logistic calibration score = 100 / (1 + e^(−(tone − center) / scale)). */
export interface Calibration {
  center: number;
  scale: number;
}

/**
 * Fitted by `fitCalibration` on the labelled reviews in tests/fixtures/calibration plus seed 001
 * (3.5/5); tests/unit/estimate.test.ts refits and fails if these drift from the fit.
 */
export const CALIBRATION: Calibration = { center: 0.0323, scale: 0.2529 };

/** Maps a raw tone to a 0–100 score with the logistic calibration (monotone increasing). */
export function calibrate(tone: number, calibration: Calibration = CALIBRATION): number {
  return Math.round(100 / (1 + Math.exp(-(tone - calibration.center) / calibration.scale)));
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function steps(from: number, to: number, step: number): number[] {
  return Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);
}

/** The least-squares logistic calibration for (tone, rating 0–100) pairs, to 4 decimals. */
export function fitCalibration(samples: readonly { tone: number; rating: number }[]): Calibration {
  const loss = (center: number, scale: number): number => {
    let sum = 0;
    for (const { tone, rating } of samples)
      sum += (100 / (1 + Math.exp(-(tone - center) / scale)) - rating) ** 2;
    return sum;
  };
  let best = { center: 0, scale: 0.1, loss: Number.POSITIVE_INFINITY };
  const search = (centers: number[], scales: number[]): void => {
    for (const center of centers) {
      for (const scale of scales) {
        const l = loss(center, scale);
        if (l < best.loss) best = { center, scale, loss: l };
      }
    }
  };
  // Grid search: coarse (0.005 steps), then fine (0.0001 steps) around the coarse optimum.
  search(steps(-0.5, 0.5, 0.005), steps(0.01, 1, 0.005));
  const coarse = { ...best };
  search(
    steps(coarse.center - 0.005, coarse.center + 0.005, 0.0001),
    steps(Math.max(0.001, coarse.scale - 0.005), coarse.scale + 0.005, 0.0001),
  );
  return { center: round(best.center, 4), scale: round(best.scale, 4) };
}

/** Words after which the length factor of the confidence reaches 1 − 1/e (≈ 0.63). */
const CONFIDENCE_WORDS = 150;
/** Toned sentences from which the evidence factor of the confidence is 1. */
const CONFIDENCE_SENTENCES = 3;
/** Agreement factor when praise and complaint cancel out exactly. */
const MIXED_AGREEMENT = 0.35;

/**
 * How sure the estimate is, in [0, 1]: length × agreement × evidence, where
 * length = 1 − e^(−words / 150) (short texts say little; 800 words give 0.995),
 * agreement = 0.35 + 0.65 × |Σ w·c| / Σ w·|c| over sentences with weight w and compound c (1 when
 * every toned sentence leans the same way, 0.35 when praise and complaint cancel out), and
 * evidence = min(1, toned sentences / 3) (0 when no sentence carries any tone).
 */
function confidenceOf(sentences: readonly ScoredSentence[]): number {
  let words = 0;
  let net = 0;
  let total = 0;
  let toned = 0;
  for (const s of sentences) {
    words += s.tone.words;
    net += s.weight * s.tone.compound;
    total += s.weight * Math.abs(s.tone.compound);
    if (s.tone.compound !== 0) toned++;
  }
  if (total === 0) return 0;
  const length = 1 - Math.exp(-words / CONFIDENCE_WORDS);
  const agreement = MIXED_AGREEMENT + (1 - MIXED_AGREEMENT) * (Math.abs(net) / total);
  const evidence = Math.min(1, toned / CONFIDENCE_SENTENCES);
  return round(length * agreement * evidence, 2);
}

const MIN_EVIDENCE = 3;
const MAX_EVIDENCE = 6;
/** Past the first three, a phrase is evidence only if it pulled at least this share of the strongest. */
const EVIDENCE_SHARE = 0.25;
const EVIDENCE_CHARS = 120;

/** How strongly a piece of text is scored: the sum of its words' lexicon valences, unsigned. */
function strength(text: string): number {
  let sum = 0;
  for (const info of scan(text)) sum += Math.abs(info.valence);
  return sum;
}

/** At most `max` characters of `text` around its most strongly scored word, "…" marking cuts. */
function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const words = text.split(/\s+/).filter(Boolean);
  const strengths = words.map(strength);
  const peak = strengths.indexOf(Math.max(...strengths));
  let start = peak;
  let end = peak + 1;
  // Grow a word at a time, to the right first, while the window (plus two "…") still fits.
  let length = (words[start] as string).length + 2;
  for (let grew = true; grew; ) {
    grew = false;
    const right = words[end];
    if (right !== undefined && length + 1 + right.length <= max) {
      [end, length, grew] = [end + 1, length + 1 + right.length, true];
    }
    const left = words[start - 1];
    if (left !== undefined && length + 1 + left.length <= max) {
      [start, length, grew] = [start - 1, length + 1 + left.length, true];
    }
  }
  const body = words
    .slice(start, end)
    .join(' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/gu, '');
  return `${start > 0 ? '…' : ''}${body}${end < words.length ? '…' : ''}`;
}

/** A clause with the punctuation that closes it: the pieces concatenate back to the sentence. */
const CLAUSE = /[^,;:–—]+(?:[,;:–—]+|$)/gu;

/** The clauses of a sentence that carry its tone, at most 120 characters. */
function evidencePhrase(sentence: string): string {
  if (sentence.length <= EVIDENCE_CHARS) return sentence;
  const clauses = sentence.match(CLAUSE) ?? [sentence];
  const tones = clauses.map(strength);
  let start = tones.indexOf(Math.max(...tones));
  let end = start + 1;
  const join = (a: number, b: number): string =>
    clauses
      .slice(a, b)
      .join('')
      .replace(/^[\s,;:–—”’)\]]+|[\s,;:–—]+$/gu, '');
  // Widen the strongest clause with its neighbours while it still fits.
  for (let grew = true; grew; ) {
    grew = false;
    if (end < clauses.length && join(start, end + 1).length <= EVIDENCE_CHARS) [end, grew] = [end + 1, true];
    if (start > 0 && join(start - 1, end).length <= EVIDENCE_CHARS) [start, grew] = [start - 1, true];
  }
  return excerpt(join(start, end), EVIDENCE_CHARS);
}

/**
 * The 3–6 phrases that pulled the estimate most toward where it landed (largest weight × compound in
 * the direction of the tone from the calibration center), strongest first. Past three, a phrase must
 * pull a quarter of the strongest; below three, the strongest opposing phrases fill in.
 */
function evidenceOf(sentences: readonly ScoredSentence[], tone: number): string[] {
  const direction = tone < CALIBRATION.center ? -1 : 1;
  const pulls = sentences
    .map((s, index) => ({ s, index, pull: direction * s.weight * s.tone.compound }))
    .filter((r) => r.pull !== 0);
  const agreeing = pulls.filter((r) => r.pull > 0).sort((a, b) => b.pull - a.pull || a.index - b.index);
  const opposing = pulls.filter((r) => r.pull < 0).sort((a, b) => a.pull - b.pull || a.index - b.index);
  const top = agreeing[0]?.pull ?? 0;
  const out: string[] = [];
  const add = (s: ScoredSentence): void => {
    const phrase = evidencePhrase(s.text);
    if (!out.includes(phrase)) out.push(phrase);
  };
  for (const { s, pull } of agreeing) {
    if (out.length >= MAX_EVIDENCE || (out.length >= MIN_EVIDENCE && pull < top * EVIDENCE_SHARE)) break;
    add(s);
  }
  for (const { s } of opposing) {
    if (out.length >= MIN_EVIDENCE) break;
    add(s);
  }
  return out;
}

/** Estimates a 0–100 rating from a review's tone, with a confidence and the phrases behind it. */
export function estimateScore(text: string): EstimatedRating {
  const sentences = scoreSentences(text);
  const tone = meanTone(sentences);
  return {
    score: calibrate(tone),
    confidence: confidenceOf(sentences),
    evidence: evidenceOf(sentences, tone),
  };
}
