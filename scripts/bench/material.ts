/** Loading the generator's material from the repository and writing a corpus to disk. */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadFilmFile } from '../lib/films.ts';
import type { Material, RawReviewFile } from './corpus/index.ts';

/** Reads the seed reviews (content/films/ballerina-2025/raw/*.txt, in name order) and the film registry under `root`. */
export async function loadMaterial(root: string): Promise<Material> {
  const rawDir = join(root, 'content/films/ballerina-2025/raw');
  const names = (await readdir(rawDir)).filter((n) => n.endsWith('.txt')).sort();
  const seeds = await Promise.all(names.map((n) => readFile(join(rawDir, n), 'utf8')));
  const { film } = await loadFilmFile(join(root, 'content/films/ballerina-2025/film.yaml'));
  return { seeds, film };
}

/** Writes a generated corpus into `dir` (created if needed): each review's .txt and its sidecar, if any. */
export async function writeCorpus(dir: string, files: readonly RawReviewFile[]): Promise<number> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (const file of files) {
    const text = Buffer.from(file.text);
    bytes += text.length;
    await writeFile(join(dir, file.name), text);
    if (file.sidecar !== null) {
      await writeFile(join(dir, file.name.replace(/\.txt$/, '.yaml')), file.sidecar);
      bytes += Buffer.byteLength(file.sidecar);
    }
  }
  return bytes;
}
