import { auditRecord, inTransaction, revisionRange, type StoreContext } from './context';
import { validSummaries } from './read-draft';
import type { DraftSummary } from './schemas';

/**
 * Drafts hold patient data outside the record system, so they are kept only as long as the clinician
 * set in the options (default 30 days after the last change) and deleted after that.
 */
const DAY_MS = 86_400_000;

function cutoff(now: Date, retentionDays: number): string {
  return new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
}

/** Deletes drafts last changed more than `retentionDays` ago, with their revisions; returns what went. */
export async function purgeExpired(ctx: StoreContext, now: Date, retentionDays: number): Promise<DraftSummary[]> {
  const limit = cutoff(now, retentionDays);
  const at = ctx.now().toISOString();
  const raws = await inTransaction(ctx, ['summaries'], 'readonly', (tx) => tx.objectStore('summaries').index('updatedAt').getAll(IDBKeyRange.upperBound(limit, true)));
  const expired = await validSummaries(ctx, raws);
  await inTransaction(ctx, ['drafts', 'summaries', 'revisions', 'audit', 'quarantine'], 'readwrite', async (tx) => {
    for (const summary of expired) {
      await tx.objectStore('drafts').delete(summary.id);
      await tx.objectStore('summaries').delete(summary.id);
      await tx.objectStore('revisions').delete(revisionRange(summary.id));
      await tx.objectStore('audit').add(auditRecord(summary.id, 'deleted', [], at, `retention ${retentionDays} days`));
    }
    // Records set aside as damaged may hold a draft's patient data too: they go after one retention period.
    const quarantine = tx.objectStore('quarantine');
    for (let cursor = await quarantine.openCursor(); cursor; cursor = await cursor.continue()) {
      if (!(cursor.value.at >= limit)) await cursor.delete();
    }
    // Audit entries of drafts that are gone are kept one retention period, then they go too.
    const audit = tx.objectStore('audit');
    for (let cursor = await audit.index('at').openCursor(IDBKeyRange.upperBound(limit, true)); cursor; cursor = await cursor.continue()) {
      const draftId = (cursor.value as { draftId?: unknown }).draftId;
      if (typeof draftId !== 'string' || (await tx.objectStore('drafts').count(draftId)) === 0) await cursor.delete();
    }
  });
  for (const summary of expired) ctx.notify({ type: 'draft-deleted', id: summary.id });
  return expired;
}

/** Drafts that `purgeExpired` will delete within `noticeDays` (including any already due), soonest first. */
export async function expiringSoon(ctx: StoreContext, now: Date, retentionDays: number, noticeDays = 3): Promise<DraftSummary[]> {
  const limit = cutoff(now, retentionDays - noticeDays);
  const raws = await inTransaction(ctx, ['summaries'], 'readonly', (tx) => tx.objectStore('summaries').index('updatedAt').getAll(IDBKeyRange.upperBound(limit, true)));
  return (await validSummaries(ctx, raws)).sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0));
}
