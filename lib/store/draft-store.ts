import { createDraftNotifier } from './broadcast';
import type { StoreNames } from 'idb';
import { auditRecord, corruptError, inTransaction, quarantineRecord, revisionRange, revisionRecord, Rollback, summaryRecord, type StoreContext, type Tx } from './context';
import { getDraft, newestFirst, validSummaries } from './read-draft';
import { DEFAULT_DB_NAME, openDatabase, type DraftsDB } from './database';
import { StoreError } from './errors';
import { purgeExpired, expiringSoon } from './retention';
import {
  AuditEntrySchema,
  DraftSchema,
  NewDraftSchema,
  RevisionSchema,
  type AuditAction,
  type AuditEntry,
  type Draft,
  type DraftSummary,
  type ExportFile,
  type NewDraft,
  type Revision,
} from './schemas';
import { queryTerms } from './search-terms';
import { exportAll, importAll, type ImportResult } from './transfer';

export type SaveResult = { ok: true; draft: Draft } | { ok: false; conflict: Draft };

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
  /** Newest first; `query` matches name words (prefix) and dates (DD-MM-YYYY or YYYY-MM-DD). */
  listDrafts(opts?: { query?: string }): Promise<DraftSummary[]>;
  remove(id: string): Promise<void>;
  deleteAll(): Promise<void>;
  exportAll(): Promise<ExportFile>;
  importAll(data: unknown): Promise<ImportResult>;
  purgeExpired(now: Date, retentionDays: number): Promise<DraftSummary[]>;
  expiringSoon(now: Date, retentionDays: number, noticeDays?: number): Promise<DraftSummary[]>;
  quarantined(): Promise<Array<{ key: string; error: string; at: string }>>;
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
}

/** Edits within this window share one 'edited' audit entry: the log records sessions, not keystrokes. */
const EDIT_AUDIT_WINDOW_MS = 60_000;
export const DEFAULT_MAX_REVISIONS = 50;

export async function openDraftStore(opts: OpenDraftStoreOptions = {}): Promise<DraftStore> {
  const now = opts.now ?? (() => new Date());
  const factory = opts.idbFactory ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
  const notifier = createDraftNotifier();
  const db = await openDatabase({ name: opts.name ?? DEFAULT_DB_NAME, factory, now });
  const ctx: StoreContext = {
    db,
    now,
    maxRevisions: opts.maxRevisions ?? DEFAULT_MAX_REVISIONS,
    report: (error) => opts.onProblem?.(error),
    notify: (msg) => notifier.send(msg),
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
    listDrafts: (o) => listDrafts(ctx, o?.query),
    remove: (id) => removeDraft(ctx, id),
    deleteAll: () => deleteAll(ctx),
    exportAll: () => exportAll(ctx),
    importAll: (data) => importAll(ctx, data),
    purgeExpired: (at, days) => purgeExpired(ctx, at, days),
    expiringSoon: (at, days, notice) => expiringSoon(ctx, at, days, notice),
    quarantined: () => listQuarantine(ctx),
    close: () => {
      notifier.close();
      db.close();
    },
  };
}

async function findForPatient(ctx: StoreContext, patientKey: string): Promise<Draft | undefined> {
  const raws = await inTransaction(ctx, ['summaries'], 'readonly', (tx) => tx.objectStore('summaries').index('patientKey').getAll(patientKey));
  const summaries = await validSummaries(ctx, raws);
  const newest = summaries.filter((s) => s.status !== 'archived').sort(newestFirst)[0];
  return newest ? getDraft(ctx, newest.id) : undefined;
}

async function createDraft(ctx: StoreContext, init: NewDraft): Promise<Draft> {
  const parsed = NewDraftSchema.safeParse(init);
  if (!parsed.success) throw new StoreError('corrupt', `The new draft does not fit the draft shape: ${parsed.error.message}`);
  const at = ctx.now().toISOString();
  const draft: Draft = { id: crypto.randomUUID(), ...parsed.data, createdAt: at, updatedAt: at, revision: 1 };
  await inTransaction(ctx, ['drafts', 'summaries', 'revisions', 'audit'], 'readwrite', async (tx) => {
    await tx.objectStore('drafts').add(draft);
    await tx.objectStore('revisions').put(revisionRecord(draft));
    await tx.objectStore('summaries').put(summaryRecord(draft));
    await tx.objectStore('audit').add(auditRecord(draft.id, 'created', selectedIds(draft), at));
  });
  ctx.notify({ type: 'draft-saved', id: draft.id, revision: draft.revision });
  return draft;
}

function checkedDraft(draft: Draft): Draft {
  const parsed = DraftSchema.safeParse(draft);
  if (!parsed.success) throw new StoreError('corrupt', `The draft does not fit the draft shape: ${parsed.error.message}`);
  return parsed.data;
}

async function saveDraft(ctx: StoreContext, input: Draft): Promise<SaveResult> {
  const incoming = checkedDraft(input);
  const at = ctx.now().toISOString();
  const next: Draft = { ...incoming, revision: incoming.revision + 1, updatedAt: at };
  let damaged: StoreError | undefined;
  const result = await inTransaction(ctx, ['drafts', 'summaries', 'revisions', 'audit', 'quarantine'], 'readwrite', async (tx): Promise<SaveResult> => {
    const drafts = tx.objectStore('drafts');
    const audit = tx.objectStore('audit');
    // Reads and writes go out in one batch (requests run in order, so the reads see the old values);
    // a conflict found afterwards rolls the writes back. One round trip instead of two keeps saves fast.
    const reads = Promise.all([drafts.get(incoming.id), audit.index('draftId').openCursor(IDBKeyRange.only(incoming.id), 'prev')]);
    const writes = Promise.all([
      drafts.put(next),
      tx.objectStore('revisions').put(revisionRecord(next)),
      tx.objectStore('summaries').put(summaryRecord(next)),
      // Revisions of a plain save are contiguous, so exactly one falls off. A single-key delete stays
      // cheap; a range delete would rescan the tombstones of every earlier prune.
      tx.objectStore('revisions').delete([next.id, next.revision - ctx.maxRevisions - 1]),
    ]);
    writes.catch(() => {});
    const [raw, lastAudit] = await reads;
    if (raw === undefined) throw new StoreError('unknown', 'This draft was deleted elsewhere; it is still open here and can be downloaded.');
    const stored = DraftSchema.safeParse(raw);
    if (stored.success && stored.data.revision !== incoming.revision) {
      // Another tab saved after this edit was based: hand back theirs, never overwrite silently.
      throw new Rollback<SaveResult>({ ok: false, conflict: stored.data });
    }
    if (!stored.success) {
      // The stored copy is damaged; the one in memory is the best there is.
      damaged = corruptError('drafts', incoming.id, stored.error);
      await tx.objectStore('quarantine').put(quarantineRecord('drafts', incoming.id, raw, stored.error, at));
    }
    if (!coalescesWith(lastAudit?.value, at)) await audit.add(auditRecord(next.id, 'edited', selectedIds(next), at));
    await writes;
    return { ok: true, draft: next };
  });
  if (damaged) ctx.report(damaged);
  if (result.ok) ctx.notify({ type: 'draft-saved', id: result.draft.id, revision: result.draft.revision });
  return result;
}

async function saveAsNewRevision(ctx: StoreContext, input: Draft): Promise<Draft> {
  const incoming = checkedDraft(input);
  const at = ctx.now().toISOString();
  const draft = await inTransaction(ctx, ['drafts', 'summaries', 'revisions', 'audit', 'quarantine'], 'readwrite', async (tx) => {
    const raw = await tx.objectStore('drafts').get(incoming.id);
    const stored = raw === undefined ? undefined : DraftSchema.safeParse(raw);
    let revision = incoming.revision + 1;
    if (stored?.success) revision = Math.max(stored.data.revision, incoming.revision) + 1;
    else if (stored) await tx.objectStore('quarantine').put(quarantineRecord('drafts', incoming.id, raw, stored.error, at));
    const next: Draft = { ...incoming, revision, updatedAt: at };
    await writeVersion(tx, next, ctx.maxRevisions);
    await tx.objectStore('audit').add(auditRecord(next.id, 'edited', selectedIds(next), at, 'kept as a separate revision after a conflict'));
    return next;
  });
  ctx.notify({ type: 'draft-saved', id: draft.id, revision: draft.revision });
  return draft;
}

async function writeVersion(tx: Tx<['drafts', 'summaries', 'revisions', ...StoreNames<DraftsDB>[]], 'readwrite'>, next: Draft, maxRevisions: number): Promise<void> {
  await Promise.all([
    tx.objectStore('drafts').put(next),
    tx.objectStore('revisions').put(revisionRecord(next)),
    tx.objectStore('summaries').put(summaryRecord(next)),
    tx.objectStore('revisions').delete(prunedRange(next, maxRevisions)),
  ]);
}

/**
 * Versions older than the newest `max` before `draft` (the revisions store also holds `draft` itself):
 * one range delete per save, so long editing sessions neither fill the disk nor slow saving down.
 */
function prunedRange(draft: Draft, max: number): IDBKeyRange {
  return IDBKeyRange.bound([draft.id, -Infinity], [draft.id, draft.revision - max - 1]);
}

/** True when the last audit entry is an edit less than a minute old: the log records sessions, not keystrokes. */
function coalescesWith(last: unknown, at: string): boolean {
  const previous = AuditEntrySchema.safeParse(last);
  return previous.success && previous.data.action === 'edited' && Date.parse(at) - Date.parse(previous.data.at) < EDIT_AUDIT_WINDOW_MS;
}

async function listRevisions(ctx: StoreContext, id: string): Promise<Revision[]> {
  const [raws, current] = await inTransaction(ctx, ['revisions', 'summaries'], 'readonly', (tx) =>
    Promise.all([tx.objectStore('revisions').getAll(revisionRange(id)), tx.objectStore('summaries').get(id)]),
  );
  const currentRevision = (current as { revision?: unknown } | undefined)?.revision;
  const revisions: Revision[] = [];
  for (const raw of raws) {
    const parsed = RevisionSchema.safeParse(raw);
    if (!parsed.success) await quarantineRevision(ctx, raw, parsed.error);
    else if (parsed.data.revision !== currentRevision) revisions.push(parsed.data);
  }
  return revisions.reverse();
}

async function quarantineRevision(ctx: StoreContext, raw: unknown, error: unknown): Promise<void> {
  const rec = raw as { draftId?: unknown; revision?: unknown };
  const key: [string, number] = [String(rec?.draftId), Number(rec?.revision)];
  if (Number.isFinite(key[1])) {
    await inTransaction(ctx, ['revisions', 'quarantine'], 'readwrite', async (tx) => {
      await tx.objectStore('quarantine').put(quarantineRecord('revisions', key.join('#'), raw, error, ctx.now().toISOString()));
      await tx.objectStore('revisions').delete(key);
    });
  }
  ctx.report(corruptError('revisions', key.join('#'), error));
}

async function restoreRevision(ctx: StoreContext, id: string, revision: number): Promise<Draft> {
  const at = ctx.now().toISOString();
  const restored = await inTransaction(ctx, ['drafts', 'summaries', 'revisions', 'audit'], 'readwrite', async (tx) => {
    const rawOld = await tx.objectStore('revisions').get([id, revision]);
    if (rawOld === undefined) throw new StoreError('unknown', `Revision ${revision} of this draft is not stored (any more).`);
    const old = RevisionSchema.safeParse(rawOld);
    if (!old.success) throw corruptError('revisions', `${id}#${revision}`, old.error);
    const current = DraftSchema.safeParse(await tx.objectStore('drafts').get(id));
    const nextRevision = (current.success ? current.data.revision : revision) + 1;
    const next: Draft = { ...old.data.draft, id, revision: nextRevision, updatedAt: at };
    await writeVersion(tx, next, ctx.maxRevisions);
    await tx.objectStore('audit').add(auditRecord(id, 'restored', selectedIds(next), at, `revision ${revision}`));
    return next;
  });
  ctx.notify({ type: 'draft-saved', id, revision: restored.revision });
  return restored;
}

async function addAudit(ctx: StoreContext, id: string, entry: { action: AuditAction; categories?: string[]; detail?: string }): Promise<void> {
  const record = AuditEntrySchema.safeParse(auditRecord(id, entry.action, entry.categories ?? [], ctx.now().toISOString(), entry.detail));
  if (!record.success) throw new StoreError('corrupt', `The audit entry does not fit: ${record.error.message}`);
  await inTransaction(ctx, ['audit'], 'readwrite', (tx) => tx.objectStore('audit').add(record.data));
}

async function listAudit(ctx: StoreContext, id: string): Promise<AuditEntry[]> {
  const raws = await inTransaction(ctx, ['audit'], 'readonly', (tx) => tx.objectStore('audit').index('draftId').getAll(id));
  const entries: AuditEntry[] = [];
  for (const raw of raws) {
    const parsed = AuditEntrySchema.safeParse(raw);
    if (parsed.success) entries.push(parsed.data);
    else ctx.report(corruptError('audit', String((raw as { seq?: unknown })?.seq), parsed.error));
  }
  return entries;
}

function selectedIds(draft: Draft): string[] {
  return draft.categories.filter((c) => c.selected).map((c) => c.id);
}

async function listDrafts(ctx: StoreContext, query?: string): Promise<DraftSummary[]> {
  const terms = queryTerms(query ?? '');
  const raws = await inTransaction(ctx, ['summaries'], 'readonly', async (tx) => {
    const store = tx.objectStore('summaries');
    if (terms.length === 0) return store.index('updatedAt').getAll();
    // Every query word must match (a name word by prefix, a date exactly or by prefix).
    const perTerm = await Promise.all(terms.map((t) => store.index('terms').getAll(IDBKeyRange.bound(t, `${t}\uffff`))));
    const [first, ...rest] = perTerm.map((list) => new Map(list.map((r) => [(r as { id: string }).id, r])));
    return [...(first ?? new Map()).entries()].filter(([id]) => rest.every((m) => m.has(id))).map(([, r]) => r);
  });
  return (await validSummaries(ctx, raws)).sort(newestFirst);
}

async function removeDraft(ctx: StoreContext, id: string): Promise<void> {
  const at = ctx.now().toISOString();
  await inTransaction(ctx, ['drafts', 'summaries', 'revisions', 'audit'], 'readwrite', async (tx) => {
    await tx.objectStore('drafts').delete(id);
    await tx.objectStore('summaries').delete(id);
    await tx.objectStore('revisions').delete(revisionRange(id));
    // The audit trail outlives the draft: it holds ids, actions and categories, no patient data.
    await tx.objectStore('audit').add(auditRecord(id, 'deleted', [], at));
  });
  ctx.notify({ type: 'draft-deleted', id });
}

async function deleteAll(ctx: StoreContext): Promise<void> {
  const ids = await inTransaction(ctx, ['drafts', 'summaries', 'revisions', 'audit', 'quarantine'], 'readwrite', async (tx) => {
    const keys = await tx.objectStore('drafts').getAllKeys();
    await Promise.all([
      tx.objectStore('drafts').clear(),
      tx.objectStore('summaries').clear(),
      tx.objectStore('revisions').clear(),
      tx.objectStore('audit').clear(),
      tx.objectStore('quarantine').clear(),
    ]);
    return keys;
  });
  for (const id of ids) ctx.notify({ type: 'draft-deleted', id });
}

async function listQuarantine(ctx: StoreContext): Promise<Array<{ key: string; error: string; at: string }>> {
  const records = await inTransaction(ctx, ['quarantine'], 'readonly', (tx) => tx.objectStore('quarantine').getAll());
  return records.map(({ key, error, at }) => ({ key, error, at }));
}
