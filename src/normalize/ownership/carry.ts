import { parseDocument } from 'yaml';

const FRONTMATTER = /^---\n([\s\S]*?)\n---(\n|$)/;

/**
 * An entry an editor changed, moved to another slug or raw file name: only `slug` and `source.file`
 * change, every other line of the editor's file stays as it was.
 * @param text The hand-edited entry file.
 * @param to The slug and raw file name it now belongs to.
 * @returns The new text, or null when its frontmatter does not read as YAML.
 */
export function retarget(text: string, to: { slug: string; file: string }): string | null {
  const match = FRONTMATTER.exec(text);
  if (!match) return null;
  const doc = parseDocument(match[1] as string, { keepSourceTokens: false });
  if (doc.errors.length > 0) return null;
  doc.set('slug', to.slug);
  if (doc.hasIn(['source'])) doc.setIn(['source', 'file'], to.file);
  const yaml = doc.toString({ lineWidth: 0 }).trimEnd();
  return `---\n${yaml}\n---${match[2]}${text.slice(match[0].length)}`;
}

/**
 * Whether two hand-edited entries carry the same edit, told apart only by their slug or raw file
 * name (as when a run stopped after copying an edit to its new slug and before removing the old).
 * @param a One entry file's text.
 * @param b The other's.
 */
export function sameEdit(a: string, b: string): boolean {
  const to = { slug: 'x', file: 'x' };
  const left = retarget(a, to);
  return left !== null && left === retarget(b, to);
}
