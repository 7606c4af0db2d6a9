import { z } from 'astro/zod';

const phrase = z.string().min(1);

/** What page furniture looks like (content/lexicon/furniture.yaml): general words, never one site's. */
export const furnitureLexiconSchema = z.strictObject({
  /** Lines that are furniture when they are exactly one of these. */
  exact: z.array(phrase),
  /** Lines that begin with one of these are furniture. */
  starts: z.array(phrase),
  /** Phrases that make a short line furniture wherever they stand. */
  contains: z.array(phrase),
  /** Headers of a list of links ("Related", "More from …"): the title-like lines under them are furniture. */
  linkLists: z.array(phrase),
  /** A line made only of these words is a share bar. */
  shareTargets: z.array(phrase),
  /** A line of three or more of these is a menu. */
  navigation: z.array(phrase),
  /** Longest line, in words, that a `contains` phrase makes furniture. */
  maxWords: z.number().int().positive(),
});

export type FurnitureLexicon = z.infer<typeof furnitureLexiconSchema>;

/** What a credits block's labels credit (content/lexicon/credits.yaml). */
export const creditsLexiconSchema = z.strictObject({
  /** A line label, lower case, and the role it credits; `facts` for certificates, runtimes and the like. */
  labels: z.record(phrase, phrase),
  /** Age certificates ("R", "15", "PG-13"), lower case. */
  certificates: z.array(phrase),
});

export type CreditsLexicon = z.infer<typeof creditsLexiconSchema>;

/** How pages name their critic and themselves (content/lexicon/bylines.yaml). */
export const bylinesLexiconSchema = z.strictObject({
  /** Labels before a critic's name ("review by", "critic"). */
  labels: z.array(phrase),
  /** Words that label a rating or verdict ("score", "verdict"). */
  ratingWords: z.array(phrase),
  /** Words that, opening a "<X> score:" label, show X is no outlet ("our", "imdb"). */
  notOutlets: z.array(phrase),
});

export type BylinesLexicon = z.infer<typeof bylinesLexiconSchema>;

/** How reviews refer to another film than the one reviewed (content/lexicon/films.yaml). */
export const filmsLexiconSchema = z.strictObject({
  /** Phrases that name another film in any franchise ("the first one", "its predecessor"). */
  otherFilm: z.array(phrase),
});

export type FilmsLexicon = z.infer<typeof filmsLexiconSchema>;
