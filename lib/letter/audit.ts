import * as z from 'zod/mini';

/**
 * Every export is recorded in the draft's audit log (what, when, which categories), so the clinician and
 * the patient can see what left the record, with whom it might have gone and when (GUIDE section 3, trust).
 */
export const ExportKindSchema = z.enum(['copy-text', 'copy-html', 'print', 'download-txt', 'download-html', 'fhir']);
export type ExportKind = z.infer<typeof ExportKindSchema>;

export const ExportAuditEntrySchema = z.object({
  action: ExportKindSchema,
  /** ISO date-time of the export. */
  at: z.string().check(z.minLength(10), z.maxLength(40)),
  /** Catalogue ids of the categories shared with consent at the time of the export, sorted. */
  categories: z.array(z.string().check(z.minLength(1), z.maxLength(60))).check(z.maxLength(100)),
});
export type ExportAuditEntry = z.infer<typeof ExportAuditEntrySchema>;

export function auditEntryForExport(kind: ExportKind, categories: readonly string[], now: string): ExportAuditEntry {
  return ExportAuditEntrySchema.parse({ action: kind, at: now, categories: [...new Set(categories)].sort() });
}
