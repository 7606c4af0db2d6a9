import { z } from 'astro/zod';

/**
 * The critic's explicit rating as a reader reads it off the page: a value on the critic's own scale,
 * or a letter grade as written.
 */
export const labelRatingSchema = z.union([
  z.strictObject({ value: z.number().min(0), max: z.number().positive() }),
  z.strictObject({ grade: z.string().regex(/^[A-DF][+-]?$/, 'a letter grade: A+ … F') }),
]);

/**
 * A human label for one review of the labelled corpus (tests/fixtures/corpus/<split>/<id>.yaml),
 * written from reading the raw text, before any tuning. Every sentence or line it quotes is copied
 * exactly from the raw file beside it, so the evaluation can find it.
 */
export const corpusLabelSchema = z.strictObject({
  /** The film's registry key: a folder under tests/fixtures/films/ (or `ballerina`, the site's film). */
  film: z.string().min(1),
  /** The real-world shapes this review reproduces (free words, for coverage reports only). */
  shapes: z.array(z.string().min(1)).default([]),
  /** The review's headline as a reader would name it (no rating, site name or date), or null. */
  headline: z.string().min(1).nullable(),
  /** The critic, as a byline would print them, or null when the page names nobody. */
  author: z.string().min(1).nullable(),
  /** The outlet (site, paper, channel) the page names itself as, or null. */
  outlet: z.string().min(1).nullable(),
  /** The critic's own final rating (a revised score wins), or null where they gave none. */
  rating: labelRatingSchema.nullable(),
  /** Canonical registry names of the cast the review names (as actor or as character). */
  cast: z.array(z.string().min(1)),
  /** Canonical registry names of the crew the review names. */
  crew: z.array(z.string().min(1)),
  /** Sentences a reader who has not seen the film must not see: they must sit behind a spoiler control. */
  spoilers: z.array(z.string().min(1)),
  /** Sentences that only restate the premise or setup: they must stay visible. */
  premise: z.array(z.string().min(1)),
  /** Whole lines of page furniture (navigation, ads, share prompts, dates, tags, captions…). */
  furniture: z.array(z.string().min(1)),
  /** Evaluative sentences about this film that would make a fair pull quote; empty when none would. */
  quotable: z.array(z.string().min(1)),
  /** How positive the review reads, 0–100, judged by reading it. */
  tone: z.number().int().min(0).max(100),
});

export type CorpusLabel = z.infer<typeof corpusLabelSchema>;
export type LabelRating = z.infer<typeof labelRatingSchema>;
