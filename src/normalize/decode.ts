/** Largest raw review accepted, in bytes: ten times a long review, small enough to never slow a build. */
export const MAX_BYTES = 256 * 1024;
/** Longest line accepted, in characters: a very long paragraph is ~3,000 words. */
export const MAX_LINE = 20_000;

/** Control characters other than tab, newline, CR and form feed: never part of text someone pasted. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0001-\u0008\u000E-\u001F\u007F]/g;
/** Vertical tab, form feed and Unicode line separators, read as newlines. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are read as newlines
const OTHER_NEWLINE = /[\u000B\u000C\u2028\u2029\u0085]/g;

/** Decoded text, or the reason the bytes are not a usable review. */
export type Decoded = { ok: true; text: string } | { ok: false; error: string };

function decodeStrict(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Why a file of `size` bytes is refused, or null when its size is fine: checked before reading it. */
export function sizeError(size: number): string | null {
  if (size <= MAX_BYTES) return null;
  return `file is ${size.toLocaleString('en')} bytes, over the ${MAX_BYTES.toLocaleString('en')}-byte limit for a review`;
}

/** Decodes raw review bytes (UTF-8, or UTF-16 with a BOM) into LF-newline text, refusing what is not a review. */
export function decodeRaw(bytes: Uint8Array): Decoded {
  const tooBig = sizeError(bytes.length);
  if (tooBig) return { ok: false, error: tooBig };
  let text: string | null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeStrict('utf-16le', bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeStrict('utf-16be', bytes);
  else {
    if (bytes.includes(0)) return { ok: false, error: 'binary data: the file contains NUL bytes' };
    text = decodeStrict('utf-8', bytes);
    if (text === null) return { ok: false, error: 'not valid UTF-8 text (save it as UTF-8 and retry)' };
  }
  if (text === null) return { ok: false, error: 'not valid UTF-16 text despite its byte-order mark' };
  text = text.replace(/^\uFEFF/, '');
  if (text.includes('\0')) return { ok: false, error: 'binary data: the file contains NUL characters' };
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.001) {
    return { ok: false, error: `binary data: ${controls} control characters` };
  }
  text = text.replace(/\r\n?/g, '\n').replace(OTHER_NEWLINE, '\n').replace(CONTROL, '');
  if (!text.trim()) return { ok: false, error: 'empty: the file has no text' };
  const longest = text.split('\n').reduce((max, line) => Math.max(max, line.length), 0);
  if (longest > MAX_LINE) {
    return {
      ok: false,
      error: `a line of ${longest.toLocaleString('en')} characters is over the ${MAX_LINE.toLocaleString('en')}-character limit`,
    };
  }
  return { ok: true, text };
}
