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
  it('tests while the budget lasts, then counts every spot as covered without testing', () => {
    let clock = 0;
    const tested: number[] = [];
    const check = withinBudget(
      (box) => {
        tested.push(box.top);
        clock += 5; // each hit test costs 5 ms on a huge page
        return false;
      },
      8,
      () => clock,
    );
    const box = (top: number): Box => ({ left: 0, top, width: 10, height: 10 });
    expect(check(box(1))).toBe(false);
    expect(check(box(2))).toBe(false);
    expect(check(box(3))).toBe(true);
    expect(check(box(4))).toBe(true);
    expect(tested).toEqual([1, 2]);
  });

  it('settles on the narrow handle at the wanted height once the budget has run out', () => {
    /** A page where each hit test costs 10 ms and finds the margin `covered` or free. */
    const slowPage = (covered: boolean) => {
      let clock = 0;
      return withinBudget(
        () => {
          clock += 10;
          return covered;
        },
        8,
        () => clock,
      );
    };
    // The first test (the full tab) still finds the margin free.
    expect(placeLauncher(320, SIZES, 0, slowPage(false), VIEWPORT)).toEqual({ top: 320, collapsed: false });
    expect(placeLauncher(320, SIZES, 0, slowPage(true), VIEWPORT)).toEqual({ top: 320, collapsed: true });
  });
});
