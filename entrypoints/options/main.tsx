import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DraftsManager } from '../../components/DraftsManager';
import { OptionsApp, type ManagedView, type PortalPermissions } from '../../components/OptionsApp';
import { openRemoteDraftStore, watchDraftEvents } from '../../components/store-client';
import { loadSettings, type LoadedSettings } from '../../lib/effective-settings';
import { resolveLanguage } from '../../lib/i18n';
import { isPolicyPortal } from '../../lib/managed-policy';
import { SETTINGS_KEY, type Settings } from '../../lib/settings';
import { grantsPortalsPerSite, normaliseOrigin, originToMatchPattern } from '../../lib/sites';
import { downloadFile } from '../../components/exporters';
import '../sidebar/style.css';
import './options.css';

const permissions: PortalPermissions = {
  // Must run inside the click handler: browsers only show the permission prompt on a user gesture.
  request: (origin) => browser.permissions.request({ origins: [originToMatchPattern(origin)] }),
  remove: async (origin) => {
    // The organisation build holds every host from install: dropping the portal from the settings is
    // what stops the content script there; the browser refuses to give back a required permission.
    if (!grantsPortalsPerSite(browser.runtime.getManifest())) return;
    await browser.permissions.remove({ origins: [originToMatchPattern(origin)] });
  },
  requestPatterns: (patterns) => browser.permissions.request({ origins: patterns }),
};

async function managedView(loaded: LoadedSettings): Promise<ManagedView> {
  const access: Record<string, boolean> = {};
  for (const pattern of loaded.policy.enabledPortals ?? []) access[pattern] = await browser.permissions.contains({ origins: [pattern] });
  return { policy: loaded.policy, warnings: loaded.warnings, access };
}

async function start(): Promise<void> {
  let loaded = await loadSettings(browser.storage);
  const lang = resolveLanguage(loaded.settings.language, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  const proposedRaw = new URLSearchParams(location.hash.slice(1)).get('enable');
  const proposed = proposedRaw ? normaliseOrigin(proposedRaw) : undefined;
  const root = document.getElementById('app');
  if (!root) return;
  // The same store, through the same background channel, as every sidebar; the background runs retention.
  const store = openRemoteDraftStore();
  const save = async (next: Settings) => {
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
  };
  // A policy change applies at once: the page is drawn afresh from storage (edits of the user's own
  // settings were saved there). A permission granted or removed only updates the portals' access.
  let revision = 0;
  const draw = async (afresh: boolean) => {
    const managed = await managedView(loaded);
    if (afresh) revision += 1;
    render(
      <OptionsApp
        key={revision}
        lang={lang}
        own={loaded.own}
        managed={managed}
        proposedOrigin={proposed && !isPolicyPortal(proposed, loaded.policy) ? proposed : undefined}
        save={save}
        permissions={permissions}
      >
        <DraftsManager
          lang={lang}
          store={store}
          watchChanges={watchDraftEvents}
          retentionDays={loaded.settings.retentionDays}
          now={() => new Date()}
          download={(name, json) => downloadFile(name, json, 'application/json')}
        />
      </OptionsApp>,
      root,
    );
  };
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    void loadSettings(browser.storage).then((next) => {
      loaded = next;
      return draw(true);
    });
  });
  browser.permissions.onAdded.addListener(() => void draw(false));
  browser.permissions.onRemoved.addListener(() => void draw(false));
  await draw(true);
}

void start();
