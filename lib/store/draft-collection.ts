import { auditRecord, inTransaction, revisionRange, type StoreContext } from './context';
import { getDraft, newestFirst, validSummaries } from './read-draft';
import type { Draft, DraftSummary } from './schemas';
import { queryTerms } from './search-terms';

/** The drafts as a collection: finding one per patient, listing and searching, re-filing and deleting. */

export async function findForPatient(ctx: StoreContext, patientKey: string): Promise<Draft | undefined> {
  const raws = await inTransaction(ctx, ['summaries'], 'readonly', (tx) => tx.objectStore('summaries').index('patientKey').getAll(patientKey));
  const summaries = await validSummaries(ctx, raws);
  const newest = summaries.filter((s) => s.status !== 'archived').sort(newestFirst)[0];
  return newest ? getDraft(ctx, newest.id) : undefined;
}

export async function rekeyPatient(ctx: StoreContext, from: string, to: string): Promise<number> {
  if (from === to) return 0;
  // Nearly always nothing is filed under the old key: look first, so no write transaction is opened.
  const waiting = await inTransaction(ctx, ['summaries'], 'readonly', (tx) => tx.objectStore('summaries').index('patientKey').count(from));
  if (waiting === 0) return 0;
  const moved = await inTransaction(ctx, ['drafts', 'summaries', 'revisions'], 'readwrite', async (tx) => {
    const summaries = (await tx.objectStore('summaries').index('patientKey').getAll(from)) as Array<Record<string, unknown>>;
    for (const summary of summaries) {
      const id = String(summary.id);
      await tx.objectStore('summaries').put({ ...summary, patientKey: to });
      const draft = (await tx.objectStore('drafts').get(id)) as Record<string, unknown> | undefined;
      if (draft) await tx.objectStore('drafts').put({ ...draft, patientKey: to });
      for (let cursor = await tx.objectStore('revisions').openCursor(revisionRange(id)); cursor; cursor = await cursor.continue()) {
        const revision = cursor.value as { draft?: Record<string, unknown> };
        if (revision.draft) await cursor.update({ ...revision, draft: { ...revision.draft, patientKey: to } });
      }
    }
    return summaries.map((summary) => String(summary.id));
  });
  for (const id of moved) ctx.notify({ type: 'draft-saved', id });
  return moved.length;
}

/**
 * The drafts newest first, all of them or the newest `limit`. Without a query the newest are read from
 * the end of the updatedAt index, so a page of the list costs the same with 100 drafts stored or 5,000.
 */
export async function listDrafts(ctx: StoreContext, query?: string, limit?: number): Promise<DraftSummary[]> {
  const terms = queryTerms(query ?? '');
  const raws = await inTransaction(ctx, ['summaries'], 'readonly', async (tx) => {
    const store = tx.objectStore('summaries');
    if (terms.length === 0) {
      if (limit === undefined) return store.index('updatedAt').getAll();
      const newest: unknown[] = [];
      for (let cursor = await store.index('updatedAt').openCursor(null, 'prev'); cursor && newest.length < limit; cursor = await cursor.continue()) {
        newest.push(cursor.value);
      }
      return newest;
    }
    // Every query word must match (a name word by prefix, a date exactly or by prefix).
    const perTerm = await Promise.all(terms.map((t) => store.index('terms').getAll(IDBKeyRange.bound(t, `${t}\uffff`))));
    const [first, ...rest] = perTerm.map((list) => new Map(list.map((r) => [(r as { id: string }).id, r])));
    return [...(first ?? new Map()).entries()].filter(([id]) => rest.every((m) => m.has(id))).map(([, r]) => r);
  });
  const sorted = (await validSummaries(ctx, raws)).sort(newestFirst);
  return limit === undefined ? sorted : sorted.slice(0, limit);
}

export async function removeDraft(ctx: StoreContext, id: string): Promise<void> {
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

export async function deleteAll(ctx: StoreContext): Promise<void> {
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

export async function listQuarantine(ctx: StoreContext): Promise<Array<{ key: string; error: string; at: string }>> {
  const records = await inTransaction(ctx, ['quarantine'], 'readonly', (tx) => tx.objectStore('quarantine').getAll());
  return records.map(({ key, error, at }) => ({ key, error, at }));
}
