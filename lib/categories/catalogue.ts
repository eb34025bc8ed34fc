import { z } from 'zod';
import { EntryKindSchema, type EntryKind } from '../messages';
import { CATALOGUE_DATA } from './catalogue-data';

/**
 * The category catalogue, checked against its schema when the module loads: a typo in the data file
 * (an unknown entry kind, a BgZ block that does not exist) fails every test instead of silently
 * suggesting nothing in the sidebar.
 */

/** BgZ 2017 building blocks (zibs) a category may map to. */
export const BGZ_BLOCKS = [
  'Patient', 'Betaler', 'BehandelAanwijzing', 'Wilsverklaring', 'Contactpersoon', 'FunctioneleOfMentaleStatus',
  'Probleem', 'Woonsituatie', 'AlcoholGebruik', 'DrugsGebruik', 'TabakGebruik', 'Voedingsadvies', 'Alert',
  'AllergieIntolerantie', 'MedicatieGebruik', 'MedicatieAfspraak', 'ToedieningsAfspraak', 'MedischHulpmiddel',
  'Vaccinatie', 'Bloeddruk', 'Lichaamsgewicht', 'Lichaamslengte', 'LaboratoriumUitslag', 'Verrichting',
  'Contact', 'Zorgverlener', 'Zorgaanbieder',
] as const;

/** HL7 International Patient Summary sections (required, recommended and optional). */
export const IPS_SECTIONS = [
  'Problem List', 'Allergies and Intolerances', 'Medication Summary', 'Immunizations', 'Results',
  'History of Procedures', 'Medical Devices', 'Vital Signs', 'History of Past Illness', 'Functional Status',
  'Plan of Care', 'Social History', 'History of Pregnancy', 'Advance Directives', 'Alerts', 'Patient Story',
] as const;

const Bilingual = z.object({ nl: z.string().min(1).max(300), en: z.string().min(1).max(300) });
const WordList = z.array(z.string().min(2).max(60)).max(60);

export const CategorySchema = z.object({
  /** Stable id: stored in drafts and used as the sidebar's `data-category`. Never rename. */
  id: z.string().regex(/^[a-z][a-z0-9-]{1,59}$/),
  label: Bilingual,
  description: Bilingual,
  bgz: z.array(z.enum(BGZ_BLOCKS)),
  ips: z.array(z.enum(IPS_SECTIONS)),
  sensitive: z.boolean(),
  hints: z.object({
    kinds: z.array(EntryKindSchema),
    words: z.object({ nl: WordList, en: WordList }),
  }),
});

/** Spelled out (not z.infer) so callers may build a Category with plain string arrays. */
export interface Category {
  id: string;
  label: { nl: string; en: string };
  description: { nl: string; en: string };
  bgz: string[];
  ips: string[];
  sensitive: boolean;
  hints: { kinds: EntryKind[]; words: { nl: string[]; en: string[] } };
}

export const CatalogueSchema = z
  .array(CategorySchema)
  .min(1)
  .refine((list) => new Set(list.map((c) => c.id)).size === list.length, { message: 'category ids must be unique' });

export const CATEGORIES: readonly Category[] = Object.freeze(CatalogueSchema.parse(CATALOGUE_DATA));

const BY_ID = new Map(CATEGORIES.map((c) => [c.id, c]));

export function getCategory(id: string): Category | undefined {
  return BY_ID.get(id);
}
