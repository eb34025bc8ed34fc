import { EXPORT_FORMAT, STORE_VERSION } from './format';
import type { Draft, ExportFile } from './schemas';

/**
 * One draft as an export file, for the "download" offered when storage fails. It has the same format
 * as exportAll, so importing it later brings the draft back.
 */
export function draftToExportJson(draft: Draft, now: Date = new Date()): string {
  const file: ExportFile = { format: EXPORT_FORMAT, version: STORE_VERSION, exportedAt: now.toISOString(), drafts: [draft], audit: [] };
  return JSON.stringify(file, null, 2);
}
