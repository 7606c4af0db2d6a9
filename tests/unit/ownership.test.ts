import { describe, expect, it } from 'vitest';
import {
  byName,
  claimSlug,
  readEntryFile,
  retarget,
  sameEdit,
  sealEntry,
  sealHolds,
} from '../../src/normalize/ownership/index.ts';

const ENTRY =
  '---\nfilm: ballerina-2025\ntitle: A Review\nslug: a-review\nsource:\n  file: a.txt\n  outlet: null\n---\n\nBody text.\n';
const STAMP = { by: '0123456789abcdef', from: 'fedcba9876543210', slug: 'a-review' };

describe('the seal normalize puts on an entry', () => {
  it('holds on the file as written, and the entry reads back its raw file, slug and stamp', () => {
    const sealed = sealEntry(ENTRY, STAMP);
    expect(sealHolds(sealed)).toBe(true);
    const facts = readEntryFile(sealed);
    expect(facts).toMatchObject({ slug: 'a-review', owner: 'a.txt', pristine: true });
    expect(facts.generated).toMatchObject(STAMP);
    expect(sealed.endsWith('---\n\nBody text.\n')).toBe(true);
  });

  it('breaks on any edit: body, frontmatter, the stamp itself, or line endings', () => {
    const sealed = sealEntry(ENTRY, STAMP);
    for (const edited of [
      sealed.replace('Body text.', 'Body text!'),
      `${sealed}\nAn editor's note.\n`,
      sealed.replace('title: A Review', 'title: A Better Review'),
      sealed.replace('from: "fedcba9876543210"', 'from: "fedcba9876543211"'),
      sealed.replaceAll('\n', '\r\n'),
    ]) {
      expect(sealHolds(edited)).toBe(false);
      expect(readEntryFile(edited).pristine).toBe(false);
    }
  });

  it('an edited entry still says whose it is', () => {
    const edited = `${sealEntry(ENTRY, STAMP)}\nA note.\n`;
    expect(readEntryFile(edited)).toMatchObject({ owner: 'a.txt', slug: 'a-review', pristine: false });
  });

  it('an entry an editor wrote from scratch, or one that does not read, owns nothing and is not pristine', () => {
    expect(readEntryFile(ENTRY)).toEqual({
      slug: 'a-review',
      owner: 'a.txt',
      generated: null,
      pristine: false,
    });
    for (const text of ['no frontmatter at all', '---\n: : [\n---\n', '---\n- a list\n---\n']) {
      expect(readEntryFile(text)).toEqual({ slug: null, owner: null, generated: null, pristine: false });
    }
  });
});

describe('claimSlug', () => {
  it('gives the title’s slug when free, else adds the raw file’s name, else numbers it', () => {
    const held = new Map([['a-review', 'a.txt']]);
    expect(claimSlug('a-review', 'a.txt', (s) => held.get(s))).toBe('a-review');
    expect(claimSlug('a-review', 'b.txt', (s) => held.get(s))).toBe('a-review-b');
    held.set('a-review-b', 'other.txt');
    expect(claimSlug('a-review', 'b.txt', (s) => held.get(s))).toBe('a-review-b-2');
    expect(claimSlug('a-review', 'c.txt', (s) => (s === 'a-review' ? '' : undefined))).toBe('a-review-c');
  });

  it('orders raw file names the same in every locale: by code units', () => {
    expect(['b.txt', 'B.txt', 'a.txt', 'é.txt', 'e.txt'].sort(byName)).toEqual([
      'B.txt',
      'a.txt',
      'b.txt',
      'e.txt',
      'é.txt',
    ]);
  });
});

describe('carrying a hand edit', () => {
  const edited = `${sealEntry(ENTRY, STAMP)}\nAn editor's note.\n`;

  it('changes only the slug and raw file name; the editor’s lines stay', () => {
    const moved = retarget(edited, { slug: 'new-slug', file: 'b.txt' }) as string;
    expect(readEntryFile(moved)).toMatchObject({ slug: 'new-slug', owner: 'b.txt', pristine: false });
    expect(moved).toContain("An editor's note.");
    expect(moved.replace('new-slug', 'a-review').replace('file: b.txt', 'file: a.txt')).toBe(edited);
  });

  it('tells a copy left by a stopped move from a different edit', () => {
    const moved = retarget(edited, { slug: 'new-slug', file: 'a.txt' }) as string;
    expect(sameEdit(edited, moved)).toBe(true);
    expect(sameEdit(edited, moved.replace("editor's note", "editor's other note"))).toBe(false);
  });
});
