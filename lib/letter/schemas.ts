import { z } from 'zod';
import { ClinicalEntrySchema, IsoDateSchema, PagePatientSchema } from '../messages';
import { ConsentStateSchema, LetterSectionSchema, ReportingSchema } from '../draft-shapes';

/**
 * The composer's input and output. The sidebar assembles a LetterInput from the page snapshot, the
 * options page and the category choices; the store keeps the Letter. One definition of each shape.
 */

export const LetterLangSchema = z.enum(['nl', 'en']);
export type LetterLang = z.infer<typeof LetterLangSchema>;

/** Section ids follow the headings of GUIDE section 3, in letter order. Stored drafts rely on them. */
export const SECTION_IDS = [
  'envelope',
  'question',
  'reason',
  'history',
  'findings',
  'treatment',
  'patient-wishes',
  'summary',
  'enclosures',
  'arrangements',
  'author',
] as const;
export const SectionIdSchema = z.enum(SECTION_IDS);
export type SectionId = z.infer<typeof SectionIdSchema>;

export const ReferrerProfileSchema = z.object({
  name: z.string().max(200),
  role: z.string().max(200),
  agbCode: z.string().max(20).optional(),
  organisation: z.string().max(200),
  address: z.string().max(400).optional(),
  phone: z.string().max(60).optional(),
});
export type ReferrerProfile = z.infer<typeof ReferrerProfileSchema>;

export const RecipientSchema = z.object({
  name: z.string().max(200).optional(),
  organisation: z.string().max(200).optional(),
});
export type Recipient = z.infer<typeof RecipientSchema>;

/** A legal representative who asks on the patient's behalf (parent of a minor, guardian, mentor). */
export const RepresentativeSchema = z.object({
  name: z.string().max(200).optional(),
  /** In the letter language, e.g. "mother" / "moeder". */
  relation: z.string().max(100),
});
export type Representative = z.infer<typeof RepresentativeSchema>;

export const QuestionTypeSchema = z.enum([
  'diagnosis',
  'treatment-options',
  'stalled-treatment',
  'surgery-indication',
  'medication',
  'prognosis',
  'unknown',
]);
export type QuestionType = z.infer<typeof QuestionTypeSchema>;

/** A category the clinician selected to send along; its label and items are already in the letter language. */
export const EnclosedCategorySchema = z.object({
  id: z.string().min(1).max(60),
  label: z.string().max(200),
  sensitive: z.boolean(),
  consent: ConsentStateSchema,
  items: z.array(z.string().max(2000)).max(500),
  /** Page entries the category module assigned to this category; withheld ones are left out whatever their kind. */
  entryIds: z.array(z.string().max(120)).max(20_000).optional(),
  /**
   * Not selected by the clinician, passed on only so its entries guard the letter (a sensitive
   * category the record holds). It is not listed among the withheld categories: nobody asked.
   */
  guardOnly: z.boolean().optional(),
});
export type EnclosedCategory = z.infer<typeof EnclosedCategorySchema>;

export const LetterInputSchema = z.object({
  lang: LetterLangSchema,
  today: IsoDateSchema,
  patient: z.nullable(PagePatientSchema),
  referrer: ReferrerProfileSchema,
  recipient: RecipientSchema.optional(),
  urgency: z.enum(['routine', 'urgent']).optional(),
  question: QuestionTypeSchema,
  patientWords: z.array(z.string().max(2000)).max(50),
  entries: z.array(ClinicalEntrySchema).max(20_000),
  categories: z.array(EnclosedCategorySchema).max(100),
  reporting: ReportingSchema,
  gpName: z.string().max(200).optional(),
  representative: RepresentativeSchema.optional(),
  /** The flag: a firm request, or a patient still weighing it. Absent reads as a request. */
  status: z.enum(['requested', 'considering']).optional(),
  /** The clinical field; picks the letter's template (dental, mental health, medical). */
  field: z.enum(['somatic', 'gp', 'dental', 'mental-health']).optional(),
  /** The clinician's pick among the question candidates found in the record (QuestionFocus.key). */
  focusKey: z.string().max(600).optional(),
  /**
   * Who said what: the patient's own words, and notes about the patient cited as notes. When absent,
   * `patientWords` are taken as the patient's own words.
   */
  voices: z
    .array(
      z.object({
        text: z.string().max(2000),
        source: z.enum(['patient', 'note']),
        author: z.string().max(200).optional(),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
      }),
    )
    .max(50)
    .optional(),
});
export type LetterInput = z.infer<typeof LetterInputSchema>;

export const PlaceholderSchema = z.object({
  sectionId: z.string().min(1).max(60),
  /** What the clinician still has to fill in, in the letter language. */
  label: z.string().max(300),
});
export type Placeholder = z.infer<typeof PlaceholderSchema>;

export const LetterSchema = z.object({
  lang: LetterLangSchema,
  sections: z.array(LetterSectionSchema),
  placeholders: z.array(PlaceholderSchema),
});
export type Letter = z.infer<typeof LetterSchema>;
