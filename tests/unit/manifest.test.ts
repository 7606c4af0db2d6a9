import { describe, expect, it } from 'vitest';
import { decideWrite, hashParts } from '../../src/normalize/manifest.ts';

const recorded = { slug: 's', input: 'in-1', output: 'out-1' };

describe('hashParts', () => {
  it('is stable and sensitive to part boundaries', () => {
    expect(hashParts('ab', 'c')).toBe(hashParts('ab', 'c'));
    expect(hashParts('ab', 'c')).not.toBe(hashParts('a', 'bc'));
    expect(hashParts('x')).toBe(hashParts(new TextEncoder().encode('x')));
  });
});

describe('decideWrite', () => {
  it('writes a new entry', () => {
    expect(decideWrite({ recorded: undefined, inputHash: 'in-1', currentHash: null, force: false })).toBe(
      'write',
    );
  });
  it('leaves an entry whose input and file are as last written', () => {
    expect(decideWrite({ recorded, inputHash: 'in-1', currentHash: 'out-1', force: false })).toBe(
      'unchanged',
    );
  });
  it('leaves a file that already holds exactly the new content', () => {
    expect(
      decideWrite({ recorded, inputHash: 'in-2', currentHash: 'new', nextHash: 'new', force: false }),
    ).toBe('unchanged');
  });
  it('rewrites an entry whose input changed and whose file is as last written', () => {
    expect(
      decideWrite({ recorded, inputHash: 'in-2', currentHash: 'out-1', nextHash: 'new', force: false }),
    ).toBe('write');
  });
  it('refuses to overwrite a file edited by hand', () => {
    expect(
      decideWrite({ recorded, inputHash: 'in-2', currentHash: 'edited', nextHash: 'new', force: false }),
    ).toBe('edited');
    expect(
      decideWrite({ recorded, inputHash: 'in-1', currentHash: 'edited', nextHash: 'new', force: false }),
    ).toBe('edited');
  });
  it('refuses to overwrite a file normalize never wrote', () => {
    expect(
      decideWrite({
        recorded: undefined,
        inputHash: 'in-1',
        currentHash: 'hand',
        nextHash: 'new',
        force: false,
      }),
    ).toBe('edited');
  });
  it('overwrites a hand edit when forced', () => {
    expect(
      decideWrite({ recorded, inputHash: 'in-2', currentHash: 'edited', nextHash: 'new', force: true }),
    ).toBe('write');
  });
});
