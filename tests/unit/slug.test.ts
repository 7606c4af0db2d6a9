import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/normalize/slug.ts';

describe('slugify', () => {
  it.each([
    ['"Ballerina": A Fierce New Chapter', 'ballerina-a-fierce-new-chapter'],
    ['A New Name in a Familiar World', 'a-new-name-in-a-familiar-world'],
    ['Ballerina’s Revenge — Reviewed!', 'ballerinas-revenge-reviewed'],
    ['Crème brûlée & Café', 'creme-brulee-cafe'],
    ['Rated 3.5/5', 'rated-3-5-5'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
  ])('%j → %j', (title, slug) => expect(slugify(title)).toBe(slug));

  it('cuts long titles on a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('word')).toBe(true);
  });

  it('gives an empty slug for a title with no letters or digits', () => expect(slugify('★ — ☆ …')).toBe(''));
});
