/** The search form: its elements, the state it holds, and the facets' boxes and counts. */
import { FACET_SHOWN, FACETS, type Facet, parseSearchState, type SearchState } from '../lib/search-state.ts';

/** The search page's elements (see the DOM contract in search.ts). */
export interface Elements {
  form: HTMLFormElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  facets: Record<Facet, HTMLFieldSetElement | null>;
}

/** Finds the search page's elements around its form, or null when one is missing. */
export function elements(form: HTMLFormElement): Elements | null {
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more');
  if (!status || !(list instanceof HTMLOListElement) || !(more instanceof HTMLButtonElement)) return null;
  return {
    form,
    status,
    list,
    more,
    facets: Object.fromEntries(
      FACETS.map((key) => [key, form.querySelector<HTMLFieldSetElement>(`fieldset[data-facet="${key}"]`)]),
    ) as Record<Facet, HTMLFieldSetElement | null>,
  };
}

/** The checkboxes of one facet. */
export function boxes(form: HTMLFormElement, key: Facet): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${key}"]`)];
}

/** The search state the form holds. */
export function readForm(form: HTMLFormElement): SearchState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
  return parseSearchState(params);
}

/** Adds a checkbox for a facet value the page did not list; its count is not known yet. */
export function facetOption(facet: HTMLFieldSetElement, key: Facet, name: string): HTMLInputElement {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = key;
  box.value = name;
  const count = document.createElement('span');
  count.className = 'facet-count';
  // Added by a search or the URL: its count over every review is not known here.
  count.dataset.total = '';
  count.textContent = '';
  label.append(box, ` ${name} `, count);
  facet.append(label);
  return box;
}

/** Puts a search state into the form, adding boxes for values the page did not list. */
export function writeForm(els: Elements, state: SearchState): void {
  const q = els.form.elements.namedItem('q');
  if (q instanceof HTMLInputElement) q.value = state.q;
  const sort = els.form.elements.namedItem('sort');
  if (sort instanceof HTMLSelectElement) sort.value = state.sort;
  for (const key of FACETS) {
    const present = boxes(els.form, key);
    for (const box of present) box.checked = state[key].includes(box.value);
    const facet = els.facets[key];
    for (const name of state[key]) {
      if (!present.some((b) => b.value === name) && facet) facetOption(facet, key, name).checked = true;
    }
  }
}

/** Offers the values a search's results hold that the page did not list: the FACET_SHOWN with the most results. */
export function addFound(els: Elements, key: Facet, counts: Record<string, number>): void {
  const facet = els.facets[key];
  if (!facet) return;
  const present = new Set(boxes(els.form, key).map((b) => b.value));
  const found = Object.entries(counts)
    .filter(([name, n]) => n > 0 && !present.has(name))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))
    .slice(0, FACET_SHOWN);
  for (const [name] of found) facetOption(facet, key, name);
}

/** Each box's count: of the results (counts), of every review (null), or not known yet (undefined: blank). */
export function setCounts(
  form: HTMLFormElement,
  key: Facet,
  counts: Record<string, number> | null | undefined,
): void {
  for (const box of boxes(form, key)) {
    const span = box.closest('label')?.querySelector<HTMLElement>('.facet-count');
    if (!span) continue;
    const total = span.dataset.total ? Number(span.dataset.total) : null;
    const n = counts === undefined ? null : counts ? (counts[box.value] ?? 0) : total;
    span.textContent = n === null ? '' : `(${n})`;
  }
}
