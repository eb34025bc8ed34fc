import type { StoreNames } from 'idb';
import { auditRecord, corruptError, inTransaction, quarantineRecord, revisionRange, revisionRecord, Rollback, summaryRecord, type StoreContext, type Tx } from './context';
import type { DraftsDB } from './database';
import { StoreError } from './errors';
import { DraftSchema, DraftSummarySchema, NewDraftSchema, RevisionSchema, type Draft, type NewDraft, type Revision } from './schemas';

/**
 * A draft's versions: creating it, saving each edit as a new revision (refusing one based on an older
 * revision than the stored one), keeping the newest revisions and restoring an earlier one.
 */

export type SaveResult = { ok: true; draft: Draft } | { ok: false; conflict: Draft };

/** Edits within this window share one 'edited' audit entry: the log records editing sessions, not keystrokes. */
const EDIT_AUDIT_WINDOW_MS = 60_000;

/**
 * Plain saves prune old revisions every few saves rather than on each one: a delete costs about as much
 * as a small write. listRevisions shows at most the maximum, so the few extra are never visible.
 */
const PRUNE_EVERY = 8;

/** How far back a plain save's prune looks beyond its own window. */
const PRUNE_SLACK = 8;

export async function createDraft(ctx: StoreContext, init: NewDraft): Promise<Draft> {
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

/** What the fast save path hands back when the slow, careful path must decide. */
const NEEDS_CAREFUL_SAVE = Symbol('careful');

export async function saveDraft(ctx: StoreContext, input: Draft): Promise<SaveResult> {
  const incoming = checkedDraft(input);
  const at = ctx.now().toISOString();
  const fast = await quickSave(ctx, incoming, at);
  const result = fast === NEEDS_CAREFUL_SAVE ? await carefulSave(ctx, incoming, at) : fast;
  if (result.ok) ctx.notify({ type: 'draft-saved', id: result.draft.id, revision: result.draft.revision });
  return result;
}

/**
 * The usual save: the small summary is read and the new version written in one batch (requests run in
 * order, so the read sees the old summary); once the summary checks out, the last writes and the commit
 * go out together. Two round trips and no 6 KB read keep saves fast on a full store. Anything unusual (a conflict, a missing or damaged summary) rolls the batch back and leaves the
 * decision to carefulSave.
 */
async function quickSave(ctx: StoreContext, incoming: Draft, at: string): Promise<SaveResult | typeof NEEDS_CAREFUL_SAVE> {
  const next: Draft = { ...incoming, revision: incoming.revision + 1, updatedAt: at };
  return inTransaction(ctx, ['drafts', 'summaries', 'revisions', 'audit'], 'readwrite', async (tx) => {
    const summaries = tx.objectStore('summaries');
    const readSummary = summaries.get(incoming.id);
    // A write below may throw before this read is awaited; its rejection on the abort that follows is expected.
    readSummary.catch(() => {});
    const requests: Array<Promise<unknown>> = [tx.objectStore('drafts').put(next), tx.objectStore('revisions').put(revisionRecord(next))];
    if (next.revision % PRUNE_EVERY === 0) requests.push(tx.objectStore('revisions').delete(prunedRange(next, ctx.maxRevisions, 'recent')));
    const writes = Promise.all(requests);
    writes.catch(() => {});
    const rawSummary = await readSummary;
    const summary = DraftSummarySchema.safeParse(rawSummary);
    if (!summary.success || summary.data.revision !== incoming.revision) throw new Rollback(NEEDS_CAREFUL_SAVE);
    const lastEdit = (rawSummary as { editAuditAt?: unknown }).editAuditAt;
    const coalesce = typeof lastEdit === 'string' && Date.parse(at) - Date.parse(lastEdit) < EDIT_AUDIT_WINDOW_MS;
    // Not awaited: the commit goes out with these writes. A failing request aborts the transaction,
    // which inTransaction reports.
    const last: Array<Promise<unknown>> = [summaries.put(summaryRecord(next, coalesce ? (lastEdit as string) : at))];
    if (!coalesce) last.push(tx.objectStore('audit').add(auditRecord(next.id, 'edited', selectedIds(next), at)));
    Promise.all(last).catch(() => {});
    return { ok: true, draft: next };
  });
}

/** Reads the stored draft first: hands back a newer one as a conflict, and quarantines a damaged one. */
async function carefulSave(ctx: StoreContext, incoming: Draft, at: string): Promise<SaveResult> {
  let damaged: StoreError | undefined;
  const result = await inTransaction(ctx, ['drafts', 'summaries', 'revisions', 'audit', 'quarantine'], 'readwrite', async (tx): Promise<SaveResult> => {
    const raw = await tx.objectStore('drafts').get(incoming.id);
    if (raw === undefined) throw new StoreError('unknown', 'This draft was deleted elsewhere; it is still open here and can be downloaded.');
    const stored = DraftSchema.safeParse(raw);
    if (stored.success && stored.data.revision !== incoming.revision) {
      // Another tab saved after this edit was based: hand back theirs, never overwrite silently.
      return { ok: false, conflict: stored.data };
    }
    if (!stored.success) {
      // The stored copy is damaged; the one in memory is the best there is.
      damaged = corruptError('drafts', incoming.id, stored.error);
      await tx.objectStore('quarantine').put(quarantineRecord('drafts', incoming.id, raw, stored.error, at));
    }
    const next: Draft = { ...incoming, revision: incoming.revision + 1, updatedAt: at };
    await writeVersion(tx, next, ctx.maxRevisions, at);
    await tx.objectStore('audit').add(auditRecord(next.id, 'edited', selectedIds(next), at));
    return { ok: true, draft: next };
  });
  if (damaged) ctx.report(damaged);
  return result;
}

export async function saveAsNewRevision(ctx: StoreContext, input: Draft): Promise<Draft> {
  const incoming = checkedDraft(input);
  const at = ctx.now().toISOString();
  const draft = await inTransaction(ctx, ['drafts', 'summaries', 'revisions', 'audit', 'quarantine'], 'readwrite', async (tx) => {
    const raw = await tx.objectStore('drafts').get(incoming.id);
    const stored = raw === undefined ? undefined : DraftSchema.safeParse(raw);
    let revision = incoming.revision + 1;
    if (stored?.success) revision = Math.max(stored.data.revision, incoming.revision) + 1;
    else if (stored) await tx.objectStore('quarantine').put(quarantineRecord('drafts', incoming.id, raw, stored.error, at));
    const next: Draft = { ...incoming, revision, updatedAt: at };
    await writeVersion(tx, next, ctx.maxRevisions, at);
    await tx.objectStore('audit').add(auditRecord(next.id, 'edited', selectedIds(next), at, 'kept as a separate revision after a conflict'));
    return next;
  });
  ctx.notify({ type: 'draft-saved', id: draft.id, revision: draft.revision });
  return draft;
}

async function writeVersion(
  tx: Tx<['drafts', 'summaries', 'revisions', ...StoreNames<DraftsDB>[]], 'readwrite'>,
  next: Draft,
  maxRevisions: number,
  editAuditAt?: string,
): Promise<void> {
  await Promise.all([
    tx.objectStore('drafts').put(next),
    tx.objectStore('revisions').put(revisionRecord(next)),
    tx.objectStore('summaries').put(summaryRecord(next, editAuditAt)),
    tx.objectStore('revisions').delete(prunedRange(next, maxRevisions, 'all')),
  ]);
}

/**
 * Versions older than the newest `max` before `draft` (the revisions store also holds `draft` itself).
 * Plain saves keep the lower bound close: a range reaching back to the first revision makes the database
 * step over the leftovers of every earlier prune, and saving gets slower. The rare paths whose revision
 * numbers can jump (keep-mine, restore, recovery) reach back all the way.
 */
function prunedRange(draft: Draft, max: number, reach: 'recent' | 'all'): IDBKeyRange {
  const upper = draft.revision - max - 1;
  return IDBKeyRange.bound([draft.id, reach === 'recent' ? upper - PRUNE_EVERY - PRUNE_SLACK : -Infinity], [draft.id, upper]);
}

export async function listRevisions(ctx: StoreContext, id: string): Promise<Revision[]> {
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
  return revisions.reverse().slice(0, ctx.maxRevisions);
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

export async function restoreRevision(ctx: StoreContext, id: string, revision: number): Promise<Draft> {
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

function selectedIds(draft: Draft): string[] {
  return draft.categories.filter((c) => c.selected).map((c) => c.id);
}
