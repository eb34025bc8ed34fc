import { browser } from 'wxt/browser';
import { loadSettings } from '../../lib/effective-settings';
import { PatientKeyRequestSchema } from '../../lib/messages';
import { legacyPatientKey, patientKey } from '../../lib/portals/patient-key';
import { purgeExpiredDismissals, rekeyDismissal, removeAllDismissals } from '../../lib/store/dismissals';
import { openDraftStore } from '../../lib/store/draft-store';
import { createStoreHost } from '../../lib/store/host';
import { createPatientKeySecretHolder } from '../../lib/store/patient-key-secret';
import { StoreRequestSchema, type StoreResponse } from '../../lib/store/protocol';

const keySecret = createPatientKeySecretHolder(browser.storage.local);

/**
 * The background's drafts store: every extension page (the sidebar frames and the options page) reaches
 * it through runtime messages, and every page hears of each change the same way.
 */
const host = createStoreHost({
  open: (onChange) => openDraftStore({ onChange }),
  // The organisation's retention period wins over the user's own when its policy sets one.
  retentionDays: async () => (await loadSettings(browser.storage)).settings.retentionDays,
  // Dismissals follow the drafts' retention.
  purgeAlso: (at, days) => purgeExpiredDismissals(browser.storage.local, at, days),
  tell: (message) => {
    // A page that is not open cannot listen; that is fine.
    browser.runtime.sendMessage(message).catch(() => undefined);
  },
});

export const storeHost = {
  async answer(raw: unknown): Promise<StoreResponse> {
    const response = await host.answer(raw);
    if (response.ok) await applyToDismissalsAndSecret(raw, response);
    return response;
  },
  purgeExpired: () => host.purgeExpired(),
  /**
   * Opens the store (which runs retention) and reads the patient-key secret ahead of the first sidebar:
   * a sidebar that opens by itself right after the browser starts then gets its key and draft without
   * waiting for both to be opened on its request.
   */
  warm: async () => {
    await Promise.all([host.purgeExpired(), keySecret.secret().catch(() => undefined)]);
  },
};

/**
 * Dismissals and the patient-key secret follow the drafts: "Delete all" removes every dismissal and the
 * secret (a new one is made on next use, so the keys of deleted data cannot be made again); an export
 * carries the secret so that an import finds each patient's draft again.
 */
async function applyToDismissalsAndSecret(raw: unknown, response: { value?: unknown }): Promise<void> {
  const request = StoreRequestSchema.safeParse(raw);
  if (!request.success) return;
  const { method, args } = request.data;
  if (method === 'exportAll' && response.value && typeof response.value === 'object') {
    (response.value as { patientKeySecret?: string }).patientKeySecret = await keySecret.secret();
  } else if (method === 'importAll' && (response.value as { ok?: unknown } | null)?.ok === true) {
    await keySecret.rememberImported((args[0] as { patientKeySecret?: unknown } | null)?.patientKeySecret);
  } else if (method === 'deleteAll') {
    await removeAllDismissals(browser.storage.local);
    await keySecret.forget();
  }
}

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
    const store = await host.store();
    for (const old of earlier) {
      await store.rekeyPatient(old, key);
      await rekeyDismissal(browser.storage.local, old, key, new Date());
    }
  } catch {
    // The old drafts stay where they are and are tried again next time; the new key is right either way.
  }
  return { key };
}
