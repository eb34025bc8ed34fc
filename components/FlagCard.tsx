import type { DetectionStatus, EvidenceRef } from '../lib/messages';
import type { Translate } from '../lib/i18n';
import { formatDate } from '../lib/format';

/**
 * The flag, shaped like a CDS Hooks card (summary, indicator, source, actions) so clinicians meet a
 * pattern their EHR already uses.
 */
const INDICATOR: Record<DetectionStatus, 'warning' | 'info'> = {
  requested: 'warning',
  considering: 'warning',
  declined: 'info',
  completed: 'info',
  none: 'info',
};

export function FlagCard(props: {
  t: Translate;
  status: DetectionStatus;
  evidence: EvidenceRef[];
  reading: boolean;
  dismissed: boolean;
  onLocate(evidence: EvidenceRef): void;
  /** Absent until the patient's key is known: a dismissal is filed under it, so before then there is no button. */
  onDismiss?(): void;
  onShowAgain?(): void;
  onStartDraft?(): void;
}) {
  const { t, status } = props;
  const flagged = status === 'requested' || status === 'considering';
  return (
    <section class={`card flag flag-${INDICATOR[status]}`} aria-labelledby="so-flag-h">
      <h2 id="so-flag-h">{t('flagHeading')}</h2>
      <p data-testid="so-flag" data-status={status} data-indicator={INDICATOR[status]} role="status">
        {props.reading ? t('connecting') : t(`status_${status}`)}
      </p>
      {props.evidence.length > 0 && (
        <ol class="evidence">
          {props.evidence.map((e, i) => (
            <li key={`${e.entryId ?? ''}:${e.start}:${i}`}>
              <button type="button" class="evidence-quote" data-testid="so-evidence" onClick={() => props.onLocate(e)}>
                {e.text}
              </button>
              <span class="muted evidence-source">
                {[e.date ? formatDate(e.date) : undefined, e.source, i > 0 || e.status !== status ? t(`status_${e.status}`) : undefined].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ol>
      )}
      {flagged && !props.dismissed && (
        <div class="actions">
          {props.onStartDraft && (
            <button type="button" class="primary" onClick={props.onStartDraft}>
              {t('actionStartDraft')}
            </button>
          )}
          {props.onDismiss && (
            <button type="button" data-testid="so-flag-dismiss" onClick={props.onDismiss}>
              {t('actionDismiss')}
            </button>
          )}
        </div>
      )}
      {flagged && props.dismissed && (
        <p class="actions dismissed-note" data-testid="so-flag-dismissed">
          <span class="muted">{t('flagDismissedNote')}</span>
          {props.onShowAgain && (
            <button type="button" data-testid="so-flag-show-again" onClick={props.onShowAgain}>
              {t('actionShowFlagAgain')}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
