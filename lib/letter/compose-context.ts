import type { ClinicalEntry, EntryKind } from '../messages';
import { applyConsent, containsWithheld } from './consent-filter';
import { ageInYears, workingDiagnosis } from './entry-lines';
import { phrasesFor, type LetterPhrases } from './phrases';
import { recordPhrasesFor, type RecordPhrases } from './phrases-record';
import { placeholder } from './placeholders';
import { collectFacts, type RecordFacts } from './record/facts';
import { findFocusCandidates, type QuestionFocus } from './record/focus';
import { referrerIsGp } from './record/people';
import { relevanceFor } from './record/relevance';
import { templateFor, type LetterTemplate } from './record/template';
import type { Voice } from './record/voices';
import type { EnclosedCategory, LetterInput } from './schemas';

/** Everything a section builder may use: only consented data, already screened by the guard. */
export interface ComposeContext {
  input: LetterInput;
  p: LetterPhrases;
  r: RecordPhrases;
  /** A `[[Fill in: …]]` marker in the letter language. */
  missing: (label: string) => string;
  shared: EnclosedCategory[];
  /** Categories the clinician selected whose consent is refused or not yet asked. */
  withheld: EnclosedCategory[];
  entriesOf: (...kinds: EntryKind[]) => ClinicalEntry[];
  /** Entries of one kind plus those the category module placed in the shared category (a problem row a reader took for a note). */
  entriesFor: (categoryId: string, kind: EntryKind) => ClinicalEntry[];
  /** Categories the clinician selected but the patient did not consent to share. */
  isWithheld: (categoryId: string) => boolean;
  /** Screens one piece of page data against everything withheld. */
  allowed: (text: string) => boolean;
  diagnosis: string | undefined;
  age: number | undefined;
  template: LetterTemplate;
  /** The question candidate the letter asks about: the clinician's pick, else the first found. */
  focus: QuestionFocus | undefined;
  facts: RecordFacts;
  /** The patient's own words and the notes cited about them, screened. */
  voices: Voice[];
  considering: boolean;
  referrerIsGp: boolean;
}

export function buildContext(input: LetterInput): ComposeContext {
  const view = applyConsent(input.categories, input.entries);
  const allowed = (text: string) => !containsWithheld(text, view.withheldTexts);
  const usable = view.entries.filter((e) => allowed(e.text) && (!e.title || allowed(e.title)));
  const withheld = input.categories.filter((c) => c.consent !== 'given' && !c.guardOnly);
  const withheldIds = new Set(input.categories.filter((c) => c.consent !== 'given').map((c) => c.id));
  const focus = pickFocus(findFocusCandidates(usable, input.lang), input.focusKey);
  const template = templateFor(input, focus?.condition);
  const treatmentItems = usable.length
    ? itemsWithoutEntries(view.shared, 'treatment-history')
    : view.shared.filter((c) => c.id === 'treatment-history').flatMap((c) => c.items);
  const facts = collectFacts(
    usable,
    relevanceFor(focus, template),
    { template, questionnairesWithheld: withheldIds.has('questionnaires') },
    treatmentItems.filter(allowed),
  );
  const voices = (input.voices ?? input.patientWords.map((text) => ({ text, source: 'patient' as const }))).filter((v) => allowed(v.text));
  return {
    input,
    p: phrasesFor(input.lang),
    r: recordPhrasesFor(input.lang),
    missing: (label) => placeholder(input.lang, label),
    shared: view.shared,
    withheld,
    entriesOf: (...kinds) => usable.filter((e) => kinds.includes(e.kind)),
    entriesFor: (categoryId, kind) => {
      const assigned = new Set(view.shared.filter((c) => c.id === categoryId).flatMap((c) => c.entryIds ?? []));
      return usable.filter((e) => e.kind === kind || (assigned.has(e.id) && (e.kind === 'note' || e.kind === 'other')));
    },
    isWithheld: (id) => withheldIds.has(id),
    allowed,
    diagnosis: workingDiagnosis(usable.filter((e) => e.kind === 'problem')),
    age: ageInYears(input.patient?.birthDate, input.today),
    template,
    focus,
    facts,
    voices,
    considering: input.status === 'considering',
    referrerIsGp: referrerIsGp(input.referrer, input.gpName),
  };
}

/** The question candidates the record offers, for the sidebar's picker; only consented data. */
export function questionCandidates(input: LetterInput): QuestionFocus[] {
  const view = applyConsent(input.categories, input.entries);
  const allowed = (text: string) => !containsWithheld(text, view.withheldTexts);
  return findFocusCandidates(
    view.entries.filter((e) => allowed(e.text) && (!e.title || allowed(e.title))),
    input.lang,
  );
}

/** Episodes left out of the letter as unrelated to the question, for the clinician to check. */
export function leftOutEpisodes(input: LetterInput): string[] {
  return buildContext(input).facts.leftOut;
}

function pickFocus(candidates: QuestionFocus[], key: string | undefined): QuestionFocus | undefined {
  return (key ? candidates.find((c) => c.key === key) : undefined) ?? candidates[0];
}

/**
 * A treatment-history list whose entries are on the page is read from the entries themselves (with
 * their dates and relevance); a list kept without entries is taken as the clinician gave it.
 */
function itemsWithoutEntries(shared: EnclosedCategory[], id: string): string[] {
  return shared.filter((c) => c.id === id && !(c.entryIds?.length)).flatMap((c) => c.items);
}
