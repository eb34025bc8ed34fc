import { isPatientKeySecret, newPatientKeySecret, PATIENT_KEY_SECRET } from '../portals/patient-key';
import type { KeyValueArea } from './dismissals';

/** Extension storage key of the secrets that came with imported export files (see `rememberImported`). */
export const IMPORTED_PATIENT_KEY_SECRETS = 'patientKeySecretsImported';
const MAX_IMPORTED = 20;

/**
 * The per-install secret of the patient keys (lib/portals/patient-key.ts), kept in extension storage
 * under PATIENT_KEY_SECRET: made on first use, dropped by "Delete all" (a new one is made after that, so
 * the keys of deleted data cannot be made again). One holder per background worker; concurrent first
 * uses share one creation.
 *
 * An export file carries the secret its drafts were keyed with, so that importing it (after "Delete
 * all", or in another browser) still finds each patient's draft: the imported file's secret is kept
 * beside ours, and when a patient is opened the drafts filed under that secret's key are moved to ours.
 * "Delete all" drops those too.
 */
export function createPatientKeySecretHolder(area: KeyValueArea) {
  let pending: Promise<string> | undefined;
  const load = async (): Promise<string> => {
    const stored = (await area.get(PATIENT_KEY_SECRET))[PATIENT_KEY_SECRET];
    if (isPatientKeySecret(stored)) return stored;
    const fresh = newPatientKeySecret();
    await area.set({ [PATIENT_KEY_SECRET]: fresh });
    return fresh;
  };
  const imported = async (): Promise<string[]> => {
    const stored = (await area.get(IMPORTED_PATIENT_KEY_SECRETS))[IMPORTED_PATIENT_KEY_SECRETS];
    return Array.isArray(stored) ? stored.filter(isPatientKeySecret) : [];
  };
  return {
    secret(): Promise<string> {
      pending ??= load().catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
      return pending;
    },
    imported,
    async rememberImported(secret: unknown): Promise<void> {
      if (!isPatientKeySecret(secret) || secret === (await this.secret())) return;
      const known = await imported();
      if (!known.includes(secret)) await area.set({ [IMPORTED_PATIENT_KEY_SECRETS]: [secret, ...known].slice(0, MAX_IMPORTED) });
    },
    async forget(): Promise<void> {
      pending = undefined;
      await area.remove([PATIENT_KEY_SECRET, IMPORTED_PATIENT_KEY_SECRETS]);
    },
  };
}
