import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createTranslator, type Lang } from '../lib/i18n';
import type { EvidenceRef, Snapshot, ToContent } from '../lib/messages';
import type { Settings } from '../lib/settings';
import { FlagCard } from './FlagCard';
import { PatientBlock } from './PatientBlock';

export interface SidebarConnection {
  send(message: ToContent): void;
  close(): void;
}

export type ConnectFn = (handlers: { onSnapshot(snapshot: Snapshot): void; onDisconnect(): void }) => Promise<SidebarConnection | undefined>;

export function SidebarApp(props: { lang: Lang; settings: Settings; connect: ConnectFn }) {
  const t = useMemo(() => createTranslator(props.lang), [props.lang]);
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [connection, setConnection] = useState<'connecting' | 'connected' | 'lost'>('connecting');
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const link = useRef<SidebarConnection | undefined>(undefined);

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

  const send = (message: ToContent) => link.current?.send(message);
  const patientKey = snapshot?.patientKey ?? null;
  const isDismissed = patientKey !== null && dismissed.has(patientKey);

  return (
    <main data-testid="so-sidebar" class="sidebar">
      <header class="sidebar-header">
        <h1>{t('sidebarTitle')}</h1>
        <button type="button" class="icon" aria-label={t('sidebarClose')} title={t('sidebarClose')} onClick={() => send({ type: 'close-sidebar' })}>
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
      <PatientBlock t={t} lang={props.lang} patient={snapshot?.patient ?? null} reading={!snapshot} />
      {snapshot?.warnings.map((w) => (
        <p class="warning" role="status" data-testid="so-error" key={w.code + (w.detail ?? '')}>
          {w.code}
          {w.detail ? `: ${w.detail}` : ''}
        </p>
      ))}
      {snapshot && snapshot.patient && (
        <FlagCard
          t={t}
          status={snapshot.status}
          evidence={snapshot.evidence}
          reading={snapshot.reading}
          dismissed={isDismissed}
          onLocate={(e: EvidenceRef) => e.entryId && send({ type: 'locate-entry', entryId: e.entryId, start: e.start, end: e.end })}
          onDismiss={() => patientKey && setDismissed(new Set([...dismissed, patientKey]))}
        />
      )}
    </main>
  );
}
