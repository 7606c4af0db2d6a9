import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { type Sidecar, sidecarSchema } from '../schemas/sidecar.ts';

/** A validated sidecar, or why it was refused. */
export type ParsedSidecar = { ok: true; value: Sidecar } | { ok: false; error: string };

/** Parses and validates an editor's sidecar YAML; duplicate keys, alias bombs and unknown fields are refused. */
export function parseSidecar(source: string): ParsedSidecar {
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
  const problem = doc.errors[0];
  if (problem) return { ok: false, error: `invalid YAML: ${problem.message.split('\n')[0]}` };
  let data: unknown;
  try {
    // A handful of aliases is plenty for a sidecar; a "billion laughs" document is refused here.
    data = doc.toJS({ maxAliasCount: 20 });
  } catch (error) {
    return { ok: false, error: `invalid YAML: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = sidecarSchema.safeParse(data ?? {});
  if (!parsed.success)
    return { ok: false, error: `sidecar does not match its schema:\n${z.prettifyError(parsed.error)}` };
  return { ok: true, value: parsed.data };
}
