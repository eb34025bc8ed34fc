import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DraftsManager } from '../../components/DraftsManager';
import { OptionsApp, type PortalPermissions } from '../../components/OptionsApp';
import { createTranslator, resolveLanguage } from '../../lib/i18n';
import { parseSettings, SETTINGS_KEY, type Settings } from '../../lib/settings';
import { normaliseOrigin, originToMatchPattern } from '../../lib/sites';
import type { DraftStore } from '../../lib/store';
import { downloadFile } from '../sidebar/exporters';
import { openRemoteDraftStore } from '../sidebar/store-client';
import '../sidebar/style.css';
import './options.css';

const permissions: PortalPermissions = {
  // Must run inside the click handler: browsers only show the permission prompt on a user gesture.
  request: (origin) => browser.permissions.request({ origins: [originToMatchPattern(origin)] }),
  remove: async (origin) => {
    await browser.permissions.remove({ origins: [originToMatchPattern(origin)] });
  },
};

/**
 * The drafts store of the background, as for the sidebar: one owner for drafts, dismissals and the
 * patient-key secret, so "Delete all", retention, export and import treat all three alike.
 */
async function openStore(retentionDays: number): Promise<DraftStore | null> {
  try {
    const store = openRemoteDraftStore();
    // Retention runs whenever the extension's own pages open; drafts past the period are removed.
    await store.purgeExpired(new Date(), retentionDays);
    return store;
  } catch {
    return null;
  }
}

async function start(): Promise<void> {
  const settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  const lang = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  const proposed = new URLSearchParams(location.hash.slice(1)).get('enable');
  const root = document.getElementById('app');
  if (!root) return;
  const store = await openStore(settings.retentionDays);
  const save = async (next: Settings) => {
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
  };
  render(
    <OptionsApp lang={lang} settings={settings} proposedOrigin={proposed ? normaliseOrigin(proposed) : undefined} save={save} permissions={permissions}>
      <DraftsManager
        lang={lang}
        store={store}
        storeProblem={store ? null : createTranslator(lang)('draftsStoreUnavailable')}
        retentionDays={settings.retentionDays}
        now={() => new Date()}
        download={(name, json) => downloadFile(name, json, 'application/json')}
      />
    </OptionsApp>,
    root,
  );
}

void start();
