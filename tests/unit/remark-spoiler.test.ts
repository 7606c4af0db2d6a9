import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import { describe, expect, it } from 'vitest';
import { isSafeHref, spoilerControlText, spoilerReason } from '../../src/plugins/remark-spoiler.ts';
import { reviewMarkdown } from '../../src/plugins/review-markdown.ts';

// The exact pipeline Astro renders review bodies with (astro.config.mjs uses the same options).
const processor = await createMarkdownProcessor({ ...reviewMarkdown, syntaxHighlight: false });

async function html(markdown: string): Promise<string> {
  return (await processor.render(markdown)).code;
}

/** Parses rendered HTML into a tiny queryable form without a DOM: the opening tags with their attributes. */
function tags(out: string, name: string): string[] {
  return out.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? [];
}

describe('spoiler directive → region', () => {
  const source = [
    'Before the twist.',
    '',
    ':::spoiler{reason="marked" label="Ending"}',
    'Eve kills the villain.',
    '',
    '- She survives.',
    ':::',
    '',
    'After the twist.',
  ].join('\n');

  it('renders a closed <details> with data-spoiler, the Pagefind ignore attribute and a labelled summary', async () => {
    const out = await html(source);
    const details = tags(out, 'details');
    expect(details).toHaveLength(1);
    expect(details[0]).toContain('class="spoiler"');
    expect(details[0]).toContain('data-spoiler="marked"');
    expect(details[0]).toContain('data-pagefind-ignore="all"');
    expect(details[0]).not.toMatch(/\sopen\b/);
    expect(out).toMatch(
      /<details[^>]*><summary><span class="sp-show">Show spoiler: Ending<\/span><span class="sp-hide">Hide spoiler: Ending<\/span><\/summary>/,
    );
  });

  it('keeps the spoiler text, lists included, inside the region and only there', async () => {
    const out = await html(source);
    const region = out.slice(out.indexOf('<details'), out.indexOf('</details>'));
    expect(region).toContain('Eve kills the villain.');
    expect(region).toContain('<li>She survives.</li>');
    const outside = out.replace(region, '');
    expect(outside).not.toContain('Eve kills');
    expect(outside).toContain('Before the twist.');
    expect(outside).toContain('After the twist.');
  });

  it('renders regions in source order with their own reasons and labels', async () => {
    const out = await html(
      ':::spoiler{reason="detected" label="Plot"}\nA\n:::\n\n:::spoiler{reason="marked" label="Cameo"}\nB\n:::\n',
    );
    const details = tags(out, 'details');
    expect(details.map((d) => d.match(/data-spoiler="([^"]+)"/)?.[1])).toEqual(['detected', 'marked']);
    expect(out.indexOf('Show spoiler: Plot')).toBeLessThan(out.indexOf('Show spoiler: Cameo'));
  });

  it('falls back to "detected" for an unknown reason and to the directive label or "Spoiler" for the name', async () => {
    expect(await html(':::spoiler{reason="<b>x</b>"}\nA\n:::')).toContain('data-spoiler="detected"');
    expect(await html(':::spoiler\nA\n:::')).toContain('Show spoiler: Spoiler');
    const labelled = await html(':::spoiler[Twist]{reason="marked"}\nA\n:::');
    expect(labelled).toContain('Show spoiler: Twist');
    expect(labelled).not.toMatch(/<p>Twist<\/p>/);
  });

  it('escapes a hostile label instead of rendering it', async () => {
    const out = await html(':::spoiler{reason="marked" label="<img src=x onerror=alert(1)>"}\nA\n:::');
    expect(tags(out, 'img')).toHaveLength(0);
    expect(out).toContain('Show spoiler: &#x3C;img');
  });

  it('exposes the control texts and reason mapping it uses', () => {
    expect(spoilerControlText('Ending')).toEqual({
      show: 'Show spoiler: Ending',
      hide: 'Hide spoiler: Ending',
    });
    expect(spoilerReason('marked')).toBe('marked');
    expect(spoilerReason('nope')).toBe('detected');
    expect(spoilerReason(undefined)).toBe('detected');
  });
});

describe('review text is always text', () => {
  it('shows raw HTML blocks and inline HTML as literal text, never as elements', async () => {
    const out = await html(
      'A <b>bold</b> claim and <script>alert(1)</script> here.\n\n<img src=x onerror="alert(2)">\n\n<iframe src="https://evil.example"></iframe>\n',
    );
    expect(tags(out, 'script')).toHaveLength(0);
    expect(tags(out, 'img')).toHaveLength(0);
    expect(tags(out, 'iframe')).toHaveLength(0);
    expect(tags(out, 'b')).toHaveLength(0);
    expect(out).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(out).toContain('&#x3C;img src=x onerror="alert(2)">');
    expect(out).toContain('A &#x3C;b>bold&#x3C;/b> claim');
  });

  it('treats raw HTML inside a spoiler region as text too', async () => {
    const out = await html(':::spoiler{reason="marked" label="X"}\n<script>alert(1)</script>\n:::');
    expect(tags(out, 'script')).toHaveLength(0);
    expect(out).toContain('&#x3C;script>');
  });

  it('drops javascript:, data: and other non-http links but keeps their text', async () => {
    const out = await html(
      '[one](javascript:alert(1)) [two](data:text/html,hi) [three](vbscript:x) [four](/relative) <javascript:alert(3)> [five](JAVASCRIPT:alert(1))',
    );
    expect(tags(out, 'a')).toHaveLength(0);
    for (const word of ['one', 'two', 'three', 'four', 'five']) expect(out).toContain(word);
    expect(out.toLowerCase()).not.toContain('href="javascript');
  });

  it('drops reference links whose definition is unsafe', async () => {
    const out = await html('[click][x]\n\n[x]: javascript:alert(1)\n');
    expect(tags(out, 'a')).toHaveLength(0);
    expect(out).toContain('click');
    expect(out).not.toContain('javascript');
  });

  it('keeps absolute http(s) links, marked nofollow/noopener', async () => {
    const out = await html('[site](https://example.org/review) and www.example.com');
    const links = tags(out, 'a');
    expect(links[0]).toContain('href="https://example.org/review"');
    expect(links[0]).toContain('rel="nofollow noopener noreferrer"');
    // A bare www. or https:// address stays text: review bodies are rendered without GFM autolinks.
    expect(links).toHaveLength(1);
  });

  it('replaces images by their alt text so no request leaves the site', async () => {
    const out = await html(
      'See ![a poster](https://evil.example/x.png) and ![](https://evil.example/y.png).',
    );
    expect(tags(out, 'img')).toHaveLength(0);
    expect(out).toContain('See a poster and .');
  });

  it('writes stray directives back as the text they were', async () => {
    const out = await html(
      'Time 10:30, Eve:Macarro and :name[x]{a=b}.\n\n::leaf[text]\n\n:::note\nKept body.\n:::\n',
    );
    expect(out).toContain('Eve:Macarro');
    expect(out).toContain(':name[x]{a=b}');
    expect(out).toContain('::leaf[text]');
    expect(out).toContain('Kept body.');
    expect(tags(out, 'div')).toHaveLength(0);
  });

  it('demotes a level-1 heading so the page keeps a single <h1>', async () => {
    const out = await html('# Big\n\n## Small\n');
    expect(tags(out, 'h1')).toHaveLength(0);
    expect(tags(out, 'h2')).toHaveLength(2);
  });

  it('gives headings unique ASCII ids that start with a letter and cannot clash with page ids', async () => {
    const out = await html(
      '## ⚠️ Spoilers Below: Big Reveals\n\n## Rating heading\n\n## Rating heading\n\n## ★★★\n',
    );
    const ids = tags(out, 'h2').map((t) => t.match(/id="([^"]*)"/)?.[1]);
    expect(ids).toEqual([
      'section-spoilers-below-big-reveals',
      'section-rating-heading',
      'section-rating-heading-2',
      'section',
    ]);
  });

  it('isSafeHref accepts only absolute http(s) URLs', () => {
    expect(isSafeHref('https://a.example/')).toBe(true);
    expect(isSafeHref('http://a.example/')).toBe(true);
    expect(isSafeHref(' javascript:alert(1)')).toBe(false);
    expect(isSafeHref('java\nscript:alert(1)')).toBe(false);
    expect(isSafeHref('data:text/html,x')).toBe(false);
    expect(isSafeHref('/local')).toBe(false);
    expect(isSafeHref('')).toBe(false);
  });
});

describe('the plugin on its own (without remark-rehype as a safety net)', () => {
  it('turns html nodes into text nodes in the mdast', async () => {
    const { default: remarkSpoiler } = await import('../../src/plugins/remark-spoiler.ts');
    const proc = remark().use(remarkDirective).use(remarkSpoiler);
    const tree = await proc.run(proc.parse('x <script>y</script>\n\n<div>z</div>\n'));
    const types: string[] = [];
    const walk = (node: { type: string; children?: unknown[] }) => {
      types.push(node.type);
      for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
    };
    walk(tree as unknown as { type: string; children?: unknown[] });
    expect(types).not.toContain('html');
    expect(types).toContain('text');
  });
});
