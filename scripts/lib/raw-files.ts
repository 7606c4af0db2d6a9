/** Reading a folder of raw reviews: each `.txt` with its optional sidecar, read, decoded and fingerprinted. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { mapLimit } from '../../src/lib/map-limit.ts';
import { decodeRaw, sizeError } from '../../src/normalize/decode.ts';
import { byName, hashParts } from '../../src/normalize/ownership/index.ts';
import { parseSidecar } from '../../src/normalize/sidecar.ts';
import type { Sidecar } from '../../src/schemas/sidecar.ts';

/** A raw review ready to normalize, or the reason it cannot be. */
export type RawFile =
  | {
      ok: true;
      name: string;
      path: string;
      /** Fingerprint of the raw bytes and the sidecar's: the same review under any file name. */
      from: string;
      text: string;
      sidecar: Sidecar | null;
    }
  | {
      ok: false;
      name: string;
      path: string /** The file at fault (the review or its sidecar). */;
      at: string;
      problem: string;
    };

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** How many raw files are read at once. */
const READS_IN_FLIGHT = 32;

/**
 * Reads a raw review or sidecar, or says why not. Size and kind come first: an oversized file is
 * refused without being read, and a folder or device named like a review is not one.
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

/**
 * Every raw review in a folder, in name order, each read, decoded and with its sidecar parsed.
 * @param dir The raw folder.
 * @param list Lists a folder's names (a test may hand them over in another order).
 * @returns The reviews, and warnings about sidecars that belong to no review.
 */
export async function readRawFolder(
  dir: string,
  list: (dir: string) => Promise<string[]> = readdir,
): Promise<{ files: RawFile[]; notes: string[] }> {
  const all = await list(dir);
  const names = all.filter((n) => n.endsWith('.txt')).sort(byName);
  const sidecars = new Set(all.filter((n) => /\.ya?ml$/.test(n)));
  const reviews = new Set(names);
  const notes = [...sidecars]
    .filter((s) => !reviews.has(s.replace(/\.ya?ml$/, '.txt')))
    .sort(byName)
    .map((s) => `${join(dir, s)}: sidecar has no matching .txt review; ignored`);
  // Read side by side (the reads overlap), kept in name order.
  const files = await mapLimit(names, READS_IN_FLIGHT, async (name): Promise<RawFile> => {
    const path = join(dir, name);
    const stem = name.replace(/\.txt$/, '');
    const sidecarName = [`${stem}.yaml`, `${stem}.yml`].find((s) => sidecars.has(s));
    const refuse = (problem: string, at = path): RawFile => ({ ok: false, name, path, at, problem });
    const raw = await readInput(path);
    if (typeof raw === 'string') return refuse(raw);
    const sidecarPath = sidecarName ? join(dir, sidecarName) : null;
    const sidecarBytes = sidecarPath ? await readInput(sidecarPath) : new Uint8Array();
    if (typeof sidecarBytes === 'string') return refuse(sidecarBytes, sidecarPath as string);
    const decoded = decodeRaw(raw);
    if (!decoded.ok) return refuse(decoded.error);
    let sidecar: Sidecar | null = null;
    if (sidecarPath) {
      const parsed = parseSidecar(new TextDecoder().decode(sidecarBytes));
      if (!parsed.ok) return refuse(parsed.error, sidecarPath);
      sidecar = parsed.value;
    }
    const from = hashParts(raw, sidecarBytes).slice(0, 16);
    return { ok: true, name, path, from, text: decoded.text, sidecar };
  });
  return { files, notes };
}
