/**
 * The entries folder as one run sees it: every entry file, what it says of itself (its raw file and
 * whether normalize's seal holds), and the file operations that change it, which keep that picture
 * current. Every change is a single atomic step (a write goes to a temporary file, then a rename),
 * so a run killed at any instant leaves only whole files, which the next run reads afresh.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { mapLimit } from '../../src/lib/map-limit.ts';
import { byName, type EntryFacts, hashParts, readEntryFile } from '../../src/normalize/ownership/index.ts';

/** The file operations a run makes; the fault-injection tests wrap them to stop a run at any one. */
export interface FileOps {
  readdir(dir: string): Promise<string[]>;
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string): Promise<void>;
  mkdir(dir: string): Promise<void>;
  /** True for a regular file, false for something else, null when nothing is there. */
  isFile(path: string): Promise<boolean | null>;
}

/** The real file system. */
export const realOps: FileOps = {
  readdir: (dir) =>
    readdir(dir).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? [] : Promise.reject(e))),
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text),
  rename: (from, to) => rename(from, to),
  rm: (path) => rm(path, { force: true }),
  mkdir: async (dir) => {
    await mkdir(dir, { recursive: true });
  },
  isFile: (path) =>
    stat(path).then(
      (s) => s.isFile(),
      () => null,
    ),
};

/** Where entries set aside from the site are kept: edited entries whose raw file is gone. */
export const HELD = '.held';
/** The manifest of normalizers before entries carried their own seal; read once to adopt their entries. */
const LEGACY_MANIFEST = '.normalize-manifest.json';
/** Temporary files of a write that a killed run never finished. */
const TMP = /^(?:.+\.md|\.normalize-manifest\.json)\.\d+\.tmp$/;
/** How many entry files are read at once. */
const READS_IN_FLIGHT = 32;

const legacySchema = z.object({
  entries: z.record(z.string(), z.object({ slug: z.string(), output: z.string() })),
});

/** One entry file. */
export interface StoredEntry {
  path: string;
  /** True when it is set aside in the held folder, out of the site. */
  held: boolean;
  text: string;
  facts: EntryFacts;
  /** True when normalize wrote it and nobody changed it since. */
  pristine: boolean;
}

/** The entries folder, read once and kept current by the operations below. */
export class EntryStore {
  private readonly byPath = new Map<string, StoredEntry>();
  private readonly byOwner = new Map<string, Set<string>>();
  private legacy = false;

  /** The entries folder. */
  readonly dir: string;
  private readonly ops: FileOps;

  private constructor(dir: string, ops: FileOps) {
    this.dir = dir;
    this.ops = ops;
  }

  /**
   * Reads the entries folder (and its held folder), first removing what a killed run left half-written.
   * @param dir The entries folder; created when missing.
   * @param ops The file operations to use.
   */
  static async open(dir: string, ops: FileOps = realOps): Promise<EntryStore> {
    const store = new EntryStore(dir, ops);
    await ops.mkdir(dir);
    const legacy = await store.readLegacy();
    for (const [folder, held] of [
      [dir, false],
      [join(dir, HELD), true],
    ] as const) {
      const names = (await ops.readdir(folder)).sort(byName);
      for (const name of names) if (TMP.test(name)) await ops.rm(join(folder, name));
      // Entries are read side by side (the reads overlap), then indexed in name order.
      const entries = names.filter((name) => name.endsWith('.md'));
      const texts = await mapLimit(entries, READS_IN_FLIGHT, async (name) => {
        const path = join(folder, name);
        return (await ops.isFile(path)) ? ops.readFile(path) : null;
      });
      entries.forEach((name, i) => {
        const text = texts[i];
        if (text === null || text === undefined) return;
        const facts = readEntryFile(text);
        const record = facts.owner === null ? undefined : legacy.get(`${facts.owner}\0${name}`);
        const pristine = facts.pristine || (facts.generated === null && record === hashParts(text));
        store.index({ path: join(folder, name), held, text, facts, pristine });
      });
    }
    return store;
  }

  /** Reads the old manifest, if any: (raw file, entry file name) → hash of the entry as written. */
  private async readLegacy(): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const path = join(this.dir, LEGACY_MANIFEST);
    if (!(await this.ops.isFile(path))) return found;
    this.legacy = true;
    let data: unknown = null;
    try {
      data = JSON.parse(await this.ops.readFile(path));
    } catch {}
    const parsed = legacySchema.safeParse(data);
    for (const [file, e] of Object.entries(parsed.success ? parsed.data.entries : {})) {
      found.set(`${file}\0${e.slug}.md`, e.output);
    }
    return found;
  }

  /** Removes the old manifest once a whole run no longer needs it. */
  async dropLegacy(): Promise<void> {
    if (this.legacy) await this.ops.rm(join(this.dir, LEGACY_MANIFEST));
    this.legacy = false;
  }

  private index(entry: StoredEntry): void {
    this.byPath.set(entry.path, entry);
    const owner = entry.facts.owner;
    if (owner === null) return;
    const paths = this.byOwner.get(owner) ?? new Set<string>();
    this.byOwner.set(owner, paths.add(entry.path));
  }

  private unindex(path: string): void {
    const entry = this.byPath.get(path);
    if (!entry) return;
    this.byPath.delete(path);
    if (entry.facts.owner !== null) this.byOwner.get(entry.facts.owner)?.delete(path);
  }

  /** Every entry file, in path order. */
  all(): StoredEntry[] {
    return [...this.byPath.values()].sort((a, b) => byName(a.path, b.path));
  }

  /** The entry file at a path, if any. */
  at(path: string): StoredEntry | undefined {
    return this.byPath.get(path);
  }

  /** The entry files that name a raw file as theirs, in path order. */
  owned(file: string): StoredEntry[] {
    return [...(this.byOwner.get(file) ?? [])].sort(byName).map((p) => this.byPath.get(p) as StoredEntry);
  }

  /** Where an entry file for a slug goes. */
  pathOf(slug: string): string {
    return join(this.dir, `${slug}.md`);
  }

  /**
   * Writes an entry whole: to a temporary file first, then renamed into place.
   * @throws when something other than a regular file is in the way, or the write fails (nothing is left half-written).
   */
  async write(path: string, text: string): Promise<void> {
    if (!this.byPath.has(path) && (await this.ops.isFile(path)) === false) {
      throw new Error('something other than a regular file is in the way');
    }
    const tmp = `${path}.${process.pid}.tmp`;
    try {
      await this.ops.writeFile(tmp, text);
      await this.ops.rename(tmp, path);
    } catch (error) {
      await this.ops.rm(tmp).catch(() => {});
      throw error;
    }
    const facts = readEntryFile(text);
    this.unindex(path);
    this.index({ path, held: false, text, facts, pristine: facts.pristine });
  }

  /** Moves an entry file, unchanged, to another path (in the entries folder or the held folder). */
  async move(entry: StoredEntry, to: string): Promise<void> {
    if (to.startsWith(join(this.dir, HELD))) await this.ops.mkdir(join(this.dir, HELD));
    await this.ops.rename(entry.path, to);
    this.unindex(entry.path);
    this.unindex(to);
    this.index({ ...entry, path: to, held: to.startsWith(join(this.dir, HELD)) });
  }

  /** Removes an entry file. */
  async remove(entry: StoredEntry): Promise<void> {
    await this.ops.rm(entry.path);
    this.unindex(entry.path);
  }

  /** A free path in the held folder for an entry of this slug. */
  heldPath(slug: string): string {
    const dir = join(this.dir, HELD);
    for (let n = 1; ; n++) {
      const path = join(dir, n === 1 ? `${slug}.md` : `${slug}-${n}.md`);
      if (!this.byPath.has(path)) return path;
    }
  }
}
