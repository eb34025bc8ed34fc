import { useMemo, useState } from 'preact/hooks';
import {
  buildChecklist,
  checklistToText,
  mergeChoices,
  qualityWarnings,
  setConsent,
  suggestCategories,
  toEnclosedCategories,
  toggleCategory,
  withItemState,
  getCategory,
  type Field,
  type SuggestResult,
} from '../lib/categories';
import type { Lang, Translate } from '../lib/i18n';
import {
  auditEntryForExport,
  composeLetter,
  editSection,
  gpFromPage,
  leftOutEpisodes,
  letterTitle,
  mergeLetter,
  questionCandidates,
  recipientFromPage,
  resetSection,
  type EnclosedCategory,
  type Letter,
  type LetterInput,
  type LetterLang,
  type QuestionType,
  type Recipient,
  voicesFromEvidence,
} from '../lib/letter';
import type { PagePatient, Snapshot } from '../lib/messages';
import { draftMismatch } from '../lib/portals/patient-match';
import type { Settings } from '../lib/settings';
import type { CategoryChoice, LetterSection, Reporting } from '../lib/draft-shapes';
import type { Draft, NewDraft } from '../lib/store';
import { useDraftSession } from './draft-session';
import { fileNameFor, printPart } from './exporters';
import { AUDIT_ACTION, exportLetter } from './letter-export';
import { useLetterUndo } from './use-letter-undo';
import { CategoryPanel } from './CategoryPanel';
import { ChecklistPanel } from './ChecklistPanel';
import { DraftStatus } from './DraftStatus';
import { ExportBar, type ExportAction } from './ExportBar';
import { LetterEditor } from './LetterEditor';
import { PrintView } from './PrintView';
import { QuestionFocusPicker } from './QuestionFocusPicker';

export interface WorkspaceServices {
  now(): Date;
}

const DEFAULT_REPORTING: Reporting = { selfReferred: false, informTreatingClinicianConsent: 'unknown' };

/**
 * Categories, consent, checklist and letter for the patient on screen. Mounted per patient key, so no
 * state of one patient can survive into another's workspace.
 */
export function ReferralWorkspace(props: {
  t: Translate;
  uiLang: Lang;
  settings: Settings;
  snapshot: Snapshot;
  patient: PagePatient;
  patientKey: string;
  open: boolean;
  onOpen(): void;
  services: WorkspaceServices;
}) {
  const { t, snapshot, patient } = props;
  const today = isoDay(props.services.now());
  // A letter language chosen in the options (or by the organisation's policy) wins; otherwise a new
  // letter starts in the sidebar's language (by default the page's). The editor can switch it.
  const chosenLang = props.settings.letterLanguage === 'auto' ? undefined : props.settings.letterLanguage;
  const defaultLang: LetterLang = chosenLang ?? props.uiLang;
  const session = useDraftSession(props.patientKey, (): NewDraft => ({
    patientKey: props.patientKey,
    portal: snapshot.origin,
    patientLabel: { name: patient.name, birthDate: patient.birthDate },
    status: 'draft',
    lang: defaultLang,
    categories: [],
    checklist: [],
    reporting: DEFAULT_REPORTING,
    evidence: snapshot.evidence.slice(0, 50),
    recipient: {},
    letter: { lang: defaultLang, sections: [], placeholders: [] },
    pageState: snapshot.pageState || undefined,
  }));
  const draft = session.draft && session.draft.patientKey === props.patientKey ? session.draft : null;
  const undo = useLetterUndo();
  const [message, setMessage] = useState<string | null>(null);

  const lang: LetterLang = (draft?.lang as LetterLang | undefined) ?? defaultLang;
  const evidenceTexts = snapshot.evidence.map((e) => e.text);
  const result = useMemo(
    () =>
      suggestCategories({
        entries: snapshot.entries,
        patient,
        adapterId: snapshot.adapter,
        evidenceTexts,
        evidenceEntryIds: snapshot.evidence.flatMap((e) => (e.entryId ? [e.entryId] : [])),
        today,
        // A stored 'unknown' means nobody chose yet: let the record and the patient's words decide.
        question: draft?.question && draft.question !== 'unknown' ? (draft.question as QuestionType) : undefined,
        field: draft?.field,
      }),
    [snapshot, draft?.question, draft?.field, today],
  );
  const choices = useMemo(() => mergeChoices(draft?.categories ?? [], result), [draft?.categories, result]);
  const reporting = draft?.reporting ?? DEFAULT_REPORTING;
  // The checklist is the sidebar's, for practice staff: in the sidebar's language, not the letter's.
  const checklist = useMemo(
    () => buildChecklist(choices, result, snapshot.entries, props.uiLang, draft?.checklist),
    [choices, result, snapshot.entries, props.uiLang, draft?.checklist],
  );
  const warnings = useMemo(
    () => qualityWarnings({ entries: snapshot.entries, patient, today, question: result.question, selected: choices.filter((c) => c.selected).map((c) => c.id) }),
    [snapshot.entries, patient, today, result.question, choices],
  );

  // The patient's words and the notes about them, the GP and the giver the page names: read once per snapshot.
  const pagePeople = useMemo(() => {
    const flagged = snapshot.evidence.filter((e) => e.status === 'requested' || e.status === 'considering').slice(0, 10);
    return {
      voices: voicesFromEvidence(flagged, snapshot.entries, patient),
      gpName: gpFromPage(patient, snapshot.entries),
      recipient: recipientFromPage(flagged.map((e) => e.text)),
    };
  }, [snapshot, patient]);
  const recipient: Recipient = useMemo(
    () => (hasRecipient(draft?.recipient) ? draft!.recipient : pagePeople.recipient ? { organisation: pagePeople.recipient } : {}),
    [draft?.recipient, pagePeople],
  );

  const input: LetterInput = useMemo(
    () => ({
      lang,
      today,
      patient,
      referrer: {
        name: props.settings.profile.name,
        role: props.settings.profile.role,
        agbCode: props.settings.profile.agbCode || undefined,
        organisation: props.settings.profile.organisation,
        address: props.settings.profile.address || undefined,
        phone: props.settings.profile.phone || undefined,
      },
      recipient,
      question: result.question,
      patientWords: pagePeople.voices.filter((v) => v.source === 'patient').map((v) => v.text),
      voices: pagePeople.voices,
      ...(pagePeople.gpName ? { gpName: pagePeople.gpName } : {}),
      status: snapshot.status === 'considering' ? ('considering' as const) : ('requested' as const),
      field: result.field,
      ...(draft?.focus ? { focusKey: draft.focus } : {}),
      entries: snapshot.entries,
      categories: [...toEnclosedCategories(choices, result, snapshot.entries, lang), ...withheldSensitive(result, choices, lang)],
      reporting,
    }),
    [lang, today, patient, props.settings, recipient, pagePeople, draft?.focus, result, snapshot, choices, reporting],
  );
  const candidates = useMemo(() => questionCandidates(input), [input]);
  const leftOut = useMemo(() => leftOutEpisodes(input), [input]);
  // Composed once per input; typing in a section only merges the edit into it.
  const composed = useMemo(() => composeLetter(input), [input]);
  const letter: Letter = useMemo(() => mergeLetter(composed, draft?.letter?.sections), [composed, draft?.letter?.sections]);

  if (draft && draftMismatch(draft, { patientKey: props.patientKey, patient }).length > 0) {
    // A draft found under this key that names someone else is never shown: its letter would carry
    // one patient's name and another's record.
    return (
      <p class="error" role="alert" data-testid="so-error" data-code="draft-patient-mismatch">
        {t('draftPatientMismatch')}
      </p>
    );
  }
  if (!props.open && !draft) {
    return (
      <section class="card">
        <p class="muted">{t('noDraftYet')}</p>
        <button type="button" class="primary" onClick={props.onOpen}>
          {t('actionStartDraft')}
        </button>
      </section>
    );
  }
  if (session.loading) return <p class="muted">{t('loadingDraft')}</p>;

  const withLetter = (d: Draft, sections: LetterSection[]): Draft => ({ ...d, letter: { ...letter, sections } });
  const update = (change: (d: Draft) => Draft) => session.update(change);

  const sharedIds = input.categories.filter((c) => c.consent === 'given' || (!c.sensitive && c.consent !== 'refused')).map((c) => c.id);
  const title = `${letterTitle(lang)} — ${patient.name}`;

  const doExport = async (action: ExportAction) => {
    try {
      await exportLetter(action, { letter, input, title, fileLabel: t('fileLetter'), today, now: props.services.now() });
      const entry = auditEntryForExport(action, sharedIds, props.services.now().toISOString());
      update((d) => ({ ...withLetter(d, letter.sections), status: 'exported' }));
      await session.audit(AUDIT_ACTION[action], entry.categories, action);
      setMessage(t('exportDone'));
    } catch {
      setMessage(t('exportFailed'));
    }
  };

  return (
    <>
      <DraftStatus
        t={t}
        session={session}
        fileName={fileNameFor([t('fileDraft'), today], 'json')}
        retentionDays={props.settings.retentionDays}
        now={props.services.now()}
      />
      <CategoryPanel
        t={t}
        lang={props.uiLang}
        result={result}
        choices={choices}
        reporting={reporting}
        warnings={warnings}
        onQuestion={(question) => update((d) => ({ ...d, question }))}
        onField={(field: Field) => update((d) => ({ ...d, field }))}
        onToggle={(id, selected) => update((d) => ({ ...d, categories: toggleCategory(choices, id, selected) }))}
        onConsent={(id, consent) => update((d) => ({ ...d, categories: setConsent(choices, id, consent, today) }))}
        onReporting={(next) => update((d) => ({ ...d, reporting: next }))}
      />
      <ChecklistPanel
        t={t}
        items={checklist}
        onState={(id, state) => update((d) => ({ ...d, categories: choices, checklist: withItemState(checklist, id, state) }))}
        onPrint={() => printPart('checklist')}
      />
      <QuestionFocusPicker t={t} candidates={candidates} selectedKey={draft?.focus} leftOut={leftOut} onPick={(focus) => update((d) => ({ ...d, focus }))} />
      <LetterEditor
        t={t}
        letter={letter}
        lang={lang}
        recipient={recipient}
        canUndo={undo.canUndo()}
        onEdit={(id, text) => {
          undo.pushEdit(id, letter.sections);
          update((d) => withLetter(d, editSection(letter.sections, id, text)));
        }}
        onRegenerate={(id) => {
          undo.push(letter.sections);
          update((d) => withLetter(d, resetSection(letter.sections, id)));
        }}
        onUndo={() => {
          const previous = undo.pop();
          if (previous) update((d) => withLetter(d, previous));
        }}
        onLang={(next) => update((d) => ({ ...d, lang: next }))}
        onRecipient={(recipient) => update((d) => ({ ...d, recipient }))}
      />
      <ExportBar t={t} openPlaceholders={letter.placeholders.length} message={message} onExport={(a) => void doExport(a)} />
      <PrintView letter={letter} title={title} checklist={checklistToText(checklist, props.uiLang, t('checklistHeading'))} />
    </>
  );
}

/**
 * Sensitive categories the clinician did not select still guard the letter: their entries (an HIV
 * problem line, say) must not slip in through an ordinary category such as problems.
 */
function withheldSensitive(result: SuggestResult, choices: CategoryChoice[], lang: LetterLang): EnclosedCategory[] {
  const selected = new Set(choices.filter((c) => c.selected).map((c) => c.id));
  return result.suggestions
    .filter((s) => s.sensitive && s.entryIds.length > 0 && !selected.has(s.id))
    .map((s) => ({ id: s.id, label: getCategory(s.id)?.label[lang] ?? s.id, sensitive: true, consent: 'unknown' as const, items: [], entryIds: s.entryIds, guardOnly: true }));
}

/** The clinician typed a recipient: it wins over the one the page names. */
function hasRecipient(recipient: Recipient | undefined): recipient is Recipient {
  return !!(recipient?.name?.trim() || recipient?.organisation?.trim());
}

function isoDay(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
