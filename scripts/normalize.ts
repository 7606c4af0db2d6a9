#!/usr/bin/env node
/**
 * npm run normalize [-- --input DIR --output DIR --film FILE --force]
 * Turns every raw review (DIR/*.txt, with an optional DIR/<name>.yaml sidecar) into DIR/<slug>.md.
 * Only wiring and I/O live here; each stage is a pure module under src/normalize/.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { decodeRaw } from '../src/normalize/decode.ts';
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
import { type Film, filmSchema } from '../src/schemas/film.ts';

const MANIFEST = '.normalize-manifest.json';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values: args } = parseArgs({
  options: {
    input: { type: 'string', default: 'content/raw' },
    output: { type: 'string', default: 'content/reviews' },
    film: { type: 'string', default: 'content/film.yaml' },
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
  await writeFile(tmp, content);
  await rename(tmp, path);
}

async function hashFile(path: string): Promise<string | null> {
  return existsSync(path) ? hashParts(await readFile(path)) : null;
}

/** A fingerprint of the normalizer itself: entries are rebuilt when its code, schemas or data change. */
async function normalizerVersion(filmBytes: Uint8Array): Promise<string> {
  const parts: (string | Uint8Array)[] = [filmBytes];
  for (const dir of ['src/normalize', 'src/schemas']) {
    for (const name of (await readdir(join(root, dir))).sort())
      parts.push(name, await readFile(join(root, dir, name)));
  }
  const lexicon = join(root, 'content/lexicon.yaml');
  if (existsSync(lexicon)) parts.push(await readFile(lexicon));
  return hashParts(...parts);
}

async function loadFilm(path: string): Promise<{ film: Film; bytes: Uint8Array }> {
  const bytes = await readFile(path);
  const parsed = filmSchema.safeParse(parseYaml(bytes.toString('utf8')));
  if (!parsed.success)
    throw new Error(`${show(path)}: film data does not match its schema:\n${z.prettifyError(parsed.error)}`);
  return { film: parsed.data, bytes };
}

async function loadManifest(): Promise<Manifest> {
  const path = join(outputDir, MANIFEST);
  if (!existsSync(path)) return emptyManifest();
  const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  return parsed.success ? parsed.data : emptyManifest();
}

interface Normalized {
  file: string;
  input: string;
  value: NormalizedReview;
}

async function main(): Promise<number> {
  const { film, bytes: filmBytes } = await loadFilm(resolve(args.film));
  const version = await normalizerVersion(filmBytes);
  if (!existsSync(inputDir)) throw new Error(`${show(inputDir)}: input folder does not exist`);
  await mkdir(outputDir, { recursive: true });
  const manifest = await loadManifest();
  const next: Manifest = emptyManifest();
  const errors: string[] = [];
  const notes: string[] = [];
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
    const raw = await readFile(path);
    const sidecarBytes = sidecarName ? await readFile(join(inputDir, sidecarName)) : new Uint8Array();
    const input = hashParts(version, raw, sidecarBytes);
    const recorded = manifest.entries[name];
    if (recorded && recorded.input === input) {
      const target = join(outputDir, `${recorded.slug}.md`);
      if ((await hashFile(target)) === recorded.output) {
        next.entries[name] = recorded;
        taken.set(recorded.slug, name);
        counts.unchanged++;
        continue;
      }
    }
    const decoded = decodeRaw(raw);
    if (!decoded.ok) {
      errors.push(`${show(path)}: ${decoded.error}`);
      if (recorded) next.entries[name] = recorded;
      continue;
    }
    let sidecar = null;
    if (sidecarName) {
      const parsed = parseSidecar(sidecarBytes.toString());
      if (!parsed.ok) {
        errors.push(`${show(join(inputDir, sidecarName))}: ${parsed.error}`);
        if (recorded) next.entries[name] = recorded;
        continue;
      }
      sidecar = parsed.value;
    }
    const result = normalizeReview({ file: name, text: decoded.text, sidecar }, film);
    if (!result.ok) {
      errors.push(`${show(path)}: ${result.error}`);
      if (recorded) next.entries[name] = recorded;
      continue;
    }
    normalized.push({ file: name, input, value: result.value });
  }

  // Pass 2: settle slugs in file order (a clash gets the raw file's name appended), then write.
  for (const item of normalized) {
    const { entry, blocks, regions } = item.value;
    let slug = entry.slug;
    const owner = taken.get(slug);
    if (owner && owner !== item.file) {
      slug = `${slug}-${slugify(item.file.replace(/\.txt$/, ''))}`;
      notes.push(
        `${show(join(inputDir, item.file))}: its slug "${entry.slug}" is taken by ${owner}; written as "${slug}"`,
      );
    }
    taken.set(slug, item.file);
    const markdown = renderEntry({ ...entry, slug }, blocks, regions);
    const target = join(outputDir, `${slug}.md`);
    const recorded: ManifestEntry | undefined = manifest.entries[item.file];
    const nextHash = hashParts(markdown);
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
    next.entries[item.file] = { slug, input: item.input, output: nextHash };
  }

  // Entries whose raw file is gone, or whose slug moved, are removed unless edited by hand.
  for (const [file, old] of Object.entries(manifest.entries)) {
    const current = next.entries[file];
    if (current?.slug === old.slug || [...taken.keys()].includes(old.slug)) continue;
    const target = join(outputDir, `${old.slug}.md`);
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
