/**
 * Shared by the fault-injection tests: a generated raw corpus, the changes an editor makes to it,
 * and the check that an entries folder holds exactly one current entry per raw review.
 */
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateCorpus, mulberry32 } from '../../scripts/bench/corpus/index.ts';
import { loadMaterial, writeCorpus } from '../../scripts/bench/material.ts';
import { readEntryFile } from '../../src/normalize/ownership/index.ts';
import { reviewSchema } from '../../src/schemas/review.ts';
import { root, tempDir } from './cli.ts';

export { cleanUp, root, tempDir } from './cli.ts';

/** The line an editor adds to an entry by hand; every hand edit in these tests carries it. */
export const EDIT = 'An editor’s note added by hand.';

/** Writes `n` generated raw reviews (with their sidecars) into `dir`. */
export async function writeRawCorpus(dir: string, seed: number, n: number): Promise<void> {
  await writeCorpus(dir, generateCorpus(await loadMaterial(root), seed, n));
}

/** A copy of a folder. */
export function copyOf(dir: string): string {
  const to = tempDir();
  cpSync(dir, to, { recursive: true });
  return to;
}

const txt = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort();

/** What `editRawFolder` did, so a test can tell which entries must keep a hand edit. */
export interface RawEdits {
  swapped: string[];
  appended: string[];
  renamed: [from: string, to: string][];
  deleted: string[];
}

/**
 * An editor's day on a raw folder, seeded: pairs of files swap their first lines (so their titles,
 * so their slugs), a line is added after the sign-off of others, some files are renamed (with their
 * sidecars) and some deleted.
 */
export function editRawFolder(dir: string, seed: number, spare: readonly string[] = []): RawEdits {
  const rng = mulberry32(seed);
  const pool = txt(dir).filter((n) => !spare.includes(n));
  const take = () => pool.splice(Math.floor(rng() * pool.length), 1)[0] as string;
  const edits: RawEdits = { swapped: [], appended: [], renamed: [], deleted: [] };
  for (let i = 0; i < 4; i++) {
    const [a, b] = [take(), take()];
    const [ta, tb] = [a, b].map((n) => readFileSync(join(dir, n), 'utf8').split('\n'));
    [ta[0], tb[0]] = [tb?.[0] ?? '', ta?.[0] ?? ''];
    writeFileSync(join(dir, a), (ta as string[]).join('\n'));
    writeFileSync(join(dir, b), (tb as string[]).join('\n'));
    edits.swapped.push(a, b);
  }
  for (let i = 0; i < 8; i++) {
    const n = take();
    writeFileSync(
      join(dir, n),
      `${readFileSync(join(dir, n), 'utf8').trimEnd()}\n\nOne more thought, after all: the finale stays with you.\n`,
    );
    edits.appended.push(n);
  }
  for (let i = 0; i < 4; i++) {
    const n = take();
    const to = `renamed-${n}`;
    renameSync(join(dir, n), join(dir, to));
    const side = n.replace(/\.txt$/, '.yaml');
    if (readdirSync(dir).includes(side))
      renameSync(join(dir, side), join(dir, to.replace(/\.txt$/, '.yaml')));
    edits.renamed.push([n, to]);
  }
  for (let i = 0; i < 4; i++) {
    const n = take();
    rmSync(join(dir, n));
    rmSync(join(dir, n.replace(/\.txt$/, '.yaml')), { force: true });
    edits.deleted.push(n);
  }
  return edits;
}

/** The entry files directly in a folder (the site reads only these), by name. */
export function entryFiles(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .sort()
      .map((n) => [n, readFileSync(join(dir, n), 'utf8')]),
  );
}

/** Asserts that an entry file's frontmatter is valid against the entry schema. */
export function expectValidEntry(name: string, text: string): void {
  const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] as string;
  const parsed = reviewSchema.safeParse(parseYaml(yaml));
  expect(parsed.success, `${name}: ${parsed.error?.message}`).toBe(true);
}

/** Adds the hand edit to the entry of a raw file; returns that entry's file name. */
export function editEntryOf(out: string, raw: string): string {
  for (const [name, text] of entryFiles(out)) {
    if (readEntryFile(text).owner !== raw) continue;
    writeFileSync(join(out, name), `${text.trimEnd()}\n\n${EDIT} (${raw})\n`);
    return name;
  }
  throw new Error(`no entry for ${raw} in ${out}`);
}

/**
 * The promise: the entries folder holds exactly the entries a clean run from nothing writes (same
 * file names, same bytes), except that each hand-edited entry whose raw file is still there is kept
 * with its edit, in its raw file's current slug; hand edits whose raw file is gone wait in .held/.
 * Every file directly in the folder is a valid entry (those equal to the reference's once the caller
 * has checked the reference's), and nothing is half-written.
 */
export function expectOneCurrentEntryEach(
  out: string,
  reference: string,
  handEdited: { present: readonly string[]; gone: readonly string[] },
): void {
  const got = entryFiles(out);
  const want = entryFiles(reference);
  expect([...got.keys()]).toEqual([...want.keys()]);
  const owners = new Set<string>();
  for (const [name, text] of got) {
    const facts = readEntryFile(text);
    const fresh = readEntryFile(want.get(name) as string);
    expect(facts.owner, name).toBe(fresh.owner);
    expect(owners.has(facts.owner as string), `${facts.owner} has two entries`).toBe(false);
    owners.add(facts.owner as string);
    if (handEdited.present.includes(facts.owner as string)) {
      expect(text, name).toContain(EDIT);
      expect(facts.pristine).toBe(false);
      expectValidEntry(name, text);
    } else expect(text, name).toBe(want.get(name)); // (the reference's entries are checked once, by the caller)
  }
  const all = readdirSync(out, { recursive: true }).map(String);
  expect(all.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  const held = all.filter((n) => n.startsWith('.held/'));
  expect(held).toHaveLength(handEdited.gone.length);
  for (const raw of handEdited.gone) {
    expect(held.some((n) => readFileSync(join(out, n), 'utf8').includes(`${EDIT} (${raw})`))).toBe(true);
  }
}
