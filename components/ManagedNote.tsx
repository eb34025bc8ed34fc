import type { Translate } from '../lib/i18n';
import type { ManagedPolicy } from '../lib/managed-policy';

/** Tells the clinician in the sidebar that the organisation's policy sets some of its settings. */
export function ManagedNote(props: { t: Translate; policy: ManagedPolicy }) {
  if (Object.keys(props.policy).length === 0) return null;
  const name = props.policy.organisationName;
  return (
    <p class="muted managed-note" data-testid="so-managed" data-organisation={name ?? ''}>
      {name ? props.t('managedSidebarNote', name) : props.t('managedSidebarNoteUnnamed')}
    </p>
  );
}
