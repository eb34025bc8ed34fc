import type { LetterSection } from '../draft-shapes';
import { findPlaceholders } from './placeholders';
import type { Letter } from './schemas';

/**
 * The letter the sidebar shows: freshly composed from the page and the choices, except for the sections
 * the clinician edited, which are kept word for word. So a new consent or a newer note updates the
 * letter without ever overwriting what the clinician typed.
 */
export function mergeLetter(fresh: Letter, stored: readonly LetterSection[] | undefined): Letter {
  const edited = new Map((stored ?? []).filter((s) => s.edited).map((s) => [s.id, s]));
  const sections = fresh.sections.map((s) => edited.get(s.id) ?? s);
  return { ...fresh, sections, placeholders: findPlaceholders(sections) };
}

/** One section typed by the clinician; an edit that restores the generated text is still an edit. */
export function editSection(sections: readonly LetterSection[], id: string, text: string): LetterSection[] {
  return sections.map((s) => (s.id === id ? { ...s, text, edited: true } : s));
}

/** Drops the clinician's edit of one section so that it follows the page again. */
export function resetSection(sections: readonly LetterSection[], id: string): LetterSection[] {
  return sections.filter((s) => s.id !== id);
}
