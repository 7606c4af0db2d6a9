import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hashParts } from '../../src/normalize/ownership/index.ts';
import { reviewSchema } from '../../src/schemas/review.ts';
import { cleanUp, normalizeCli, root, tempDir as sharedTempDir } from '../support/cli.ts';

/**
 * Nothing lost: `npm run normalize` never overwrites what an editor changed, and never leaves a
 * half-written entry, whatever goes wrong while it writes. (tests/unit/normalize-cli.test.ts covers
 * the basic hand-edit/--force round trip; these are the harder cases.)
 */

const SEED = readFileSync(join(root, 'content/films/ballerina-2025/raw/000_707371c8b41e717f.txt'), 'utf8');
const GOOD =
  'Ballerina Review\nBallerina is a thrilling, stylish spin-off and Ana de Armas is terrific as Eve.\nRating: 4/5\n';
const OTHER = GOOD.replace('Ballerina Review', 'Another Ballerina Review');

afterAll(cleanUp);
const tempDir = () => sharedTempDir('cli-safety-');

/** Runs the CLI on one folder; `fileSizeLimitKb` as in normalizeCli. */
function run(input: string, output: string, options: { extra?: string[]; fileSizeLimitKb?: number } = {}) {
  const r = normalizeCli(['--input', input, '--output', output, ...(options.extra ?? [])], options);
  expect(r.stderr).not.toMatch(/\n\s+at /); // a clear message, never a stack trace
  return r;
}

const listing = (dir: string) => readdirSync(dir).sort();
const read = (path: string) => readFileSync(path, 'utf8');
const entriesOf = (dir: string) => listing(dir).filter((f) => f.endsWith('.md'));
function frontmatterOf(path: string) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(read(path));
  if (!match) throw new Error(`${path}: no frontmatter`);
  return reviewSchema.parse(parse(match[1] as string));
}

/** A raw folder with two reviews, normalized once: the "previous good" state every test starts from. */
function normalizedPair() {
  const input = tempDir();
  const out = tempDir();
  writeFileSync(join(input, 'a.txt'), GOOD);
  writeFileSync(join(input, 'b.txt'), OTHER);
  const r = run(input, out);
  expect(r.code).toBe(0);
  const a = join(out, 'ballerina-review.md');
  const b = join(out, 'another-ballerina-review.md');
  return { input, out, a, b, aBefore: read(a), bBefore: read(b) };
}

describe('normalize never overwrites an entry edited by hand', { timeout: 120_000 }, () => {
  it('keeps an edited entry even when its raw file is unchanged, and says how to proceed', () => {
    const { input, out, a, b, bBefore } = normalizedPair();
    const edited = read(a).replace('Ballerina Review', 'Ballerina Review (edited)');
    writeFileSync(a, edited);
    const r = run(input, out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /ballerina-review\.md: edited by hand since normalize last wrote it; kept as is \(rerun with --force/,
    );
    expect(read(a)).toBe(edited);
    expect(read(b)).toBe(bBefore);
  });

  it('leaves an entry an editor wrote from scratch where it is: the raw review takes another slug', () => {
    const input = tempDir();
    const out = tempDir();
    writeFileSync(join(input, 'a.txt'), GOOD);
    const handMade = '---\ntitle: Written by an editor\n---\n\nKeep me.\n';
    writeFileSync(join(out, 'ballerina-review.md'), handMade);
    const r = run(input, out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /a\.txt: its slug "ballerina-review" is taken by an entry written by hand; written as "ballerina-review-a"/,
    );
    expect(read(join(out, 'ballerina-review.md'))).toBe(handMade);
    expect(frontmatterOf(join(out, 'ballerina-review-a.md')).source.file).toBe('a.txt');
  });

  it('an unsealed entry naming the raw file as its own counts as edited by hand: kept unless --force', () => {
    const input = tempDir();
    const out = tempDir();
    writeFileSync(join(input, 'a.txt'), GOOD);
    const handMade = '---\ntitle: Written by an editor\nsource:\n  file: a.txt\n---\n\nKeep me.\n';
    writeFileSync(join(out, 'ballerina-review.md'), handMade);
    const r = run(input, out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ballerina-review\.md: edited by hand/);
    expect(read(join(out, 'ballerina-review.md'))).toBe(handMade);
    expect(run(input, out, { extra: ['--force'] }).code).toBe(0);
    expect(entriesOf(out)).toEqual(['ballerina-review.md']);
    expect(frontmatterOf(join(out, 'ballerina-review.md')).source.file).toBe('a.txt');
  });

  it('an edited entry whose raw file was deleted is moved out of the site, and named', () => {
    const { input, out, a } = normalizedPair();
    const edited = `${read(a)}\nEditor's note.\n`;
    writeFileSync(a, edited);
    rmSync(join(input, 'a.txt'));
    const r = run(input, out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /ballerina-review\.md: its raw file a\.txt is gone, but the entry was edited by hand; moved to .*\.held\/ballerina-review\.md, out of the site/,
    );
    expect(entriesOf(out)).toEqual(['another-ballerina-review.md']);
    expect(read(join(out, '.held/ballerina-review.md'))).toBe(edited);
    // Restoring the raw file brings the edit back, still protected.
    writeFileSync(join(input, 'a.txt'), GOOD);
    const back = run(input, out);
    expect(back.code).toBe(1);
    expect(back.stderr).toMatch(/ballerina-review\.md: edited by hand/);
    expect(read(a)).toBe(edited);
    expect(existsSync(join(out, '.held/ballerina-review.md'))).toBe(false);
  });

  it('an edited entry whose title (so slug) changed moves to the new slug with the edit, and says so', () => {
    const { input, out, b } = normalizedPair();
    writeFileSync(b, `${read(b)}\nAnother note.\n`);
    writeFileSync(join(input, 'b.txt'), OTHER.replace('Another Ballerina Review', 'A Retitled Review'));
    const r = run(input, out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /another-ballerina-review\.md: edited by hand; the edit now lives in .*a-retitled-review\.md/,
    );
    expect(r.stderr).toMatch(
      /a-retitled-review\.md: edited by hand since normalize last wrote it; kept as is/,
    );
    expect(entriesOf(out)).toEqual(['a-retitled-review.md', 'ballerina-review.md']);
    const moved = join(out, 'a-retitled-review.md');
    expect(read(moved)).toContain('Another note.');
    expect(frontmatterOf(moved).slug).toBe('a-retitled-review');
  });

  it('a refused review keeps its last entry and its slug: a newcomer with the same title gets another', () => {
    const { input, out, a, aBefore } = normalizedPair();
    writeFileSync(join(input, 'a.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0])); // now refused
    writeFileSync(join(input, 'c.txt'), GOOD.replace('thrilling', 'gripping'));
    const r = run(input, out);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/normalize: error:/g)).toHaveLength(1);
    expect(r.stderr).toMatch(/a\.txt: binary data/);
    expect(r.stderr).toMatch(
      /c\.txt: its slug "ballerina-review" is taken by a\.txt; written as "ballerina-review-c"/,
    );
    expect(read(a)).toBe(aBefore);
    expect(frontmatterOf(join(out, 'ballerina-review-c.md')).source.file).toBe('c.txt');
  });

  it('adopts the entries of a normalizer that kept a manifest, then drops the manifest', () => {
    const { input, out, a, b } = normalizedPair();
    // What the older normalizer left: entries without a seal, and a manifest of their hashes.
    const unsealed = (path: string) => read(path).replace(/\ngenerated:\n(?: {2}.*\n)+/, '\n');
    const aOld = unsealed(a);
    const bWritten = unsealed(b);
    const bOld = `${bWritten}\nAn edit made under the old normalizer.\n`;
    writeFileSync(a, aOld);
    writeFileSync(b, bOld);
    const record = (slug: string, text: string) => ({ slug, input: 'x', output: hashParts(text) });
    writeFileSync(
      join(out, '.normalize-manifest.json'),
      JSON.stringify({
        version: 1,
        entries: {
          'a.txt': record('ballerina-review', aOld),
          'b.txt': record('another-ballerina-review', bWritten),
        },
      }),
    );
    const r = run(input, out);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/edited by hand/g)).toHaveLength(1);
    expect(r.stderr).toMatch(/another-ballerina-review\.md: edited by hand/);
    expect(read(a)).toMatch(/\ngenerated:\n/);
    expect(read(b)).toBe(bOld);
    expect(existsSync(join(out, '.normalize-manifest.json'))).toBe(false);
  });
});

describe('normalize never leaves a half-written entry', { timeout: 120_000 }, () => {
  it('a folder where an entry should go: a clear error, the other entries still written', () => {
    const { input, out, a, b } = normalizedPair();
    writeFileSync(join(input, 'a.txt'), `${GOOD}A new paragraph.\n`);
    writeFileSync(join(input, 'b.txt'), `${OTHER}A new paragraph.\n`);
    rmSync(a);
    mkdirSync(a);
    writeFileSync(join(a, 'keep.txt'), 'not ours');
    const r = run(input, out);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(
      /^normalize: error: .*ballerina-review\.md: not written \(something other than a regular file is in the way\); what was there is unchanged$/m,
    );
    expect(statSync(a).isDirectory()).toBe(true);
    expect(read(join(a, 'keep.txt'))).toBe('not ours');
    expect(read(b)).toContain('A new paragraph.');
    expect(listing(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a write that fails part-way (disk full, file-size limit) leaves the previous entry whole', () => {
    const input = tempDir();
    const out = tempDir();
    writeFileSync(join(input, 'seed.txt'), SEED);
    expect(run(input, out).code).toBe(0);
    const [entry] = listing(out).filter((f) => f.endsWith('.md'));
    const path = join(out, entry as string);
    const before = read(path);
    expect(before.length).toBeGreaterThan(4096);

    // The next entry is bigger than 4 KiB, so writing it fails after 4 KiB (EFBIG). Were the entry
    // written in place, it would now be cut off at 4 KiB.
    appendFileSync(
      join(input, 'seed.txt'),
      '\nOne more paragraph about the flamethrower fight, which is great.\n',
    );
    const r = run(input, out, { fileSizeLimitKb: 4 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`${entry}: not written \\(EFBIG: file too large, write\\); what was there is unchanged`),
    );
    expect(read(path)).toBe(before);
    expect(listing(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // Once writes work again, the new entry arrives whole.
    const again = run(input, out);
    expect(again.code).toBe(0);
    expect(read(path)).toContain('flamethrower fight');
    expect(frontmatterOf(path).source.file).toBe('seed.txt');
  });

  it('removes the temporary files of a run that was killed mid-write', () => {
    const { input, out, a } = normalizedPair();
    const dead = spawnSync('true').pid; // a process id that has exited
    const stale = [`ballerina-review.md.${dead}.tmp`, `.normalize-manifest.json.${dead}.tmp`];
    for (const name of stale) writeFileSync(join(out, name), read(a).slice(0, 100));
    writeFileSync(join(out, 'notes.md.tmp'), 'an editor file that only looks similar');
    expect(run(input, out).code).toBe(0);
    for (const name of stale) expect(existsSync(join(out, name))).toBe(false);
    expect(existsSync(join(out, 'notes.md.tmp'))).toBe(true);
  });
});
