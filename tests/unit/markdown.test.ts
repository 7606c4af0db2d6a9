import type { Root } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Block, SpoilerRegion } from '../../src/normalize/blocks.ts';
import { renderEntry } from '../../src/normalize/markdown.ts';
import type { Review } from '../../src/schemas/review.ts';

const entry: Review = {
  title: 'A "quoted": title',
  film: 'ballerina-2025',
  slug: 'a-quoted-title',
  source: { file: 'x.txt', outlet: null, author: null, url: null },
  date: null,
  rating: { score: null, source: 'none', explicit: null, estimated: null },
  cast: [],
  crew: [],
  spoilers: [],
  quote: 'A quote.',
  wordCount: 3,
  warnings: [],
  overrides: [],
};
const reader = remark().use(remarkFrontmatter, ['yaml']).use(remarkDirective);
const read = (md: string) => reader.parse(md) as Root;

function roundTrip(blocks: Block[], regions: SpoilerRegion[] = []) {
  const md = renderEntry(entry, blocks, regions);
  return { md, tree: read(md) };
}

describe('renderEntry', () => {
  it('writes the entry as YAML frontmatter that parses back to the same data', () => {
    const { tree } = roundTrip([{ type: 'paragraph', text: 'Hello.' }]);
    const yaml = tree.children[0];
    expect(yaml?.type).toBe('yaml');
    expect(parse((yaml as { value: string }).value)).toEqual(entry);
  });

  it('quotes strings a YAML 1.1 reader would take for dates or booleans', () => {
    const md = renderEntry({ ...entry, date: '2025-06-05', title: 'yes', quote: 'no' }, [], []);
    expect(md).toMatch(/^date: "2025-06-05"$/m);
    expect(md).toMatch(/^title: "yes"$/m);
    expect(md).toMatch(/^quote: "no"$/m);
  });

  it('writes headings, paragraphs, lists and quotes as markdown blocks', () => {
    const { tree } = roundTrip([
      { type: 'heading', text: 'The Good' },
      { type: 'paragraph', text: 'Stylish.' },
      { type: 'list', items: ['one', 'two'] },
      { type: 'blockquote', text: 'A line.' },
    ]);
    expect(tree.children.slice(1).map((n) => n.type)).toEqual(['heading', 'paragraph', 'list', 'blockquote']);
  });

  it('wraps each spoiler region in a :::spoiler container with its reason and label', () => {
    const { md, tree } = roundTrip(
      [
        { type: 'paragraph', text: 'Safe.' },
        { type: 'heading', text: 'Ending' },
        { type: 'paragraph', text: 'Eve wins.' },
        { type: 'paragraph', text: 'Safe again.' },
      ],
      [{ start: 2, end: 3, reason: 'marked', cue: 'Spoilers below', label: 'Ending' }],
    );
    expect(md).toContain(':::spoiler{reason="marked" label="Ending"}\nEve wins.\n:::');
    const directives: string[] = [];
    visit(tree, 'containerDirective', (node) => {
      directives.push(`${node.name}:${node.attributes?.reason}:${mdToString(node)}`);
    });
    expect(directives).toEqual(['spoiler:marked:Eve wins.']);
  });

  it.each([
    '# not a heading',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[click](javascript:alert(1))',
    '![x](data:text/html,<script>alert(1)</script>)',
    '| a | b |',
    '> not a quote',
    '---',
    ':::spoiler{reason="marked"}',
    '::leaf{x=1} and :text[x]{y=2}',
    '{{ template }} and ${expr} and {jsx}',
    '*not emphasis* _nor this_ `nor code`',
    '1. not a list',
    '<!-- comment -->',
  ])('keeps %j as plain text (no html, link, directive or other syntax)', (text) => {
    const { tree } = roundTrip([{ type: 'paragraph', text }]);
    const body = tree.children.slice(1);
    expect(body).toHaveLength(1);
    expect(body[0]?.type).toBe('paragraph');
    const kinds = new Set<string>();
    visit({ type: 'root', children: body } as Root, (node) => {
      kinds.add(node.type);
    });
    expect([...kinds].sort()).toEqual(['paragraph', 'root', 'text']);
    expect(mdToString(body[0])).toBe(text);
  });

  it('is deterministic', () => {
    const blocks: Block[] = [{ type: 'paragraph', text: 'Same.' }];
    expect(renderEntry(entry, blocks, [])).toBe(
      renderEntry(structuredClone(entry), structuredClone(blocks), []),
    );
  });
});
