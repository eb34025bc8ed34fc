import * as z from 'zod/mini';
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

/** A string of at most `max` characters. */
const text = (max: number) => z.string().check(z.maxLength(max));

export const ReferrerProfileSchema = z.object({
  name: text(200),
  role: text(200),
  agbCode: z.optional(text(20)),
  organisation: text(200),
  address: z.optional(text(400)),
  phone: z.optional(text(60)),
});
export type ReferrerProfile = z.infer<typeof ReferrerProfileSchema>;

export const RecipientSchema = z.object({
  name: z.optional(text(200)),
  organisation: z.optional(text(200)),
});
export type Recipient = z.infer<typeof RecipientSchema>;

/** A legal representative who asks on the patient's behalf (parent of a minor, guardian, mentor). */
export const RepresentativeSchema = z.object({
  name: z.optional(text(200)),
  /** In the letter language, e.g. "mother" / "moeder". */
  relation: text(100),
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
  id: z.string().check(z.minLength(1), z.maxLength(60)),
  label: text(200),
  sensitive: z.boolean(),
  consent: ConsentStateSchema,
  items: z.array(text(2000)).check(z.maxLength(500)),
  /** Page entries the category module assigned to this category; withheld ones are left out whatever their kind. */
  entryIds: z.optional(z.array(text(120)).check(z.maxLength(20_000))),
  /**
   * Not selected by the clinician, passed on only so its entries guard the letter (a sensitive
   * category the record holds). It is not listed among the withheld categories: nobody asked.
   */
  guardOnly: z.optional(z.boolean()),
});
export type EnclosedCategory = z.infer<typeof EnclosedCategorySchema>;

export const LetterInputSchema = z.object({
  lang: LetterLangSchema,
  today: IsoDateSchema,
  patient: z.nullable(PagePatientSchema),
  referrer: ReferrerProfileSchema,
  recipient: z.optional(RecipientSchema),
  urgency: z.optional(z.enum(['routine', 'urgent'])),
  question: QuestionTypeSchema,
  patientWords: z.array(text(2000)).check(z.maxLength(50)),
  entries: z.array(ClinicalEntrySchema).check(z.maxLength(20_000)),
  categories: z.array(EnclosedCategorySchema).check(z.maxLength(100)),
  reporting: ReportingSchema,
  gpName: z.optional(text(200)),
  representative: z.optional(RepresentativeSchema),
  /** The flag: a firm request, or a patient still weighing it. Absent reads as a request. */
  status: z.optional(z.enum(['requested', 'considering'])),
  /** The clinical field; picks the letter's template (dental, mental health, medical). */
  field: z.optional(z.enum(['somatic', 'gp', 'dental', 'mental-health'])),
  /** The clinician's pick among the question candidates found in the record (QuestionFocus.key). */
  focusKey: z.optional(text(600)),
  /**
   * Who said what: the patient's own words, and notes about the patient cited as notes. When absent,
   * `patientWords` are taken as the patient's own words.
   */
  voices: z.optional(
    z
      .array(
        z.object({
          text: text(2000),
          source: z.enum(['patient', 'note']),
          author: z.optional(text(200)),
          date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
        }),
      )
      .check(z.maxLength(50)),
  ),
});
export type LetterInput = z.infer<typeof LetterInputSchema>;

export const PlaceholderSchema = z.object({
  sectionId: z.string().check(z.minLength(1), z.maxLength(60)),
  /** What the clinician still has to fill in, in the letter language. */
  label: text(300),
});
export type Placeholder = z.infer<typeof PlaceholderSchema>;

export const LetterSchema = z.object({
  lang: LetterLangSchema,
  sections: z.array(LetterSectionSchema),
  placeholders: z.array(PlaceholderSchema),
});
export type Letter = z.infer<typeof LetterSchema>;
