import type { Translate } from '../lib/i18n';
import type { DraftSession } from './draft-session';
import { downloadFile } from './exporters';
import { formatDate } from '../lib/format';

/** Saved state, storage problems in plain words, and the other tab that saved first. */
const DAY_MS = 24 * 3600 * 1000;
const NOTICE_DAYS = 3;

export function DraftStatus(props: { t: Translate; session: DraftSession; fileName: string; retentionDays: number; now: Date }) {
  const { t, session } = props;
  const deletesOn = deletionDate(session, props.retentionDays, props.now);
  const offerDownload = () => {
    const json = session.exportJson();
    if (json) downloadFile(props.fileName, json, 'application/json');
  };
  return (
    <div class="draft-status">
      <p class="muted" role="status" data-testid="so-save-status" data-state={session.status}>
        {session.draft || session.status !== 'idle' ? t(`save_${session.status.replace(/-/g, '_')}` as never) : ''}
      </p>
      {deletesOn && (
        <p class="warning" role="status" data-testid="so-retention-notice">
          {t('retentionNotice', formatDate(deletesOn))}
        </p>
      )}
      {session.problem && (
        <div class="error" role="alert" data-testid="so-error" data-code={session.problem}>
          <p>{t(`storeProblem_${session.problem}` as never)}</p>
          <p>{t('storeProblemKeepEditing')}</p>
          <button type="button" onClick={offerDownload} data-testid="so-download-draft">
            {t('downloadDraft')}
          </button>
        </div>
      )}
      {session.conflictWaiting && !session.conflict && (
        <p class="warning" role="status" data-testid="so-conflict-waiting">
          {t('conflictWaiting')}
        </p>
      )}
      {session.conflict && (
        <div class="warning" role="alert" data-testid="so-conflict">
          <p>{t('conflictNotice')}</p>
          <button type="button" onClick={() => void session.keepMine()} data-testid="so-keep-mine">
            {t('conflictKeepMine')}
          </button>
        </div>
      )}
      {session.refreshed && !session.conflict && (
        <p class="muted" role="status" data-testid="so-refreshed">
          {t('refreshedFromOtherTab')}
        </p>
      )}
    </div>
  );
}

/** The day retention will delete this draft, when that is near: the notice comes before the deletion. */
function deletionDate(session: DraftSession, retentionDays: number, now: Date): string | undefined {
  if (!session.draft || session.draft.id === 'unsaved') return undefined;
  const due = Date.parse(session.draft.updatedAt) + retentionDays * DAY_MS;
  return due - now.getTime() <= NOTICE_DAYS * DAY_MS ? new Date(due).toISOString().slice(0, 10) : undefined;
}
