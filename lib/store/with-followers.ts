import * as z from 'zod/mini';
import type { DraftStore } from './draft-store';

/** What lives outside IndexedDB yet follows the drafts: the patient-key secret and the dismissals. */
export interface DraftFollowers {
  /** The per-install secret the patient keys are made with (made on first use). */
  secret(): Promise<string>;
  /** Remembers the secret an imported file came with, so its patients' drafts are found again. */
  rememberImportedSecret(secret: unknown): Promise<void>;
  /** Drops the secret; a new one is made on next use, so the keys of deleted data cannot be made again. */
  forgetSecret(): Promise<void>;
  removeAllDismissals(): Promise<void>;
}

/** Only the secret is read from an import file here; the store checks the file as a whole itself. */
const ImportedSecretSchema = z.object({ patientKeySecret: z.optional(z.unknown()) });

/**
 * The store with its followers kept in step: an export carries the secret, a successful import
 * remembers the file's secret, and "Delete all" removes every dismissal and the secret too.
 */
export function withFollowers(store: DraftStore, followers: DraftFollowers): DraftStore {
  return {
    ...store,
    exportAll: async () => ({ ...(await store.exportAll()), patientKeySecret: await followers.secret() }),
    importAll: async (data) => {
      const result = await store.importAll(data);
      if (result.ok) await followers.rememberImportedSecret(ImportedSecretSchema.safeParse(data).data?.patientKeySecret);
      return result;
    },
    deleteAll: async () => {
      await store.deleteAll();
      await followers.removeAllDismissals();
      await followers.forgetSecret();
    },
  };
}
