import type { LetterSection } from '../draft-shapes';
import { buildContext, type ComposeContext } from './compose-context';
import { findPlaceholders } from './placeholders';
import { type Letter, type LetterInput, SECTION_IDS, type SectionId } from './schemas';
import { findingsSection, historySection, patientWishesSection, summarySection, treatmentSection } from './sections/clinical';
import { arrangementsSection, authorSection, enclosuresSection } from './sections/closing';
import { envelopeSection, questionSection, reasonSection } from './sections/opening';

const BUILDERS: Record<SectionId, (ctx: ComposeContext) => string> = {
  envelope: envelopeSection,
  question: questionSection,
  reason: reasonSection,
  history: historySection,
  findings: findingsSection,
  treatment: treatmentSection,
  'patient-wishes': patientWishesSection,
  summary: summarySection,
  enclosures: enclosuresSection,
  arrangements: arrangementsSection,
  author: authorSection,
};

function buildSection(ctx: ComposeContext, id: SectionId): LetterSection {
  return { id, title: ctx.p.headings[id], text: BUILDERS[id](ctx), edited: false };
}

/** A pure function of its input: the same input always gives the same letter (golden tests rely on it). */
export function composeLetter(input: LetterInput): Letter {
  const ctx = buildContext(input);
  const sections = SECTION_IDS.map((id) => buildSection(ctx, id));
  return { lang: input.lang, sections, placeholders: findPlaceholders(sections) };
}

/**
 * Rebuilds one section from the current input and keeps every other section as it is, edited or not.
 * A section missing from the letter (an older draft) is inserted at its place in the heading order.
 */
export function regenerateSection(letter: Letter, input: LetterInput, sectionId: SectionId): Letter {
  const fresh = buildSection(buildContext(input), sectionId);
  const exists = letter.sections.some((s) => s.id === sectionId);
  let sections: LetterSection[];
  if (exists) {
    sections = letter.sections.map((s) => (s.id === sectionId ? fresh : s));
  } else {
    const order = (id: string) => SECTION_IDS.indexOf(id as SectionId);
    const at = letter.sections.findIndex((s) => order(s.id) > order(sectionId));
    sections = [...letter.sections];
    sections.splice(at === -1 ? sections.length : at, 0, fresh);
  }
  return { ...letter, sections, placeholders: findPlaceholders(sections) };
}

/** Plain text for pasting into a portal's letter field: heading, text, a blank line between sections. */
export function letterToPlainText(sections: readonly LetterSection[]): string {
  return `${sections.map((s) => `${s.title.toUpperCase()}\n${s.text.trimEnd()}`).join('\n\n')}\n`;
}

export function toPlainText(letter: Letter): string {
  return letterToPlainText(letter.sections);
}
