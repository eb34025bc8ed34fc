import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../../lib/portals/reading-order';
import { uniqueEntryIds } from '../../../lib/portals/entries';
import type { PageEntry } from '../../../lib/portals/types';

const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);

describe('readingOrder', () => {
  it('keeps the page order of a record listed newest first', () => {
    expect(readingOrder(6, (i) => day(10 - i))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('reads a record listed oldest first from its end', () => {
    expect(readingOrder(6, (i) => day(i))).toEqual([5, 4, 3, 2, 1, 0]);
  });

  it('keeps the page order without dates at both ends, and looks at only a bounded part of a long page', () => {
    const asked: number[] = [];
    const order = readingOrder(10_000, (i) => {
      asked.push(i);
      return i > 5000 ? day(i) : undefined;
    });
    expect(order[0]).toBe(0);
    expect(order).toHaveLength(10_000);
    expect(asked.length).toBeLessThanOrEqual(80);
  });

  it('compares the newest of a few dated blocks at each end, and handles the shortest pages', () => {
    // Oldest first, but the top carries a far-future date (a planned appointment): the top is read first.
    const dates = [day(900), day(1), day(2), day(3), day(4), day(5), day(6), day(7), day(8), day(9), day(10), day(11)];
    expect(readingOrder(dates.length, (i) => dates[i], { sample: 3, reach: 6 })[0]).toBe(0);
    expect(readingOrder(2, (i) => day(i))).toEqual([1, 0]);
    expect(readingOrder(1, () => day(1))).toEqual([0]);
    expect(readingOrder(0, () => day(1))).toEqual([]);
  });
});

describe('uniqueEntryIds', () => {
  const entry = (id: string): PageEntry => ({ id, kind: 'note', text: id, locate: () => null });

  it('gives repeated ids an occurrence suffix in the order they come', () => {
    const unique = uniqueEntryIds();
    expect(['a', 'b', 'a', 'a'].map((id) => unique(entry(id)).id)).toEqual(['a', 'b', 'a#1', 'a#2']);
  });

  it('never gives again an id that is already taken', () => {
    const unique = uniqueEntryIds(['a', 'a#1']);
    expect(['a', 'b', 'a'].map((id) => unique(entry(id)).id)).toEqual(['a#2', 'b', 'a#3']);
  });
});
