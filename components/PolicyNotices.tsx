import type { Translate } from '../lib/i18n';
import type { PolicyWarning } from '../lib/managed-policy';
import type { DefaultRecipient, RoutingChannel } from '../lib/default-recipients';

/** Shown next to a control whose value the organisation's policy sets. */
export function LockedNote(props: { t: Translate; field: string }) {
  return (
    <span class="muted locked" data-testid="so-locked" data-field={props.field}>
      {props.t('managedLocked')}
    </span>
  );
}

/** One visible warning per policy value that was ignored, so IT and the user see what did not apply. */
export function PolicyWarnings(props: { t: Translate; warnings: PolicyWarning[] }) {
  if (props.warnings.length === 0) return null;
  const { t } = props;
  const text = (w: PolicyWarning) => {
    if (w.problem === 'unknown-key') return t('managedPolicyUnknownKey', w.key);
    if (w.problem === 'invalid-item') return t('managedPolicyInvalidItem', w.key, (w.index ?? 0) + 1);
    if (w.problem === 'too-many') return t('managedPolicyTooMany', w.key);
    return t('managedPolicyInvalidValue', w.key);
  };
  return (
    <div role="alert">
      {props.warnings.map((w) => (
        <p key={`${w.key}:${w.problem}:${w.index ?? ''}`} class="warning" data-testid="so-error" data-policy-key={w.key}>
          {text(w)}
        </p>
      ))}
    </div>
  );
}

const ROUTING_LABEL: Record<RoutingChannel, Parameters<Translate>[0]> = {
  zorgmail: 'routing_zorgmail',
  'secure-email': 'routing_secureEmail',
  portal: 'routing_portal',
  post: 'routing_post',
};

export function routingLabel(t: Translate, recipient: DefaultRecipient): string {
  return t(ROUTING_LABEL[recipient.routing]);
}

/** The second-opinion centres the organisation refers to; read-only, as only its policy sets them. */
export function DefaultRecipients(props: { t: Translate; recipients: DefaultRecipient[] }) {
  if (props.recipients.length === 0) return null;
  const { t } = props;
  return (
    <section class="card" aria-labelledby="recipients-h" data-testid="so-default-recipients">
      <h2 id="recipients-h">{t('recipientsHeading')}</h2>
      <LockedNote t={t} field="defaultRecipients" />
      <ul class="portal-list">
        {props.recipients.map((r, i) => (
          <li key={i} data-testid="so-default-recipient" data-routing={r.routing}>
            <strong>{r.name}</strong>
            {r.address && <span>, {r.address}</span>} — {routingLabel(t, r)}
            {r.routingAddress && <span> ({r.routingAddress})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
