import type { LetterSection } from '../draft-shapes';
import type { LetterLang, Placeholder } from './schemas';

/**
 * What the page cannot supply is written as a visible marker the clinician cannot overlook, in the
 * letter language, and the sidebar lists the open ones before export (issue: "clearly marked placeholder").
 */
const PREFIX: Record<LetterLang, string> = { nl: 'Vul in', en: 'Fill in' };

/** Both prefixes are recognised, so a letter switched between languages still shows every open marker. */
const PLACEHOLDER_PATTERN = /\[\[(?:Vul in|Fill in): ([^\]\n]*)\]\]/g;

export function placeholder(lang: LetterLang, label: string): string {
  return `[[${PREFIX[lang]}: ${label}]]`;
}

/** Scans the (possibly edited) section texts; a marker the clinician replaced is no longer open. */
export function findPlaceholders(sections: readonly LetterSection[]): Placeholder[] {
  const found: Placeholder[] = [];
  for (const section of sections) {
    for (const match of section.text.matchAll(PLACEHOLDER_PATTERN)) {
      found.push({ sectionId: section.id, label: (match[1] ?? '').trim() });
    }
  }
  return found;
}

/**
 * Page text must never pose as a marker (it would look like an open question the clinician has to
 * answer, or hide one): double brackets from the page are reduced to single ones.
 */
export function defuseMarkers(text: string): string {
  // Collapse whole runs: one pass over "[[[" would leave a fresh "[[" behind.
  return text.replace(/\[{2,}/g, '[').replace(/\]{2,}/g, ']');
}
