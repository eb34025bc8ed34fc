import { browser } from 'wxt/browser';
import { createStoreHost } from '../../lib/store/host';
import { openDraftStore } from '../../lib/store/draft-store';
import { loadSettings } from '../../lib/effective-settings';

/**
 * The background's drafts store: every extension page (the sidebar frames and the options page) reaches
 * it through runtime messages, and every page hears of each change the same way.
 */
export const storeHost = createStoreHost({
  open: (onChange) => openDraftStore({ onChange }),
  // The organisation's retention period wins over the user's own when its policy sets one.
  retentionDays: async () => (await loadSettings(browser.storage)).settings.retentionDays,
  tell: (message) => {
    // A page that is not open cannot listen; that is fine.
    browser.runtime.sendMessage(message).catch(() => undefined);
  },
});
