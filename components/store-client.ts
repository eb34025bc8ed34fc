import { browser } from 'wxt/browser';
import type { DraftStore } from '../lib/store/draft-store';
import type { DraftChange } from '../lib/store/protocol';
// Precise imports: the store's index would bring its IndexedDB code, which lives in the background.
import { createRemoteStore, readDraftChange } from '../lib/store/remote';

/**
 * The drafts store as the sidebar and the options page reach it: the real one lives in the extension
 * background (entrypoints/background/store-host.ts), because a frame inside the portal page may be
 * denied IndexedDB by third-party storage blocking.
 */
export function openRemoteDraftStore(): DraftStore {
  return createRemoteStore((request) => browser.runtime.sendMessage(request));
}

/** Changes made by any page of the extension, told by the background; checked, and from this extension only. */
export function watchDraftEvents(callback: (change: DraftChange) => void): () => void {
  const listener = (raw: unknown, sender: { id?: string }) => {
    const change = readDraftChange(raw, sender.id, browser.runtime.id);
    if (change) callback(change);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
