import * as z from 'zod/mini';
import { EvidenceSchema, IsoDateSchema } from '../messages';
import { LetterLangSchema, LetterSchema, QuestionTypeSchema, RecipientSchema } from '../letter/schemas';
import { CategoryChoiceSchema, ChecklistItemSchema, ReportingSchema } from '../draft-shapes';

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
  name: z.string().check(z.maxLength(200)),
  birthDate: z.optional(IsoDateSchema),
});
export type PatientLabel = z.infer<typeof PatientLabelSchema>;

export const DraftFieldSchema = z.enum(['somatic', 'gp', 'dental', 'mental-health']);

const draftContent = {
  /** HMAC of the patient's identifiers under the per-install secret (lib/portals/patient-key.ts): a filing key. The letter, label and evidence below do name the patient. */
  patientKey: z.string().check(z.minLength(1), z.maxLength(128)),
  /** Origin of the portal the draft was started on. */
  portal: z.string().check(z.maxLength(300)),
  patientLabel: PatientLabelSchema,
  status: DraftStatusSchema,
  lang: LetterLangSchema,
  question: z._default(QuestionTypeSchema, 'unknown'),
  /** The clinician's choice of clinical field; inferred from the record when absent. */
  field: z.optional(DraftFieldSchema),
  recipient: z._default(RecipientSchema, {}),
  /** The question candidate the clinician picked (QuestionFocus.key); the first found when absent. */
  focus: z.optional(z.string().check(z.maxLength(600))),
  letter: LetterSchema,
  categories: z.array(CategoryChoiceSchema).check(z.maxLength(200)),
  reporting: ReportingSchema,
  checklist: z.array(ChecklistItemSchema).check(z.maxLength(2000)),
  evidence: z.array(EvidenceSchema).check(z.maxLength(200)),
  /** The clinician dismissed the flag for this patient. */
  dismissedFlag: z.optional(z.boolean()),
  /**
   * Fingerprint of the page state the patient's identity was read or confirmed on when the draft was
   * started (lib/page-state.ts). Drafts from before it existed have none.
   */
  pageState: z.optional(z.string().check(z.maxLength(64))),
};

export const NewDraftSchema = z.object(draftContent);
export type NewDraft = z.input<typeof NewDraftSchema>;

export const DraftSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  ...draftContent,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  /** Increases by one with every save; a save based on an older revision is refused. */
  revision: z.int().check(z.minimum(1)),
});
export type Draft = z.infer<typeof DraftSchema>;

/**
 * What the drafts list shows: the draft's fields of the same names, kept in their own object store so
 * that listing never loads full letters.
 */
export const DraftSummarySchema = z.pick(DraftSchema, {
  id: true,
  patientKey: true,
  portal: true,
  patientLabel: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  revision: true,
});
export type DraftSummary = z.infer<typeof DraftSummarySchema>;

/** One saved version of a draft; earlier ones are kept when newer ones are saved (up to a maximum). */
export const RevisionSchema = z.object({
  draftId: z.string().check(z.minLength(1), z.maxLength(100)),
  revision: z.int().check(z.minimum(1)),
  /** When this version was saved. */
  savedAt: IsoDateTimeSchema,
  draft: DraftSchema,
});
export type Revision = z.infer<typeof RevisionSchema>;

export const AuditActionSchema = z.enum(['created', 'edited', 'exported', 'printed', 'copied', 'deleted', 'imported', 'restored']);
export type AuditAction = z.infer<typeof AuditActionSchema>;

/** A visible record of what happened to a draft and which data categories left the sidebar (GUIDE section 3). */
export const AuditEntrySchema = z.object({
  draftId: z.string().check(z.minLength(1), z.maxLength(100)),
  action: AuditActionSchema,
  categories: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(200)),
  detail: z.optional(z.string().check(z.maxLength(500))),
  at: IsoDateTimeSchema,
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const ExportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.int().check(z.minimum(1), z.maximum(STORE_VERSION)),
  exportedAt: IsoDateTimeSchema,
  drafts: z.array(DraftSchema).check(z.maxLength(100_000)),
  revisions: z.optional(z.array(RevisionSchema).check(z.maxLength(1_000_000))),
  audit: z.array(AuditEntrySchema).check(z.maxLength(1_000_000)),
  /** The per-install secret the drafts' patient keys were made with, so an import finds each patient's draft again. */
  patientKeySecret: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
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
