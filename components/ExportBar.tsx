import type { Translate } from '../lib/i18n';

/** Every way the letter leaves the sidebar; each one is recorded in the draft's audit log. */
export type ExportAction = 'copy-text' | 'copy-html' | 'print' | 'download-txt' | 'download-html' | 'fhir';

const BUTTONS: Array<{ action: ExportAction; testid: string; label: Parameters<Translate>[0] }> = [
  { action: 'copy-text', testid: 'so-export-copy', label: 'exportCopyText' },
  { action: 'copy-html', testid: 'so-export-copy-formatted', label: 'exportCopyHtml' },
  { action: 'print', testid: 'so-export-print', label: 'exportPrint' },
  { action: 'download-txt', testid: 'so-export-download', label: 'exportDownloadTxt' },
  { action: 'download-html', testid: 'so-export-download-html', label: 'exportDownloadHtml' },
  { action: 'fhir', testid: 'so-export-fhir', label: 'exportFhir' },
];

export function ExportBar(props: { t: Translate; openPlaceholders: number; message: string | null; onExport(action: ExportAction): void }) {
  const { t } = props;
  return (
    <section class="card" aria-labelledby="so-export-h">
      <h2 id="so-export-h">{t('exportHeading')}</h2>
      {props.openPlaceholders > 0 && <p class="warning">{t('exportPlaceholdersWarning', props.openPlaceholders)}</p>}
      <div class="actions">
        {BUTTONS.map((b) => (
          <button type="button" key={b.action} data-testid={b.testid} onClick={() => props.onExport(b.action)}>
            {t(b.label)}
          </button>
        ))}
      </div>
      {props.message && (
        <p class="muted" role="status" data-testid="so-export-status">
          {props.message}
        </p>
      )}
    </section>
  );
}
