/**
 * Undo for the letter editor: earlier versions of the sections, newest last. Typing pushes one step per
 * burst in a section (not per keystroke); a regenerated section always pushes one. The clock is passed
 * in so the burst rule can be tested without waiting.
 */
export interface UndoStack<T> {
  /** Before an edit in `sectionId`: keeps `before` unless this edit continues the last burst there. */
  pushEdit(sectionId: string, before: T): void;
  /** Before a change that is one step of its own (regenerating a section). */
  push(before: T): void;
  /** The version before the last step, or undefined when there is none; ends the current burst. */
  pop(): T | undefined;
  canUndo(): boolean;
}

export const UNDO_LIMIT = 100;
/** A pause longer than this between keystrokes in one section starts a new undo step. */
export const UNDO_BURST_MS = 1500;

export function createUndoStack<T>(now: () => number = Date.now): UndoStack<T> {
  const steps: T[] = [];
  let lastEdit: { sectionId: string; at: number } | null = null;
  const push = (before: T) => {
    steps.push(before);
    if (steps.length > UNDO_LIMIT) steps.shift();
  };
  return {
    pushEdit(sectionId, before) {
      const at = now();
      if (!lastEdit || lastEdit.sectionId !== sectionId || at - lastEdit.at > UNDO_BURST_MS) push(before);
      lastEdit = { sectionId, at };
    },
    push,
    pop() {
      lastEdit = null;
      return steps.pop();
    },
    canUndo: () => steps.length > 0,
  };
}
