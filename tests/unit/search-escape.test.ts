import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptSegments, metaText, safeResultUrl } from '../../src/lib/search-escape.ts';

/** Escapes text the way Pagefind escapes an excerpt before adding <mark>. */
function pagefindEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

describe('decodeEntities', () => {
  it.each([
    ['a &amp; b', 'a & b'],
    ['&lt;script&gt;', '<script>'],
    ['&quot;x&quot; &#39;y&#39; &#x27;z&#x27;', "\"x\" 'y' 'z'"],
    ['caf&#233;', 'café'],
    ['&unknown; stays', '&unknown; stays'],
    ['&#0; &#xD800; &#1114112;', '\ufffd \ufffd \ufffd'],
  ])('%j → %j', (input, output) => expect(decodeEntities(input)).toBe(output));
});

describe('excerptSegments', () => {
  it('keeps <mark> as highlighting and everything else as text', () => {
    expect(excerptSegments('Norman <mark>Reedus</mark> &amp; &lt;b&gt;co&lt;/b&gt;')).toEqual([
      { text: 'Norman ', mark: false },
      { text: 'Reedus', mark: true },
      { text: ' & <b>co</b>', mark: false },
    ]);
  });

  it('never turns review text into markup, even unescaped tags', () => {
    const segments = excerptSegments('<img src=x onerror=alert(1)><mark><script>x</script></mark>');
    expect(segments).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
      { text: '<script>x</script>', mark: true },
    ]);
  });

  it('tolerates unbalanced and upper-case marks', () => {
    expect(excerptSegments('a</mark>b<MARK>c')).toEqual([
      { text: 'ab', mark: false },
      { text: 'c', mark: true },
    ]);
    expect(excerptSegments('')).toEqual([]);
  });

  it('gives back exactly the text Pagefind escaped (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.boolean()), { maxLength: 6 }), (parts) => {
        const excerpt = parts
          .map(([t, m]) => (m ? `<mark>${pagefindEscape(t)}</mark>` : pagefindEscape(t)))
          .join('');
        const text = excerptSegments(excerpt)
          .map((s) => s.text)
          .join('');
        expect(text).toBe(parts.map(([t]) => t).join(''));
      }),
    );
  });
});

describe('metaText', () => {
  it('collapses whitespace, trims and cuts long values', () => {
    expect(metaText('  The  Daily\nReel ')).toBe('The Daily Reel');
    expect(metaText('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('gives null for empty or non-string values', () => {
    expect(metaText('   ')).toBeNull();
    expect(metaText(undefined)).toBeNull();
    expect(metaText(42)).toBeNull();
  });
});

describe('safeResultUrl', () => {
  it.each(['/reviews/a-dancer/', '/reviews/x/#part'])('keeps the same-origin path %j', (url) =>
    expect(safeResultUrl(url)).toBe(url),
  );
  it.each([
    'javascript:alert(1)',
    '//evil.example/',
    '/\\evil.example',
    'https://evil.example/',
    'reviews/x/',
    '/reviews/\nx',
    null,
  ])('drops %j', (url) => expect(safeResultUrl(url)).toBeNull());
});
