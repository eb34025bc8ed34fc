import { browser } from 'wxt/browser';
import { PatientKeyRequestSchema } from '../../lib/messages';
import { legacyPatientKey, patientKey } from '../../lib/portals/patient-key';
import { openDraftStore, StoreError, type DraftStore } from '../../lib/store';
import { purgeExpiredDismissals, rekeyDismissal, removeAllDismissals } from '../../lib/store/dismissals';
import { createPatientKeySecretHolder } from '../../lib/store/patient-key-secret';
import { MUTATING_METHODS, runStoreRequest, StoreRequestSchema, type StoreRequest, type StoreResponse } from '../../lib/store/rpc';
import { parseSettings, SETTINGS_KEY } from '../../lib/settings';

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
  if (response.ok) await applyToDismissalsAndSecret(request.data, response);
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

/**
 * Dismissals and the patient-key secret follow the drafts: the retention purge removes expired
 * dismissals too, and "Delete all" removes every dismissal and the secret (a new one is made on next
 * use, so the keys of deleted data cannot be made again).
 */
async function applyToDismissalsAndSecret(request: StoreRequest, response: { value: unknown }): Promise<void> {
  if (request.method === 'exportAll' && response.value && typeof response.value === 'object') {
    // The file carries the secret its drafts are keyed with, so importing it finds each patient's draft again.
    (response.value as { patientKeySecret?: string }).patientKeySecret = await keySecret.secret();
  } else if (request.method === 'importAll' && (response.value as { ok?: unknown } | null)?.ok === true) {
    await keySecret.rememberImported((request.args[0] as { patientKeySecret?: unknown } | null)?.patientKeySecret);
  } else if (request.method === 'deleteAll') {
    await removeAllDismissals(browser.storage.local);
    await keySecret.forget();
  } else if (request.method === 'purgeExpired' && typeof request.args[1] === 'number') {
    await purgeExpiredDismissals(browser.storage.local, new Date(String(request.args[0])), request.args[1]);
  }
}

const keySecret = createPatientKeySecretHolder(browser.storage.local);

/**
 * The key a patient's drafts and dismissal are filed under (HMAC under the per-install secret, which
 * leaves the background only inside an export file). Drafts and a dismissal of the same patient filed
 * under an earlier key (the unsalted hash of builds before the secret, or an imported file's secret)
 * are moved to the current key on the way.
 */
export async function answerPatientKey(raw: unknown): Promise<{ key: string } | undefined> {
  const request = PatientKeyRequestSchema.safeParse(raw);
  if (!request.success) return undefined;
  const { patient } = request.data;
  const key = await patientKey(patient, await keySecret.secret());
  try {
    const earlier = [await legacyPatientKey(patient), ...(await Promise.all((await keySecret.imported()).map((secret) => patientKey(patient, secret))))];
    for (const old of earlier) {
      await (await store()).rekeyPatient(old, key);
      await rekeyDismissal(browser.storage.local, old, key, new Date());
    }
  } catch {
    // The old drafts stay where they are and are tried again next time; the new key is right either way.
  }
  return { key };
}

/** Retention: drafts and dismissals past the configured period are deleted when the browser starts. */
export async function purgeExpiredDrafts(): Promise<void> {
  try {
    const settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
    await purgeExpiredDismissals(browser.storage.local, new Date(), settings.retentionDays);
    await (await store()).purgeExpired(new Date(), settings.retentionDays);
  } catch {
    // The options page and the next start try again; nothing is lost by waiting.
  }
}
