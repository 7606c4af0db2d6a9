import { describe, expect, it } from 'vitest';
import {
  approxWordCount,
  hasPagefindBody,
  indexChunkSize,
  MIN_CHUNK,
  PAGEFIND_DEFAULT_CHUNK,
  pageUrl,
  separateAdjacentTags,
  TARGET_CHUNKS,
} from '../../src/lib/search-html.ts';

describe('separateAdjacentTags', () => {
  it('separates names in a compressed chip list', () => {
    expect(separateAdjacentTags('<a href="/k/">Keanu Reeves</a><a href="/i/">Ian McShane</a>')).toBe(
      '<a href="/k/">Keanu Reeves</a> <a href="/i/">Ian McShane</a>',
    );
    expect(
      separateAdjacentTags('<li><span>Ana de Armas</span></li><li><span>Norman Reedus</span></li>'),
    ).toBe('<li><span>Ana de Armas</span></li> <li><span>Norman Reedus</span></li>');
  });

  it('leaves text that touches a tag alone', () => {
    const html = '<p><em>Ball</em>erina, <a>Reeves</a>’s cameo</p></div>';
    expect(separateAdjacentTags(html)).toBe(html);
  });
});

describe('hasPagefindBody', () => {
  it.each([
    ['<article class="review" data-pagefind-body>', true],
    ['<main data-pagefind-body="">', true],
    ['<div data-pagefind-body/>', true],
    ['<p>the attribute data-pagefind-body in text</p>', false],
    ['<div data-pagefind-body-extra>', false],
    ['<html><body><p>home</p></body></html>', false],
  ])('%j → %s', (html, expected) => expect(hasPagefindBody(html)).toBe(expected));
});

describe('pageUrl', () => {
  it.each([
    ['reviews/a-dancer/index.html', '/reviews/a-dancer/'],
    ['index.html', '/'],
    ['404.html', '/404.html'],
    ['reviews\\x\\index.html', '/reviews/x/'],
  ])('%j → %j', (path, url) => expect(pageUrl(path)).toBe(url));
});

describe('approxWordCount', () => {
  it('counts the words of the text, not of tags, scripts or styles', () => {
    const html =
      '<html><head><style>a{b:c}</style><script>let x = 1;</script></head><body><p>Ana de <b>Armas</b></p></body></html>';
    expect(approxWordCount(html)).toBe(3);
    expect(approxWordCount('<p></p>')).toBe(0);
  });
});

describe('indexChunkSize', () => {
  it('aims at a fixed number of chunks between the floor and Pagefind’s default', () => {
    expect(indexChunkSize(0)).toBe(MIN_CHUNK);
    expect(indexChunkSize(6_000)).toBe(MIN_CHUNK);
    expect(indexChunkSize(TARGET_CHUNKS * 5_000)).toBe(5_000);
    expect(indexChunkSize(9_000_000)).toBe(PAGEFIND_DEFAULT_CHUNK);
    expect(indexChunkSize(Number.NaN)).toBe(MIN_CHUNK);
  });
});
