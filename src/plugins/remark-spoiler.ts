import type { Blockquote, Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type {} from 'mdast-util-to-hast';
import { toString as mdToString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { safeHttpUrl } from '../lib/url.ts';
import { slugify } from '../normalize/slug.ts';

/**
 * remark plugin for review bodies. It does two things, in one pass, so neither can be forgotten:
 *
 * 1. Spoilers: every `:::spoiler{reason="…" label="…"}` container becomes a closed
 *    `<details class="spoiler" data-spoiler="<reason>" data-pagefind-ignore="all">` whose
 *    `<summary>` reads "Show spoiler: <label>" (and "Hide spoiler: <label>" once open, by CSS).
 *    <details> is the no-JavaScript control: native keyboard support (Enter/Space), an expanded
 *    state the browser exposes to assistive tech, never opened by hover.
 * 2. Review text is always text: raw HTML becomes literal text, links other than absolute
 *    http(s) lose their link (text kept), images become their alt text, definitions are dropped,
 *    stray text/leaf directives are written back as the text they were, other containers are
 *    unwrapped, a `#` heading is demoted so the page keeps one <h1>, and headings get ASCII ids
 *    prefixed "section-" (never an emoji-led id, never one of the page's own ids).
 */

/** The values `data-spoiler` can take; anything else is treated as "detected". */
export const SPOILER_REASONS = ['marked', 'detected'] as const;

/** Class names of the spoiler markup, shared with the Astro components that render the same control. */
export const SPOILER_CLASS = {
  region: 'spoiler',
  show: 'sp-show',
  hide: 'sp-hide',
  body: 'spoiler-body',
} as const;

/** The two texts of a spoiler control: shown while closed and while open. */
export function spoilerControlText(label: string): { show: string; hide: string } {
  return { show: `Show spoiler: ${label}`, hide: `Hide spoiler: ${label}` };
}

/** Maps a directive's reason attribute to a known reason (unknown or missing → "detected"). */
export function spoilerReason(reason: string | null | undefined): (typeof SPOILER_REASONS)[number] {
  return SPOILER_REASONS.find((r) => r === reason) ?? 'detected';
}

/** True for an absolute http: or https: URL, the only links review text may keep (the site's one rule: lib/url.ts). */
export function isSafeHref(url: string): boolean {
  return safeHttpUrl(url) !== null;
}

const PHRASING_PARENTS = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
  'textDirective',
]);

function textNode(value: string): Text {
  return { type: 'text', value };
}

function span(className: string, value: string): PhrasingContent {
  return {
    type: 'emphasis',
    data: { hName: 'span', hProperties: { className: [className] } },
    children: [textNode(value)],
  };
}

/** Source text of a node, from the file when positions are known. */
function sourceOf(node: Nodes, source: string | undefined): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (source === undefined || start === undefined || end === undefined) return undefined;
  return source.slice(start, end);
}

function directiveText(node: TextDirective | LeafDirective, source: string | undefined): string {
  const original = sourceOf(node, source);
  if (original !== undefined) return original;
  const colons = node.type === 'leafDirective' ? '::' : ':';
  const label = node.children.length ? `[${mdToString(node)}]` : '';
  return `${colons}${node.name}${label}`;
}

/** Turns one `:::spoiler` container into the details/summary region, in place. */
function toSpoilerRegion(node: ContainerDirective): void {
  const children = [...node.children];
  const first = children[0];
  let labelFromDirective: string | undefined;
  if (first?.type === 'paragraph' && first.data?.directiveLabel) {
    labelFromDirective = mdToString(first).trim();
    children.shift();
  }
  const label = (node.attributes?.label ?? '').trim() || labelFromDirective || 'Spoiler';
  const reason = spoilerReason(node.attributes?.reason);
  const text = spoilerControlText(label);
  const summary: Paragraph = {
    type: 'paragraph',
    data: { hName: 'summary' },
    children: [span(SPOILER_CLASS.show, text.show), span(SPOILER_CLASS.hide, text.hide)],
  };
  const body: Blockquote = {
    type: 'blockquote',
    data: { hName: 'div', hProperties: { className: [SPOILER_CLASS.body] } },
    children: children as Blockquote['children'],
  };
  node.data = {
    hName: 'details',
    hProperties: { className: [SPOILER_CLASS.region], dataSpoiler: reason, dataPagefindIgnore: 'all' },
  };
  node.children = [summary, body] as ContainerDirective['children'];
}

/** An ASCII heading id, prefixed so it can never collide with the page's own ids, unique in the document. */
function headingId(text: string, used: Set<string>): string {
  const slug = slugify(text, 80);
  const base = slug ? `section-${slug}` : 'section';
  let id = base;
  for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
  used.add(id);
  return id;
}

/** Rewrites a review body's tree: spoiler regions and the "text is always text" rules described above. */
export function transformReviewTree(tree: Root, source?: string): void {
  const ids = new Set<string>();
  visit(tree, (node: Nodes, index: number | undefined, parent: Parent | undefined) => {
    if (!parent || typeof index !== 'number') return;
    const replace = (...nodes: RootContent[]): [typeof SKIP, number] => {
      parent.children.splice(index, 1, ...(nodes as Parent['children']));
      return [SKIP, index];
    };
    const phrasing = PHRASING_PARENTS.has(parent.type);
    switch (node.type) {
      case 'containerDirective': {
        if (node.name.toLowerCase() === 'spoiler') {
          if (node.data?.hName !== 'details') toSpoilerRegion(node);
          return;
        }
        return replace(...node.children);
      }
      case 'leafDirective':
        return replace({ type: 'paragraph', children: [textNode(directiveText(node, source))] });
      case 'textDirective':
        return replace(textNode(directiveText(node, source)));
      case 'html':
        return replace(
          phrasing ? textNode(node.value) : { type: 'paragraph', children: [textNode(node.value)] },
        );
      case 'link':
        if (!isSafeHref(node.url)) return replace(...node.children);
        node.data = { ...node.data, hProperties: { rel: ['nofollow', 'noopener', 'noreferrer'] } };
        return;
      case 'linkReference':
        return replace(...node.children);
      case 'image':
      case 'imageReference':
        return node.alt ? replace(textNode(node.alt)) : replace();
      case 'definition':
        return replace();
      case 'heading':
        if (node.depth === 1) node.depth = 2;
        node.data = { ...node.data, hProperties: { id: headingId(mdToString(node), ids) } };
        return;
      default:
        return;
    }
  });
}

/** The remark plugin: apply after remark-directive (see transformReviewTree). */
export default function remarkSpoiler() {
  return (tree: Root, file: { value?: unknown }) => {
    transformReviewTree(tree, typeof file.value === 'string' ? file.value : undefined);
  };
}
