import { readFileSync } from 'node:fs';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Block, blockText } from '../../src/normalize/blocks.ts';
import { decodeRaw } from '../../src/normalize/decode.ts';
import { renderEntry } from '../../src/normalize/markdown.ts';
import { type NormalizedReview, type NormalizeResult, normalizeReview } from '../../src/normalize/review.ts';
import { segment } from '../../src/normalize/segment/index.ts';
import { reviewMarkdown } from '../../src/plugins/review-markdown.ts';
import { filmSchema } from '../../src/schemas/film.ts';
import { reviewSchema } from '../../src/schemas/review.ts';

/**
 * Properties of the whole normalizer (decode → segment → … → markdown), over inputs nobody wrote by
 * hand: arbitrary Unicode, random bytes, and text assembled from the fragments real reviews and
 * hostile pastes are made of. The stage tests pin behaviour on examples; these pin what must hold
 * for every input.
 */

const film = filmSchema.parse(
  parse(readFileSync(new URL('../../content/films/ballerina-2025/film.yaml', import.meta.url), 'utf8')),
);
/**
 * Fixed seed: a failure reproduces, and the suite does the same work on every run. To explore
 * further, run with PROP_SEED=<n> PROP_RUNS_SCALE=<k> (k times the runs).
 */
const SEED = Number(process.env.PROP_SEED ?? 20_250_606);
const SCALE = Number(process.env.PROP_RUNS_SCALE ?? 1);
const options = { seed: SEED, numRuns: 150 * SCALE } as const;
/** Review-like text goes through every stage (most random input is refused early): fewer runs. */
const reviewOptions = { seed: SEED, numRuns: 100 * SCALE } as const;

// --- Inputs -----------------------------------------------------------------------------------------

/** Lines and pieces real reviews are made of: titles, headings, ratings, markers, sign-offs, promo. */
const REVIEW_FRAGMENTS = [
  'Ballerina Review',
  'A New Name in a Familiar World',
  '“Ballerina Review”',
  '"Quoted Title."',
  'Ballerina is a thrilling, stylish spin-off and Ana de Armas is terrific as Eve.',
  'The action is relentless, the plot is thin, and Keanu Reeves steals every scene he is in.',
  'Norman Reedus plays Daniel Pine with quiet menace; Huston is icy as the Director.',
  'It drags in the middle.',
  'Rating: ★★★½ (3.5/5)',
  'Score: 7 / 10',
  'Grade: B+',
  '3 out of 4 stars',
  '4/5 popcorn buckets',
  'Rated R for strong violence.',
  'Rating:',
  'The Verdict',
  'Should You See It?',
  'Final Thoughts',
  'SPOILER ALERT',
  'SPOILER ALERT: Eve dies at the end.',
  'Spoilers below',
  '⚠️ Spoilers Below: Full Breakdown & Big Reveals',
  'End of spoilers',
  'This review is spoiler-free.',
  'Winston dies in the finale.',
  'It turns out the Chancellor was her father all along.',
  'Eve kills the Chancellor.',
  'Pine betrays her.',
  '- Stylish fights',
  '- Thin villain',
  '• Ana de Armas',
  '1. First point',
  '> Needing to know is what got us banished.',
  '>',
  '– Asmodeus',
  'Review by Jane Doe',
  'By Sam Lee',
  "It's worth the ride. – Asmodeus",
  'Stay connected with us for the latest updates—only here on Indori Nerd!',
  'Subscribe to our newsletter for weekly picks.',
  'Originally published on The Film Stage.',
  'Ultimate Gaming Strategy Guide + Weekly Pro Tips',
  '',
  ' ',
];

/** Syntax that means something to markdown, HTML, YAML, MDX or a template engine. */
const SYNTAX_FRAGMENTS = [
  '---',
  '---\ntitle: pwned\nslug: pwned\n---',
  '+++',
  '# Heading',
  '## Not a heading',
  '| a | b |\n| --- | --- |\n| 1 | 2 |',
  '> quote',
  '>> nested',
  '[x](javascript:alert(1))',
  '[x]: javascript:alert(1)',
  '![p](https://evil.example/p.png)',
  '<https://evil.example/>',
  '<javascript:alert(1)>',
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<!-- comment -->',
  '<details open>',
  '{{ 7*7 }}',
  "{{constructor.constructor('alert(1)')()}}",
  '${7*7}',
  '{7*7}',
  ':::spoiler{reason="marked" label="x"}',
  ':::',
  '::leaf{x=1}',
  ':text[x]{y=2}',
  '*emphasis* _also_ **strong** `code` ~~del~~',
  '```js',
  '    indented code',
  '1) item',
  '* star item',
  '+ plus item',
  '***',
  '\\',
  '&amp; &lt;script&gt; &#x3C;',
  'a\u00A0b\u200Bc\u2028d\u2029e\u0085f\u000Bg\u000Ch',
  '\t\tTabbed',
  '\uFEFF',
  '\u202Eevil\u202C',
  'ﬁ ǅ İ ß',
  '🩰🔫💥',
  'e\u0301',
];

const line = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...REVIEW_FRAGMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(...SYNTAX_FRAGMENTS) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom(...REVIEW_FRAGMENTS, ...SYNTAX_FRAGMENTS), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join(' ')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);
const NEWLINES = ['\n', '\n', '\n\n', '\r\n', '\r'];
/** Text assembled from review-like and hostile fragments, with every kind of newline between lines. */
const reviewLike = fc
  .array(fc.tuple(line, fc.constantFrom(...NEWLINES)), { minLength: 1, maxLength: 14 })
  .map((lines) => lines.map(([l, nl]) => l + nl).join(''));
/** Any Unicode text, lone surrogates and control characters included. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({
    unit: fc.constantFrom('\n', '\r', ' ', 'a', 'B', '.', '-', '>', '#', ':', '<', '{', '★'),
    maxLength: 80,
  }),
);

// --- Helpers ----------------------------------------------------------------------------------------

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The whole pipeline a raw file goes through: bytes → decode → normalize. */
function pipeline(bytes: Uint8Array, file = 'prop.txt'): NormalizeResult {
  const decoded = decodeRaw(bytes);
  if (!decoded.ok) return decoded;
  return normalizeReview({ file, text: decoded.text }, film);
}

const reader = remark().use(remarkFrontmatter, ['yaml']).use(remarkDirective);
// The exact pipeline the site renders entry bodies with (astro.config.mjs passes the same options).
const site = await createMarkdownProcessor({ ...reviewMarkdown, syntaxHighlight: false });
/** What an entry body may render to: its blocks and the spoiler control, nothing from the text. */
const BODY_ELEMENTS = new Set(['p', 'h2', 'ul', 'li', 'blockquote', 'details', 'summary', 'span', 'div']);
const BODY_ATTRIBUTES = new Set(['id', 'class', 'data-spoiler', 'data-pagefind-ignore']);

/** Asserts the result is a clear refusal or an entry whose written markdown is schema-valid and inert. */
function assertClearOutcome(result: NormalizeResult): void {
  if (!result.ok) {
    expect(result.error.trim()).not.toBe('');
    expect(result.error).not.toMatch(/\n\s+at |Error:|undefined|\[object /);
    return;
  }
  const { entry, blocks, regions } = result.value;
  expect(reviewSchema.safeParse(entry).success).toBe(true);
  expect(entry.title, 'the title has no outer whitespace').toBe(entry.title.trim());
  const tree = reader.parse(renderEntry(entry, blocks, regions)) as Root;
  const [head, ...body] = tree.children;
  expect(head?.type).toBe('yaml');
  expect(reviewSchema.parse(parse((head as { value: string }).value))).toEqual(entry);
  const kinds = new Set<string>();
  visit({ type: 'root', children: body } as Root, (node) => {
    kinds.add(node.type);
  });
  for (const forbidden of [
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
    'leafDirective',
    'textDirective',
  ]) {
    expect(kinds, `the body has a ${forbidden} node`).not.toContain(forbidden);
  }
}

/** A block as the lines of a raw file: list items as "- item", block quotes as "> text". */
function rawLines(block: Block): string[] {
  // A credits block is plain lines on the page ("Director: X"), a list is bulleted.
  if (block.type === 'list') return block.items.map((item) => (block.credits ? item : `- ${item}`));
  return [block.type === 'blockquote' ? `> ${block.text}` : block.text];
}

/**
 * The output's text as a raw file would hold it: the title line, then one line per block.
 *
 * Two precise exceptions, both about text the blocks alone do not say:
 * - A title the review text lacked is made up ("<Outlet or critic>'s review of <Film>", or "A review
 *   of <Film>"). It is not a title line, so the re-joined text leaves
 *   it out and gives back what the first pass knew outside the blocks (source.author and outlet,
 *   from the sign-off and promo lines it removed) as the sidecar an editor would write.
 * - The spoiler stage splits a block that opens with a marker ("SPOILER ALERT: Eve dies.") into the
 *   marker and its content. Those two blocks were one line, and go back as that line: alone on a
 *   line, the marker would read as a heading or open a section instead of hiding just that line.
 *   (The entry's markdown keeps the scope: it is the :::spoiler container.) `segmented` are the
 *   blocks before the spoiler stage, which differ from the output's only by such splits.
 */
function asRawText(
  value: NormalizedReview,
  segmented: readonly Block[],
  hadTitleLine: boolean,
  titleRating: string | null,
): string {
  // A rating tacked onto the headline was taken off the title: it goes back on the title line.
  const titleLine = titleRating ? `${value.entry.title} ${titleRating}` : value.entry.title;
  const lines = hadTitleLine ? [titleLine] : [];
  const out = value.blocks;
  for (let i = 0, j = 0; i < out.length; i++, j++) {
    const block = out[i] as Block;
    const source = segmented[j];
    const next = out[i + 1];
    if (source && JSON.stringify(source) !== JSON.stringify(block)) {
      // A split: this block and the next are the two halves of `source`.
      expect(block.type).toBe(source.type);
      expect(next?.type).toBe(source.type);
      expect(blockText(source)).toContain(blockText(block));
      expect(blockText(source)).toContain(blockText(next as Block));
      lines.push(...rawLines(source));
      i++;
    } else lines.push(...rawLines(block));
  }
  return `${lines.join('\n')}\n`;
}

/** What must survive a second pass: title, blocks, cast, rating and spoiler regions. */
function facts(value: NormalizedReview) {
  const { entry, blocks, regions } = value;
  return { title: entry.title, blocks, cast: entry.cast, rating: entry.rating, regions };
}

/** Normalizes decoded text, then normalizes the output's own text again and expects the same facts. */
function assertIdempotent(text: string): void {
  const first = normalizeReview({ file: 'prop.txt', text }, film);
  if (!first.ok) return;
  const { source, title } = first.value.entry;
  const segmented = segment(text, film);
  const hadTitleLine = segmented.title === title;
  const sidecar = hadTitleLine
    ? null
    : {
        ...(source.author === null ? {} : { author: source.author }),
        ...(source.outlet === null ? {} : { outlet: source.outlet }),
      };
  const again = normalizeReview(
    {
      file: 'prop.txt',
      text: asRawText(first.value, segmented.blocks, hadTitleLine, segmented.titleRating),
      sidecar,
    },
    film,
  );
  if (!again.ok) throw new Error(`the output's own text was refused: ${again.error}`);
  expect(facts(again.value)).toEqual(facts(first.value));
}

/** Decodes UTF-8 text the way the CLI does, or null when it is refused. */
function decoded(text: string): string | null {
  const d = decodeRaw(utf8(text));
  return d.ok ? d.text : null;
}

// --- Properties -------------------------------------------------------------------------------------

// Each property runs the whole pipeline a hundred-odd times: generous timeouts for a loaded machine.
describe('normalizer properties', { timeout: 120_000 }, () => {
  it('random bytes: a clear refusal or a schema-valid, inert entry', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => assertClearOutcome(pipeline(bytes))),
      options,
    );
  });

  it('any Unicode text, as UTF-8 bytes: a clear refusal or a schema-valid, inert entry', () => {
    fc.assert(
      fc.property(anyText, (text) => assertClearOutcome(pipeline(utf8(text)))),
      options,
    );
  });

  it('any string handed to normalizeReview directly never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => assertClearOutcome(normalizeReview({ file: 'x.txt', text }, film))),
      options,
    );
  });

  it('review-like and hostile text: a clear refusal or a schema-valid, inert entry', () => {
    fc.assert(
      fc.property(reviewLike, (text) => assertClearOutcome(pipeline(utf8(text)))),
      reviewOptions,
    );
  });

  it('review-like and hostile text: the site renders the entry body to its own elements only', async () => {
    await fc.assert(
      fc.asyncProperty(reviewLike, async (text) => {
        const result = pipeline(utf8(text));
        if (!result.ok) return;
        const { entry, blocks, regions } = result.value;
        const body = renderEntry(entry, blocks, regions).replace(/^---\n[\s\S]*?\n---\n/, '');
        const html = (await site.render(body)).code;
        const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
        const elements = tags.map((tag) => (/^<([a-z0-9-]+)/i.exec(tag)?.[1] ?? '').toLowerCase());
        expect(
          elements.filter((e) => !BODY_ELEMENTS.has(e)),
          html,
        ).toEqual([]);
        const attributes = tags.flatMap((tag) => [...tag.matchAll(/\s([^\s=>]+)=/g)].map((m) => m[1]));
        expect(
          attributes.filter((a) => !BODY_ATTRIBUTES.has(a as string)),
          html,
        ).toEqual([]);
      }),
      reviewOptions,
    );
  });

  it('is deterministic: the same input gives the same entry and the same markdown', () => {
    fc.assert(
      fc.property(reviewLike, (text) => {
        const a = pipeline(utf8(text));
        const b = pipeline(utf8(text));
        expect(b).toEqual(a);
        if (a.ok && b.ok) {
          const { entry, blocks, regions } = a.value;
          expect(renderEntry(b.value.entry, b.value.blocks, b.value.regions)).toBe(
            renderEntry(entry, blocks, regions),
          );
        }
      }),
      reviewOptions,
    );
  });

  it('is idempotent: normalizing its own output text changes nothing', () => {
    fc.assert(
      fc.property(reviewLike, (raw) => {
        const text = decoded(raw);
        if (text !== null) assertIdempotent(text);
      }),
      reviewOptions,
    );
  });

  it('is idempotent on any Unicode text too', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const text = decoded(raw);
        if (text !== null) assertIdempotent(text);
      }),
      options,
    );
  });

  it.each([
    ['an empty "> " line after the last line', 'Ballerina Review\nIt drags.\nThe End\n>\n'],
    [
      'a title wholly in quotes that ends a sentence',
      '"Quoted Title."\nIt drags in the middle.\nIt is fun.\n',
    ],
    ['a block quote as the first line', '> Needing to know is what got us banished\nBallerina is fun.\n'],
    ['a list item as the first line', '- Stylish fights\n- Thin villain\nBallerina is fun.\n'],
    ['two dash sign-offs in a row', 'Ballerina Review\nIt is fun. – Jane Doe. – Asmodeus\n'],
    [
      'an inline spoiler marker',
      'Ballerina Review\nSPOILER ALERT: Eve dies at the end.\nThe stunts are great.\n',
    ],
    [
      'a forward-pointing inline marker',
      'Ballerina Review\n⚠️ Spoilers Below: Full Breakdown & Big Reveals. Eve wins.\nIt is fun.\n',
    ],
    [
      'an end marker split off a paragraph',
      'Ballerina Review\nEnd of spoilers ![p](https://e.example/p.png)\nFun.\n',
    ],
    [
      'a sign-off-like marker line',
      'Ballerina Review\nReview by Jane Doe Ballerina Review ⚠️ Spoilers Below: Full Breakdown\nBallerina Review\n',
    ],
  ])('is idempotent on %s (found by the properties)', (_, text) => assertIdempotent(text));

  it('takes no list item, block quote or bare rule as the title (found by the properties)', () => {
    for (const first of ['- Stylish fights', '> Needing to know is what got us banished', '---', '***']) {
      const result = normalizeReview(
        { file: 'x.txt', text: `${first}\nBallerina is fun.\nIt drags.\n` },
        film,
      );
      if (!result.ok) throw new Error(result.error);
      expect(result.value.entry.title).not.toBe(first);
      // No headline on the page: the rule's fallback, never a clipped first sentence.
      expect(result.value.entry.title).toBe(`A review of ${film.title}`);
    }
  });

  it('makes up a title without outer whitespace (found by the properties: "a ." had title "a ")', () => {
    const result = normalizeReview({ file: 'x.txt', text: 'a .\n' }, film);
    expect(result.ok && result.value.entry.title).toBe(`A review of ${film.title}`);
  });

  it('is idempotent on the five seed reviews', () => {
    for (const file of [
      '000_707371c8b41e717f',
      '001_7cd0c8dedc355856',
      '002_67b06dde32a0666c',
      '003_8d725c3ccc767f5e',
      '004_41548d693e3df93c',
    ]) {
      assertIdempotent(
        readFileSync(new URL(`../../content/films/ballerina-2025/raw/${file}.txt`, import.meta.url), 'utf8'),
      );
    }
  });
});
