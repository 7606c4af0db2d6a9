import type { Block } from './blocks.ts';

/** A raw review split into title, typed blocks and the facts found in its boilerplate. */
export interface Segmented {
  /** The title line, if the text opens with one. */
  title: string | null;
  blocks: Block[];
  /** From a sign-off such as "– Name" or "Review by Name". */
  author: string | null;
  /** An outlet the text names ("only here on Indori Nerd!"). */
  outlet: string | null;
  /** Promo and newsletter lines that were dropped, as written. */
  removed: string[];
}

/** Lines that sell something rather than review the film. */
const PROMO = [
  /\bstay (?:connected|tuned) (?:with|to) us\b/i,
  /\b(?:subscribe|sign up) (?:to|for) (?:our|the) (?:newsletter|channel|updates|mailing list)\b/i,
  /\bget (?:early |exclusive |instant |full )?access to\b/i,
  /\bfollow us on\b/i,
  /\bjoin (?:our|the) (?:newsletter|community|discord|mailing list)\b/i,
  /\b(?:don'?t|do not) forget to (?:like|subscribe|share)\b/i,
  /\bclick here\b/i,
  /\blike and subscribe\b/i,
  /\bshare (?:this|the) (?:article|review|post) with\b/i,
  /^(?:also read|read more|related|recommended|advertisement|sponsored)\b\s*[:|–—-]?/i,
  /\bexclusive (?:updates|strategies|content|deals|offers)\b/i,
  /\bdownload (?:our|the) app\b/i,
];

/** An outlet named in a promo line: "only here on Indori Nerd!", "with us at Screen Rant". */
const OUTLET_IN_PROMO =
  /\b(?:here on|here at|with us (?:on|at)|us on|on|at)\s+((?:the\s+)?[A-Z][\p{L}\p{N}'’&.-]*(?:\s+[A-Z][\p{L}\p{N}'’&.-]*){0,4})\s*[!.]*\s*$/u;
/** An outlet credit in the text: "Originally published on X", "This review first appeared in X". */
const OUTLET_CREDIT =
  /^(?:originally published (?:on|in|at|by)|this review (?:first )?appeared (?:on|in|at)|source:|via)\s+((?:the\s+)?[A-Z][\p{L}\p{N}'’&.-]*(?:\s+[A-Z][\p{L}\p{N}'’&.-]*){0,4})\.?$/iu;

const NAME = "[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,3}";
/** "– Asmodeus" ending a paragraph (after the last sentence) or standing alone. */
const DASH_SIGNOFF = new RegExp(`(^|[.!?…”"’)]\\s+)[–—-]\\s*(${NAME})\\s*$`, 'u');
/** "Review by Jane Doe", "Reviewed by Jane Doe", "By Jane Doe", "Written by Jane Doe" alone on a line. */
const BY_LINE = new RegExp(`^(?:review(?:ed)?|written|words)?\\s*by[:\\s]+(${NAME})\\.?$`, 'iu');

const LIST_ITEM = /^(?:[-*•▪◦‣]|\d{1,2}[.)])\s+(.+)$/u;
const QUOTE_LINE = /^>\s?(.*)$/;
const EMPTY_QUOTE = /^>\s*$/;
/** A labelled line ("Rating: …", "Score: …") is content, never a heading. */
const LABELLED = /^[\p{L} ]{2,20}:\s*\S/u;
const END_PUNCT = /[.!?…:;,"”’)\]]$/u;

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** True for a short line that reads as a heading rather than prose. */
function looksLikeHeading(line: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (line.length > 90 || wordCount(line) > 12) return false;
  if (LABELLED.test(line) && !/^[\p{L} ]+:\s*[\p{Lu}]/u.test(line)) return false;
  if (/^[\p{Ll}]/u.test(line)) return false;
  if (/\?$/.test(line)) return wordCount(line) <= 7;
  if (/\)$/.test(line)) return /\([\p{L} ]{2,20}\)$/u.test(line);
  return !END_PUNCT.test(line);
}

/** Normalizes whitespace inside a line: NBSP and tabs to spaces, invisible marks removed, runs collapsed. */
function cleanLine(line: string): string {
  return line
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** A captured name without trailing punctuation. */
function trimName(name: string | undefined): string | null {
  return name?.replace(/[.’'!]+$/u, '') || null;
}

/**
 * A line that can be a review's title: short words (not bare punctuation such as a `---` rule), not
 * a sentence, not a labelled line, list item or quote.
 */
function isTitleLine(line: string): boolean {
  return (
    /[\p{L}\p{N}]/u.test(line) &&
    line.length <= 160 &&
    wordCount(line) <= 24 &&
    !/[.!?…,;]$/u.test(line) &&
    !LABELLED.test(line.replace(/^["“'‘]/u, 'x')) &&
    !LIST_ITEM.test(line) &&
    !QUOTE_LINE.test(line)
  );
}

function isPromo(line: string): boolean {
  return PROMO.some((re) => re.test(line));
}

/** Splits plain review text (LF newlines) into a title, typed blocks, author and outlet. */
export function segment(text: string): Segmented {
  const lines = text.split('\n').map(cleanLine);
  const removed: string[] = [];
  let outlet: string | null = null;
  let author: string | null = null;

  // Promo lines go, and so does a heading-like tail that only follows the last promo line.
  const kept: string[] = [];
  let lastPromo = -1;
  lines.forEach((line, i) => {
    if (!line) {
      kept.push('');
      return;
    }
    if (isPromo(line)) {
      removed.push(line);
      outlet ??= trimName(OUTLET_IN_PROMO.exec(line)?.[1]);
      lastPromo = i;
      kept.push('');
      return;
    }
    const credit = OUTLET_CREDIT.exec(line);
    if (credit) {
      outlet ??= trimName(credit[1]);
      removed.push(line);
      kept.push('');
      return;
    }
    kept.push(line);
  });
  if (lastPromo >= 0) {
    const tail = kept.slice(lastPromo + 1).filter(Boolean);
    if (tail.length > 0 && tail.length <= 3 && tail.every((l) => l.length <= 90 && !END_PUNCT.test(l))) {
      for (let i = lastPromo + 1; i < kept.length; i++) {
        const line = kept[i];
        if (line) removed.push(line);
        kept[i] = '';
      }
    }
  }

  // Sign-offs: "By Name" lines and "– Name" endings.
  for (let i = 0; i < kept.length; i++) {
    const line = kept[i];
    if (!line) continue;
    const by = BY_LINE.exec(line);
    if (by) {
      author ??= trimName(by[1]);
      kept[i] = '';
      continue;
    }
    // A line can end in more than one sign-off ("… – Jane Doe. – Asmodeus"): take them all off, so
    // what is left never reads as a sign-off again (the last one is the author).
    let rest = line;
    for (
      let dash = DASH_SIGNOFF.exec(rest);
      dash && wordCount(dash[2] ?? '') <= 4;
      dash = DASH_SIGNOFF.exec(rest)
    ) {
      author ??= trimName(dash[2]);
      rest = rest.slice(0, dash.index + (dash[1]?.length ?? 0)).trim();
    }
    kept[i] = rest;
  }

  // An empty "> " line holds no text: it is a blank line, not the next line of a block.
  const content = kept.filter((line) => line && !EMPTY_QUOTE.test(line));
  let title: string | null = null;
  const first = content[0];
  if (first && content.length > 1 && isTitleLine(first)) {
    // A wholly quoted title loses its quotes, unless what is inside would not read as a title again.
    const unquoted = first.replace(/^["“]([^"”]+)["”]$/u, '$1');
    title = isTitleLine(unquoted) ? unquoted : first;
    content.shift();
  }

  const blocks: Block[] = [];
  for (let i = 0; i < content.length; i++) {
    const line = content[i] as string;
    const item = LIST_ITEM.exec(line);
    if (item) {
      const last = blocks.at(-1);
      const text = (item[1] ?? '').trim();
      if (last?.type === 'list') last.items.push(text);
      else blocks.push({ type: 'list', items: [text] });
      continue;
    }
    const quote = QUOTE_LINE.exec(line);
    if (quote) {
      const text = (quote[1] ?? '').trim();
      if (!text) continue;
      const last = blocks.at(-1);
      if (last?.type === 'blockquote' && QUOTE_LINE.test(content[i - 1] ?? '')) last.text += ` ${text}`;
      else blocks.push({ type: 'blockquote', text });
      continue;
    }
    if (looksLikeHeading(line, content[i + 1])) blocks.push({ type: 'heading', text: line });
    else blocks.push({ type: 'paragraph', text: line });
  }
  return { title, blocks, author, outlet, removed };
}
