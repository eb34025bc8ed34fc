import * as z from 'zod/mini';

/**
 * The typed protocol between content script, sidebar and background. Every message that crosses a
 * boundary is parsed with these schemas on arrival; anything that does not parse is dropped.
 * Shapes shared with the store and the exports are defined here once (z.infer gives the types).
 */

export const IdentifierSchema = z.object({
  system: z.enum(['bsn', 'mrn', 'practice', 'medplum', 'other']),
  value: z.string().check(z.minLength(1), z.maxLength(64)),
  label: z.optional(z.string().check(z.maxLength(64))),
});
export type Identifier = z.infer<typeof IdentifierSchema>;

export const IsoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const PagePatientSchema = z.object({
  name: z.string().check(z.maxLength(200)),
  birthDate: z.optional(IsoDateSchema),
  sex: z.optional(z.enum(['female', 'male', 'other', 'unknown'])),
  identifiers: z.array(IdentifierSchema).check(z.maxLength(20)),
  /** How sure the adapter is that this is the patient on screen. */
  confidence: z._default(z.enum(['certain', 'probable', 'unsure']), 'certain'),
  /** The patient's GP when the banner names one ("Huisarts: A. Kramer, …"); the letter sends the report there. */
  gp: z.optional(z.string().check(z.maxLength(200))),
});
export type PagePatient = z.infer<typeof PagePatientSchema>;

export const EntryKindSchema = z.enum([
  'message',
  'note',
  'letter',
  'problem',
  'medication',
  'allergy',
  'result',
  'imaging',
  'pathology',
  'procedure',
  'vital-sign',
  'questionnaire',
  'care-plan',
  'social-history',
  'advance-directive',
  'dental',
  'other',
]);
export type EntryKind = z.infer<typeof EntryKindSchema>;

/** A clinical entry as it travels from the page to the sidebar: plain text, never HTML. */
export const ClinicalEntrySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(120)),
  kind: EntryKindSchema,
  date: z.optional(IsoDateSchema),
  author: z.optional(z.string().check(z.maxLength(200))),
  title: z.optional(z.string().check(z.maxLength(300))),
  text: z.string().check(z.maxLength(200_000)),
  /** What the record says about the entry itself: a stopped or struck-through medication, an explicit "none known". */
  state: z.optional(z.enum(['stopped', 'none-known'])),
});
export type ClinicalEntry = z.infer<typeof ClinicalEntrySchema>;

export const DetectionStatusSchema = z.enum(['requested', 'considering', 'declined', 'completed', 'none']);
export type DetectionStatus = z.infer<typeof DetectionStatusSchema>;

export const EvidenceSchema = z.object({
  entryId: z.optional(z.string()),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  text: z.string().check(z.maxLength(2000)),
  status: DetectionStatusSchema,
  trigger: z.optional(z.string().check(z.maxLength(200))),
  cues: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20)),
  date: z.optional(IsoDateSchema),
  source: z.optional(z.string().check(z.maxLength(300))),
});
export type EvidenceRef = z.infer<typeof EvidenceSchema>;

export const PageWarningSchema = z.object({
  code: z.string().check(z.maxLength(60)),
  detail: z.optional(z.string().check(z.maxLength(300))),
});
export type PageWarning = z.infer<typeof PageWarningSchema>;

/** What the content script knows about the page, sent to the sidebar whenever it changes. */
export const SnapshotSchema = z.object({
  seq: z.int().check(z.nonnegative()),
  pageTitle: z.string().check(z.maxLength(300)),
  origin: z.string().check(z.maxLength(300)),
  adapter: z.string().check(z.maxLength(60)),
  /** The page's language: as the page states it, else guessed from its words (undefined: unclear). */
  lang: z.optional(z.enum(['nl', 'en'])),
  patient: z.nullable(PagePatientSchema),
  entries: z.array(ClinicalEntrySchema).check(z.maxLength(20_000)),
  status: DetectionStatusSchema,
  evidence: z.array(EvidenceSchema).check(z.maxLength(200)),
  warnings: z.array(PageWarningSchema).check(z.maxLength(50)),
  /** True while a long page is still being read; the sidebar shows progress instead of a verdict. */
  reading: z._default(z.boolean(), false),
  /** Fingerprint of the page state this snapshot was read on (address, title, banner, first entries). */
  pageState: z._default(z.string().check(z.maxLength(64)), ''),
  /** Set when the clinician confirmed the patient by hand: the page state the confirmation holds for. */
  confirmedOn: z.optional(z.string().check(z.maxLength(64))),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

// Content script -> sidebar (over the tab port)
export const ToSidebarSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snapshot'), snapshot: SnapshotSchema }),
]);
export type ToSidebar = z.infer<typeof ToSidebarSchema>;

// Sidebar -> content script (over the tab port)
export const ToContentSchema = z.discriminatedUnion('type', [
  // The sidebar proves it is the frame this content script mounted: the token reached it by a message
  // posted into that frame only, so a sidebar frame the page creates itself never gets page data.
  z.object({ type: z.literal('hello'), token: z.string().check(z.minLength(16), z.maxLength(100)) }),
  z.object({ type: z.literal('close-sidebar') }),
  z.object({ type: z.literal('resize-sidebar'), width: z.int().check(z.minimum(240), z.maximum(1200)) }),
  z.object({ type: z.literal('locate-entry'), entryId: z.string().check(z.maxLength(120)), start: z.optional(z.int()), end: z.optional(z.int()) }),
  // The page state the clinician saw when confirming: a confirmation never carries over to another one.
  z.object({ type: z.literal('confirm-patient'), patient: PagePatientSchema, pageState: z.string().check(z.maxLength(64)) }),
]);
export type ToContent = z.infer<typeof ToContentSchema>;

// Background <-> content script (runtime messages)
export const RuntimeMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('toggle-sidebar') }),
  z.object({ type: z.literal('get-shortcut') }),
  z.object({ type: z.literal('open-options') }),
]);
export type RuntimeMessage = z.infer<typeof RuntimeMessageSchema>;

// Sidebar -> background: the key a patient's drafts and dismissal are filed under. Only the background
// holds the per-install secret the key is made with (lib/portals/patient-key.ts).
export const PatientKeyRequestSchema = z.object({ type: z.literal('patient-key'), patient: PagePatientSchema });
export const PatientKeyReplySchema = z.object({ key: z.string().check(z.regex(/^pk_[0-9a-f]{64}$/)) });

/** Parse a message; undefined when it is not one of ours. Never throws. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, data: unknown): T | undefined {
  const result = z.safeParse(schema, data);
  return result.success ? result.data : undefined;
}

export { isOwnExtensionSender } from './sender';

// Content script <-> background over the 'reader' port. The portal's thread only reads: the content
// script posts what it read (entries in batches, then the read's end with its page state) and the
// background detects, combines and decides. Every message names the read (`scan`, rising per page):
// a verdict for any read but the newest is dropped on both sides.
const ScanSchema = z.int().check(z.nonnegative());
export const ReaderToHostSchema = z.discriminatedUnion('type', [
  // `full`: the read replaces every entry the background holds; otherwise it sends only changed ones.
  z.object({
    type: z.literal('read-start'),
    scan: ScanSchema,
    full: z.boolean(),
    lang: z.optional(z.enum(['nl', 'en'])),
    // Known when the read begins (a whole read, streamed while it is read): the background may then
    // answer a partial verdict as soon as the entries read so far hold evidence.
    pageState: z.optional(z.string().check(z.maxLength(64))),
  }),
  z.object({
    type: z.literal('read-entries'),
    scan: ScanSchema,
    entries: z.array(ClinicalEntrySchema).check(z.maxLength(5000)),
    // Each entry's place in page order, when the entries come in another order (newest first).
    positions: z.optional(z.array(z.int().check(z.nonnegative())).check(z.maxLength(5000))),
  }),
  // The ids of every entry on the page, in page order: entries not named here are gone.
  z.object({ type: z.literal('read-end'), scan: ScanSchema, pageState: z.string().check(z.maxLength(64)), order: z.array(z.string().check(z.maxLength(120))).check(z.maxLength(100_000)) }),
]);
export type ReaderToHost = z.infer<typeof ReaderToHostSchema>;

/** What the background decided for one read: the flag, its quotes, and which entries the sidebar gets. */
export const ReadVerdictSchema = z.object({
  type: z.literal('read-verdict'),
  scan: ScanSchema,
  pageState: z.string().check(z.maxLength(64)),
  status: DetectionStatusSchema,
  evidence: z.array(EvidenceSchema).check(z.maxLength(200)),
  /** Ids of the entries the sidebar gets, in page order (see lib/analysis/clip.ts). */
  keep: z.array(z.string().check(z.maxLength(120))).check(z.maxLength(20_000)),
  /** A verdict on the entries read so far, while the rest of a whole read is still coming. */
  partial: z.optional(z.boolean()),
});
export type ReadVerdict = z.infer<typeof ReadVerdictSchema>;

export const HostToReaderSchema = z.discriminatedUnion('type', [
  ReadVerdictSchema,
  // The background lacks entries the read refers to (it was restarted): post the whole read again.
  z.object({ type: z.literal('read-resend'), scan: ScanSchema }),
]);
export type HostToReader = z.infer<typeof HostToReaderSchema>;
