import type { StoreContext } from './context';
import { getDraft } from './read-draft';
import { DEFAULT_DB_NAME, openDatabase } from './database';
import { addAudit, listAudit } from './draft-audit';
import { deleteAll, findForPatient, listDrafts, listQuarantine, rekeyPatient, removeDraft } from './draft-collection';
import { createDraft, listRevisions, restoreRevision, saveAsNewRevision, saveDraft, type SaveResult } from './draft-versions';
import type { DraftChange } from './protocol';
import type { StoreError } from './errors';
import { purgeExpired, expiringSoon } from './retention';
import type { AuditAction, AuditEntry, Draft, DraftSummary, ExportFile, NewDraft, Revision } from './schemas';
import { exportAll, importAll, type ImportResult } from './transfer';

export type { SaveResult } from './draft-versions';

/**
 * The draft store as the rest of the extension sees it, and how it is opened. The work is done in
 * draft-versions (saving and revisions), draft-collection (finding, listing, deleting), draft-audit,
 * retention and transfer (export and import), each on the same store context.
 */

export interface DraftStore {
  /** The newest non-archived draft for that patient. */
  findForPatient(patientKey: string): Promise<Draft | undefined>;
  get(id: string): Promise<Draft | undefined>;
  create(init: NewDraft): Promise<Draft>;
  /** `draft.revision` is the revision the edit was based on; a newer stored revision refuses the save. */
  save(draft: Draft): Promise<SaveResult>;
  /** Stores this version as the newest revision whatever is stored; the stored one is kept in revisions. */
  saveAsNewRevision(draft: Draft): Promise<Draft>;
  /** Earlier versions, newest first. */
  listRevisions(id: string): Promise<Revision[]>;
  restoreRevision(id: string, revision: number): Promise<Draft>;
  audit(id: string, entry: { action: AuditAction; categories?: string[]; detail?: string }): Promise<void>;
  /** Oldest first. */
  listAudit(id: string): Promise<AuditEntry[]>;
  /**
   * Newest first; `query` matches name words (prefix) and dates (DD-MM-YYYY or YYYY-MM-DD); `limit`
   * keeps only the newest that many (a page of the list).
   */
  listDrafts(opts?: { query?: string; limit?: number }): Promise<DraftSummary[]>;
  remove(id: string): Promise<void>;
  deleteAll(): Promise<void>;
  exportAll(): Promise<ExportFile>;
  importAll(data: unknown): Promise<ImportResult>;
  purgeExpired(now: Date, retentionDays: number): Promise<DraftSummary[]>;
  expiringSoon(now: Date, retentionDays: number, noticeDays?: number): Promise<DraftSummary[]>;
  quarantined(): Promise<Array<{ key: string; error: string; at: string }>>;
  /**
   * Re-files every draft (with its revisions) stored under `from` to `to`: drafts saved before patient
   * keys were made with the per-install secret are found under their old key and moved the first time
   * that patient is opened again. Returns how many drafts moved. Background only (not a remote method).
   */
  rekeyPatient(from: string, to: string): Promise<number>;
  close(): void;
}

export interface OpenDraftStoreOptions {
  name?: string;
  idbFactory?: IDBFactory;
  now?: () => Date;
  /** Damaged records found while reading (already quarantined) and other non-fatal problems. */
  onProblem?: (error: StoreError) => void;
  /** Older versions kept per draft; the oldest go first. */
  maxRevisions?: number;
  /** Told after every change that has been committed, so other pages can reload instead of overwriting it. */
  onChange?: (change: DraftChange) => void;
}

export const DEFAULT_MAX_REVISIONS = 50;

export async function openDraftStore(opts: OpenDraftStoreOptions = {}): Promise<DraftStore> {
  const now = opts.now ?? (() => new Date());
  const factory = opts.idbFactory ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
  const db = await openDatabase({ name: opts.name ?? DEFAULT_DB_NAME, factory, now });
  const ctx: StoreContext = {
    db,
    now,
    maxRevisions: opts.maxRevisions ?? DEFAULT_MAX_REVISIONS,
    report: (error) => opts.onProblem?.(error),
    notify: (change) => opts.onChange?.(change),
  };
  return {
    findForPatient: (key) => findForPatient(ctx, key),
    get: (id) => getDraft(ctx, id),
    create: (init) => createDraft(ctx, init),
    save: (draft) => saveDraft(ctx, draft),
    saveAsNewRevision: (draft) => saveAsNewRevision(ctx, draft),
    listRevisions: (id) => listRevisions(ctx, id),
    restoreRevision: (id, revision) => restoreRevision(ctx, id, revision),
    audit: (id, entry) => addAudit(ctx, id, entry),
    listAudit: (id) => listAudit(ctx, id),
    listDrafts: (o) => listDrafts(ctx, o?.query, o?.limit),
    remove: (id) => removeDraft(ctx, id),
    deleteAll: () => deleteAll(ctx),
    exportAll: () => exportAll(ctx),
    importAll: (data) => importAll(ctx, data),
    purgeExpired: (at, days) => purgeExpired(ctx, at, days),
    expiringSoon: (at, days, notice) => expiringSoon(ctx, at, days, notice),
    quarantined: () => listQuarantine(ctx),
    rekeyPatient: (from, to) => rekeyPatient(ctx, from, to),
    close: () => db.close(),
  };
}
