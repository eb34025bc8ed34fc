import { auditRecord, inTransaction, quarantineRecord, revisionRecord, summaryRecord, utc, type StoreContext } from './context';
import { describe } from './database';
import { StoreError } from './errors';
import {
  AuditEntrySchema,
  DraftSchema,
  EXPORT_FORMAT,
  ExportFileSchema,
  RevisionSchema,
  STORE_VERSION,
  type AuditEntry,
  type Draft,
  type ExportFile,
  type Revision,
} from './schemas';

/**
 * Export and import of all drafts as one JSON file, so a clinician can move drafts between browsers or
 * keep them before clearing site data. An import is checked as a whole first and written in one
 * transaction: a bad file changes nothing.
 */
export type ImportResult =
  | {
      ok: true;
      imported: number;
      skipped: number;
      /** Drafts in the file that were not imported because the stored copy is as new or newer. */
      keptNewer: string[];
    }
  | { ok: false; message: string };

export async function exportAll(ctx: StoreContext): Promise<ExportFile> {
  const raw = await inTransaction(ctx, ['drafts', 'revisions', 'audit'], 'readonly', async (tx) => ({
    drafts: await tx.objectStore('drafts').getAll(),
    revisions: await tx.objectStore('revisions').getAll(),
    audit: await tx.objectStore('audit').getAll(),
  }));
  const drafts: Draft[] = [];
  const damaged: Array<{ store: string; key: string; raw: unknown; error: unknown }> = [];
  for (const value of raw.drafts) {
    const parsed = DraftSchema.safeParse(value);
    if (parsed.success) drafts.push(parsed.data);
    else damaged.push({ store: 'drafts', key: String((value as { id?: unknown })?.id), raw: value, error: parsed.error });
  }
  const current = new Map(drafts.map((d) => [d.id, d.revision]));
  // The revisions store also holds each draft's current version; the file carries that once, as the draft.
  const revisions: Revision[] = raw.revisions.flatMap((value) => {
    const parsed = RevisionSchema.safeParse(value);
    return parsed.success && parsed.data.revision < (current.get(parsed.data.draftId) ?? 0) ? [parsed.data] : [];
  });
  const audit: AuditEntry[] = raw.audit.flatMap((value) => {
    const parsed = AuditEntrySchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
  if (damaged.length > 0) await quarantineDrafts(ctx, damaged);
  return { format: EXPORT_FORMAT, version: STORE_VERSION, exportedAt: ctx.now().toISOString(), drafts, revisions, audit };
}

async function quarantineDrafts(ctx: StoreContext, damaged: Array<{ store: string; key: string; raw: unknown; error: unknown }>) {
  const at = ctx.now().toISOString();
  await inTransaction(ctx, ['drafts', 'summaries', 'quarantine'], 'readwrite', async (tx) => {
    for (const d of damaged) {
      await tx.objectStore('quarantine').put(quarantineRecord(d.store, d.key, d.raw, d.error, at));
      await tx.objectStore('drafts').delete(d.key);
      await tx.objectStore('summaries').delete(d.key);
    }
  });
  for (const d of damaged) ctx.report(new StoreError('corrupt', `A stored draft (${d.key}) was damaged and moved to quarantine: ${describe(d.error)}`));
}

/** Checks the whole file; the message says what is wrong in words a clinician can pass on. */
export function checkExportFile(data: unknown): { ok: true; file: ExportFile } | { ok: false; message: string } {
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, message: 'This is not a Second Opinion drafts export file.' };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > STORE_VERSION) {
    return { ok: false, message: `This file was made by a newer version (file format ${version}); update the extension first.` };
  }
  const parsed = ExportFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, message: `The file is damaged or incomplete, nothing was imported: ${describe(parsed.error)}` };
  const ids = new Set<string>();
  for (const draft of parsed.data.drafts) {
    if (ids.has(draft.id)) return { ok: false, message: `The file holds draft ${draft.id} twice, nothing was imported.` };
    ids.add(draft.id);
  }
  return { ok: true, file: parsed.data };
}

export async function importAll(ctx: StoreContext, data: unknown): Promise<ImportResult> {
  const checked = checkExportFile(data);
  if (!checked.ok) return checked;
  const { file } = checked;
  const at = ctx.now().toISOString();
  try {
    const result = await inTransaction(ctx, ['drafts', 'summaries', 'revisions', 'audit', 'quarantine'], 'readwrite', async (tx) => {
      let imported = 0;
      const keptNewer: string[] = [];
      const importedIds: Array<{ id: string; revision: number }> = [];
      for (const fromFile of file.drafts) {
        const incoming: Draft = { ...fromFile, createdAt: utc(fromFile.createdAt), updatedAt: utc(fromFile.updatedAt) };
        const raw = await tx.objectStore('drafts').get(incoming.id);
        const stored = raw === undefined ? undefined : DraftSchema.safeParse(raw);
        if (stored?.success && Date.parse(stored.data.updatedAt) >= Date.parse(incoming.updatedAt)) {
          keptNewer.push(incoming.id);
          continue;
        }
        let next = incoming;
        if (stored?.success) {
          // The local copy is older: it stays in the revisions and the imported one goes on top.
          next = { ...incoming, revision: stored.data.revision + 1 };
        } else {
          if (stored) await tx.objectStore('quarantine').put(quarantineRecord('drafts', incoming.id, raw, stored.error, at));
          for (const revision of file.revisions ?? []) {
            if (revision.draftId === incoming.id && revision.revision < incoming.revision) await tx.objectStore('revisions').put(revision);
          }
          for (const entry of file.audit) {
            if (entry.draftId === incoming.id) await tx.objectStore('audit').add(entry);
          }
        }
        await tx.objectStore('drafts').put(next);
        await tx.objectStore('revisions').put(revisionRecord(next));
        await tx.objectStore('summaries').put(summaryRecord(next));
        await tx.objectStore('audit').add(auditRecord(next.id, 'imported', next.categories.filter((c) => c.selected).map((c) => c.id), at));
        importedIds.push({ id: next.id, revision: next.revision });
        imported++;
      }
      return { imported, keptNewer, importedIds };
    });
    for (const { id, revision } of result.importedIds) ctx.notify({ type: 'draft-saved', id, revision });
    return { ok: true, imported: result.imported, skipped: result.keptNewer.length, keptNewer: result.keptNewer };
  } catch (error) {
    const storeError = error instanceof StoreError ? error : new StoreError('unknown', String(error));
    return { ok: false, message: `Nothing was imported: ${storeError.message}` };
  }
}
