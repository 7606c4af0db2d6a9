/** The normalizer's fingerprint: what an entry's `generated.by` records. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { hashParts } from '../../src/normalize/ownership/index.ts';

/**
 * A fingerprint of the normalizer itself: entries are made again when its code, schemas, word
 * lists or the film registry change.
 * @param root The repository root.
 * @param filmBytes The film registry's bytes.
 * @returns 16 hex digits.
 */
export async function normalizerVersion(root: string, filmBytes: Uint8Array): Promise<string> {
  const parts: (string | Uint8Array)[] = [filmBytes];
  for (const dir of ['src/normalize', 'src/schemas', 'content/lexicon']) {
    const names = (await readdir(join(root, dir), { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile())
      .map((d) => relative(join(root, dir), join(d.parentPath, d.name)))
      .sort();
    for (const name of names) parts.push(name, await readFile(join(root, dir, name)));
  }
  return hashParts(...parts).slice(0, 16);
}
