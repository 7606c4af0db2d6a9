/** Running an async function over a list with at most a few calls in flight, answers in list order. */

/**
 * Maps `items` through `fn`, at most `limit` calls at a time (file reads overlap instead of waiting
 * on each other), and resolves with the answers in the items' order.
 * @param items the inputs
 * @param limit how many calls may be in flight at once
 * @param fn the async function
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return out;
}
