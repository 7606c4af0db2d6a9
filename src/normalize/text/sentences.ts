const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/** Abbreviations after which ICU wrongly ends a sentence. */
/** Titles written with a full stop before a name ("Mr. Nobody", "Dr. Strange"): no sentence ends after one. */
export const HONORIFICS: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Jr', 'Sr', 'Prof'];
const ABBREVIATION = new RegExp(`(?:^|\\s)(?:${HONORIFICS.join('|')}|vs|Vol|No|[A-Z])\\.$`);

/** Recent results: every stage splits the same paragraphs, so one review's blocks are split once. */
const cache = new Map<string, readonly string[]>();
const CACHE_SIZE = 512;

/**
 * Splits text into sentences, the one splitter every stage uses.
 * @param text a paragraph or any run of prose
 * @returns its trimmed, non-empty sentences, in order
 */
export function splitSentences(text: string): string[] {
  const hit = cache.get(text);
  if (hit) return [...hit];
  const out = split(text);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(text, out);
  return [...out];
}

/** ICU keeps "It ends. (Spoiler) Eve…" as one sentence: a bracket after a full stop opens a new one. */
const BRACKET_AFTER_STOP = /(?<=[.!?…]["”’]?)\s+(?=[([])/u;

function split(text: string): string[] {
  const out: string[] = [];
  let pending = '';
  const pieces = [...segmenter.segment(text)].flatMap(({ segment }) => segment.split(BRACKET_AFTER_STOP));
  for (const segment of pieces) {
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
