import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DraftsManager } from '../../components/DraftsManager';
import { OptionsApp, type PortalPermissions } from '../../components/OptionsApp';
import { openRemoteDraftStore, watchDraftEvents } from '../../components/store-client';
import { resolveLanguage } from '../../lib/i18n';
import { parseSettings, SETTINGS_KEY, type Settings } from '../../lib/settings';
import { normaliseOrigin, originToMatchPattern } from '../../lib/sites';
import { downloadFile } from '../../components/exporters';
import '../sidebar/style.css';
import './options.css';

const permissions: PortalPermissions = {
  // Must run inside the click handler: browsers only show the permission prompt on a user gesture.
  request: (origin) => browser.permissions.request({ origins: [originToMatchPattern(origin)] }),
  remove: async (origin) => {
    await browser.permissions.remove({ origins: [originToMatchPattern(origin)] });
  },
};

async function start(): Promise<void> {
  const settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  const lang = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  const proposed = new URLSearchParams(location.hash.slice(1)).get('enable');
  const root = document.getElementById('app');
  if (!root) return;
  const save = async (next: Settings) => {
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
  };
  render(
    <OptionsApp lang={lang} settings={settings} proposedOrigin={proposed ? normaliseOrigin(proposed) : undefined} save={save} permissions={permissions}>
      <DraftsManager
        lang={lang}
        // The same store, through the same background channel, as every sidebar; it runs retention too.
        store={openRemoteDraftStore()}
        watchChanges={watchDraftEvents}
        retentionDays={settings.retentionDays}
        now={() => new Date()}
        download={(name, json) => downloadFile(name, json, 'application/json')}
      />
    </OptionsApp>,
    root,
  );
}

void start();
