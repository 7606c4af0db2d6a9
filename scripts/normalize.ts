#!/usr/bin/env node
/**
 * npm run normalize [-- --input DIR --output DIR --film-file FILE --force]   (--film FILE is the old name)
 * Turns every raw review (DIR/*.txt, with an optional DIR/<name>.yaml sidecar) into DIR/<slug>.md.
 * Only wiring and I/O live here; each stage is a pure module under src/normalize/.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { decodeRaw, sizeError } from '../src/normalize/decode.ts';
import {
  decideWrite,
  emptyManifest,
  hashParts,
  type Manifest,
  type ManifestEntry,
  manifestSchema,
} from '../src/normalize/manifest.ts';
import { renderEntry } from '../src/normalize/markdown.ts';
import { type NormalizedReview, normalizeReview } from '../src/normalize/review.ts';
import { parseSidecar } from '../src/normalize/sidecar.ts';
import { slugify } from '../src/normalize/slug.ts';
import { type Film, parseFilmRegistry } from '../src/schemas/film.ts';

const MANIFEST = '.normalize-manifest.json';
/** What writeAtomic names its temporary files: `<entry or manifest>.<pid>.tmp`. */
const STALE_TMP = /^(?:.+\.md|\.normalize-manifest\.json)\.(\d+)\.tmp$/;

/** Whether a process with this id is running (signal 0 only checks). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values: args } = parseArgs({
  options: {
    input: { type: 'string', default: 'content/raw' },
    output: { type: 'string', default: 'content/reviews' },
    film: { type: 'string' },
    'film-file': { type: 'string' },
    force: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});
const inputDir = resolve(args.input);
const outputDir = resolve(args.output);
const show = (path: string) => relative(process.cwd(), path) || path;

/** Writes through a temporary file and a rename, so no reader ever sees half an entry. */
async function writeAtomic(path: string, content: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true, recursive: true }).catch(() => {});
    throw error;
  }
}

/** An error's message without a stack: what a failed read or write tells the editor. */
function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads a raw review or sidecar, or says why not. Size and kind come first: an oversized file is
 * refused without being read (a 3 GB paste must neither stall nor crash the run), and a folder or
 * device named like a review is not one.
 */
async function readInput(path: string): Promise<Uint8Array | string> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return 'not a regular file';
    return sizeError(info.size) ?? (await readFile(path));
  } catch (error) {
    return `cannot be read: ${reason(error)}`;
  }
}

/** Hash of the entry file at `path`, null when there is none; throws when something else is in the way. */
async function hashFile(path: string): Promise<string | null> {
  const info = await stat(path).catch(() => null);
  if (!info) return null;
  if (!info.isFile()) throw new Error('something other than a regular file is in the way');
  return hashParts(await readFile(path));
}

/** The first free slug for a raw file's entry: its own, else with the file's name, else numbered. */
function freeSlug(slug: string, file: string, taken: ReadonlyMap<string, string>): string {
  const free = (s: string) => (taken.get(s) ?? file) === file;
  if (free(slug)) return slug;
  const base = [slug, slugify(file.replace(/\.txt$/, ''))].filter(Boolean).join('-');
  if (free(base)) return base;
  for (let n = 2; ; n++) if (free(`${base}-${n}`)) return `${base}-${n}`;
}

/** A fingerprint of the normalizer itself: entries are rebuilt when its code, schemas or data change. */
async function normalizerVersion(filmBytes: Uint8Array): Promise<string> {
  const parts: (string | Uint8Array)[] = [filmBytes];
  for (const dir of ['src/normalize', 'src/schemas', 'content/lexicon']) {
    const names = (await readdir(join(root, dir), { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile())
      .map((d) => relative(join(root, dir), join(d.parentPath, d.name)))
      .sort();
    for (const name of names) parts.push(name, await readFile(join(root, dir, name)));
  }
  return hashParts(...parts);
}

async function loadFilm(path: string): Promise<{ film: Film; bytes: Uint8Array }> {
  const bytes = await readFile(path);
  return { film: parseFilmRegistry(bytes.toString('utf8'), show(path)), bytes };
}

/**
 * The manifest of the last run. An unreadable one is set aside with a warning: every existing entry
 * then counts as edited by hand (kept unless --force), so nothing is lost.
 */
async function loadManifest(notes: string[]): Promise<Manifest> {
  const path = join(outputDir, MANIFEST);
  if (!existsSync(path)) return emptyManifest();
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    data = reason(error);
  }
  const parsed = manifestSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  notes.push(
    `${show(path)}: unreadable, so entries already there are treated as edited by hand (kept unless --force)`,
  );
  return emptyManifest();
}

interface Normalized {
  file: string;
  input: string;
  value: NormalizedReview;
}

async function main(): Promise<number> {
  const { film, bytes: filmBytes } = await loadFilm(
    resolve(args['film-file'] ?? args.film ?? 'content/film.yaml'),
  );
  const version = await normalizerVersion(filmBytes);
  if (!existsSync(inputDir)) throw new Error(`${show(inputDir)}: input folder does not exist`);
  await mkdir(outputDir, { recursive: true });
  // Temporary files a killed run left behind (a finished or failed write removes its own; one whose
  // process still runs belongs to a concurrent run and is left alone).
  for (const name of await readdir(outputDir)) {
    const pid = STALE_TMP.exec(name)?.[1];
    if (pid && !isRunning(Number(pid))) await rm(join(outputDir, name), { force: true });
  }
  const errors: string[] = [];
  const notes: string[] = [];
  const manifest = await loadManifest(notes);
  const next: Manifest = emptyManifest();
  const counts = { written: 0, unchanged: 0, removed: 0 };

  const names = (await readdir(inputDir)).filter((n) => n.endsWith('.txt')).sort();
  const sidecars = new Set((await readdir(inputDir)).filter((n) => /\.ya?ml$/.test(n)));
  for (const orphan of [...sidecars].filter((s) => !names.includes(s.replace(/\.ya?ml$/, '.txt'))).sort()) {
    notes.push(`${show(join(inputDir, orphan))}: sidecar has no matching .txt review; ignored`);
  }

  // Pass 1: keep what is unchanged, normalize the rest.
  const normalized: Normalized[] = [];
  const taken = new Map<string, string>();
  for (const name of names) {
    const path = join(inputDir, name);
    const stem = name.replace(/\.txt$/, '');
    const sidecarName = [`${stem}.yaml`, `${stem}.yml`].find((s) => sidecars.has(s));
    const recorded = manifest.entries[name];
    // A refused file keeps its last good entry, and so its slug.
    const refuse = (problem: string, file = path): void => {
      errors.push(`${show(file)}: ${problem}`);
      if (!recorded) return;
      next.entries[name] = recorded;
      taken.set(recorded.slug, name);
    };
    const raw = await readInput(path);
    if (typeof raw === 'string') {
      refuse(raw);
      continue;
    }
    const sidecarPath = sidecarName ? join(inputDir, sidecarName) : null;
    let sidecarBytes: Uint8Array = new Uint8Array();
    if (sidecarPath) {
      const read = await readInput(sidecarPath);
      if (typeof read === 'string') {
        refuse(read, sidecarPath);
        continue;
      }
      sidecarBytes = read;
    }
    const input = hashParts(version, raw, sidecarBytes);
    if (recorded && recorded.input === input) {
      const target = join(outputDir, `${recorded.slug}.md`);
      // (Something other than a file in the way is reported when pass 2 tries to write there.)
      if ((await hashFile(target).catch(() => null)) === recorded.output) {
        next.entries[name] = recorded;
        taken.set(recorded.slug, name);
        counts.unchanged++;
        continue;
      }
    }
    const decoded = decodeRaw(raw);
    if (!decoded.ok) {
      refuse(decoded.error);
      continue;
    }
    let sidecar = null;
    if (sidecarPath) {
      const parsed = parseSidecar(new TextDecoder().decode(sidecarBytes));
      if (!parsed.ok) {
        refuse(parsed.error, sidecarPath);
        continue;
      }
      sidecar = parsed.value;
    }
    const result = normalizeReview({ file: name, text: decoded.text, sidecar }, film);
    if (!result.ok) {
      refuse(result.error);
      continue;
    }
    normalized.push({ file: name, input, value: result.value });
    const { warnings } = result.value.entry;
    if (warnings.length > 0) {
      notes.push(`${show(join(inputDir, name))}: names nobody in the film registry: ${warnings.join(', ')}`);
    }
  }

  // Pass 2: settle slugs in file order (a clash gets the raw file's name appended, then a number),
  // then write each entry on its own: one that cannot be written is an error, the others still are.
  for (const item of normalized) {
    const { entry, blocks, regions } = item.value;
    const slug = freeSlug(entry.slug, item.file, taken);
    if (slug !== entry.slug) {
      notes.push(
        `${show(join(inputDir, item.file))}: its slug "${entry.slug}" is taken by ${taken.get(entry.slug)}; written as "${slug}"`,
      );
    }
    taken.set(slug, item.file);
    const markdown = renderEntry({ ...entry, slug }, blocks, regions);
    const target = join(outputDir, `${slug}.md`);
    const recorded: ManifestEntry | undefined = manifest.entries[item.file];
    const nextHash = hashParts(markdown);
    try {
      const decision = decideWrite({
        recorded: recorded?.slug === slug ? recorded : undefined,
        inputHash: item.input,
        currentHash: await hashFile(target),
        nextHash,
        force: args.force,
      });
      if (decision === 'edited') {
        errors.push(
          `${show(target)}: edited by hand since normalize last wrote it; kept as is (rerun with --force to overwrite, or move the change into ${item.file.replace(/\.txt$/, '.yaml')})`,
        );
        if (recorded) next.entries[item.file] = recorded;
        continue;
      }
      if (decision === 'write') {
        await writeAtomic(target, markdown);
        counts.written++;
      } else counts.unchanged++;
    } catch (error) {
      errors.push(`${show(target)}: not written (${reason(error)}); what was there is unchanged`);
      if (recorded) next.entries[item.file] = recorded;
      continue;
    }
    next.entries[item.file] = { slug, input: item.input, output: nextHash };
  }

  // Entries whose raw file is gone, or whose slug moved, are removed unless edited by hand.
  for (const [file, old] of Object.entries(manifest.entries)) {
    const current = next.entries[file];
    if (current?.slug === old.slug || [...taken.keys()].includes(old.slug)) continue;
    const target = join(outputDir, `${old.slug}.md`);
    try {
      const hash = await hashFile(target);
      if (hash === null) continue;
      if (hash !== old.output && !args.force) {
        errors.push(
          `${show(target)}: its raw file ${file} is gone or renamed, but it was edited by hand; kept`,
        );
        continue;
      }
      await rm(target);
      counts.removed++;
    } catch (error) {
      errors.push(`${show(target)}: not removed (${reason(error)})`);
    }
  }

  const sorted: Manifest = {
    version: 1,
    entries: Object.fromEntries(Object.entries(next.entries).sort(([a], [b]) => a.localeCompare(b))),
  };
  await writeAtomic(join(outputDir, MANIFEST), `${JSON.stringify(sorted, null, 2)}\n`);

  for (const note of notes) console.warn(`normalize: warning: ${note}`);
  for (const error of errors) console.error(`normalize: error: ${error}`);
  if (!args.quiet || errors.length > 0) {
    console.log(
      `normalize: ${names.length} raw reviews → ${show(outputDir)}: ${counts.written} written, ${counts.unchanged} unchanged, ${counts.removed} removed, ${errors.length} failed`,
    );
  }
  return errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`normalize: error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
