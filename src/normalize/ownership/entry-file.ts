import { parse } from 'yaml';
import { type Generated, generatedSchema } from '../../schemas/review.ts';
import { sealHolds } from './seal.ts';

/** What an entry file says about itself: its slug, the raw file it came from, and whether normalize's seal holds. */
export interface EntryFacts {
  /** The `slug` field, or null when it has none that reads. */
  slug: string | null;
  /** `source.file`: the raw review the entry belongs to, or null when it names none. */
  owner: string | null;
  /** The `generated` block normalize wrote, or null on an entry an editor wrote from scratch. */
  generated: Generated | null;
  /** True when the file is byte for byte as normalize wrote it. */
  pristine: boolean;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;

/**
 * Reads the facts of ownership from an entry file alone.
 * @param text The entry file's text; anything unreadable gives nulls, never an error.
 */
export function readEntryFile(text: string): EntryFacts {
  return (sealHolds(text) && ownFormat(text)) || readAnyFormat(text);
}

const OWN =
  /^---\n(?:[a-zA-Z]+: .*\n)*?slug: (.+)\nsource:\n {2}file: (.+)\n[\s\S]*\ngenerated:\n {2}by: (".*")\n {2}from: (".*")\n {2}slug: (".*")\n {2}hash: (".*")\n---(?:\n|$)/;

/** The facts of a sealed entry, read straight from the layout normalize writes (no full YAML parse). */
function ownFormat(text: string): EntryFacts | null {
  const m = OWN.exec(text);
  if (!m) return null;
  const [slug, owner, by, from, wanted, hash] = m.slice(1).map((v) => parse(v as string) as unknown);
  const generated = generatedSchema.safeParse({ by, from, slug: wanted, hash });
  if (!generated.success || typeof slug !== 'string' || typeof owner !== 'string') return null;
  return { slug, owner, generated: generated.data, pristine: true };
}

/** The facts of any entry, an editor's included, from its parsed frontmatter. */
function readAnyFormat(text: string): EntryFacts {
  const none: EntryFacts = { slug: null, owner: null, generated: null, pristine: false };
  const yaml = FRONTMATTER.exec(text)?.[1];
  if (yaml === undefined) return none;
  let data: unknown;
  try {
    data = parse(yaml, { maxAliasCount: 0, uniqueKeys: false });
  } catch {
    return none;
  }
  if (typeof data !== 'object' || data === null) return none;
  const record = data as { slug?: unknown; source?: { file?: unknown }; generated?: unknown };
  const generated = generatedSchema.safeParse(record.generated);
  return {
    slug: typeof record.slug === 'string' ? record.slug : null,
    owner: typeof record.source?.file === 'string' ? record.source.file : null,
    generated: generated.success ? generated.data : null,
    pristine: generated.success && sealHolds(text),
  };
}
