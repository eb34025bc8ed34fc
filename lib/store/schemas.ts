import { z } from 'zod';
import { EvidenceSchema, IsoDateSchema } from '../messages';
import { LetterLangSchema, LetterSchema, QuestionTypeSchema, RecipientSchema } from '../letter/schemas';
import { CategoryChoiceSchema, ChecklistItemSchema, ReportingSchema } from './shapes';

/**
 * The stored records. Every read from IndexedDB and every imported file goes through these schemas, so a
 * record written by an older build, a broken import or a damaged disk is caught instead of rendered.
 */

import { EXPORT_FORMAT, STORE_VERSION } from './format';

export { EXPORT_FORMAT, STORE_VERSION };

export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

export const DraftStatusSchema = z.enum(['draft', 'ready', 'exported', 'archived']);
export type DraftStatus = z.infer<typeof DraftStatusSchema>;

/** Only what the options page needs to find a draft again; the full patient stays on the portal. */
export const PatientLabelSchema = z.object({
  name: z.string().max(200),
  birthDate: z.optional(IsoDateSchema),
});
export type PatientLabel = z.infer<typeof PatientLabelSchema>;

export const DraftFieldSchema = z.enum(['somatic', 'gp', 'dental', 'mental-health']);

const draftContent = {
  /** Opaque hash of the patient's identifiers; never the identifiers themselves. */
  patientKey: z.string().min(1).max(128),
  /** Origin of the portal the draft was started on. */
  portal: z.string().max(300),
  patientLabel: PatientLabelSchema,
  status: DraftStatusSchema,
  lang: LetterLangSchema,
  question: QuestionTypeSchema.default('unknown'),
  /** The clinician's choice of clinical field; inferred from the record when absent. */
  field: DraftFieldSchema.optional(),
  recipient: RecipientSchema.default({}),
  /** The question candidate the clinician picked (QuestionFocus.key); the first found when absent. */
  focus: z.string().max(600).optional(),
  letter: LetterSchema,
  categories: z.array(CategoryChoiceSchema).max(200),
  reporting: ReportingSchema,
  checklist: z.array(ChecklistItemSchema).max(2000),
  evidence: z.array(EvidenceSchema).max(200),
  /** The clinician dismissed the flag for this patient. */
  dismissedFlag: z.boolean().optional(),
};

export const NewDraftSchema = z.object(draftContent);
export type NewDraft = z.input<typeof NewDraftSchema>;

export const DraftSchema = z.object({
  id: z.string().min(1).max(100),
  ...draftContent,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  /** Increases by one with every save; a save based on an older revision is refused. */
  revision: z.number().int().min(1),
});
export type Draft = z.infer<typeof DraftSchema>;

/** What the drafts list shows; kept in its own object store so listing never loads full letters. */
export const DraftSummarySchema = z.object({
  id: z.string().min(1).max(100),
  patientKey: z.string().min(1).max(128),
  portal: z.string().max(300),
  patientLabel: PatientLabelSchema,
  status: DraftStatusSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  revision: z.number().int().min(1),
});
export type DraftSummary = z.infer<typeof DraftSummarySchema>;

/** One saved version of a draft; earlier ones are kept when newer ones are saved (up to a maximum). */
export const RevisionSchema = z.object({
  draftId: z.string().min(1).max(100),
  revision: z.number().int().min(1),
  /** When this version was saved. */
  savedAt: IsoDateTimeSchema,
  draft: DraftSchema,
});
export type Revision = z.infer<typeof RevisionSchema>;

export const AuditActionSchema = z.enum(['created', 'edited', 'exported', 'printed', 'copied', 'deleted', 'imported', 'restored']);
export type AuditAction = z.infer<typeof AuditActionSchema>;

/** A visible record of what happened to a draft and which data categories left the sidebar (GUIDE section 3). */
export const AuditEntrySchema = z.object({
  draftId: z.string().min(1).max(100),
  action: AuditActionSchema,
  categories: z.array(z.string().max(60)).max(200),
  detail: z.string().max(500).optional(),
  at: IsoDateTimeSchema,
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const ExportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().min(1).max(STORE_VERSION),
  exportedAt: IsoDateTimeSchema,
  drafts: z.array(DraftSchema).max(100_000),
  revisions: z.array(RevisionSchema).max(1_000_000).optional(),
  audit: z.array(AuditEntrySchema).max(1_000_000),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

export function toSummary(draft: Draft): DraftSummary {
  return {
    id: draft.id,
    patientKey: draft.patientKey,
    portal: draft.portal,
    patientLabel: { ...draft.patientLabel },
    status: draft.status,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    revision: draft.revision,
  };
}
