/** One page of a paginated list: its items, 1-based number, the page count and the total item count. */
export interface Page<T> {
  items: T[];
  number: number;
  count: number;
  total: number;
  /** 0-based index of the page's first item in the whole list. */
  start: number;
}

/** Splits a list into pages of `size` items; an empty list still yields one empty page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`page size must be a positive integer, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
    total: items.length,
    start: i * size,
  }));
}

/** Splits a list into pages of ≤ `size` items whose summed weight stays ≤ `maxWeight` (never an empty page). */
export function paginateByWeight<T>(
  items: readonly T[],
  size: number,
  maxWeight: number,
  weight: (item: T) => number,
): Page<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`page size must be a positive integer, got ${size}`);
  const groups: T[][] = [[]];
  let load = 0;
  for (const item of items) {
    const w = weight(item);
    const current = groups.at(-1) as T[];
    if (current.length > 0 && (current.length >= size || load + w > maxWeight)) {
      groups.push([item]);
      load = w;
    } else {
      current.push(item);
      load += w;
    }
  }
  let start = 0;
  return groups.map((group, i) => {
    const page = { items: group, number: i + 1, count: groups.length, total: items.length, start };
    start += group.length;
    return page;
  });
}

/** The URL of page `n` of a listing rooted at `base` ("/cast/x/" → "/cast/x/page/2/"); page 1 is the base. */
export function pageHref(base: string, n: number): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return n <= 1 ? root : `${root}page/${n}/`;
}

/** The rest-parameter value for page `n` of a listing (undefined for page 1, "page/2" after). */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `page/${n}`;
}
