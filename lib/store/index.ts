/**
 * The drafts store: IndexedDB in the extension's own origin (never the portal's), zod-checked records,
 * revisions, an audit log, migrations, retention and export/import. The background hosts it
 * (serveStoreRequest); the sidebar and the options page reach it through createRemoteStore.
 */
export {
  AuditActionSchema,
  AuditEntrySchema,
  DraftSchema,
  DraftStatusSchema,
  DraftSummarySchema,
  ExportFileSchema,
  NewDraftSchema,
  PatientLabelSchema,
  RevisionSchema,
  STORE_VERSION,
  type AuditAction,
  type AuditEntry,
  type Draft,
  type DraftStatus,
  type DraftSummary,
  type ExportFile,
  type NewDraft,
  type PatientLabel,
  type Revision,
} from './schemas';
export { StoreError, type StoreErrorCode } from './errors';
export { openDraftStore, DEFAULT_MAX_REVISIONS, type DraftStore, type OpenDraftStoreOptions, type SaveResult } from './draft-store';
export type { ImportResult } from './transfer';
export { createAutosaver, type AutosaveStatus, type Autosaver } from './autosave';
export { DraftChangeSchema, type DraftChange } from './protocol';
export { serveStoreRequest } from './serve';
export { createRemoteStore, readDraftChange } from './remote';
export { draftToExportJson } from './export-json';
export { DEFAULT_DB_NAME } from './database';
