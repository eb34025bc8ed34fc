import { corruptError, inTransaction, quarantineRecord, summaryRecord, type StoreContext } from './context';
import { z } from 'zod/mini';
import { DraftSchema, DraftSummarySchema, type Draft, type DraftSummary } from './schemas';

/** The whole list in one parse: a thousand parses of one summary each cost several times as much. */
const SummaryListSchema = z.array(DraftSummarySchema);

/**
 * Reads that check what comes off the disk. A record that no longer fits its schema is moved to the
 * quarantine store (raw value and error kept for inspection) and reported, never rendered or dropped.
 */

export async function getDraft(ctx: StoreContext, id: string): Promise<Draft | undefined> {
  const raw = await inTransaction(ctx, ['drafts'], 'readonly', (tx) => tx.objectStore('drafts').get(id));
  if (raw === undefined) return undefined;
  const parsed = DraftSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const error = corruptError('drafts', id, parsed.error);
  await quarantineDraft(ctx, id, raw, parsed.error);
  ctx.report(error);
  throw error;
}

/** Moves a damaged draft out of the way (with its summary) so it can be inspected but never loaded. */
export async function quarantineDraft(ctx: StoreContext, id: string, raw: unknown, error: unknown): Promise<void> {
  await inTransaction(ctx, ['drafts', 'summaries', 'quarantine'], 'readwrite', async (tx) => {
    await tx.objectStore('quarantine').put(quarantineRecord('drafts', id, raw, error, ctx.now().toISOString()));
    await tx.objectStore('drafts').delete(id);
    await tx.objectStore('summaries').delete(id);
  });
}

export function newestFirst(a: DraftSummary, b: DraftSummary): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

/** Parses summaries; a damaged one is quarantined and rebuilt from its draft when that is intact. */
export async function validSummaries(ctx: StoreContext, raws: unknown[]): Promise<DraftSummary[]> {
  const whole = SummaryListSchema.safeParse(raws);
  if (whole.success) return whole.data;
  // Some summary is damaged: each is parsed on its own, so that only the damaged ones are set aside.
  const out: DraftSummary[] = [];
  for (const raw of raws) {
    const parsed = DraftSummarySchema.safeParse(raw);
    if (parsed.success) {
      out.push(parsed.data);
      continue;
    }
    const id = String((raw as { id?: unknown })?.id);
    await inTransaction(ctx, ['summaries', 'quarantine'], 'readwrite', async (tx) => {
      await tx.objectStore('quarantine').put(quarantineRecord('summaries', id, raw, parsed.error, ctx.now().toISOString()));
      await tx.objectStore('summaries').delete(id);
    });
    ctx.report(corruptError('summaries', id, parsed.error));
    const draft = await getDraft(ctx, id).catch(() => undefined);
    if (draft) {
      await inTransaction(ctx, ['summaries'], 'readwrite', (tx) => tx.objectStore('summaries').put(summaryRecord(draft)));
      out.push(DraftSummarySchema.parse(summaryRecord(draft)));
    }
  }
  return out;
}

