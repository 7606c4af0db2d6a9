import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reviewSchema } from './schemas/review.ts';

/** Normalized entries written by `npm run normalize`; REVIEWS_DIR points the build at another corpus (the benchmark). */
const reviews = defineCollection({
  loader: glob({ pattern: '*.md', base: process.env.REVIEWS_DIR ?? './content/reviews' }),
  schema: reviewSchema,
});

export const collections = { reviews };
