import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Root, RootContent } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decodeRaw, MAX_BYTES, MAX_LINE } from '../../src/normalize/decode.ts';
import { renderEntry } from '../../src/normalize/markdown.ts';
import { type NormalizedReview, normalizeReview } from '../../src/normalize/review.ts';
import { reviewMarkdown } from '../../src/plugins/review-markdown.ts';
import { filmSchema } from '../../src/schemas/film.ts';
import { type Review, reviewSchema } from '../../src/schemas/review.ts';
import { cleanUp, normalizeCli, root, tempDir as sharedTempDir } from '../support/cli.ts';

/**
 * The named hostile and malformed inputs of issue 6, each end to end: bytes → decodeRaw →
 * normalizeReview → the markdown file, read back the way the site reads it; and through the CLI
 * where the case is about files (slugs, sidecars, sizes). The stage tests (decode, sidecar,
 * markdown, normalize-cli) cover each stage's own rules; these check that the whole path holds.
 */

const film = filmSchema.parse(
  parse(readFileSync(join(root, 'content/films/ballerina-2025/film.yaml'), 'utf8')),
);
const utf8 = (s: string) => new TextEncoder().encode(s);

const GOOD = [
  'Ballerina Review',
  'Ballerina is a thrilling, stylish spin-off and Ana de Armas is terrific as Eve.',
  'The fights are inventive and Keanu Reeves makes a welcome appearance.',
  'Rating: 4/5',
].join('\n');

/** Bytes through the whole normalizer: the entry, or the refusal. */
function normalizeBytes(
  bytes: Uint8Array,
  file = 'hostile.txt',
): { ok: true; value: NormalizedReview } | { ok: false; error: string } {
  const decoded = decodeRaw(bytes);
  if (!decoded.ok) return decoded;
  return normalizeReview({ file, text: decoded.text }, film);
}

function entryOf(bytes: Uint8Array): NormalizedReview {
  const result = normalizeBytes(bytes);
  if (!result.ok) throw new Error(`expected an entry, got: ${result.error}`);
  return result.value;
}

function refusalOf(bytes: Uint8Array): string {
  const result = normalizeBytes(bytes);
  if (result.ok) throw new Error(`expected a refusal, got an entry titled ${result.value.entry.title}`);
  expect(result.error).not.toMatch(/\n\s+at /);
  return result.error;
}

const reader = remark().use(remarkFrontmatter, ['yaml']).use(remarkDirective);

/** The written markdown, parsed back the way the site reads it: frontmatter data and body nodes. */
function readBack(value: NormalizedReview): { data: Review; body: RootContent[]; text: string; md: string } {
  const md = renderEntry(value.entry, value.blocks, value.regions);
  const tree = reader.parse(md) as Root;
  const [head, ...body] = tree.children;
  if (head?.type !== 'yaml') throw new Error('the entry does not open with its frontmatter');
  const data = reviewSchema.parse(parse(head.value));
  return { data, body, text: body.map((n) => mdToString(n)).join('\n'), md };
}

/** Node types review text must never become: markup, links, media, code, tables, frontmatter. */
const FORBIDDEN = [
  'html',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'definition',
  'yaml',
  'code',
  'inlineCode',
  'table',
  'thematicBreak',
  'leafDirective',
  'textDirective',
];

// The exact pipeline the site renders entry bodies with (astro.config.mjs passes the same options).
const site = await createMarkdownProcessor({ ...reviewMarkdown, syntaxHighlight: false });
/** Elements an entry body may render to: its blocks and the spoiler control, nothing from the text. */
const BODY_ELEMENTS = new Set(['p', 'h2', 'ul', 'li', 'blockquote', 'details', 'summary', 'span', 'div']);
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Smartypants' typography (curly quotes, dashes, ellipses) folded to one form, on both sides of a comparison. */
function typography(text: string): string {
  return text
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/—|–|-{2,3}/g, '—')
    .replace(/…|\.{3}/g, '…');
}
/** Rendered HTML's text, entities decoded. */
function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (m, hex, dec, name) =>
      hex
        ? String.fromCodePoint(Number.parseInt(hex, 16))
        : dec
          ? String.fromCodePoint(Number(dec))
          : (ENTITIES[name] ?? m),
    );
}

/**
 * Asserts each payload is in the entry body as literal text, and the body holds no markup of any kind:
 * read back as mdast (remark + remark-directive + remark-frontmatter), and rendered by the site's own
 * markdown pipeline (which also parses GFM, unless told not to).
 */
async function expectLiteral(value: NormalizedReview, ...payloads: string[]): Promise<void> {
  const { data, body, text } = readBack(value);
  expect(data).toEqual(value.entry);
  const kinds = new Set<string>();
  visit({ type: 'root', children: body } as Root, (node) => {
    kinds.add(node.type);
  });
  for (const kind of FORBIDDEN) expect(kinds, `a ${kind} node in the body`).not.toContain(kind);
  const directives: string[] = [];
  visit({ type: 'root', children: body } as Root, 'containerDirective', (node) => {
    directives.push(node.name);
  });
  expect(directives.every((name) => name === 'spoiler')).toBe(true);
  expect(directives).toHaveLength(value.regions.length);
  for (const payload of payloads) expect(text).toContain(payload);

  const { md } = readBack(value);
  const html = (await site.render(md.replace(/^---\n[\s\S]*?\n---\n/, ''))).code;
  const elements = new Set(
    [...html.matchAll(/<([a-z][a-z0-9-]*)/gi)].map((m) => (m[1] as string).toLowerCase()),
  );
  expect(
    [...elements].filter((e) => !BODY_ELEMENTS.has(e)),
    html,
  ).toEqual([]);
  const attributes = (html.match(/<[a-z][^>]*>/gi) ?? []).flatMap((tag) =>
    [...tag.matchAll(/\s([^\s=>]+)=/g)].map((m) => m[1] as string),
  );
  expect(
    attributes.filter((a) => !['id', 'class', 'data-spoiler', 'data-pagefind-ignore'].includes(a)),
  ).toEqual([]);
  const rendered = typography(htmlText(html));
  for (const payload of payloads) expect(rendered).toContain(typography(payload));
}

// --- Encodings and bytes --------------------------------------------------------------------------

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

describe('hostile input: empty, binary and badly encoded files', () => {
  it('refuses an empty file', () => expect(refusalOf(new Uint8Array())).toMatch(/^empty: /));

  it('refuses a whitespace-only file (spaces, tabs, newlines of every kind, BOM, NBSP)', () => {
    expect(refusalOf(utf8(' \t\n\r\n\r\u000B\u000C\u2028'))).toMatch(/^empty: /);
    expect(refusalOf(utf8('\uFEFF   \n\n'))).toMatch(/^empty: /);
  });

  it('refuses text that is only invisible characters once cleaned', () => {
    // NBSP and zero-width characters survive decoding but leave no words: nothing usable.
    expect(refusalOf(utf8('\u00A0\u200B\u200D\n\u00A0\n'))).toMatch(/nothing usable/);
  });

  it('refuses binary data: a PNG header, and text with NUL bytes in it', () => {
    expect(
      refusalOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
    ).toMatch(/^binary data: /);
    expect(refusalOf(utf8(`${GOOD}\0\0 more`))).toMatch(/^binary data: .*NUL/);
    expect(refusalOf(utf16(`${GOOD}\0`, false))).toMatch(/^binary data: .*NUL/);
  });

  it('refuses invalid UTF-8: a Latin-1 file, a truncated sequence, an overlong encoding', () => {
    expect(refusalOf(Buffer.from(`${GOOD} café`, 'latin1'))).toMatch(/^not valid UTF-8/);
    expect(refusalOf(new Uint8Array([...utf8(GOOD), 0xe2, 0x82]))).toMatch(/^not valid UTF-8/);
    expect(refusalOf(new Uint8Array([...utf8(GOOD), 0xc0, 0xaf]))).toMatch(/^not valid UTF-8/);
  });

  it('reads UTF-16 LE and BE with a BOM, and UTF-8 with a BOM, into the same entry as plain UTF-8', () => {
    const plain = entryOf(utf8(GOOD));
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(GOOD)]);
    for (const bytes of [utf16(GOOD, false), utf16(GOOD, true), bom]) {
      const value = entryOf(bytes);
      expect(value).toEqual(plain);
      expect(value.entry.title).toBe('Ballerina Review'); // no BOM glued to the title
      expect(renderEntry(value.entry, value.blocks, value.regions)).not.toContain('\uFEFF');
    }
  });

  it('reads CRLF, CR and mixed newlines into the same entry as LF', () => {
    const plain = entryOf(utf8(GOOD));
    const lines = GOOD.split('\n');
    for (const text of [
      lines.join('\r\n'),
      lines.join('\r'),
      `${lines[0]}\r\n${lines[1]}\r${lines[2]}\n${lines[3]}\r\n`,
    ]) {
      const value = entryOf(utf8(text));
      expect(value).toEqual(plain);
      expect(readBack(value).md).not.toContain('\r');
    }
  });
});

// --- Size limits ----------------------------------------------------------------------------------

describe('hostile input: size limits (decode.ts: 256 KiB a file, 20,000 characters a line)', () => {
  it('refuses a 5 MB file, naming its size and the limit', () => {
    const bytes = utf8(`${GOOD}\n`.repeat(Math.ceil((5 * 1024 * 1024) / (GOOD.length + 1))));
    expect(bytes.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(refusalOf(bytes)).toMatch(
      /^file is 5,\d{3},\d{3} bytes, over the 262,144-byte limit for a review$/,
    );
  });

  it('checks the size before decoding anything: 5 MB of invalid bytes gets the size message', () => {
    // Were the bytes decoded (or scanned for NULs) first, the answer would be "not valid UTF-8".
    expect(decodeRaw(new Uint8Array(5 * 1024 * 1024).fill(0xff))).toEqual({
      ok: false,
      error: expect.stringMatching(/over the 262,144-byte limit/),
    });
    expect(decodeRaw(new Uint8Array(MAX_BYTES + 1))).toEqual({
      ok: false,
      error: expect.stringMatching(/over the 262,144-byte limit/),
    });
  });

  it('refuses a single 1 MB line with a clear message', () => {
    expect(refusalOf(utf8('word '.repeat(210_000)))).toMatch(/over the 262,144-byte limit for a review$/);
  });

  it('refuses a line over 20,000 characters in a file under the size limit', () => {
    const line = `${'Ana de Armas is great. '.repeat(Math.ceil(MAX_LINE / 23))}`;
    expect(line.length).toBeGreaterThan(MAX_LINE);
    expect(refusalOf(utf8(`${GOOD}\n${line}\n`))).toMatch(
      /^a line of 20,\d{3} characters is over the 20,000-character limit$/,
    );
  });
});

// --- Text that means something to another syntax ---------------------------------------------------

describe('hostile input: text that looks like markup stays literal text', () => {
  it('frontmatter at the top of the raw text: the entry keeps its own frontmatter', async () => {
    const value = entryOf(
      utf8(`---\ntitle: Pwned\nslug: pwned\nsource: { url: "javascript:alert(1)" }\n---\n${GOOD}\n---\n`),
    );
    const { data, body } = readBack(value);
    expect(data.slug).not.toBe('pwned');
    expect(data.source.url).toBeNull();
    expect(data.title).not.toBe('---'); // a separator is not a title
    await expectLiteral(
      value,
      'title: Pwned',
      'slug: pwned',
      'source: { url: "javascript:alert(1)" }',
      '---',
    );
    expect(body.filter((n) => n.type === 'yaml')).toEqual([]);
  });

  it('markdown syntax: headings, tables, quotes, javascript: links, GFM autolinks and strikethrough', async () => {
    const value = entryOf(
      utf8(
        [
          GOOD,
          '# Not a heading of ours',
          '| Film | Score |',
          '| --- | --- |',
          '| Ballerina | 5 |',
          'A line with a > in it, and [click me](javascript:alert(1)) and [y](data:text/html,<b>x</b>).',
          '>> A quote inside a quote, with [x](javascript:alert(2))',
          '[ref]: javascript:alert(3)',
          'Use [the ref][ref] and ![img](https://evil.example/p.png) and <https://evil.example/>.',
          '***',
          '    four-space indented code',
          '```js',
          'alert(4)',
          '```',
          'GFM: a bare https://evil.example/x?a=1 and www.evil.example and me@evil.example, ~one~ and ~~two~~, [^1].',
          '- [x] a task list item',
          '- [ ] another',
        ].join('\n'),
      ),
    );
    await expectLiteral(
      value,
      '# Not a heading of ours',
      '| Film | Score |',
      '| --- | --- |',
      '[click me](javascript:alert(1))',
      '[y](data:text/html,<b>x</b>)',
      '> A quote inside a quote, with [x](javascript:alert(2))',
      '[ref]: javascript:alert(3)',
      '![img](https://evil.example/p.png)',
      '<https://evil.example/>',
      '***',
      '```js',
      'GFM: a bare https://evil.example/x?a=1 and www.evil.example and me@evil.example, ~one~ and ~~two~~, [^1].',
      '[x] a task list item',
    );
  });

  it('raw HTML and <script>', async () => {
    const payloads = [
      '<script>alert(1)</script>',
      '</script><script>alert(2)</script>',
      '<img src=x onerror=alert(3)>',
      '<svg onload=alert(4)><circle/></svg>',
      '<iframe src="https://evil.example/"></iframe>',
      '<!-- a comment -->',
      '<a href="javascript:alert(5)">link</a>',
      '<details open><summary>x</summary></details>',
    ];
    const value = entryOf(utf8([GOOD, ...payloads, `Inline ${payloads[0]} in prose.`].join('\n')));
    await expectLiteral(value, ...payloads, `Inline ${payloads[0]} in prose.`);
    expect(readBack(value).md).not.toMatch(/^<script/m);
  });

  it('template syntax: {{ }}, ${ }, { } and MDX-like expressions', async () => {
    const payloads = [
      '{{ 7*7 }}',
      "{{constructor.constructor('alert(1)')()}}",
      '${7*7}',
      '{alert(1)}',
      '{% raw %}',
      '<%= 7*7 %>',
      ':::spoiler{reason="marked" label="fake"}',
      '::leaf{x=1} and :text[y]{z=2}',
    ];
    const value = entryOf(utf8([GOOD, ...payloads].join('\n')));
    await expectLiteral(value, ...payloads);
  });

  it('a hostile title line stays the title, as text, in frontmatter and file name', () => {
    const value = entryOf(utf8(`</script><script>alert(1)</script> {{x}} # | >\n${GOOD}`));
    expect(value.entry.title).toBe('</script><script>alert(1)</script> {{x}} # | >');
    expect(value.entry.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(readBack(value).data.title).toBe(value.entry.title);
  });
});

// --- Files, through the CLI -----------------------------------------------------------------------

afterAll(cleanUp);
const tempDir = () => sharedTempDir('hostile-input-');

/** Runs the CLI on one folder; never a stack trace. */
function runCli(input: string, output: string, ...extra: string[]) {
  const r = normalizeCli(['--input', input, '--output', output, ...extra]);
  expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  return r;
}

const mdFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
function frontmatter(path: string): Review {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(path, 'utf8'));
  if (!match) throw new Error(`${path} has no frontmatter`);
  return reviewSchema.parse(parse(match[1] as string));
}

describe('hostile input: files (CLI)', { timeout: 60_000 }, () => {
  it('refuses a 5 MB file and a 3 GiB one without reading them, and still writes the others', () => {
    const input = tempDir();
    const out = tempDir();
    writeFileSync(join(input, 'good.txt'), GOOD);
    writeFileSync(join(input, 'big.txt'), Buffer.alloc(5 * 1024 * 1024, 'a'));
    // A sparse 3 GiB file costs nothing on disk; reading it whole would crash the run (Node cannot
    // read a file over 2 GiB into one buffer), so getting a per-file message proves it was not read.
    const fd = openSync(join(input, 'huge.txt'), 'w');
    ftruncateSync(fd, 3 * 1024 ** 3);
    closeSync(fd);
    const r = runCli(input, out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/big\.txt: file is 5,242,880 bytes, over the 262,144-byte limit for a review/);
    expect(r.stderr).toMatch(
      /huge\.txt: file is 3,221,225,472 bytes, over the 262,144-byte limit for a review/,
    );
    expect(mdFiles(out)).toEqual(['ballerina-review.md']);
  });

  it('refuses something that is not a file but is named like a review', () => {
    const input = tempDir();
    const out = tempDir();
    writeFileSync(join(input, 'good.txt'), GOOD);
    mkdirSync(join(input, 'folder.txt'));
    const r = runCli(input, out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/folder\.txt: not a regular file/);
    expect(mdFiles(out)).toEqual(['ballerina-review.md']);
  });

  it('two raw files with the same slug: both written, distinct slugs, a warning naming both', () => {
    const input = tempDir();
    const out = tempDir();
    // b.txt's slug clashes with a.txt's; its fallback "…-b" clashes with a0.txt's own title; the
    // stem of "~~~.txt" slugs to nothing. Every one still gets its own file.
    writeFileSync(join(input, 'a0.txt'), GOOD.replace('Ballerina Review', 'Ballerina Review B'));
    writeFileSync(join(input, 'a.txt'), GOOD);
    writeFileSync(join(input, 'b.txt'), GOOD.replace('thrilling', 'gripping'));
    writeFileSync(join(input, '~~~.txt'), GOOD.replace('thrilling', 'taut'));
    const r = runCli(input, out);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/4 written/);
    expect(r.stderr).toMatch(
      /b\.txt: its slug "ballerina-review" is taken by a\.txt; written as "ballerina-review-b-2"/,
    );
    expect(r.stderr).toMatch(
      /~~~\.txt: its slug "ballerina-review" is taken by a\.txt; written as "ballerina-review-2"/,
    );
    const files = mdFiles(out);
    expect(files).toEqual([
      'ballerina-review-2.md',
      'ballerina-review-b-2.md',
      'ballerina-review-b.md',
      'ballerina-review.md',
    ]);
    const sources = files.map((f) => frontmatter(join(out, f)));
    expect(sources.map((d) => d.source.file).sort()).toEqual(['a.txt', 'a0.txt', 'b.txt', '~~~.txt']);
    for (const [i, f] of files.entries()) expect(`${sources[i]?.slug}.md`).toBe(f);
    // A second run keeps every slug where it is.
    const again = runCli(input, out);
    expect(again.stdout).toMatch(/0 written, 4 unchanged, 0 removed/);
  });
});

// --- Sidecars, through the CLI --------------------------------------------------------------------

/**
 * A run with a good review, and a review whose sidecar is bad; first with a good sidecar, so the
 * review has a previous entry that must survive the bad one unchanged.
 */
function sidecarRun(badSidecar: string) {
  const input = tempDir();
  const out = tempDir();
  writeFileSync(join(input, 'other.txt'), GOOD.replace('Ballerina Review', 'Another Ballerina Review'));
  writeFileSync(join(input, 'edited.txt'), GOOD);
  writeFileSync(join(input, 'edited.yaml'), 'outlet: The Film Stage\n');
  expect(runCli(input, out).code).toBe(0);
  const before = readFileSync(join(out, 'ballerina-review.md'), 'utf8');
  writeFileSync(join(input, 'edited.yaml'), badSidecar);
  writeFileSync(
    join(input, 'other.txt'),
    `${GOOD.replace('Ballerina Review', 'Another Ballerina Review')}\nNew line.\n`,
  );
  const r = runCli(input, out);
  expect(r.code).toBe(1);
  // The review is not written with wrong (or no) sidecar data: its previous entry is untouched.
  expect(readFileSync(join(out, 'ballerina-review.md'), 'utf8')).toBe(before);
  expect(frontmatter(join(out, 'ballerina-review.md')).source.outlet).toBe('The Film Stage');
  // The other review is still written.
  expect(readFileSync(join(out, 'another-ballerina-review.md'), 'utf8')).toContain('New line.');
  expect(r.stdout).toMatch(/1 written, 0 unchanged, 0 removed, 1 failed/);
  return r.stderr;
}

describe('hostile input: sidecars (CLI)', { timeout: 60_000 }, () => {
  it('a YAML alias bomb is refused without expanding it, naming the file and the field', () => {
    const bomb = [
      'outlet: &o The Film Stage',
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'i: [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
    ].join('\n');
    expect(sidecarRun(bomb)).toMatch(
      /edited\.yaml: invalid YAML: "c" expands too many aliases \(a YAML alias bomb\?\)/,
    );
  });

  it('duplicate keys are refused, naming the file, the key and its line', () => {
    expect(sidecarRun('outlet: The Film Stage\nauthor: Jane\noutlet: Evil Outlet\n')).toMatch(
      /edited\.yaml: invalid YAML: duplicate key "outlet" \(line 3\)/,
    );
  });

  it('wrong types are refused, naming the file and each field', () => {
    const stderr = sidecarRun('outlet: 42\nrating: { value: "four", max: 5 }\nurl: "javascript:alert(1)"\n');
    expect(stderr).toMatch(/edited\.yaml: sidecar does not match its schema/);
    expect(stderr).toMatch(/→ at outlet/);
    expect(stderr).toMatch(/→ at rating\.value/);
    expect(stderr).toMatch(/→ at url/);
  });

  it('unknown fields are refused, naming the file and the field', () => {
    const stderr = sidecarRun('outlet: The Film Stage\nscore: 5\nslug: pwned\n');
    expect(stderr).toMatch(/edited\.yaml: sidecar does not match its schema/);
    expect(stderr).toMatch(/"score"/);
    expect(stderr).toMatch(/"slug"/);
  });
});
