import { browser } from 'wxt/browser';
import { createStoreHost } from '../../lib/store/host';
import { openDraftStore } from '../../lib/store/draft-store';
import { parseSettings, SETTINGS_KEY } from '../../lib/settings';

/**
 * The background's drafts store: every extension page (the sidebar frames and the options page) reaches
 * it through runtime messages, and every page hears of each change the same way.
 */
export const storeHost = createStoreHost({
  open: (onChange) => openDraftStore({ onChange }),
  retentionDays: async () => parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).retentionDays,
  tell: (message) => {
    // A page that is not open cannot listen; that is fine.
    browser.runtime.sendMessage(message).catch(() => undefined);
  },
});
