import * as z from 'zod/mini';
import { EvidenceSchema, IsoDateSchema } from '../messages';
import type { LetterSection } from '../draft-shapes';
import { DraftSchema, AuditEntrySchema, type AuditEntry, type Draft } from './schemas';

/**
 * Database version 1 kept the letter as one plain text (sections started with a `## Title` line) and
 * consent as a map from category id to answer, with the enclosed categories in a separate list.
 * Version 2 keeps structured letter sections and CategoryChoice[]. These schemas describe what version 1
 * wrote, so the upgrade can check each old record before converting it.
 */
export const V1DraftSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  patientKey: z.string().check(z.minLength(1), z.maxLength(128)),
  portal: z.string().check(z.maxLength(300)),
  patientName: z.string().check(z.maxLength(200)),
  birthDate: z.optional(IsoDateSchema),
  status: z.enum(['draft', 'ready', 'sent', 'archived']),
  lang: z.enum(['nl', 'en']),
  question: z.optional(z.enum(['diagnosis', 'treatment-options', 'stalled-treatment', 'surgery-indication', 'medication', 'prognosis', 'unknown'])),
  letterText: z.string().check(z.maxLength(200_000)),
  consents: z.record(z.string().check(z.minLength(1), z.maxLength(60)), z.enum(['given', 'refused', 'unknown'])),
  enclosed: z.array(z.string().check(z.minLength(1), z.maxLength(60))).check(z.maxLength(200)),
  selfReferred: z.optional(z.boolean()),
  informTreatingClinician: z.optional(z.enum(['given', 'refused', 'unknown'])),
  evidence: z.optional(z.array(EvidenceSchema).check(z.maxLength(200))),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type V1Draft = z.infer<typeof V1DraftSchema>;

export const V1AuditSchema = z.object({
  draftId: z.string().check(z.minLength(1), z.maxLength(100)),
  action: z.enum(['created', 'edited', 'exported', 'printed', 'copied', 'deleted']),
  categories: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(200)),
  at: z.iso.datetime({ offset: true }),
});

/** Headings the version 1 composer wrote, in both letter languages, and the section ids they became. */
const V1_HEADINGS: Record<string, string> = {
  aan: 'envelope',
  to: 'envelope',
  vraagstelling: 'question',
  question: 'question',
  'reden van verwijzing': 'reason',
  'reason for referral': 'reason',
  voorgeschiedenis: 'history',
  history: 'history',
  bevindingen: 'findings',
  findings: 'findings',
  behandeling: 'treatment',
  treatment: 'treatment',
  'wensen van de patiënt': 'patient-wishes',
  "patient's wishes": 'patient-wishes',
  samenvatting: 'summary',
  summary: 'summary',
  bijlagen: 'enclosures',
  enclosures: 'enclosures',
  afspraken: 'arrangements',
  arrangements: 'arrangements',
  afzender: 'author',
  author: 'author',
};

/** Splits a version 1 letter at its `## ` headings. Text before the first heading is kept as its own section. */
export function sectionsFromV1Text(text: string): LetterSection[] {
  const sections: LetterSection[] = [];
  const used = new Set<string>();
  let current: { title: string; lines: string[] } | null = null;
  const push = () => {
    if (!current) return;
    const body = current.lines.join('\n').trim();
    if (!current.title && !body) return;
    const known = V1_HEADINGS[current.title.trim().toLowerCase()];
    let id = known && !used.has(known) ? known : `legacy-${sections.length + 1}`;
    while (used.has(id)) id = `${id}-x`;
    used.add(id);
    // Every old section is the clinician's text now: regeneration must not overwrite it.
    sections.push({ id, title: current.title.trim(), text: body, edited: true });
  };
  for (const line of text.split(/\r?\n/)) {
    const heading = /^##\s+(.+)$/.exec(line);
    if (heading) {
      push();
      current = { title: heading[1]!, lines: [] };
    } else {
      current ??= { title: '', lines: [] };
      current.lines.push(line);
    }
  }
  push();
  return sections;
}

/** Converts one version 1 draft; throws (a ZodError) when the old record or the result does not fit. */
export function draftFromV1(raw: unknown): Draft {
  const old = V1DraftSchema.parse(raw);
  const ids = [...new Set([...Object.keys(old.consents), ...old.enclosed])];
  return DraftSchema.parse({
    id: old.id,
    patientKey: old.patientKey,
    portal: old.portal,
    patientLabel: { name: old.patientName, ...(old.birthDate ? { birthDate: old.birthDate } : {}) },
    status: old.status === 'sent' ? 'exported' : old.status,
    lang: old.lang,
    question: old.question ?? 'unknown',
    recipient: {},
    letter: { lang: old.lang, sections: sectionsFromV1Text(old.letterText), placeholders: [] },
    categories: ids.map((id) => ({ id, selected: old.enclosed.includes(id), consent: old.consents[id] ?? 'unknown' })),
    reporting: { selfReferred: old.selfReferred ?? false, informTreatingClinicianConsent: old.informTreatingClinician ?? 'unknown' },
    checklist: [],
    evidence: old.evidence ?? [],
    // Stored in UTC from now on, so the updatedAt index orders drafts by time.
    createdAt: new Date(old.createdAt).toISOString(),
    updatedAt: new Date(old.updatedAt).toISOString(),
    revision: 1,
  });
}

export function auditFromV1(raw: unknown): AuditEntry {
  const old = V1AuditSchema.parse(raw);
  return AuditEntrySchema.parse({ ...old, at: new Date(old.at).toISOString() });
}
