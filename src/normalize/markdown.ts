import type { BlockContent, ListItem, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import { stringify } from 'yaml';
import type { Review } from '../schemas/review.ts';
import type { Block, SpoilerRegion } from './blocks.ts';

const processor = remark()
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkDirective)
  .data('settings', { bullet: '-', emphasis: '_', rule: '-', fences: true });

function text(value: string): { type: 'paragraph'; children: [{ type: 'text'; value: string }] } {
  return { type: 'paragraph', children: [{ type: 'text', value }] };
}

function blockNode(block: Block): BlockContent {
  switch (block.type) {
    case 'heading':
      return { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] };
    case 'paragraph':
      return text(block.text);
    case 'blockquote':
      return { type: 'blockquote', children: [text(block.text)] };
    case 'list':
      return {
        type: 'list',
        ordered: false,
        spread: false,
        children: block.items.map(
          (item): ListItem => ({ type: 'listItem', spread: false, children: [text(item)] }),
        ),
      };
  }
}

/** Builds the entry's mdast: YAML frontmatter, then the blocks, spoiler regions as `:::spoiler` containers. */
export function entryTree(entry: Review, blocks: readonly Block[], regions: readonly SpoilerRegion[]): Root {
  // YAML 1.1 output quotes strings a 1.1 reader (Astro's) would take for dates or booleans.
  const yaml = stringify(entry, { lineWidth: 0, version: '1.1' }).trimEnd();
  const children: RootContent[] = [{ type: 'yaml', value: yaml }];
  let i = 0;
  for (const region of [...regions].sort((a, b) => a.start - b.start)) {
    for (; i < region.start; i++) children.push(blockNode(blocks[i] as Block));
    const directive: ContainerDirective = {
      type: 'containerDirective',
      name: 'spoiler',
      attributes: { reason: region.reason, label: region.label },
      children: blocks.slice(region.start, region.end).map(blockNode),
    };
    children.push(directive);
    i = region.end;
  }
  for (; i < blocks.length; i++) children.push(blockNode(blocks[i] as Block));
  return { type: 'root', children };
}

/** Serializes an entry to the markdown file written to content/films/<film>/reviews. */
export function renderEntry(
  entry: Review,
  blocks: readonly Block[],
  regions: readonly SpoilerRegion[],
): string {
  return processor.stringify(entryTree(entry, blocks, regions));
}
