/** One search result as DOM nodes: text only, never markup from the index (see search-escape.ts). */
import type { PagefindResultData } from '../lib/pagefind-api.ts';
import { SOURCE_LABELS } from '../lib/ratings.ts';
import { excerptSegments, metaText, safeResultUrl } from '../lib/search-escape.ts';
import { isExactMatch, type SearchState } from '../lib/search-state.ts';

function badge(data: PagefindResultData): HTMLElement {
  const p = document.createElement('p');
  p.className = 'result-rating';
  const span = document.createElement('span');
  const score = metaText(data.meta.score, 3);
  const source = score === null ? 'none' : (data.filters.source?.[0] ?? 'none');
  const kind = source === 'explicit' || source === 'estimated' ? source : 'none';
  span.className = `badge badge-${kind}`;
  span.textContent = kind === 'none' ? SOURCE_LABELS.none : `${SOURCE_LABELS[kind]}: ${score}/100`;
  p.append(span);
  return p;
}

function excerptNode(text: string, highlighted: boolean): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'result-excerpt';
  if (!highlighted) {
    p.textContent = text;
    return p;
  }
  for (const segment of excerptSegments(text)) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      p.append(mark);
    } else p.append(segment.text);
  }
  return p;
}

/** One result as a list item: title link, film and outlet, score badge, excerpt or pull quote. */
export function resultItem(data: PagefindResultData, state: SearchState): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  const heading = document.createElement('h2');
  const title = metaText(data.meta.title) ?? 'Untitled review';
  const href = safeResultUrl(data.url);
  if (href) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = title;
    heading.append(a);
  } else heading.textContent = title;
  li.append(heading);
  const film = metaText(data.meta.film);
  const outlet = metaText(data.meta.outlet);
  if (film || outlet) {
    const p = document.createElement('p');
    p.className = 'result-outlet';
    if (film) {
      const span = document.createElement('span');
      span.className = 'result-film';
      span.textContent = film;
      p.append(span, outlet ? ' · ' : '');
    }
    if (outlet) p.append(outlet);
    li.append(p);
  }
  li.append(badge(data));
  // With words, the excerpt shows where they matched; with a cast filter alone, the pull quote says more.
  const quote = metaText(data.meta.quote);
  if (state.q && !isExactMatch(data.excerpt, state.q)) {
    li.dataset.match = 'similar';
    const note = document.createElement('p');
    note.className = 'result-similar';
    note.textContent = `Similar word, not “${state.q}”:`;
    li.append(note);
  }
  if (state.q && data.excerpt) li.append(excerptNode(data.excerpt, true));
  else if (quote) li.append(excerptNode(quote, false));
  return li;
}
