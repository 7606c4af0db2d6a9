import { z } from 'astro/zod';

/** Lower-case, hyphenated identifier used in file names and URLs. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lower-case letters, digits and single hyphens');

const score = z.number().int().min(0).max(100);

/** A rating the critic wrote, kept in its original notation. */
export const explicitRatingSchema = z.strictObject({
  /** The notation as written, e.g. "★★★½ (3.5/5)" or "Grade: B+". */
  text: z.string().min(1),
  /** The value on the critic's own scale (a letter grade's value on 0–100). */
  value: z.number().min(0),
  /** The top of the critic's scale. */
  max: z.number().positive(),
  kind: z.enum(['numeric', 'letter']).default('numeric'),
});

/** A score estimated from the review's tone. */
export const estimatedRatingSchema = z.strictObject({
  score,
  confidence: z.number().min(0).max(1),
  /** The phrases that moved the estimate most. */
  evidence: z.array(z.string().min(1)),
});

export const ratingSourceSchema = z.enum(['explicit', 'estimated', 'none']);

export const ratingSchema = z
  .strictObject({
    score: score.nullable(),
    source: ratingSourceSchema,
    explicit: explicitRatingSchema.nullable(),
    estimated: estimatedRatingSchema.nullable(),
  })
  .refine((r) => r.source !== 'explicit' || r.explicit !== null, {
    message: 'rating.source is "explicit" but rating.explicit is null',
  })
  .refine((r) => r.source !== 'estimated' || r.estimated !== null, {
    message: 'rating.source is "estimated" but rating.estimated is null',
  })
  .refine((r) => (r.source === 'none') === (r.score === null), {
    message: 'rating.score must be null exactly when rating.source is "none"',
  });

/** A sentence of the review that names a person; spoiler sentences stay behind a control on the site. */
export const mentionSentenceSchema = z.strictObject({
  text: z.string().min(1),
  spoiler: z.boolean(),
  /** The index in `spoilers` of the region holding the sentence; null when it is in view. */
  region: z.number().int().min(0).nullable(),
});

export const castMentionSchema = z.strictObject({
  name: z.string().min(1),
  character: z.string().min(1),
  /** How often the text names them; 0 for a tag an editor added in a sidecar. */
  mentions: z.number().int().min(0),
  /** The distinct ways this review names them, as written. */
  forms: z.array(z.string().min(1)),
  sentences: z.array(mentionSentenceSchema),
});

export const crewMentionSchema = z.strictObject({
  name: z.string().min(1),
  role: z.string().min(1),
  mentions: z.number().int().min(1),
  sentences: z.array(mentionSentenceSchema),
});

export const spoilerReasonSchema = z.enum(['marked', 'detected']);

export const spoilerSchema = z.strictObject({
  reason: spoilerReasonSchema,
  /** What triggered it: the author's marker, or the detected cue. */
  cue: z.string().min(1),
  /** A short spoiler-free name for the region's control, e.g. "Ending". */
  label: z.string().min(1),
});

export const sourceSchema = z.strictObject({
  file: z.string().min(1),
  outlet: z.string().min(1).nullable(),
  author: z.string().min(1).nullable(),
  url: z.url({ protocol: /^https?$/ }).nullable(),
});

/**
 * What normalize records in an entry it wrote, so the entry itself says whose it is: which normalizer
 * wrote it, from which raw text, which slug that text's title asked for, and a seal over the file as
 * written. An entry whose seal no longer matches was edited by hand.
 */
export const generatedSchema = z.strictObject({
  /** The normalizer's own fingerprint: its code, schemas, word lists and film registry. */
  by: z.string().regex(/^[0-9a-f]{16}$/),
  /** Fingerprint of the raw review and its sidecar. */
  from: z.string().regex(/^[0-9a-f]{16}$/),
  /** The slug the review's title gives, before any clash with another review's. */
  slug: slugSchema,
  /** Hash of the file as written, this line left out. */
  hash: z.string().regex(/^[0-9a-f]{32}$/),
});

/** Frontmatter of a normalized review entry (content/films/<film>/reviews/*.md). */
export const reviewSchema = z.strictObject({
  /** The slug of the film reviewed: its folder's name under content/films/. */
  film: slugSchema,
  title: z.string().min(1),
  slug: slugSchema,
  source: sourceSchema,
  /** Publication date (YYYY-MM-DD) where an editor supplied it. */
  date: z.iso.date().nullable(),
  rating: ratingSchema,
  cast: z.array(castMentionSchema),
  crew: z.array(crewMentionSchema),
  spoilers: z.array(spoilerSchema),
  /** One spoiler-free evaluative sentence; null when no sentence of the review qualifies. */
  quote: z.string().min(1).nullable(),
  wordCount: z.number().int().min(0),
  /** Person-like names that matched nobody in the film registry. */
  warnings: z.array(z.string()),
  /** Fields an editor's sidecar set or overrode. */
  overrides: z.array(z.string()),
  /** Present on every entry normalize wrote; absent on one an editor wrote from scratch. */
  generated: generatedSchema.optional(),
});

export type Review = z.infer<typeof reviewSchema>;
export type Rating = z.infer<typeof ratingSchema>;
export type ExplicitRating = z.infer<typeof explicitRatingSchema>;
export type EstimatedRating = z.infer<typeof estimatedRatingSchema>;
export type CastMention = z.infer<typeof castMentionSchema>;
export type CrewMention = z.infer<typeof crewMentionSchema>;
export type MentionSentence = z.infer<typeof mentionSentenceSchema>;
export type Spoiler = z.infer<typeof spoilerSchema>;
export type ReviewSource = z.infer<typeof sourceSchema>;
export type Generated = z.infer<typeof generatedSchema>;
