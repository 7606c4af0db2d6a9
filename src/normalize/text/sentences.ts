const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/** Abbreviations after which ICU wrongly ends a sentence. */
const ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|Vol|No|Prof|[A-Z])\.$/;

/** Recent results: every stage splits the same paragraphs, so one review's blocks are split once. */
const cache = new Map<string, readonly string[]>();
const CACHE_SIZE = 512;

/** Splits text into trimmed, non-empty sentences. */
export function splitSentences(text: string): string[] {
  const hit = cache.get(text);
  if (hit) return [...hit];
  const out = split(text);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(text, out);
  return [...out];
}

function split(text: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    const s = segment.trim();
    if (!s) continue;
    pending = pending ? `${pending} ${s}` : s;
    if (!ABBREVIATION.test(pending)) {
      out.push(pending);
      pending = '';
    }
  }
  if (pending) out.push(pending);
  return out;
}
