import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { StoreError, toStoreError } from './errors';
import { auditFromV1, draftFromV1 } from './migrate-v1';
import { STORE_VERSION, toSummary } from './schemas';
import { searchTerms } from './search-terms';

/**
 * The IndexedDB layout and its migrations. Values are typed `unknown` on purpose: whatever is on disk
 * is checked with the zod schemas when it is read.
 */
export interface QuarantineRecord {
  /** `<store>:<key>` of the record that failed validation. */
  key: string;
  store: string;
  raw: unknown;
  error: string;
  at: string;
}

export interface DraftsDB extends DBSchema {
  drafts: { key: string; value: unknown };
  /** Small copies of the list fields, plus `terms` for search, so the list never loads letters. */
  summaries: { key: string; value: unknown; indexes: { updatedAt: string; patientKey: string; terms: string } };
  revisions: { key: [string, number]; value: unknown };
  audit: { key: number; value: unknown; indexes: { draftId: string; at: string } };
  quarantine: { key: string; value: QuarantineRecord };
}

export type DB = IDBPDatabase<DraftsDB>;
type UpgradeTx = IDBPTransaction<DraftsDB, StoreNames<DraftsDB>[], 'versionchange'>;

export const DEFAULT_DB_NAME = 'second-opinion-drafts';

export interface OpenOptions {
  name: string;
  factory: IDBFactory | undefined;
  now: () => Date;
  /** Our own connection stands in the way of a newer version (another tab updated the extension). */
  onVersionChange?: () => void;
}

export async function openDatabase(opts: OpenOptions): Promise<DB> {
  const { factory } = opts;
  if (!factory) throw new StoreError('unavailable', 'IndexedDB is not available in this browser context.');
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(opts.name, STORE_VERSION);
  } catch (error) {
    throw new StoreError('unavailable', `IndexedDB could not be opened (${(error as Error)?.message ?? error}).`, { cause: error });
  }
  let upgradeError: unknown;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as DB;
    const tx = wrap(request.transaction!) as unknown as UpgradeTx;
    // An aborted upgrade is reported through the open request below, not through this promise.
    tx.done.catch(() => {});
    migrate(db, tx, event.oldVersion, opts.now().toISOString()).catch((error: unknown) => {
      upgradeError = error;
      try {
        tx.abort();
      } catch {
        // already finished
      }
    });
  });
  return new Promise<DB>((resolve, reject) => {
    let settled = false;
    request.addEventListener('blocked', () => {
      settled = true;
      reject(new StoreError('blocked', 'Drafts storage is held open by an older version in another tab; close other tabs of this extension and try again.'));
    });
    request.addEventListener('success', () => {
      const db = wrap(request.result) as unknown as DB;
      if (settled) {
        // We already reported "blocked"; a connection that arrives later is not wanted.
        db.close();
        return;
      }
      settled = true;
      request.result.addEventListener('versionchange', () => {
        db.close();
        opts.onVersionChange?.();
      });
      resolve(db);
    });
    request.addEventListener('error', (event) => {
      event.preventDefault();
      if (settled) return;
      settled = true;
      reject(upgradeError ? toStoreError(upgradeError) : toStoreError(request.error));
    });
  });
}

/** Runs every step from the stored version to the current one, inside the versionchange transaction. */
async function migrate(db: DB, tx: UpgradeTx, oldVersion: number, nowIso: string): Promise<void> {
  // A version 1 database whose first setup never completed has no stores; give it the version 1 layout.
  if (oldVersion < 1 || !db.objectStoreNames.contains('drafts')) toVersion1(db);
  if (oldVersion < 2) await toVersion2(db, tx, nowIso);
}

/** The first layout: drafts by id and an audit log. Kept so a fresh database takes the same path as an old one. */
function toVersion1(db: DB): void {
  const raw = db as unknown as IDBPDatabase;
  raw.createObjectStore('drafts', { keyPath: 'id' });
  const audit = raw.createObjectStore('audit', { keyPath: 'seq', autoIncrement: true });
  audit.createIndex('draftId', 'draftId');
}

async function toVersion2(db: DB, tx: UpgradeTx, nowIso: string): Promise<void> {
  const drafts = tx.objectStore('drafts');
  const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
  summaries.createIndex('updatedAt', 'updatedAt');
  summaries.createIndex('patientKey', 'patientKey');
  summaries.createIndex('terms', 'terms', { multiEntry: true });
  // Keyed [draftId, revision], so one draft's history is one key range: no extra index to keep up.
  const revisions = db.createObjectStore('revisions', { keyPath: ['draftId', 'revision'] });
  tx.objectStore('audit').createIndex('at', 'at');
  const quarantine = db.createObjectStore('quarantine', { keyPath: 'key' });

  for (let cursor = await drafts.openCursor(); cursor; cursor = await cursor.continue()) {
    try {
      const draft = draftFromV1(cursor.value);
      await cursor.update(draft);
      await summaries.put({ ...toSummary(draft), terms: searchTerms(draft) });
      await revisions.put({ draftId: draft.id, revision: draft.revision, savedAt: draft.updatedAt, draft });
    } catch (error) {
      await quarantine.put({ key: `drafts:${String(cursor.key)}`, store: 'drafts', raw: cursor.value, error: describe(error), at: nowIso });
      await cursor.delete();
    }
  }
  const audit = tx.objectStore('audit');
  for (let cursor = await audit.openCursor(); cursor; cursor = await cursor.continue()) {
    try {
      await cursor.update({ ...auditFromV1(cursor.value), seq: cursor.key });
    } catch (error) {
      await quarantine.put({ key: `audit:${String(cursor.key)}`, store: 'audit', raw: cursor.value, error: describe(error), at: nowIso });
      await cursor.delete();
    }
  }
}

export function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'issues' in error && Array.isArray(error.issues)) {
    return (error.issues as Array<{ path: PropertyKey[]; message: string }>)
      .slice(0, 5)
      .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}
