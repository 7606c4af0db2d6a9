import { z } from 'astro/zod';
import { type Document, isMap, isNode, parseDocument } from 'yaml';
import { type Sidecar, sidecarSchema } from '../schemas/sidecar.ts';

/** Aliases a sidecar may expand: a handful is plenty, a "billion laughs" document needs millions. */
const MAX_ALIASES = 20;

/** The top-level field whose value alone expands too many aliases, for the error message. */
function aliasBombField(doc: Document): string | null {
  if (!isMap(doc.contents)) return null;
  for (const pair of doc.contents.items) {
    try {
      if (isNode(pair.value)) pair.value.toJS(doc, { maxAliasCount: MAX_ALIASES });
    } catch {
      return String(pair.key);
    }
  }
  return null;
}

/** A validated sidecar, or why it was refused. */
export type ParsedSidecar = { ok: true; value: Sidecar } | { ok: false; error: string };

/** Parses and validates an editor's sidecar YAML; duplicate keys, alias bombs and unknown fields are refused. */
export function parseSidecar(source: string): ParsedSidecar {
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
  const problem = doc.errors[0];
  if (problem) {
    const at = problem.pos[0];
    const line = `line ${source.slice(0, at).split('\n').length}`;
    if (problem.code === 'DUPLICATE_KEY') {
      const key = /^[^:\n]*/.exec(source.slice(at))?.[0].trim() || '?';
      return { ok: false, error: `invalid YAML: duplicate key "${key}" (${line})` };
    }
    return { ok: false, error: `invalid YAML: ${problem.message.split('\n')[0]} (${line})` };
  }
  let data: unknown;
  try {
    // A handful of aliases is plenty for a sidecar; a "billion laughs" document is refused here.
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    const field = aliasBombField(doc);
    return {
      ok: false,
      error: `invalid YAML: ${field ? `"${field}" expands` : 'it expands'} too many aliases (a YAML alias bomb?); a sidecar may use at most ${MAX_ALIASES}`,
    };
  }
  const parsed = sidecarSchema.safeParse(data ?? {});
  if (!parsed.success)
    return { ok: false, error: `sidecar does not match its schema:\n${z.prettifyError(parsed.error)}` };
  return { ok: true, value: parsed.data };
}
