import { describe, expect, it } from 'vitest';
import { placeLauncher, withinBudget, type Box } from '../../../entrypoints/content/launcher-place';

const SIZES = { full: { width: 32, height: 150 }, handle: { width: 24, height: 56 } };
const VIEWPORT = { width: 1000, height: 800 };
/** A page whose text occupies the given bands (x from, y from–to) at the right edge. */
const textAt = (bands: Array<{ left: number; top: number; bottom: number }>) => (box: Box) =>
  bands.some((b) => box.left + box.width > b.left && box.top < b.bottom && box.top + box.height > b.top);

describe('placeLauncher', () => {
  it('shows the full tab where the margin is free', () => {
    expect(placeLauncher(320, SIZES, 0, () => false, VIEWPORT)).toEqual({ top: 320, collapsed: false });
  });

  it('shrinks to the handle when only the tab would touch text', () => {
    // Text runs to 30 px from the edge: the 32 px tab touches it, the 24 px handle does not.
    expect(placeLauncher(320, SIZES, 0, textAt([{ left: 1000 - 30, top: 0, bottom: 800 }]), VIEWPORT)).toEqual({ top: 320, collapsed: true });
  });

  it('moves the handle to the nearest free height when the edge holds text there', () => {
    const placed = placeLauncher(320, SIZES, 0, textAt([{ left: 990, top: 250, bottom: 460 }]), VIEWPORT);
    expect(placed.collapsed).toBe(true);
    expect(placed.top + 56 <= 250 || placed.top >= 460).toBe(true);
    expect(placed.top).toBe(464);
  });

  it('stays inside the window, and keeps the wanted place when no height is free', () => {
    expect(placeLauncher(5000, SIZES, 0, () => false, VIEWPORT).top).toBe(800 - 150 - 8);
    expect(placeLauncher(-40, SIZES, 0, () => false, VIEWPORT).top).toBe(8);
    expect(placeLauncher(320, SIZES, 0, () => true, VIEWPORT)).toEqual({ top: 320, collapsed: true });
  });
});

describe('withinBudget', () => {
  it('tests while the slice lasts, then counts every spot as covered without testing and says it ran out', () => {
    let clock = 0;
    const tested: number[] = [];
    const slice = withinBudget(
      (box) => {
        tested.push(box.top);
        clock += 5; // each hit test costs 5 ms on a huge page
        return false;
      },
      8,
      () => clock,
    );
    const box = (top: number): Box => ({ left: 0, top, width: 10, height: 10 });
    expect(slice.isCovering(box(1))).toBe(false);
    expect(slice.isCovering(box(2))).toBe(false);
    expect(slice.ranOut()).toBe(false);
    expect(slice.isCovering(box(3))).toBe(true);
    expect(slice.isCovering(box(4))).toBe(true);
    expect(slice.ranOut()).toBe(true);
    expect(tested).toEqual([1, 2]);
  });

  it('ends a slice between the hit tests of one box, and the answer of that slice does not count', () => {
    let clock = 0;
    let probes = 0;
    // One box is 25 hit tests of 1 ms each, asking the slice before each one.
    const pointByPoint = (_box: Box, due: () => boolean) => {
      for (let i = 0; i < 25; i++) {
        if (due()) return true;
        probes++;
        clock += 1;
      }
      return false;
    };
    const slice = withinBudget(pointByPoint, 8, () => clock);
    expect(slice.isCovering({ left: 0, top: 0, width: 10, height: 150 })).toBe(true);
    expect(slice.ranOut()).toBe(true);
    expect(probes).toBe(9);
  });

  it('a placement resumed slice by slice with the same memo finds what an unhurried one finds', () => {
    // A margin covered everywhere but at 200 px; each hit test costs 3 ms, each slice 8 ms.
    const freeAt = 200;
    const covered = (box: Box) => !(box.top <= freeAt && box.top + box.height >= freeAt + 30);
    const unhurried = placeLauncher(320, SIZES, 0, covered, VIEWPORT);
    expect(unhurried.collapsed).toBe(true);
    expect(unhurried.top).not.toBe(320);

    let clock = 0;
    const memo = new Map<string, boolean>();
    const remembered = (box: Box) => {
      const key = `${box.top},${box.width}`;
      if (!memo.has(key)) {
        clock += 3;
        memo.set(key, covered(box));
      }
      return memo.get(key)!;
    };
    let slices = 0;
    let found: ReturnType<typeof placeLauncher>;
    for (;;) {
      slices++;
      const slice = withinBudget(remembered, 8, () => clock);
      found = placeLauncher(320, SIZES, 0, slice.isCovering, VIEWPORT);
      if (!slice.ranOut()) break;
      expect(slices).toBeLessThan(100);
    }
    expect(slices).toBeGreaterThan(1);
    expect(found).toEqual(unhurried);
  });
});
