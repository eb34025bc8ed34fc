import * as z from 'zod/mini';
import { EvidenceSchema, IsoDateSchema } from './messages';

/**
 * Shapes that a draft is made of. The categories, letter and store modules all speak these, so the
 * sidebar, the IndexedDB records and the JSON export share one definition of each.
 */

export const ConsentStateSchema = z.enum(['given', 'refused', 'unknown']);
export type ConsentState = z.infer<typeof ConsentStateSchema>;

export const CategoryChoiceSchema = z.object({
  /** Catalogue id, e.g. `imaging`. */
  id: z.string().check(z.minLength(1), z.maxLength(60)),
  selected: z.boolean(),
  consent: ConsentStateSchema,
  /** Date the consent answer was recorded (YYYY-MM-DD). */
  consentDate: z.optional(IsoDateSchema),
});
export type CategoryChoice = z.infer<typeof CategoryChoiceSchema>;

export const ChecklistStateSchema = z.enum(['to-collect', 'collected', 'sent']);
export type ChecklistState = z.infer<typeof ChecklistStateSchema>;

export const ChecklistItemSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(160)),
  categoryId: z.string().check(z.minLength(1), z.maxLength(60)),
  label: z.string().check(z.maxLength(400)),
  /** Where the item can be found in the portal (section or entry title). */
  where: z.optional(z.string().check(z.maxLength(300))),
  date: z.optional(IsoDateSchema),
  state: ChecklistStateSchema,
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const LetterSectionSchema = z.object({
  /** Stable heading id, e.g. `question`, `history`, `enclosures`. */
  id: z.string().check(z.minLength(1), z.maxLength(60)),
  title: z.string().check(z.maxLength(200)),
  text: z.string().check(z.maxLength(100_000)),
  /** True once the clinician changed the text; regeneration leaves edited sections alone unless asked. */
  edited: z.boolean(),
});
export type LetterSection = z.infer<typeof LetterSectionSchema>;

/** Who receives the report and whether the treating clinician may be informed (GUIDE section 3). */
export const ReportingSchema = z.object({
  selfReferred: z.boolean(),
  informTreatingClinicianConsent: ConsentStateSchema,
});
export type Reporting = z.infer<typeof ReportingSchema>;

export const DraftEvidenceSchema = EvidenceSchema;
