import { createHash } from 'node:crypto';
import { z } from 'astro/zod';

/** What normalize last wrote for each raw file: the basis of incremental runs and hand-edit detection. */
export const manifestSchema = z.strictObject({
  version: z.literal(1),
  entries: z.record(
    z.string(),
    z.strictObject({
      slug: z.string(),
      /** Hash of everything the entry was made from: normalizer code, film data, raw text, sidecar. */
      input: z.string(),
      /** Hash of the markdown file as written. */
      output: z.string(),
    }),
  ),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = Manifest['entries'][string];

/** An empty manifest. */
export function emptyManifest(): Manifest {
  return { version: 1, entries: {} };
}

/** Hex SHA-256 of the given parts, each length-prefixed so boundaries count. */
export function hashParts(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** What to do with an entry file: leave it, write it, or refuse because an editor changed it by hand. */
export type WriteDecision = 'unchanged' | 'write' | 'edited';

/**
 * Decides whether an output file may be (re)written: a file whose bytes differ from what normalize last
 * wrote there was edited by hand and is kept unless forced.
 */
export function decideWrite(options: {
  recorded: ManifestEntry | undefined;
  inputHash: string;
  /** Hash of the file now on disk at the target path, or null when there is none. */
  currentHash: string | null;
  /** Hash of the content about to be written, when already rendered. */
  nextHash?: string;
  force: boolean;
}): WriteDecision {
  const { recorded, inputHash, currentHash, nextHash, force } = options;
  if (currentHash !== null && currentHash === nextHash) return 'unchanged';
  if (recorded && currentHash !== null && recorded.input === inputHash && recorded.output === currentHash) {
    return 'unchanged';
  }
  if (currentHash === null || force) return 'write';
  return recorded?.output === currentHash ? 'write' : 'edited';
}
