import { useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n';
import { LockedNote } from './PolicyNotices';

/**
 * The portals the organisation's policy enables, each with whether the browser already lets the
 * extension read it. Chrome, Edge and Firefox have no policy that grants an extension's optional host
 * access, so where it is missing the user is asked once, for all of them in one prompt, and told why.
 * The organisation build holds every host from install (fenced by the browser's policy): nothing to ask.
 */
export function ManagedPortals(props: { t: Translate; access: Record<string, boolean>; requestAccess(patterns: string[]): Promise<boolean> }) {
  const { t } = props;
  const [busy, setBusy] = useState(false);
  const patterns = Object.keys(props.access);
  if (patterns.length === 0) return null;
  const missing = patterns.filter((p) => !props.access[p]);
  const ask = async () => {
    setBusy(true);
    try {
      await props.requestAccess(missing);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="so-managed-portals">
      <h3>{t('portalsManagedHeading')}</h3>
      <LockedNote t={t} field="enabledPortals" />
      <ul class="portal-list">
        {patterns.map((pattern) => (
          <li key={pattern} data-testid="so-managed-portal" data-pattern={pattern} data-access={props.access[pattern] ? 'granted' : 'missing'}>
            <span>{pattern}</span> <span class="muted">{props.access[pattern] ? t('portalAccessGranted') : t('portalAccessMissing')}</span>
          </li>
        ))}
      </ul>
      {missing.length > 0 && (
        <>
          <p class="muted">{t('portalsManagedWhy')}</p>
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void ask()} data-testid="so-grant-managed">
              {t('portalsManagedGrant')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
