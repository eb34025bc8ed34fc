import { browser } from 'wxt/browser';
import { loadSettings } from '../../lib/effective-settings';
import { PatientKeyRequestSchema } from '../../lib/messages';
import { legacyPatientKey, patientKey } from '../../lib/portals/patient-key';
import { purgeExpiredDismissals, rekeyDismissal, removeAllDismissals } from '../../lib/store/dismissals';
import { openDraftStore } from '../../lib/store/draft-store';
import { createStoreHost } from '../../lib/store/host';
import { createPatientKeySecretHolder } from '../../lib/store/patient-key-secret';
import { withFollowers } from '../../lib/store/with-followers';
import type { StoreResponse } from '../../lib/store/protocol';

const keySecret = createPatientKeySecretHolder(browser.storage.local);

/**
 * The background's drafts store: every extension page (the sidebar frames and the options page) reaches
 * it through runtime messages, and every page hears of each change the same way.
 */
const host = createStoreHost({
  open: async (onChange) =>
    withFollowers(await openDraftStore({ onChange }), {
      secret: () => keySecret.secret(),
      rememberImportedSecret: (secret) => keySecret.rememberImported(secret),
      forgetSecret: () => keySecret.forget(),
      removeAllDismissals: () => removeAllDismissals(browser.storage.local),
    }),
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
  answer: (raw: unknown): Promise<StoreResponse> => host.answer(raw),
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
