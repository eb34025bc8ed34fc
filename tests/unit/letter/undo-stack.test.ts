import { describe, expect, it } from 'vitest';
import { createUndoStack, UNDO_BURST_MS, UNDO_LIMIT } from '../../../lib/letter/undo-stack';

function clock(): { now: () => number; advance(ms: number): void } {
  let time = 1_000;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe('createUndoStack', () => {
  it('keeps one step per burst of typing in a section', () => {
    const time = clock();
    const undo = createUndoStack<string>(time.now);
    expect(undo.canUndo()).toBe(false);
    undo.pushEdit('question', 'v0');
    time.advance(200);
    undo.pushEdit('question', 'v1');
    time.advance(UNDO_BURST_MS);
    undo.pushEdit('question', 'v2');
    expect(undo.pop()).toBe('v0');
    expect(undo.canUndo()).toBe(false);
  });

  it('starts a new step after a pause or in another section', () => {
    const time = clock();
    const undo = createUndoStack<string>(time.now);
    undo.pushEdit('question', 'v0');
    time.advance(UNDO_BURST_MS + 1);
    undo.pushEdit('question', 'v1');
    undo.pushEdit('history', 'v2');
    expect([undo.pop(), undo.pop(), undo.pop(), undo.pop()]).toEqual(['v2', 'v1', 'v0', undefined]);
  });

  it('ends the burst on undo, and a regenerated section is always a step of its own', () => {
    const time = clock();
    const undo = createUndoStack<string>(time.now);
    undo.pushEdit('question', 'v0');
    undo.push('v1');
    undo.push('v2');
    expect(undo.pop()).toBe('v2');
    undo.pushEdit('question', 'v3');
    expect([undo.pop(), undo.pop(), undo.pop()]).toEqual(['v3', 'v1', 'v0']);
  });

  it('forgets the oldest steps beyond the limit', () => {
    const undo = createUndoStack<number>(() => 0);
    for (let i = 0; i < UNDO_LIMIT + 5; i++) undo.push(i);
    const popped: number[] = [];
    while (undo.canUndo()) popped.push(undo.pop()!);
    expect(popped).toHaveLength(UNDO_LIMIT);
    expect(popped.at(-1)).toBe(5);
  });
});
