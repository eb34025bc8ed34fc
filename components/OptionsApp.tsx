import { useMemo, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { createTranslator, type Lang, type MessageKey } from '../lib/i18n';
import { applyManagedPolicy, keepOwnWhereLocked, lockedFields, type LockableField, type ManagedPolicy, type PolicyWarning } from '../lib/managed-policy';
import { ProfileSchema, RETENTION_BOUNDS, type Profile, type Settings } from '../lib/settings';
import { isBuiltInOrigin, normaliseOrigin } from '../lib/sites';
import { ManagedPortals } from './ManagedPortals';
import { DefaultRecipients, LockedNote, PolicyWarnings } from './PolicyNotices';
import { FormSubmit } from './FormSubmit';

export interface PortalPermissions {
  /** Asks the browser for the origin's host permission; resolves false when the user declines. */
  request(origin: string): Promise<boolean>;
  remove(origin: string): Promise<void>;
  /** One prompt for several match patterns at once (the portals a policy enabled). */
  requestPatterns(patterns: string[]): Promise<boolean>;
}

/** What the organisation's policy says, and whether the browser lets us read each policy portal. */
export interface ManagedView {
  policy: ManagedPolicy;
  warnings: PolicyWarning[];
  /** Policy portal match pattern → host access granted. */
  access: Record<string, boolean>;
}

const PROFILE_FIELDS: Array<[keyof Profile, MessageKey]> = [
  ['name', 'profileName'],
  ['role', 'profileRole'],
  ['agbCode', 'profileAgb'],
  ['organisation', 'profileOrganisation'],
  ['address', 'profileAddress'],
  ['phone', 'profilePhone'],
  ['organisationAgbCode', 'profileOrganisationAgb'],
];

const PROFILE_LOCKS: Partial<Record<keyof Profile, LockableField>> = { organisation: 'organisation', address: 'address', organisationAgbCode: 'organisationAgbCode' };

export function OptionsApp(props: {
  lang: Lang;
  /** The user's own settings as stored; the policy's values are laid over them for display. */
  own: Settings;
  managed: ManagedView;
  /** Origin proposed by the toolbar button on a site that is not enabled yet. */
  proposedOrigin?: string;
  /** Stores the user's own settings (never the policy's values). */
  save(own: Settings): Promise<void>;
  permissions: PortalPermissions;
  children?: ComponentChildren;
}) {
  const t = useMemo(() => createTranslator(props.lang), [props.lang]);
  const { policy } = props.managed;
  const locked = useMemo(() => lockedFields(policy), [policy]);
  const [own, setOwn] = useState(props.own);
  const settings = useMemo(() => applyManagedPolicy(own, policy), [own, policy]);
  const [profile, setProfile] = useState(props.own.profile);
  const [profileError, setProfileError] = useState('');
  const [savedNote, setSavedNote] = useState('');
  const [portalInput, setPortalInput] = useState(props.proposedOrigin ?? '');
  const [portalError, setPortalError] = useState('');

  const persist = async (next: Settings) => {
    const nextOwn = keepOwnWhereLocked(own, next, policy);
    setOwn(nextOwn);
    await props.save(nextOwn);
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
    if (!own.enabledOrigins.includes(origin)) await persist({ ...settings, enabledOrigins: [...own.enabledOrigins, origin] });
  };

  const disablePortal = async (origin: string) => {
    await props.permissions.remove(origin);
    await persist({ ...settings, enabledOrigins: own.enabledOrigins.filter((o) => o !== origin) });
  };
  const userPortalsLocked = locked.has('userPortals');
  const retentionLocked = locked.has('retentionDays');

  return (
    <main class="options" data-testid="so-options">
      <h1>{t('optionsTitle')}</h1>
      <p class="muted" role="status" aria-live="polite">
        {savedNote}
      </p>
      <PolicyWarnings t={t} warnings={props.managed.warnings} />

      <section class="card" aria-labelledby="profile-h">
        <h2 id="profile-h">{t('profileHeading')}</h2>
        <form onSubmit={saveProfile}>
          {PROFILE_FIELDS.map(([field, label]) => {
            const lock = PROFILE_LOCKS[field];
            const isLocked = !!lock && locked.has(lock);
            return (
              <label key={field}>
                {t(label)}
                <input
                  type="text"
                  name={field}
                  value={isLocked ? settings.profile[field] : profile[field]}
                  disabled={isLocked}
                  inputMode={field === 'agbCode' || field === 'organisationAgbCode' ? 'numeric' : undefined}
                  onInput={(e) => setProfile({ ...profile, [field]: (e.currentTarget as HTMLInputElement).value })}
                />
                {isLocked && <LockedNote t={t} field={field} />}
              </label>
            );
          })}
          <FormSubmit error={profileError} label={t('save')} />
        </form>
      </section>

      <section class="card" aria-labelledby="lang-h">
        <h2 id="lang-h">{t('languageHeading')}</h2>
        <LanguageSetting
          t={t}
          name="language"
          label={t('languageHeading')}
          settings={settings}
          onChange={persist}
          options={[
            ['auto', t('languageAuto')],
            ['nl', t('languageNl')],
            ['en', t('languageEn')],
          ]}
        />
        <LanguageSetting
          t={t}
          name="letterLanguage"
          label={t('letterLanguageHeading')}
          settings={settings}
          locked={locked.has('letterLanguage')}
          onChange={persist}
          options={[
            ['auto', t('letterLanguageAuto')],
            ['nl', t('languageNl')],
            ['en', t('languageEn')],
          ]}
        />
        <LanguageSetting
          t={t}
          name="sidebarLanguage"
          label={t('sidebarLanguageLabel')}
          settings={settings}
          onChange={persist}
          options={[
            ['page', t('sidebarLanguagePage')],
            ['interface', t('sidebarLanguageInterface')],
            ['nl', t('languageNl')],
            ['en', t('languageEn')],
          ]}
        />
        <p class="muted">{t('sidebarLanguageHint')}</p>
      </section>

      <section class="card" aria-labelledby="portals-h">
        <h2 id="portals-h">{t('portalsHeading')}</h2>
        <p class="muted">{t('portalsBuiltIn')}</p>
        <ManagedPortals t={t} access={props.managed.access} requestAccess={props.permissions.requestPatterns} />
        {userPortalsLocked ? (
          <p class="muted" data-testid="so-locked" data-field="userPortals">
            {t('portalsUserLocked')}
          </p>
        ) : settings.enabledOrigins.length === 0 ? (
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
        <form onSubmit={enablePortal} hidden={userPortalsLocked}>
          <label>
            {t('portalAddLabel')}
            <input type="text" name="portal" value={portalInput} onInput={(e) => setPortalInput((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <FormSubmit error={portalError} label={props.proposedOrigin ? t('portalEnableThis', props.proposedOrigin) : t('portalAdd')} />
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
            disabled={retentionLocked}
            onChange={(e) => {
              const days = Number((e.currentTarget as HTMLInputElement).value);
              if (Number.isInteger(days) && days >= RETENTION_BOUNDS.min && days <= RETENTION_BOUNDS.max) void persist({ ...settings, retentionDays: days });
            }}
          />
          {retentionLocked && <LockedNote t={t} field="retentionDays" />}
        </label>
      </section>
      <DefaultRecipients t={t} recipients={settings.defaultRecipients} />
      {props.children}
    </main>
  );
}

type LanguageField = 'language' | 'letterLanguage' | 'sidebarLanguage';

/** One of the language settings as a select; one the organisation's policy fixes is shown locked. */
function LanguageSetting<K extends LanguageField>(props: {
  t: ReturnType<typeof createTranslator>;
  name: K;
  label: string;
  settings: Settings;
  locked?: boolean;
  options: Array<[Settings[K], string]>;
  onChange(settings: Settings): unknown;
}) {
  return (
    <label>
      {props.label}
      <select
        name={props.name}
        value={props.settings[props.name]}
        disabled={props.locked}
        onChange={(e) => void props.onChange({ ...props.settings, [props.name]: (e.currentTarget as HTMLSelectElement).value as Settings[K] })}
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {props.locked && <LockedNote t={props.t} field={props.name} />}
    </label>
  );
}
