import type { Nodes, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import { SKIP, visit } from 'unist-util-visit';

/** One spoiler region of a review body: its reason, label and plain text. */
export interface SpoilerRegionText {
  reason: string;
  label: string;
  text: string;
}

/** A review body split into the text anyone sees and the text of each spoiler region. */
export interface BodyText {
  public: string;
  spoilers: SpoilerRegionText[];
}

const parser = remark().use(remarkDirective);

const PHRASING = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
]);

/** Plain text of a node: phrasing joined as written, blocks (list items, paragraphs) apart by a space. */
function plainText(node: Nodes | Root): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (!('children' in node)) return 'alt' in node && typeof node.alt === 'string' ? node.alt : '';
  const parts = (node.children as Nodes[]).map(plainText);
  return PHRASING.has(node.type) ? parts.join('') : parts.join(' ');
}

/** Lower-cases, straightens quotes and collapses whitespace so text from different stages compares equal. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Splits a markdown review body into its public text and its `:::spoiler` regions' text. */
export function splitBody(markdown: string): BodyText {
  const tree = parser.parse(markdown) as Root;
  const spoilers: SpoilerRegionText[] = [];
  visit(tree, 'containerDirective', (node: ContainerDirective, index, parent) => {
    if (node.name !== 'spoiler') return;
    spoilers.push({
      reason: node.attributes?.reason ?? 'detected',
      label: node.attributes?.label ?? 'Spoiler',
      text: normalizeForMatch(plainText(node)),
    });
    if (parent && typeof index === 'number') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
  });
  return { public: normalizeForMatch(plainText(tree)), spoilers };
}

/** The spoiler region whose text contains `text`, if any (text is compared normalized). */
export function regionOf(text: string, body: BodyText): SpoilerRegionText | undefined {
  const needle = normalizeForMatch(text);
  if (!needle) return undefined;
  return body.spoilers.find((r) => r.text.includes(needle));
}

/** True when `text` appears inside a spoiler region and nowhere in the review's public text. */
export function revealsSpoiler(text: string, body: BodyText): boolean {
  const needle = normalizeForMatch(text);
  if (!needle) return false;
  return !body.public.includes(needle) && body.spoilers.some((r) => r.text.includes(needle));
}

/** The quote if it reveals no spoiler-only text, else `fallback` (a neutral line naming the review). */
export function spoilerSafeQuote(quote: string, body: BodyText, fallback: string): string {
  return revealsSpoiler(quote, body) ? fallback : quote;
}
