/**
 * A review's lines made into a file as an editor saves it: joined with single or blank lines,
 * sometimes with CRLF line ends, a final newline or a BOM; named by index and a random stem; and, for
 * a few, a sidecar naming the outlet, a URL and a date.
 */
import { outletName } from './furniture.ts';
import { chance, hex, int, type Rng } from './rng.ts';

/**
 * Joins a review's lines into the file's text, with the line ends and encoding marks pasted files have.
 * @param rng the review's stream
 * @param lines the review's lines, in order
 * @returns the text
 */
export function pasteText(rng: Rng, lines: readonly string[]): string {
  const separator = chance(rng, 0.5) ? '\n' : '\n\n';
  let text = lines.join(separator);
  if (chance(rng, 0.3)) text += '\n';
  if (chance(rng, 0.05)) text = text.replace(/\n/g, '\r\n');
  if (chance(rng, 0.02)) text = `\uFEFF${text}`;
  return text;
}

/**
 * The file name of the index-th review: the zero-padded index and 16 random hex digits, so names sort
 * in corpus order.
 * @param rng the review's stream
 * @param index the review's position in the corpus
 * @returns a name such as `00042_9f3a…e1.txt`
 */
export function fileName(rng: Rng, index: number): string {
  return `${String(index).padStart(5, '0')}_${hex(rng, 16)}.txt`;
}

/**
 * Draws, for three reviews in a hundred, a sidecar with the outlet, a URL and a date in June 2025.
 * @param rng the review's stream
 * @param name the review's file name (the URL ends with its stem)
 * @param outlet the review's outlet, or null to draw one
 * @returns the sidecar's YAML and the outlet it names, or null
 */
export function drawSidecar(
  rng: Rng,
  name: string,
  outlet: string | null,
): { yaml: string; outlet: string } | null {
  if (!chance(rng, 0.03)) return null;
  const day = String(int(rng, 1, 28)).padStart(2, '0');
  const sideOutlet = outlet ?? outletName(rng);
  const url = `https://example.org/reviews/${name.replace(/\.txt$/, '')}`;
  return { yaml: `outlet: ${sideOutlet}\nurl: ${url}\ndate: 2025-06-${day}\n`, outlet: sideOutlet };
}
