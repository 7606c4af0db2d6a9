import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { filmSchema } from './schemas/film.ts';
import { reviewSchema } from './schemas/review.ts';

/** The films folder: content/films, or FILMS_DIR (a test fixture or the benchmark's corpus). */
const base = process.env.FILMS_DIR ?? './content/films';

/** One film per folder: content/films/<slug>/film.yaml, its id the folder's name. */
const films = defineCollection({
  loader: glob({ pattern: '*/film.yaml', base, generateId: ({ entry }) => entry.split('/')[0] as string }),
  schema: filmSchema,
});

/** Normalized entries written by `npm run normalize`: content/films/<film>/reviews/*.md, id `<film>/<slug>`. */
const reviews = defineCollection({
  loader: glob({
    pattern: '*/reviews/*.md',
    base,
    generateId: ({ entry, data }) => `${entry.split('/')[0]}/${String(data.slug)}`,
    // Pages read the rendered HTML and the frontmatter's facts, never the markdown source: keeping it
    // would add every body (~6 KB an entry) to the data store the build inlines into its bundle.
    retainBody: false,
  }),
  schema: reviewSchema,
});

export const collections = { films, reviews };
