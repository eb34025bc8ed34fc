import { useRef } from 'preact/hooks';
import type { LetterSection } from '../lib/draft-shapes';
import { createUndoStack, type UndoStack } from '../lib/letter/undo-stack';

/** The letter editor's undo steps, kept for as long as the workspace of one patient is mounted. */
export function useLetterUndo(): UndoStack<LetterSection[]> {
  const stack = useRef<UndoStack<LetterSection[]> | null>(null);
  stack.current ??= createUndoStack<LetterSection[]>();
  return stack.current;
}
