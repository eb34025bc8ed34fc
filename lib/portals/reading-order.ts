/**
 * The order in which to read a record's entry blocks so that the newest come first: records are
 * listed newest first (most portals' journals and inboxes) or oldest first (a chronological
 * decursus), and the flag should not wait for ten thousand old notes either way. A few dated blocks
 * at each end decide; without dates at both ends the page order stands (the top is what the
 * clinician sees first).
 *
 * `dateAt(i)` reads block i and gives its ISO date, if any; each end is sampled until `sample` dated
 * blocks or `reach` blocks, whichever comes first, so a page of undated blocks costs a bounded look.
 */
export function readingOrder(count: number, dateAt: (index: number) => string | undefined, options: { sample?: number; reach?: number } = {}): number[] {
  const sample = options.sample ?? 5;
  const reach = Math.min(options.reach ?? 40, Math.floor(count / 2));
  const newestOf = (indices: Iterable<number>): string | undefined => {
    let newest: string | undefined;
    let dated = 0;
    for (const i of indices) {
      const date = dateAt(i);
      if (!date) continue;
      if (newest === undefined || date > newest) newest = date;
      if (++dated >= sample) break;
    }
    return newest;
  };
  const top = newestOf(range(0, reach, 1));
  const bottom = newestOf(range(count - 1, count - 1 - reach, -1));
  const order = [...range(0, count, 1)];
  return top !== undefined && bottom !== undefined && bottom > top ? order.reverse() : order;
}

function* range(from: number, to: number, step: 1 | -1): Generator<number> {
  for (let i = from; step > 0 ? i < to : i > to; i += step) yield i;
}
