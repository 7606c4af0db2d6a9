/** The normalizer's fingerprint: what an entry's `generated.by` records. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { hashParts } from '../../src/normalize/ownership/index.ts';

/**
 * The normalizer's own files, read once: its code, schemas and word lists, each name and content.
 * @param root The repository root.
 */
export async function normalizerFiles(root: string): Promise<(string | Uint8Array)[]> {
  const parts: (string | Uint8Array)[] = [];
  for (const dir of ['src/normalize', 'src/schemas', 'content/lexicon']) {
    const names = (await readdir(join(root, dir), { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile())
      .map((d) => relative(join(root, dir), join(d.parentPath, d.name)))
      .sort();
    for (const name of names) parts.push(name, await readFile(join(root, dir, name)));
  }
  return parts;
}

/**
 * A fingerprint of the normalizer for one film: entries are made again when its code, schemas,
 * word lists or the film's registry change.
 * @param files The normalizer's files (normalizerFiles), read once per run however many films.
 * @param filmBytes The film registry's bytes.
 * @returns 16 hex digits.
 */
export function normalizerVersion(files: readonly (string | Uint8Array)[], filmBytes: Uint8Array): string {
  return hashParts(filmBytes, ...files).slice(0, 16);
}
