import { slugify } from '../normalize/slug.ts';

/** Turns a person's name into a URL slug ("Ana de Armas" → "ana-de-armas"), ASCII only. */
export function personSlug(name: string): string {
  return slugify(name, 120) || 'person';
}
