import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createTranslator, type Lang, type MessageKey } from '../lib/i18n';
import { sidebarLanguage } from '../lib/language';
import type { EvidenceRef, PagePatient, Snapshot, ToContent } from '../lib/messages';
import type { Settings } from '../lib/settings';
import { identityOf } from '../lib/portals/patient-key';
import { FlagCard } from './FlagCard';
import { PatientBlock } from './PatientBlock';
import type { WorkspaceServices } from './ReferralWorkspace';
import { useReferralWorkspace } from './use-lazy-workspace';

export interface SidebarConnection {
  send(message: ToContent): void;
  close(): void;
}

export type ConnectFn = (handlers: { onSnapshot(snapshot: Snapshot): void; onDisconnect(): void }) => Promise<SidebarConnection | undefined>;

export interface SidebarProps {
  /** The language when the page's is unknown or the setting says so; see sidebarLanguage(). */
  lang: Lang;
  settings: Settings;
  connect: ConnectFn;
  services: WorkspaceServices;
  dismissals: { isDismissed(key: string): Promise<boolean>; dismiss(key: string): Promise<void>; undismiss(key: string): Promise<void> };
  /** The key this patient's drafts and dismissal are filed under (made in the background). */
  patientKeyOf(patient: PagePatient): Promise<string>;
}

const PAGE_WARNINGS: Partial<Record<string, MessageKey>> = {
  'selector-missing': 'warnSelectorMissing',
  'adapter-failed': 'warnAdapterFailed',
  'entries-clipped': 'warnEntriesClipped',
  'patient-confirmed': 'warnPatientConfirmed',
  'bsn-invalid': 'warnBsnInvalid',
  'patient-ambiguous': 'warnPatientAmbiguous',
  'multiple-patients': 'warnMultiplePatients',
  'birth-date-unreadable': 'warnBirthDateUnreadable',
  'identifier-too-long': 'warnIdentifierTooLong',
  'patient-confirmation-ended': 'warnPatientConfirmationEnded',
  'patient-confirmation-stale': 'warnPatientConfirmationStale',
  'patient-confirmation-refused': 'warnPatientConfirmationRefused',
};

/**
 * The patient the sidebar may show: one the page states clearly, or one the clinician confirmed on the
 * very page state this snapshot was read on. Anything else is an unknown patient.
 */
function trustedPatient(snapshot: Snapshot | null): PagePatient | null {
  const patient = snapshot?.patient;
  if (!patient || patient.confidence === 'unsure') return null;
  if (snapshot.confirmedOn !== undefined && snapshot.confirmedOn !== snapshot.pageState) return null;
  return patient;
}

export function SidebarApp(props: SidebarProps) {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  // One language for the whole sidebar: by default the portal page's, so reasons, labels and quotes agree.
  const lang = sidebarLanguage(props.settings.sidebarLanguage, snapshot?.lang, props.lang);
  const t = useMemo(() => createTranslator(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const [connection, setConnection] = useState<'connecting' | 'connected' | 'lost'>('connecting');
  const [keyed, setKeyed] = useState<{ identity: string; key: string } | null>(null);
  const [dismissed, setDismissed] = useState<{ key: string; value: boolean } | null>(null);
  const [wantsDraft, setWantsDraft] = useState<string | null>(null);
  const link = useRef<SidebarConnection | undefined>(undefined);
  const ReferralWorkspace = useReferralWorkspace();

  useEffect(() => {
    let cancelled = false;
    void props
      .connect({
        onSnapshot: (next) => {
          if (!cancelled) setSnapshot(next);
        },
        onDisconnect: () => {
          if (!cancelled) setConnection('lost');
        },
      })
      .then((c) => {
        if (cancelled) return c?.close();
        link.current = c;
        setConnection(c ? 'connected' : 'lost');
      });
    return () => {
      cancelled = true;
      link.current?.close();
    };
  }, [props.connect]);

  const patient = trustedPatient(snapshot);
  // Everything of a patient in this sidebar (flag, draft, suggestions, letter) is bound to who the
  // patient is and, for a patient confirmed by hand, to the page state it was confirmed on.
  const identity = identityOf(patient);
  const binding = identity && snapshot ? `${identity}@${snapshot.confirmedOn ?? ''}` : null;

  // The patient key is an HMAC of the identifiers; until it is known for *this* patient nothing of a draft shows.
  useEffect(() => {
    if (!patient || !binding) return;
    let cancelled = false;
    void props.patientKeyOf(patient).then((key) => {
      if (!cancelled) setKeyed({ identity: binding, key });
    });
    return () => {
      cancelled = true;
    };
  }, [binding]);
  const key = keyed && keyed.identity === binding ? keyed.key : null;

  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    void props.dismissals.isDismissed(key).then((value) => !cancelled && setDismissed({ key, value }));
    return () => {
      cancelled = true;
    };
  }, [key]);
  const isDismissed = !!key && dismissed?.key === key && dismissed.value;
  // A dismissal is filed under the patient key: until the key is known there is nothing to click.
  const fileDismissal = (value: boolean) =>
    key
      ? () => {
          setDismissed({ key, value });
          void (value ? props.dismissals.dismiss(key) : props.dismissals.undismiss(key));
        }
      : undefined;

  const send = (message: ToContent) => link.current?.send(message);
  const confirmPatient = (p: PagePatient, pageState: string) => send({ type: 'confirm-patient', patient: p, pageState });
  const flagged = snapshot?.status === 'requested' || snapshot?.status === 'considering';

  return (
    <main data-testid="so-sidebar" class="sidebar" data-lang={lang}>
      <header class="sidebar-header">
        <h1>{t('sidebarTitle')}</h1>
        <button type="button" class="icon" data-testid="so-close" aria-label={t('sidebarClose')} title={t('sidebarClose')} onClick={() => send({ type: 'close-sidebar' })}>
          ×
        </button>
      </header>
      {connection === 'lost' && (
        <p class="error" role="alert" data-testid="so-error">
          {t('notConnected')}
        </p>
      )}
      {snapshot && (
        <p class="muted page-title">
          {t('pageLabel')}: {snapshot.pageTitle}
        </p>
      )}
      <PatientBlock
        t={t}
        patient={patient ?? (snapshot?.confirmedOn ? null : (snapshot?.patient ?? null))}
        pageState={snapshot?.pageState ?? ''}
        reading={!snapshot || (snapshot.reading && !snapshot.patient)}
        onConfirm={confirmPatient}
      />
      {snapshot?.warnings.map((w) => {
        const message = PAGE_WARNINGS[w.code];
        return message ? (
          <p class="warning" role="status" data-testid="so-error" data-code={w.code} key={w.code + (w.detail ?? '')}>
            {t(message, w.detail ?? '')}
          </p>
        ) : null;
      })}
      {snapshot && patient && (
        <FlagCard
          t={t}
          status={snapshot.status}
          evidence={snapshot.evidence}
          reading={snapshot.reading}
          dismissed={isDismissed}
          onLocate={(e: EvidenceRef) => e.entryId && send({ type: 'locate-entry', entryId: e.entryId, start: e.start, end: e.end })}
          onDismiss={fileDismissal(true)}
          onShowAgain={fileDismissal(false)}
          onStartDraft={
            key
              ? () => {
                  setWantsDraft(key);
                  requestAnimationFrame(() => document.getElementById('so-letter-h')?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
                }
              : undefined
          }
        />
      )}
      {snapshot && patient && key && !snapshot.reading && ReferralWorkspace && (
        <ReferralWorkspace
          key={`${key}@${snapshot.confirmedOn ?? ''}`}
          t={t}
          uiLang={lang}
          settings={props.settings}
          snapshot={snapshot}
          patient={patient}
          patientKey={key}
          open={(flagged && !isDismissed) || wantsDraft === key}
          onOpen={() => setWantsDraft(key)}
          services={props.services}
        />
      )}
    </main>
  );
}
