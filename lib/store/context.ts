import type { IDBPTransaction, StoreNames } from 'idb';
import { describe, type DB, type DraftsDB } from './database';
import type { DraftChange } from './protocol';
import { StoreError, toStoreError } from './errors';
import { toSummary, type AuditAction, type AuditEntry, type Draft } from './schemas';
import { searchTerms } from './search-terms';

/** What the store's parts share: the open database, the clock, and where problems and changes go. */
export interface StoreContext {
  db: DB;
  now: () => Date;
  maxRevisions: number;
  report: (error: StoreError) => void;
  notify: (change: DraftChange) => void;
}

type Names = StoreNames<DraftsDB>;
export type Tx<N extends Names[], M extends IDBTransactionMode> = IDBPTransaction<DraftsDB, N, M>;

/**
 * Runs `body` in one transaction and waits for it to commit. Any failure aborts the whole transaction
 * (nothing half-written) and comes out as a StoreError.
 */
export async function inTransaction<const N extends Names[], M extends IDBTransactionMode, T>(
  ctx: StoreContext,
  names: N,
  mode: M,
  body: (tx: Tx<N, M>) => Promise<T>,
): Promise<T> {
  let tx: Tx<N, M> | undefined;
  try {
    // Relaxed durability: a draft is autosaved every few seconds; waiting for a disk flush each time
    // would cost more than the last half second of typing is worth.
    tx = ctx.db.transaction(names, mode, { durability: 'relaxed' });
    tx.done.catch(() => {});
    const result = await body(tx);
    // Nothing more will be asked of this transaction: commit now instead of waiting for auto-commit.
    if (mode !== 'readonly') tx.commit();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx?.abort();
    } catch {
      // the transaction has already finished or aborted itself
    }
    if (error instanceof Rollback) return error.value as T;
    throw toStoreError(error);
  }
}

/** Thrown by a transaction body to undo everything it wrote and still answer (a refused save, say). */
export class Rollback<T> {
  constructor(readonly value: T) {}
}

/** The stored copy of one saved version; revisions hold the current version too, so a save needs no read first. */
export function revisionRecord(draft: Draft): unknown {
  return { draftId: draft.id, revision: draft.revision, savedAt: draft.updatedAt, draft };
}

/**
 * What the summaries store holds: the summary, its search terms for the multiEntry index, and when the
 * last 'edited' audit entry was written. A save reads only this small record (not the letter, not the
 * audit log) to check the revision and decide whether the edit needs a new audit entry.
 */
export function summaryRecord(draft: Draft, editAuditAt?: string): unknown {
  return { ...toSummary(draft), terms: searchTerms(draft), ...(editAuditAt ? { editAuditAt } : {}) };
}

/** The key range of one draft's revisions (the store is keyed [draftId, revision]). */
export function revisionRange(draftId: string): IDBKeyRange {
  return IDBKeyRange.bound([draftId, -Infinity], [draftId, Infinity]);
}

export function quarantineRecord(store: string, key: IDBValidKey, raw: unknown, error: unknown, at: string) {
  return { key: `${store}:${String(key)}`, store, raw, error: describe(error), at };
}

export function corruptError(store: string, key: IDBValidKey, error: unknown): StoreError {
  return new StoreError('corrupt', `A stored ${store} record (${String(key)}) was damaged and moved to quarantine: ${describe(error)}`, { cause: error });
}

/** Times are stored as UTC ISO strings so the updatedAt index sorts and ranges correctly. */
export function utc(iso: string): string {
  return new Date(iso).toISOString();
}

export function auditRecord(draftId: string, action: AuditAction, categories: string[], at: string, detail?: string): AuditEntry {
  return detail === undefined ? { draftId, action, categories, at } : { draftId, action, categories, detail, at };
}

