import type { Draft } from './schemas';

/**
 * Search terms for the drafts list: name words without accents and the dates a clinician may type
 * (birth date, created and updated day). The summaries store indexes them (multiEntry), so a search is
 * a few index range reads instead of a scan over every draft.
 */
export function searchTerms(draft: Pick<Draft, 'patientLabel' | 'createdAt' | 'updatedAt'>): string[] {
  const terms = new Set<string>(nameWords(draft.patientLabel.name));
  if (draft.patientLabel.birthDate) terms.add(draft.patientLabel.birthDate);
  terms.add(draft.createdAt.slice(0, 10));
  terms.add(draft.updatedAt.slice(0, 10));
  return [...terms];
}

/** One query word becomes one term: a full Dutch date (DD-MM-YYYY, also with / or .) becomes ISO. */
export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map((word) => word.trim())
    .filter(Boolean)
    .flatMap((word) => {
      const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(word);
      if (dutch) return [`${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}`];
      if (/^\d{4}-\d{2}-\d{2}$/.test(word)) return [word];
      return nameWords(word);
    });
}

function nameWords(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}-]+/u)
    .flatMap((word) => (word.includes('-') && !/^\d/.test(word) ? [word, ...word.split('-')] : [word]))
    .filter((word) => word.length > 0);
}

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
