import { auditRecord, corruptError, inTransaction, type StoreContext } from './context';
import { StoreError } from './errors';
import { AuditEntrySchema, type AuditAction, type AuditEntry } from './schemas';

/** The audit trail of a draft: what was done with it, when and with which categories; never patient data. */

export async function addAudit(ctx: StoreContext, id: string, entry: { action: AuditAction; categories?: string[]; detail?: string }): Promise<void> {
  const record = AuditEntrySchema.safeParse(auditRecord(id, entry.action, entry.categories ?? [], ctx.now().toISOString(), entry.detail));
  if (!record.success) throw new StoreError('corrupt', `The audit entry does not fit: ${record.error.message}`);
  await inTransaction(ctx, ['audit'], 'readwrite', (tx) => tx.objectStore('audit').add(record.data));
}

export async function listAudit(ctx: StoreContext, id: string): Promise<AuditEntry[]> {
  const raws = await inTransaction(ctx, ['audit'], 'readonly', (tx) => tx.objectStore('audit').index('draftId').getAll(id));
  const entries: AuditEntry[] = [];
  for (const raw of raws) {
    const parsed = AuditEntrySchema.safeParse(raw);
    if (parsed.success) entries.push(parsed.data);
    else ctx.report(corruptError('audit', String((raw as { seq?: unknown })?.seq), parsed.error));
  }
  return entries;
}
