/**
 * Turning what Pagefind returns into safe text. Pagefind's `meta` and `content` are raw page text;
 * only `excerpt` comes HTML-escaped, with the matches wrapped in <mark>. Nothing here produces
 * markup: the UI builds DOM nodes from these pieces with textContent, so a review's text is always text.
 */

/** A run of excerpt text, highlighted when it was inside a <mark>. */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML character references Pagefind writes (&amp; &lt; &#39; &#x27; …) into plain text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an escaped Pagefind excerpt into plain-text segments, keeping only its <mark> highlighting.
 * Any other tag-like text is kept as literal text, never as markup.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let mark = false;
  let last = 0;
  const push = (raw: string) => {
    const text = decodeEntities(raw);
    if (!text) return;
    const prev = segments[segments.length - 1];
    if (prev && prev.mark === mark) prev.text += text;
    else segments.push({ text, mark });
  };
  for (const m of excerpt.matchAll(/<(\/?)mark>/gi)) {
    push(excerpt.slice(last, m.index));
    mark = m[1] !== '/';
    last = m.index + m[0].length;
  }
  push(excerpt.slice(last));
  return segments;
}

/** Collapses whitespace and trims a raw meta value for display as text (null when empty or missing). */
export function metaText(value: unknown, maxLength = 300): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}

/** The result URL if it is a same-origin path ("/reviews/x/"), else null (drops "//host", "javascript:", …). */
export function safeResultUrl(url: unknown): string | null {
  if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\'))
    return null;
  // No whitespace or control characters: a path Pagefind built from a file name never has them.
  return [...url].some((c) => c.trim() === '' || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)
    ? null
    : url;
}
