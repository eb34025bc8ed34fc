import * as z from 'zod/mini';
import { EntryKindSchema, type EntryKind } from '../messages';
import categoriesJson from './catalogue/categories.json';
import enJson from './catalogue/en.json';
import nlJson from './catalogue/nl.json';

/**
 * The data categories a second-opinion request can carry. The data lives in `catalogue/`: one file for
 * what every language shares (id, BgZ blocks, IPS sections, sensitivity, entry kinds) and one per
 * language (label, description, words). They are joined and checked against the schemas below when this
 * module loads: a typo in a data file (an unknown entry kind, a BgZ block that does not exist, a
 * category one language lacks) fails every test instead of silently suggesting nothing in the sidebar.
 *
 * Built on the Dutch Basisgegevensset Zorg (BgZ 2017, the set a referrer sends along with a referral)
 * and the HL7 International Patient Summary (IPS) sections, plus what second opinions need beyond both
 * (imaging with reports, pathology, specialist letters, treatment history and its effect, questionnaires,
 * dental records) — GUIDE section 3. Ids are stored in drafts and used by the sidebar's test hooks:
 * never rename one; add new ids instead.
 *
 * Words are matched case- and accent-insensitively (see word-match.ts): words shorter than 6 letters only
 * as a whole word (plural allowed), longer ones anywhere, because Dutch glues words together
 * ("knieprothese", "alcoholmisbruik") while "CT", "HIV" or "PrEP" inside another word means nothing.
 * Keep words specific: a note is assigned to every category whose words it contains.
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

const Text = z.string().check(z.minLength(1), z.maxLength(300));
const Bilingual = z.object({ nl: Text, en: Text });
const WordList = z.array(z.string().check(z.minLength(2), z.maxLength(60))).check(z.maxLength(60));
const IdSchema = z.string().check(z.regex(/^[a-z][a-z0-9-]{1,59}$/));

export const CategorySchema = z.object({
  /** Stable id: stored in drafts and used as the sidebar's `data-category`. Never rename. */
  id: IdSchema,
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

const uniqueIds = (list: ReadonlyArray<{ id: string }>) => new Set(list.map((c) => c.id)).size === list.length;

export const CatalogueSchema = z
  .array(CategorySchema)
  .check(z.minLength(1), z.refine(uniqueIds, { message: 'category ids must be unique' }));

/** `catalogue/categories.json`: what every language shares. A `note` says why an entry is as it is. */
export const CatalogueStructureSchema = z.array(z.looseObject({ id: IdSchema, note: z.optional(z.string()) }));

/** `catalogue/<lang>.json`: per category id, the texts in that language. */
export const CatalogueTextsSchema = z.record(IdSchema, z.object({ label: Text, description: Text, words: WordList }));
export type CatalogueTexts = z.infer<typeof CatalogueTextsSchema>;

/**
 * Joins the shared file and the language files into categories and checks the result. Throws, naming
 * the category, when a language file lacks one or has one the shared file does not know.
 */
export function joinCatalogue(structureData: unknown, textData: { nl: unknown; en: unknown }): Category[] {
  const structure = CatalogueStructureSchema.parse(structureData);
  const texts = { nl: CatalogueTextsSchema.parse(textData.nl), en: CatalogueTextsSchema.parse(textData.en) };
  const ids = new Set(structure.map((c) => c.id));
  for (const lang of ['nl', 'en'] as const) {
    const stray = Object.keys(texts[lang]).find((id) => !ids.has(id));
    if (stray) throw new Error(`catalogue/${lang}.json has category "${stray}", which categories.json lacks`);
  }
  const joined = structure.map(({ id, note: _note, kinds, ...shared }) => {
    const nl = texts.nl[id];
    const en = texts.en[id];
    if (!nl || !en) throw new Error(`category "${id}" has no texts in catalogue/${nl ? 'en' : 'nl'}.json`);
    return {
      id,
      ...shared,
      label: { nl: nl.label, en: en.label },
      description: { nl: nl.description, en: en.description },
      hints: { kinds, words: { nl: nl.words, en: en.words } },
    };
  });
  return CatalogueSchema.parse(joined);
}

export const CATEGORIES: readonly Category[] = Object.freeze(joinCatalogue(categoriesJson, { nl: nlJson, en: enJson }));

const BY_ID = new Map(CATEGORIES.map((c) => [c.id, c]));

export function getCategory(id: string): Category | undefined {
  return BY_ID.get(id);
}
