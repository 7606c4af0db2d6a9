import { describe, expect, it } from 'vitest';
import { fitWords } from '../../src/eval/ridge.ts';
import type { Block } from '../../src/normalize/blocks.ts';
import {
  applyWeights,
  sentenceFeatures,
  type WordProfile,
  wordProfile,
  wordTone,
} from '../../src/normalize/estimate/index.ts';

const profileOf = (...texts: string[]): WordProfile => {
  const blocks: Block[] = texts.map((text) => ({ type: 'paragraph', text }));
  const features = sentenceFeatures(null, blocks);
  return wordProfile(features, applyWeights(features));
};

describe('wordProfile: the words a review judges with', () => {
  it('leaves names out, whatever the film: a capitalized word inside a sentence, or a number', () => {
    const words = [...profileOf('The film gives Eve Macarro dull corridors in 2025.').keys()];
    expect(words).not.toContain('eve');
    expect(words).not.toContain('macarro');
    expect(words).not.toContain('2025');
    expect(words).toContain('corridors');
  });

  it('reads a word just after a negator as its negation', () => {
    const words = [...profileOf('This picture is never dull for a minute.').keys()];
    expect(words).toContain('not:dull');
    expect(words).not.toContain('dull');
  });

  it('leaves plot summary out', () => {
    expect(profileOf('She kills the guards and he burns the chapel down.').size).toBe(0);
  });

  it('lets a review with few words of judgement lean on them less than a long one', () => {
    const size = (profile: WordProfile) =>
      Math.sqrt([...profile.values()].reduce((sum, v) => sum + v * v, 0));
    const short = profileOf('A tense, lean, handsome thriller.');
    const long = profileOf(...Array.from({ length: 8 }, () => 'A tense, lean, handsome thriller.'));
    expect(size(short)).toBeLessThan(size(long));
    expect(size(long)).toBeLessThan(1);
  });
});

describe('wordTone', () => {
  it('sums each known word by its weight and ignores the others, whatever their name', () => {
    const profile = new Map([
      ['superb', 0.6],
      ['constructor', 0.8],
    ]);
    expect(wordTone(profile, { superb: 0.5 })).toBeCloseTo(0.3, 9);
  });
});

describe('fitWords: word weights by ridge regression', () => {
  const reviews = [
    ['superb', 'fights', 90],
    ['superb', 'score', 85],
    ['tedious', 'fights', 20],
    ['tedious', 'score', 25],
  ] as const;
  const profiles = reviews.map(
    ([a, b]) =>
      new Map([
        [a, Math.SQRT1_2],
        [b, Math.SQRT1_2],
      ]),
  );
  const targets = reviews.map((r) => r[2]);

  it('gives the words of high-scored reviews positive weights and of low-scored ones negative', () => {
    const words = fitWords(profiles, targets, 0.3);
    expect(words.superb).toBeGreaterThan(0);
    expect(words.tedious).toBeLessThan(0);
    // "fights" stands in a rave and a pan alike: it says little either way.
    expect(Math.abs(words.fights ?? 0)).toBeLessThan(Math.abs(words.superb ?? 0) / 4);
  });

  it('keeps the weights smaller under a larger penalty', () => {
    expect(fitWords(profiles, targets, 3).superb ?? 0).toBeLessThan(
      fitWords(profiles, targets, 0.3).superb ?? 0,
    );
  });
});
