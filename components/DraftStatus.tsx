import type { Translate } from '../lib/i18n';
import type { DraftSession } from '../entrypoints/sidebar/draft-session';
import { downloadFile } from '../entrypoints/sidebar/exporters';

/** Saved state, storage problems in plain words, and the other tab that saved first. */
export function DraftStatus(props: { t: Translate; session: DraftSession; fileName: string }) {
  const { t, session } = props;
  const offerDownload = () => {
    const json = session.exportJson();
    if (json) downloadFile(props.fileName, json, 'application/json');
  };
  return (
    <div class="draft-status">
      <p class="muted" role="status" data-testid="so-save-status" data-state={session.status}>
        {t(`save_${session.status.replace(/-/g, '_')}` as never)}
      </p>
      {session.problem && (
        <div class="error" role="alert" data-testid="so-error" data-code={session.problem}>
          <p>{t(`storeProblem_${session.problem}` as never)}</p>
          <p>{t('storeProblemKeepEditing')}</p>
          <button type="button" onClick={offerDownload} data-testid="so-download-draft">
            {t('downloadDraft')}
          </button>
        </div>
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
