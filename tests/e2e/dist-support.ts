import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeEntities } from '../../src/lib/search-escape.ts';

/** Every file under `dir`, as absolute paths, sorted. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out.sort();
}

/** The URL path a dist file is served at ("dist/cast/index.html" → "/cast/"). */
export function urlPathOf(distDir: string, file: string): string {
  const rel = relative(distDir, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The attribute values of every opening tag named `tag` (e.g. all href values of <a>). */
export function attrValues(html: string, tag: string, attr: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
    const value = new RegExp(`\\s${attr}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(m[0]);
    if (value) out.push(decodeEntities(value[1] ?? value[2] ?? value[3] ?? ''));
  }
  return out;
}

/** The text of an HTML document without tags, scripts, styles and spoiler regions (what anyone can read). */
export function publicText(html: string): string {
  return decodeEntities(
    html
      .replace(/<details\b[^>]*data-spoiler[^>]*>[\s\S]*?<\/details>/gi, ' ')
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' '),
  );
}

/** The head metadata of a page that must be spoiler-free: title, description, Open Graph and JSON-LD. */
export function headTexts(html: string): { title: string; meta: string[]; jsonLd: string[] } {
  const title = decodeEntities(/<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '');
  const meta: string[] = [];
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (/\s(name="description"|property="og:[^"]+")/.test(m[0])) {
      meta.push(decodeEntities(/\scontent="([^"]*)"/.exec(m[0])?.[1] ?? ''));
    }
  }
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (m) => JSON.stringify(JSON.parse(m[1] as string)),
  );
  return { title, meta, jsonLd };
}
