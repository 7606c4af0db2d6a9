import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/bench/corpus/index.ts';
import { type FileOps, realOps } from '../../scripts/lib/entry-store.ts';
import { type SyncReport, syncEntries } from '../../scripts/lib/sync.ts';
import { type Film, parseFilmRegistry } from '../../src/schemas/film.ts';
import {
  cleanUp,
  copyOf,
  EDIT,
  editEntryOf,
  editRawFolder,
  entryFiles,
  expectOneCurrentEntryEach,
  expectValidEntry,
  root,
  tempDir,
  writeRawCorpus,
} from '../support/sync-state.ts';

/**
 * Fault injection, in process: a run is stopped dead at a seeded file operation (as SIGKILL or a
 * power cut would stop it: what is on disk stays, nothing more happens; a write being made at that
 * instant leaves half a temporary file), then a plain run follows. After it, the entries folder must
 * hold exactly what a clean run from nothing writes, hand edits kept. The corpus is 100 generated
 * reviews that an editor has just changed: titles swapped between files, lines added after sign-offs,
 * files renamed and deleted, and five entries edited by hand.
 */

const N = 100;
const VERSION = '0123456789abcdef';
let film: Film;

/** Thrown by every operation of a run once it has been "killed". */
class Killed extends Error {}

/** One changing operation of a run, as the probe saw it. */
interface Step {
  op: 'writeFile' | 'rename' | 'rm' | 'mkdir';
  /** True for the write (and its rename into place) of an entry that carries a hand edit. */
  edit: boolean;
}

/**
 * File operations that die at changing operation number `at`, keeping a log of the operations made.
 * `list` may reorder what a folder listing returns.
 */
function dying(at: number, list?: (names: string[]) => string[]) {
  const log: Step[] = [];
  let dead = false;
  const gate = () => {
    if (dead) throw new Killed('killed');
  };
  const step = (op: Step['op'], edit = false) => {
    gate();
    if (log.length === at) {
      dead = true;
      throw new Killed('killed');
    }
    log.push({ op, edit });
  };
  const ops: FileOps = {
    readdir: async (dir) => {
      gate();
      const names = await realOps.readdir(dir);
      return list ? list(names) : names;
    },
    readFile: async (path) => {
      gate();
      return realOps.readFile(path);
    },
    isFile: async (path) => {
      gate();
      return realOps.isFile(path);
    },
    writeFile: async (path, text) => {
      gate();
      if (log.length === at) writeFileSync(path, text.slice(0, Math.floor(text.length / 2))); // torn write
      step('writeFile', text.includes(EDIT));
      return realOps.writeFile(path, text);
    },
    rename: async (from, to) => {
      const last = log.at(-1);
      step('rename', last?.op === 'writeFile' && last.edit);
      return realOps.rename(from, to);
    },
    rm: async (path) => {
      step('rm');
      return realOps.rm(path);
    },
    mkdir: async (dir) => {
      step('mkdir');
      return realOps.mkdir(dir);
    },
  };
  return { ops, dead: () => dead, log };
}

const run = (input: string, output: string, ops?: FileOps, shouldStop?: () => boolean): Promise<SyncReport> =>
  syncEntries({ inputDir: input, outputDir: output, film, version: VERSION, force: false, ops, shouldStop });

/** The state every kill starts from: entries of the old raw folder, then the editor's changes. */
let before: { raw: string; out: string };
let reference: string;
let handEdited: { present: string[]; gone: string[] };
let opsInFullRun = 0;
/** Operation numbers just after a hand edit was copied to its new place (before the old copy goes). */
let afterCarries: number[] = [];

beforeAll(async () => {
  film = parseFilmRegistry(
    readFileSync(join(root, 'content/films/ballerina-2025/film.yaml'), 'utf8'),
    'content/films/ballerina-2025/film.yaml',
  );
  const raw = tempDir();
  const out = tempDir();
  await writeRawCorpus(raw, 2026, N);
  expect((await run(raw, out)).errors).toEqual([]);

  // Five entries edited by hand, each then meeting a different change to its raw file.
  const names = [...entryFiles(out).values()].map((t) => /\n {2}file: (.+)\n/.exec(t)?.[1] as string).sort();
  const [same, gone, retitled, renamed, appended] = [
    names[3],
    names[20],
    names[38],
    names[60],
    names[80],
  ] as string[];
  for (const r of [same, gone, retitled, renamed, appended]) editEntryOf(out, r);
  editRawFolder(raw, 7, [same, gone, retitled, renamed, appended]);
  rmSync(join(raw, gone));
  rmSync(join(raw, gone.replace(/\.txt$/, '.yaml')), { force: true });
  writeFileSync(
    join(raw, retitled),
    `A Retitled Look At Ballerina\n${readFileSync(join(raw, retitled), 'utf8')}`,
  );
  renameSync(join(raw, renamed), join(raw, `moved-${renamed}`));
  writeFileSync(
    join(raw, appended),
    `${readFileSync(join(raw, appended), 'utf8')}\nA last line after the sign-off.\n`,
  );
  handEdited = { present: [same, retitled, `moved-${renamed}`, appended], gone: [gone] };
  before = { raw, out };

  reference = tempDir();
  expect((await run(raw, reference)).errors).toEqual([]);
  for (const [name, text] of entryFiles(reference)) expectValidEntry(name, text);
  // How many changing operations the follow-up run makes, so kills can land anywhere in it.
  const probe = dying(Number.POSITIVE_INFINITY);
  await run(raw, copyOf(out), probe.ops);
  opsInFullRun = probe.log.length;
  afterCarries = probe.log.flatMap((s, i) => (s.op === 'rename' && s.edit ? [i + 1] : []));
}, 120_000);
afterAll(cleanUp);

/** The refusals a run must report: one per hand-edited entry whose raw file is still there, no other. */
function expectOnlyRealRefusals(report: SyncReport): void {
  const refused = report.errors.filter((e) => e.includes('edited by hand'));
  expect(report.errors).toEqual(refused);
  expect(refused).toHaveLength(handEdited.present.length);
}

describe('one current entry per raw file, through an editor’s changes', { timeout: 120_000 }, () => {
  it('a plain run: titles swapped, lines added after sign-offs, renames, deletions, hand edits', async () => {
    const out = copyOf(before.out);
    const report = await run(before.raw, out);
    expectOnlyRealRefusals(report);
    expectOneCurrentEntryEach(out, reference, handEdited);
    expect(opsInFullRun).toBeGreaterThan(40);
    expect(afterCarries.length).toBeGreaterThanOrEqual(2); // the retitled and the renamed review's edits
    // And a second plain run changes nothing.
    const again = await run(before.raw, out);
    expect([again.written, again.removed]).toEqual([0, 0]);
    expectOnlyRealRefusals(again);
  });

  it('reads the raw and entry folders in any order to the same result', async () => {
    const out = copyOf(before.out);
    const rng = mulberry32(99);
    const shuffle = (names: string[]) =>
      names
        .map((n) => [rng(), n] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, n]) => n);
    await run(before.raw, out, dying(Number.POSITIVE_INFINITY, shuffle).ops);
    expectOneCurrentEntryEach(out, reference, handEdited);
  });
});

describe('a run killed at any instant is completed by the next plain run', { timeout: 300_000 }, () => {
  // The first operations, the last, and seeded instants in between (as fractions of the run).
  const rng = mulberry32(20261201);
  const instants: [string, (total: number) => number][] = [
    ['at the first operation', () => 0],
    ['at the second operation', () => 1],
    ['at the last operation', (total) => total - 1],
    ['just after each hand edit was copied to its new slug or name', () => -1],
    ...Array.from({ length: 7 }, (_, i): [string, (total: number) => number] => {
      const fraction = rng();
      return [`at ${(fraction * 100).toFixed(0)}% (#${i + 1})`, (total) => Math.floor(fraction * total)];
    }),
  ];

  it.each(instants)('killed %s', async (_, instant) => {
    const at = instant(opsInFullRun);
    for (const kill of at < 0 ? afterCarries : [at]) {
      const out = copyOf(before.out);
      const killed = dying(kill);
      await run(before.raw, out, killed.ops, killed.dead).catch((e) => {
        if (!(e instanceof Killed)) throw e;
      });
      expect(killed.dead()).toBe(true);
      const report = await run(before.raw, out);
      expectOnlyRealRefusals(report);
      expectOneCurrentEntryEach(out, reference, handEdited);
      const text = [...entryFiles(out).values()].join('');
      expect(text.split(EDIT).length - 1).toBe(handEdited.present.length);
    }
  });
});
