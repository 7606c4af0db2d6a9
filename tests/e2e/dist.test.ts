import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type ConfigData, HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { decodeEntities } from '../../src/lib/search-escape.ts';
import { normalizeForMatch } from '../e2e/spoiler-text.ts';
import { attrValues, headTexts, publicText, urlPathOf, walk } from './dist-support.ts';
import { loadEntries, reviewPath, spoilerSnippets } from './entries.ts';

const distDir = inject('distDir');
const files = walk(distDir);
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const read = (f: string) => readFileSync(f, 'utf8');
const site = new URL(process.env.SITE_URL ?? 'http://localhost:4321');
const entries = loadEntries();

describe('the build', () => {
  it('has HTML pages to check', () => {
    expect(htmlFiles.length).toBeGreaterThan(5);
    expect(existsSync(join(distDir, '404.html'))).toBe(true);
    expect(existsSync(join(distDir, 'favicon.svg'))).toBe(true);
    expect(existsSync(join(distDir, 'rss.xml'))).toBe(true);
    expect(existsSync(join(distDir, 'sitemap-index.xml'))).toBe(true);
    for (const e of entries)
      expect(existsSync(join(distDir, 'films', e.data.film, 'reviews', e.data.slug, 'index.html'))).toBe(
        true,
      );
  });
});

describe('html-validate', () => {
  const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
  const validator = new HtmlValidate({ ...config, root: true });

  it('passes on every HTML file in dist', async () => {
    const failures: string[] = [];
    for (const file of htmlFiles) {
      const report = await validator.validateString(read(file), file);
      for (const result of report.results) {
        for (const m of result.messages)
          failures.push(`${urlPathOf(distDir, file)} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

/** Resolves an internal URL path to a dist file the way a static host does, or null. */
function distFile(pathname: string): string | null {
  const path = join(distDir, decodeURIComponent(pathname));
  for (const candidate of [path, join(path, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    set = new Set(attrValues(read(file), '[a-z][a-z0-9-]*', 'id'));
    ids.set(file, set);
  }
  return set;
}

describe('internal links', () => {
  it('every internal href/src/action of every page resolves to a file in dist (and its #fragment to an id)', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles) {
      const html = read(file);
      const from = urlPathOf(distDir, file);
      const refs = [
        ...attrValues(html, 'a', 'href'),
        ...attrValues(html, 'link', 'href'),
        ...attrValues(html, 'script', 'src'),
        ...attrValues(html, 'img', 'src'),
        ...attrValues(html, 'form', 'action'),
      ];
      for (const ref of refs) {
        const url = new URL(ref, new URL(from, site));
        if (url.origin !== site.origin) continue;
        checked++;
        const target = distFile(url.pathname);
        if (!target) {
          broken.push(`${from} → ${ref}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment))
          broken.push(`${from} → ${ref} (no #${fragment})`);
      }
    }
    expect(checked).toBeGreaterThan(htmlFiles.length);
    expect(broken).toEqual([]);
  });

  it('every URL in the sitemap and the RSS feed is a page in dist', () => {
    const sitemapFiles = files.filter((f) => /sitemap-.*-\d+\.xml$/.test(f));
    const locs = sitemapFiles.flatMap((f) =>
      [...read(f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] as string),
    );
    const links = [...read(join(distDir, 'rss.xml')).matchAll(/<link>([^<]+)<\/link>/g)].map(
      (m) => m[1] as string,
    );
    expect(locs.length).toBeGreaterThan(0);
    const missing = [...locs, ...links].filter((u) => !distFile(new URL(u).pathname));
    expect(missing).toEqual([]);
    expect(locs.some((u) => u.includes('404'))).toBe(false);
    for (const e of entries) expect(links).toContain(new URL(reviewPath(e), site).href);
  });
});

describe('spoilers never leak', () => {
  const leaky = entries
    .map((e) => ({ slug: e.data.slug, snippets: spoilerSnippets(e) }))
    .filter((e) => e.snippets.length);

  it('has spoiler text to look for', () => {
    expect(leaky.length).toBeGreaterThan(0);
  });

  it('into any page title, meta description, Open Graph tag, JSON-LD, or text outside a spoiler region', () => {
    const leaks: string[] = [];
    for (const file of htmlFiles) {
      const html = read(file);
      const head = headTexts(html);
      const places: [string, string][] = [
        ['title', head.title],
        ...head.meta.map((m): [string, string] => ['meta', m]),
        ...head.jsonLd.map((j): [string, string] => ['JSON-LD', j]),
        ['page text', publicText(html)],
      ];
      for (const [where, text] of places) {
        const norm = normalizeForMatch(text);
        for (const { slug, snippets } of leaky) {
          for (const s of snippets)
            if (norm.includes(s)) leaks.push(`${urlPathOf(distDir, file)} ${where}: "${s}" (${slug})`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('into the RSS feed or the sitemap', () => {
    const feeds = files.filter((f) => f.endsWith('.xml'));
    const leaks: string[] = [];
    for (const file of feeds) {
      const norm = normalizeForMatch(read(file));
      for (const { slug, snippets } of leaky)
        for (const s of snippets) if (norm.includes(s)) leaks.push(`${file}: ${s} (${slug})`);
    }
    expect(leaks).toEqual([]);
  });

  it('while the spoiler text is on its review page, inside a closed region marked for Pagefind to ignore', () => {
    for (const e of entries) {
      if (!e.split.spoilers.length) continue;
      const html = read(join(distDir, 'films', e.data.film, 'reviews', e.data.slug, 'index.html'));
      const regions = [...html.matchAll(/<details\b([^>]*)>([\s\S]*?)<\/details>/gi)];
      expect(regions.length).toBe(e.split.spoilers.length);
      for (const [i, r] of regions.entries()) {
        const attrs = r[1] as string;
        expect(attrs).toContain(`data-spoiler="${e.data.spoilers[i]?.reason}"`);
        expect(attrs).toContain('data-pagefind-ignore="all"');
        expect(attrs).not.toMatch(/\sopen\b/);
        const text = normalizeForMatch(
          publicText((r[2] as string).replace(/<summary>[\s\S]*?<\/summary>/, '')),
        );
        expect(text).toContain(e.split.spoilers[i]?.text.slice(0, 40));
      }
    }
  });
});

describe('Content-Security-Policy and script hygiene', () => {
  function csp(html: string): Map<string, string[]> {
    const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
    const map = new Map<string, string[]>();
    for (const part of decodeEntities(content).split(';')) {
      const [name, ...values] = part.trim().split(/\s+/);
      if (name) map.set(name, values);
    }
    return map;
  }
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  it('every page carries a policy without unsafe-inline/unsafe-eval that still lets Pagefind run', () => {
    for (const file of htmlFiles) {
      const where = urlPathOf(distDir, file);
      const policy = csp(read(file));
      expect(policy.size, where).toBeGreaterThan(0);
      expect(policy.get('default-src'), where).toEqual(["'self'"]);
      expect(policy.get('object-src'), where).toEqual(["'none'"]);
      const script = policy.get('script-src') ?? [];
      expect(script, where).toContain("'self'");
      expect(script, where).toContain("'wasm-unsafe-eval'");
      expect(script, where).not.toContain("'unsafe-inline'");
      expect(script, where).not.toContain("'unsafe-eval'");
      expect(policy.get('style-src') ?? [], where).not.toContain("'unsafe-inline'");
      expect(policy.get('worker-src'), where).toEqual(["'self'", 'blob:']);
    }
  });

  it('every inline script and style is allowed by its hash; no inline handlers, style attributes or javascript: URLs', () => {
    for (const file of htmlFiles) {
      const html = read(file);
      const where = urlPathOf(distDir, file);
      const policy = csp(html);
      for (const m of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi)) {
        if (/type="application\/ld\+json"/.test(m[1] as string)) continue;
        expect(policy.get('script-src'), `${where} inline script`).toContain(hash(m[2] as string));
      }
      for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
        expect(policy.get('style-src'), `${where} inline style`).toContain(hash(m[1] as string));
      }
      expect(html, where).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      expect(html, where).not.toMatch(/<[a-z][^>]*\sstyle\s*=/i);
      expect(html.toLowerCase(), where).not.toMatch(
        /(href|src|action)\s*=\s*"\s*(javascript|data|vbscript):/,
      );
    }
  });

  it('escapes "<" inside JSON-LD so review text cannot close the script', () => {
    for (const file of htmlFiles) {
      for (const m of read(file).matchAll(
        /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi,
      )) {
        expect(m[1]).not.toMatch(/[<>]/);
        expect(() => JSON.parse(m[1] as string)).not.toThrow();
      }
    }
  });
});

describe('structured data says what each score is', () => {
  const blocks = (html: string): Record<string, unknown>[] =>
    [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map(
      (m) => JSON.parse(m[1] ?? '') as Record<string, unknown>,
    );

  it('parses every JSON-LD block on every page', () => {
    for (const file of htmlFiles) for (const data of blocks(read(file))) expect(typeof data).toBe('object');
  });

  it('gives a reviewRating exactly to the reviews whose critic gave a rating, on the critic’s scale', () => {
    for (const e of entries) {
      const html = read(join(distDir, 'films', e.data.film, 'reviews', e.data.slug, 'index.html'));
      const review = blocks(html).find((b) => b['@type'] === 'Review');
      const own = e.data.rating.source === 'explicit' ? e.data.rating.explicit : null;
      if (own) expect(review?.reviewRating).toMatchObject({ ratingValue: own.value, bestRating: own.max });
      else expect(review).not.toHaveProperty('reviewRating');
    }
  });

  it('counts only the critics’ own ratings in the aggregateRating', () => {
    const movie = blocks(read(join(distDir, 'films/ballerina-2025/index.html'))).find(
      (b) => b['@type'] === 'Movie',
    );
    const own = entries.filter((e) => e.data.rating.source === 'explicit').length;
    if (own === 0) expect(movie).not.toHaveProperty('aggregateRating');
    else expect(movie?.aggregateRating).toMatchObject({ ratingCount: own, reviewCount: entries.length });
  });
});
