/** localStorage key of the "Show all spoilers" switch ("on" when set; absent means off). */
export const SHOW_ALL_KEY = 'film-reviews:show-all-spoilers';

/** Reads the remembered switch state; any storage failure counts as off. */
export function readShowAll(storage: Pick<Storage, 'getItem'> | null): boolean {
  try {
    return storage?.getItem(SHOW_ALL_KEY) === 'on';
  } catch {
    return false;
  }
}

/** Remembers the switch state; storage failures (private mode, quota) are ignored. */
export function writeShowAll(storage: Pick<Storage, 'setItem' | 'removeItem'> | null, on: boolean): void {
  try {
    if (on) storage?.setItem(SHOW_ALL_KEY, 'on');
    else storage?.removeItem(SHOW_ALL_KEY);
  } catch {
    // The switch still works for this page.
  }
}

function storageOf(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

function sync(region: HTMLDetailsElement): void {
  region.querySelector(':scope > summary')?.setAttribute('aria-expanded', String(region.open));
}

/** Wires the spoiler regions' aria-expanded and the global switch of one page. */
export function initSpoilers(doc: Document): void {
  const storage = doc.defaultView ? storageOf(doc.defaultView) : null;
  const regions = () => Array.from(doc.querySelectorAll<HTMLDetailsElement>('details[data-spoiler]'));
  for (const region of regions()) {
    sync(region);
    region.addEventListener('toggle', () => sync(region));
  }
  const button = doc.querySelector<HTMLButtonElement>('[data-spoiler-switch]');
  if (!button) return;
  const apply = (on: boolean) => {
    button.setAttribute('aria-checked', String(on));
    for (const region of regions()) region.open = on;
  };
  if (readShowAll(storage)) apply(true);
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-checked') !== 'true';
    writeShowAll(storage, on);
    apply(on);
  });
  button.classList.add('js-ready');
}
