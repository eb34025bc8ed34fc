import { browser } from 'wxt/browser';
import { openDraftStore, StoreError, type DraftStore } from '../../lib/store';
import { MUTATING_METHODS, runStoreRequest, StoreRequestSchema, type StoreResponse } from '../../lib/store/rpc';
import { loadSettings } from '../../lib/effective-settings';

/**
 * Hosts the drafts store for the sidebar frames. IndexedDB is opened here, in the extension's
 * first-party background, because browsers that block third-party storage deny it to a frame inside
 * the portal page. After a change every open sidebar is told, so a stale tab learns it is stale.
 */
let storePromise: Promise<DraftStore> | undefined;

function store(): Promise<DraftStore> {
  storePromise ??= openDraftStore().catch((error: unknown) => {
    storePromise = undefined; // try again on the next request (e.g. after a blocking tab closed)
    throw error;
  });
  return storePromise;
}

export async function answerStoreRequest(raw: unknown): Promise<StoreResponse> {
  const request = StoreRequestSchema.safeParse(raw);
  if (!request.success) return { ok: false, code: 'unknown', message: 'Malformed store request' };
  let opened: DraftStore;
  try {
    opened = await store();
  } catch (error) {
    return { ok: false, code: error instanceof StoreError ? error.code : 'unavailable', message: 'The drafts store could not be opened' };
  }
  const response = await runStoreRequest(opened, request.data);
  if (response.ok && MUTATING_METHODS.has(request.data.method)) {
    const value = response.value as { id?: string; revision?: number; ok?: boolean; draft?: { id: string; revision: number } } | null;
    const draft = value?.draft ?? (value?.id ? value : undefined);
    const id = draft?.id ?? (typeof request.data.args[0] === 'string' ? request.data.args[0] : undefined);
    void browser.runtime
      .sendMessage({ type: 'draft-event', event: { type: request.data.method === 'remove' ? 'draft-deleted' : 'draft-saved', id: id ?? '*', revision: draft?.revision } })
      .catch(() => undefined); // nobody listening is fine
  }
  return response;
}

/** Retention: drafts past the configured period (the organisation's, when its policy sets one) are deleted when the browser starts. */
export async function purgeExpiredDrafts(): Promise<void> {
  try {
    const { settings } = await loadSettings(browser.storage);
    await (await store()).purgeExpired(new Date(), settings.retentionDays);
  } catch {
    // The options page and the next start try again; nothing is lost by waiting.
  }
}
