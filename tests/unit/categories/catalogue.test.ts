import { describe, expect, it } from 'vitest';
import categoriesJson from '../../../lib/categories/catalogue/categories.json';
import enJson from '../../../lib/categories/catalogue/en.json';
import nlJson from '../../../lib/categories/catalogue/nl.json';
import { CATEGORIES, CatalogueSchema, getCategory, joinCatalogue } from '../../../lib/categories/catalogue';
import { categoriesOfEntry } from '../../../lib/categories/assign';
import { containsWord, normaliseText } from '../../../lib/categories/word-match';

/** Ids are stored in drafts and used as test hooks; this list may grow but never lose or rename an id. */
const STABLE_IDS = [
  'problems', 'medication', 'allergies', 'lab-results', 'imaging', 'pathology', 'procedures', 'letters',
  'treatment-history', 'care-plan', 'vital-signs', 'functional-status', 'social-history', 'advance-directives',
  'questionnaires', 'mental-health', 'dental-imaging', 'dental-models', 'periodontal-status',
  'sexual-health', 'addiction', 'genetics', 'hiv', 'abuse-violence',
];
const SENSITIVE = ['mental-health', 'sexual-health', 'addiction', 'genetics', 'hiv', 'abuse-violence'];

describe('catalogue', () => {
  it('validates against its schema', () => {
    expect(CatalogueSchema.safeParse(CATEGORIES).success).toBe(true);
  });

  it('is joined from one shared data file and one file per language, and refuses files that do not match', () => {
    const texts = { nl: nlJson, en: enJson };
    expect(joinCatalogue(categoriesJson, texts)).toEqual(CATEGORIES);
    const { hiv: _hiv, ...nlWithoutHiv } = nlJson;
    expect(() => joinCatalogue(categoriesJson, { nl: nlWithoutHiv, en: enJson })).toThrow(/"hiv".*nl\.json/);
    expect(() => joinCatalogue(categoriesJson, { ...texts, en: { ...enJson, 'x-ray-vision': enJson.imaging } })).toThrow(/x-ray-vision/);
    const withTypo = categoriesJson.map((c) => (c.id === 'imaging' ? { ...c, kinds: ['imagery'] } : c));
    expect(() => joinCatalogue(withTypo, texts)).toThrow();
    const twice = [...categoriesJson, categoriesJson[0]];
    expect(() => joinCatalogue(twice, texts)).toThrow(/unique/);
    expect(() => joinCatalogue(categoriesJson, { ...texts, en: { ...enJson, imaging: { ...enJson.imaging, label: '' } } })).toThrow();
  });

  it('has unique ids and keeps every stable id', () => {
    const ids = CATEGORIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of STABLE_IDS) expect(ids).toContain(id);
  });

  it('marks exactly the sensitive categories as sensitive', () => {
    expect(CATEGORIES.filter((c) => c.sensitive).map((c) => c.id).sort()).toEqual([...SENSITIVE].sort());
  });

  it('gives every category labels and descriptions in both languages and some way to find it', () => {
    for (const c of CATEGORIES) {
      expect(c.label.nl.length * c.label.en.length).toBeGreaterThan(0);
      expect(c.description.nl.length * c.description.en.length).toBeGreaterThan(0);
      expect(c.hints.kinds.length + c.hints.words.nl.length + c.hints.words.en.length).toBeGreaterThan(0);
    }
  });

  it('maps the IPS required sections and the core BgZ blocks', () => {
    expect(getCategory('problems')?.ips).toContain('Problem List');
    expect(getCategory('allergies')?.ips).toContain('Allergies and Intolerances');
    expect(getCategory('medication')?.ips).toContain('Medication Summary');
    expect(getCategory('medication')?.bgz).toContain('MedicatieGebruik');
    expect(getCategory('advance-directives')?.bgz).toEqual(expect.arrayContaining(['BehandelAanwijzing', 'Wilsverklaring']));
  });

  it('rejects duplicate ids, unknown kinds and unknown BgZ blocks', () => {
    const first = CATEGORIES[0]!;
    expect(CatalogueSchema.safeParse([first, first]).success).toBe(false);
    expect(CatalogueSchema.safeParse([{ ...first, hints: { ...first.hints, kinds: ['xray'] } }]).success).toBe(false);
    expect(CatalogueSchema.safeParse([{ ...first, bgz: ['Röntgen'] }]).success).toBe(false);
  });

  it('returns undefined for an unknown id', () => {
    expect(getCategory('whole-record')).toBeUndefined();
  });
});

describe('word matching', () => {
  const has = (text: string, word: string) => containsWord(normaliseText(text), word);
  it('matches short words only as whole words', () => {
    expect(has('CT-thorax 01-02-2026', 'CT')).toBe(true);
    expect(has('Telefonisch contact', 'CT')).toBe(false);
    expect(has('Please prepare the room', 'PrEP')).toBe(false);
    expect(has('Start PrEP', 'PrEP')).toBe(true);
    expect(has('Twee scans gemaakt', 'scan')).toBe(true);
  });
  it('matches long words inside Dutch compounds and ignores accents', () => {
    expect(has('Voorgesteld: knieprothese rechts', 'prothese')).toBe(true);
    expect(has('Rontgenfoto thorax', 'röntgen')).toBe(true);
  });
});

describe('entry assignment', () => {
  it('puts an HIV problem under problems and HIV', () => {
    expect(categoriesOfEntry({ id: 'p', kind: 'problem', text: 'HIV-infectie, sinds 2015' })).toEqual(['problems', 'hiv']);
  });
  it('splits dental entries by their words', () => {
    expect(categoriesOfEntry({ id: 'd', kind: 'dental', title: 'Bitewings', text: 'cariës 16' })).toEqual(['dental-imaging']);
    expect(categoriesOfEntry({ id: 'd', kind: 'dental', title: 'Parodontiumstatus', text: 'pocketdiepte 6 mm' })).toEqual(['periodontal-status']);
    expect(categoriesOfEntry({ id: 'd', kind: 'dental', title: 'Intra-orale scan', text: 'boven en onder' })).toEqual(['dental-models']);
  });
  it('finds treatment history inside a medication line, without calling a drug name mental-health data', () => {
    expect(categoriesOfEntry({ id: 'm', kind: 'medication', text: 'Sertraline 100 mg, gestopt wegens onvoldoende effect' })).toEqual([
      'medication',
      'treatment-history',
    ]);
  });
  it('assigns notes by their words only, and never to a record category of another kind', () => {
    expect(categoriesOfEntry({ id: 'n', kind: 'note', text: 'Patiënt belde over de parkeerplaats.' })).toEqual([]);
    // A note that discusses an MRI is not the MRI report; an entry of unknown kind still goes by its words.
    expect(categoriesOfEntry({ id: 'n', kind: 'note', text: 'MRI knie besproken.' })).toEqual([]);
    expect(categoriesOfEntry({ id: 'o', kind: 'other', text: 'MRI knie besproken.' })).toEqual(['imaging']);
    expect(categoriesOfEntry({ id: 'n', kind: 'note', text: 'Woont samen met partner, werkt als leraar.' })).toEqual(['social-history']);
  });
});
