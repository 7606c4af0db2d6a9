import { describe, expect, it } from 'vitest';
import { decodeRaw, MAX_BYTES, MAX_LINE } from '../../src/normalize/decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}
const text = (bytes: Uint8Array) => {
  const d = decodeRaw(bytes);
  if (!d.ok) throw new Error(d.error);
  return d.text;
};
const error = (bytes: Uint8Array) => {
  const d = decodeRaw(bytes);
  if (d.ok) throw new Error('expected a refusal');
  return d.error;
};

describe('decodeRaw', () => {
  it('reads plain UTF-8', () => expect(text(utf8('Ana de Armas ★★★½'))).toBe('Ana de Armas ★★★½'));
  it('drops a UTF-8 byte-order mark', () => expect(text(utf8('\uFEFFBallerina'))).toBe('Ballerina'));
  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(text(utf16('Eve – ★½', false))).toBe('Eve – ★½');
    expect(text(utf16('Eve – ★½', true))).toBe('Eve – ★½');
  });
  it.each([
    ['CRLF', 'a\r\nb\r\nc'],
    ['CR', 'a\rb\rc'],
    ['mixed', 'a\r\nb\rc'],
    ['Unicode line separators', 'a\u2028b\u2029c'],
  ])('turns %s newlines into LF', (_, input) => expect(text(utf8(input))).toBe('a\nb\nc'));

  it.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['whitespace only', utf8(' \n\t\r\n  '), /empty/],
    ['NUL bytes', utf8('abc\0def'), /binary data/],
    ['invalid UTF-8', new Uint8Array([0x41, 0xc3, 0x28, 0x42]), /not valid UTF-8/],
    ['Latin-1 bytes', new Uint8Array([0x63, 0x61, 0x66, 0xe9]), /not valid UTF-8/],
    ['control characters', utf8('\u0001\u0002\u0003\u0004 text'), /binary data/],
    ['a lone UTF-16 surrogate', new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), /UTF-16/],
  ])('refuses %s with a clear reason', (_, bytes, reason) => {
    expect(error(bytes)).toMatch(reason);
  });

  it('refuses a file over the size limit, naming the limit', () => {
    expect(error(new Uint8Array(5 * 1024 * 1024).fill(0x61))).toMatch(/over the 262,144-byte limit/);
    expect(MAX_BYTES).toBe(262_144);
  });

  it('refuses a single line over the line limit', () => {
    expect(error(utf8('word '.repeat(MAX_LINE / 4)))).toMatch(/over the 20,000-character limit/);
  });

  it('accepts a file just under both limits', () => {
    const line = 'a'.repeat(MAX_LINE - 1);
    expect(text(utf8(`${line}\n${line}`))).toHaveLength(2 * MAX_LINE - 1);
  });
});
