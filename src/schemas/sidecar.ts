import { z } from 'astro/zod';

/** An editor's sidecar (content/films/<film>/raw/<name>.yaml): facts the text lacks, or overrides of an extraction. */
export const sidecarSchema = z.strictObject({
  title: z.string().min(1).optional(),
  outlet: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  date: z.iso.date().optional(),
  /** The critic's rating when the text has none or it was misread; null means "no score". */
  rating: z
    .strictObject({
      value: z.number().min(0),
      max: z.number().positive(),
      text: z.string().min(1).optional(),
    })
    .refine((r) => r.value <= r.max, { message: 'rating.value must not exceed rating.max' })
    .nullable()
    .optional(),
  /** Cast tags to add or remove, by actor name as in content/films/<film>/film.yaml. */
  cast: z
    .strictObject({
      add: z.array(z.string().min(1)).default([]),
      remove: z.array(z.string().min(1)).default([]),
    })
    .optional(),
  /** Spoiler flags: `detected: false` drops regions the detector found; marked ones stay. */
  spoilers: z.strictObject({ detected: z.boolean() }).optional(),
  /** A pull quote chosen by the editor. */
  quote: z.string().min(1).optional(),
});

export type Sidecar = z.infer<typeof sidecarSchema>;
