import { useMemo, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { createTranslator, type Lang, type MessageKey } from '../lib/i18n';
import { ProfileSchema, type Profile, type Settings } from '../lib/settings';
import { isBuiltInOrigin, normaliseOrigin } from '../lib/sites';

export interface PortalPermissions {
  /** Asks the browser for the origin's host permission; resolves false when the user declines. */
  request(origin: string): Promise<boolean>;
  remove(origin: string): Promise<void>;
}

const PROFILE_FIELDS: Array<[keyof Profile, MessageKey]> = [
  ['name', 'profileName'],
  ['role', 'profileRole'],
  ['agbCode', 'profileAgb'],
  ['organisation', 'profileOrganisation'],
  ['address', 'profileAddress'],
  ['phone', 'profilePhone'],
];

export function OptionsApp(props: {
  lang: Lang;
  settings: Settings;
  /** Origin proposed by the toolbar button on a site that is not enabled yet. */
  proposedOrigin?: string;
  save(settings: Settings): Promise<void>;
  permissions: PortalPermissions;
  children?: ComponentChildren;
}) {
  const t = useMemo(() => createTranslator(props.lang), [props.lang]);
  const [settings, setSettings] = useState(props.settings);
  const [profile, setProfile] = useState(props.settings.profile);
  const [profileError, setProfileError] = useState('');
  const [savedNote, setSavedNote] = useState('');
  const [portalInput, setPortalInput] = useState(props.proposedOrigin ?? '');
  const [portalError, setPortalError] = useState('');

  const persist = async (next: Settings) => {
    setSettings(next);
    await props.save(next);
    setSavedNote(t('saved'));
  };

  const saveProfile = async (event: Event) => {
    event.preventDefault();
    const parsed = ProfileSchema.safeParse(profile);
    if (!parsed.success) {
      setProfileError(t('agbInvalid'));
      return;
    }
    setProfileError('');
    await persist({ ...settings, profile: parsed.data });
  };

  const enablePortal = async (event: Event) => {
    event.preventDefault();
    const origin = normaliseOrigin(portalInput);
    if (!origin || isBuiltInOrigin(origin)) {
      setPortalError(t('portalInvalid'));
      return;
    }
    const granted = await props.permissions.request(origin);
    if (!granted) {
      setPortalError(t('portalDenied'));
      return;
    }
    setPortalError('');
    setPortalInput('');
    if (!settings.enabledOrigins.includes(origin)) await persist({ ...settings, enabledOrigins: [...settings.enabledOrigins, origin] });
  };

  const disablePortal = async (origin: string) => {
    await props.permissions.remove(origin);
    await persist({ ...settings, enabledOrigins: settings.enabledOrigins.filter((o) => o !== origin) });
  };

  return (
    <main class="options" data-testid="so-options">
      <h1>{t('optionsTitle')}</h1>
      <p class="muted" role="status" aria-live="polite">
        {savedNote}
      </p>

      <section class="card" aria-labelledby="profile-h">
        <h2 id="profile-h">{t('profileHeading')}</h2>
        <form onSubmit={saveProfile}>
          {PROFILE_FIELDS.map(([field, label]) => (
            <label key={field}>
              {t(label)}
              <input
                type="text"
                name={field}
                value={profile[field]}
                inputMode={field === 'agbCode' ? 'numeric' : undefined}
                onInput={(e) => setProfile({ ...profile, [field]: (e.currentTarget as HTMLInputElement).value })}
              />
            </label>
          ))}
          {profileError && (
            <p class="error" role="alert" data-testid="so-error">
              {profileError}
            </p>
          )}
          <div class="actions">
            <button type="submit" class="primary">
              {t('save')}
            </button>
          </div>
        </form>
      </section>

      <section class="card" aria-labelledby="lang-h">
        <h2 id="lang-h">{t('languageHeading')}</h2>
        <label>
          {t('languageHeading')}
          <select
            name="language"
            value={settings.language}
            onChange={(e) => void persist({ ...settings, language: (e.currentTarget as HTMLSelectElement).value as Settings['language'] })}
          >
            <option value="auto">{t('languageAuto')}</option>
            <option value="nl">{t('languageNl')}</option>
            <option value="en">{t('languageEn')}</option>
          </select>
        </label>
        <label>
          {t('sidebarLanguageLabel')}
          <select
            name="sidebarLanguage"
            value={settings.sidebarLanguage}
            onChange={(e) => void persist({ ...settings, sidebarLanguage: (e.currentTarget as HTMLSelectElement).value as Settings['sidebarLanguage'] })}
          >
            <option value="page">{t('sidebarLanguagePage')}</option>
            <option value="interface">{t('sidebarLanguageInterface')}</option>
            <option value="nl">{t('languageNl')}</option>
            <option value="en">{t('languageEn')}</option>
          </select>
        </label>
        <p class="muted">{t('sidebarLanguageHint')}</p>
      </section>

      <section class="card" aria-labelledby="portals-h">
        <h2 id="portals-h">{t('portalsHeading')}</h2>
        <p class="muted">{t('portalsBuiltIn')}</p>
        {settings.enabledOrigins.length === 0 ? (
          <p class="muted">{t('portalsNone')}</p>
        ) : (
          <ul class="portal-list">
            {settings.enabledOrigins.map((origin) => (
              <li key={origin}>
                <span>{origin}</span>{' '}
                <button type="button" onClick={() => void disablePortal(origin)}>
                  {t('portalRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={enablePortal}>
          <label>
            {t('portalAddLabel')}
            <input type="text" name="portal" value={portalInput} onInput={(e) => setPortalInput((e.currentTarget as HTMLInputElement).value)} />
          </label>
          {portalError && (
            <p class="error" role="alert" data-testid="so-error">
              {portalError}
            </p>
          )}
          <div class="actions">
            <button type="submit" class="primary">
              {props.proposedOrigin ? t('portalEnableThis', props.proposedOrigin) : t('portalAdd')}
            </button>
          </div>
        </form>
      </section>

      <section class="card" aria-labelledby="retention-h">
        <h2 id="retention-h">{t('retentionHeading')}</h2>
        <label>
          {t('retentionDays')}
          <input
            type="text"
            inputMode="numeric"
            name="retentionDays"
            value={String(settings.retentionDays)}
            onChange={(e) => {
              const days = Number((e.currentTarget as HTMLInputElement).value);
              if (Number.isInteger(days) && days >= 1 && days <= 3650) void persist({ ...settings, retentionDays: days });
            }}
          />
        </label>
      </section>
      {props.children}
    </main>
  );
}
