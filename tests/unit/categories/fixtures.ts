import type { ClinicalEntry, PagePatient } from '../../../lib/messages';
import type { Field, SuggestContext } from '../../../lib/categories';
import type { QuestionType } from '../../../lib/letter/schemas';

/**
 * Invented second-opinion situations. Every name, number and date is fictional; BSNs pass the 11-check
 * but belong to no one.
 */
export const TODAY = '2026-11-20';

let seq = 0;
export function entry(kind: ClinicalEntry['kind'], text: string, extra: Partial<ClinicalEntry> = {}): ClinicalEntry {
  seq += 1;
  return { id: extra.id ?? `${kind}-${seq}`, kind, text, ...extra };
}

export function patient(name: string, birthDate: string, bsn = '628194821'): PagePatient {
  return { name, birthDate, identifiers: [{ system: 'bsn', value: bsn }], confidence: 'certain' };
}

export interface Scenario {
  name: string;
  ctx: SuggestContext;
  question: QuestionType;
  field: Field;
  suggested: string[];
  notSuggested: string[];
  optional?: string[];
  /** Fragments that must appear in the English reason of a category. */
  reasonEn?: Record<string, string>;
  reasonNl?: Record<string, string>;
}

function ctx(partial: Partial<SuggestContext> & Pick<SuggestContext, 'entries' | 'evidenceTexts'>): SuggestContext {
  return { patient: patient('Tessa Testpersoon', '1968-09-14'), adapterId: 'generic', today: TODAY, ...partial };
}

const kneeEntries = (): ClinicalEntry[] => [
  entry('problem', 'Gonartrose rechts', { date: '2026-06-01', id: 'knee-p1' }),
  entry('imaging', 'Verslag: mediale gewrichtsspleetversmalling, botoedeem.', { title: 'MRI knie rechts', date: '2026-09-15', id: 'knee-mri' }),
  entry('imaging', 'Artrose graad 3', { title: 'Röntgen knie rechts staand', date: '2025-03-01' }),
  entry('procedure', 'Meniscectomie mediaal', { title: 'Artroscopie knie rechts', date: '2022-04-12' }),
  entry('note', 'Fysiotherapie 12 weken gevolgd, onvoldoende effect op de pijn.', { date: '2026-05-02' }),
  entry('letter', 'Geachte collega, wij stellen een totale knieprothese rechts voor.', { title: 'Polibrief orthopedie', date: '2026-09-30' }),
  entry('medication', 'Paracetamol 1000 mg 3x/d', { date: '2026-09-30' }),
  entry('allergy', 'Geen allergieën bekend', { date: '2026-01-10' }),
  entry('result', 'Hb 8.4 mmol/l', { title: 'Hemoglobine', date: '2026-09-01' }),
  entry('vital-sign', 'BMI 31', { date: '2026-09-15' }),
];

export const SCENARIOS: Scenario[] = [
  {
    name: 'dental implants (field from the entries)',
    ctx: ctx({
      evidenceTexts: ['Ik wil eerst weten of implantaten echt de enige optie zijn.'],
      entries: [
        entry('problem', 'Partiële edentatie regio 36-37', { date: '2026-05-05' }),
        entry('dental', 'botverlies 40% regio 36', { title: 'OPG', date: '2026-06-10' }),
        entry('dental', 'pocketdiepte 5-6 mm in het onderfront', { title: 'Parodontiumstatus', date: '2026-07-03' }),
        entry('dental', 'Cariës 46 distaal', { title: 'Bitewings', date: '2026-07-03' }),
        entry('care-plan', 'Twee implantaten regio 36-37 met kroon', { title: 'Behandelplan', date: '2026-07-20' }),
        entry('medication', 'Omeprazol 20 mg 1x/d'),
        entry('allergy', 'Penicilline: huiduitslag'),
        entry('note', 'Patiënte belde over de offerte.', { date: '2026-07-25' }),
      ],
    }),
    question: 'treatment-options',
    field: 'dental',
    suggested: ['dental-imaging', 'periodontal-status', 'care-plan', 'medication', 'allergies'],
    notSuggested: ['imaging', 'lab-results', 'mental-health'],
    optional: ['dental-models'],
    reasonEn: {
      'dental-models': 'Not found in the record; usually needed for a dental second opinion',
      'dental-imaging': '2 entries in the record, newest: Bitewings of 03-07-2026; central to a dental second opinion',
      'care-plan': 'Behandelplan of 20-07-2026 in the record',
    },
  },
  {
    name: 'periodontitis that does not respond (dental portal)',
    ctx: ctx({
      adapterId: 'tandarts-portaal',
      evidenceTexts: ['Mijn tandvlees wordt steeds slechter, de behandeling helpt niet. Kan iemand anders kijken?'],
      entries: [
        entry('dental', 'DPSI 4 in alle sextanten, bloeding bij sonderen', { title: 'Parodontale status', date: '2026-02-01' }),
        entry('dental', 'DPSI 4, pocketdiepte tot 8 mm', { title: 'Parodontale herbeoordeling', date: '2026-08-01' }),
        entry('dental', 'horizontaal botverlies', { title: 'Röntgen bitewings', date: '2026-02-01' }),
        entry('dental', 'boven- en onderkaak', { title: 'Intra-orale scan', date: '2026-02-01' }),
        entry('note', 'Initiële parodontale behandeling afgerond, geen effect op pocketdiepte.', { date: '2026-08-01' }),
        entry('medication', 'Metformine 500 mg 2x/d'),
      ],
    }),
    question: 'stalled-treatment',
    field: 'dental',
    suggested: ['periodontal-status', 'dental-imaging', 'dental-models', 'treatment-history', 'medication'],
    notSuggested: ['imaging', 'letters', 'lab-results'],
    optional: ['care-plan', 'allergies'],
  },
  {
    name: 'treatment-resistant depression (mental-health portal)',
    ctx: ctx({
      adapterId: 'ggz-ecd',
      evidenceTexts: ['De behandeling slaat niet aan. Ik wil dat een andere psychiater meekijkt.'],
      entries: [
        entry('problem', 'Depressieve stoornis, recidiverend, ernstig', { date: '2024-03-01' }),
        entry('medication', 'Sertraline 150 mg, gestopt wegens onvoldoende effect', { date: '2025-01-10' }),
        entry('medication', 'Venlafaxine 225 mg 1x/d', { date: '2026-02-01' }),
        entry('questionnaire', 'PHQ-9 totaalscore 21', { title: 'ROM-meting', date: '2026-09-01' }),
        entry('letter', 'Intake: depressieve episode, geen psychotische kenmerken.', { title: 'Intakeverslag psychiater', date: '2024-03-15' }),
        entry('note', 'Cognitieve gedragstherapie 16 sessies, onvoldoende effect.', { date: '2025-06-01' }),
        entry('care-plan', 'Augmentatie met lithium overwegen; ECT bespreken.', { title: 'Behandelplan', date: '2026-09-10' }),
        entry('allergy', 'Geen bekende allergieën'),
        entry('imaging', 'Geen afwijkingen', { title: 'CT hersenen', date: '2019-05-05' }),
      ],
    }),
    question: 'stalled-treatment',
    field: 'mental-health',
    suggested: ['mental-health', 'treatment-history', 'questionnaires', 'care-plan', 'medication', 'letters'],
    notSuggested: ['imaging', 'dental-imaging', 'vital-signs'],
  },
  {
    name: 'knee replacement',
    ctx: ctx({
      adapterId: 'medplum',
      evidenceTexts: ['De orthopeed wil een knieprothese plaatsen, maar ik vraag me af of die operatie echt nodig is.'],
      entries: kneeEntries(),
    }),
    question: 'surgery-indication',
    field: 'somatic',
    suggested: ['imaging', 'procedures', 'letters', 'treatment-history', 'problems', 'medication', 'allergies'],
    notSuggested: ['pathology', 'questionnaires', 'mental-health', 'addiction'],
    optional: ['lab-results', 'vital-signs'],
    reasonEn: { imaging: '2 entries in the record, newest: MRI knie rechts of 15-09-2026; central to a surgery-indication question', procedures: 'relevant to a surgery-indication question' },
    reasonNl: { imaging: 'MRI knie rechts van 15-09-2026' },
  },
  {
    name: 'breast cancer: surgery first or chemotherapy first',
    ctx: ctx({
      evidenceTexts: ['Ik twijfel of ik eerst geopereerd moet worden of eerst chemotherapie moet krijgen.'],
      entries: [
        entry('problem', 'Mammacarcinoom links cT2N1', { date: '2026-08-20' }),
        entry('pathology', 'Invasief carcinoom NST, ER+ HER2-', { title: 'Histologisch biopt mamma links', date: '2026-08-18' }),
        entry('imaging', 'Laesie 3 cm links boven buiten', { title: 'Mammografie', date: '2026-08-10' }),
        entry('imaging', 'Geen multifocaliteit', { title: 'MRI mammae', date: '2026-08-25' }),
        entry('letter', 'MDO-advies: neoadjuvante chemotherapie, daarna borstsparende operatie.', { title: 'Brief MDO mamma', date: '2026-09-01' }),
        entry('care-plan', 'Eerst neoadjuvante chemotherapie, daarna operatie', { title: 'Behandelvoorstel', date: '2026-09-01' }),
        entry('result', 'Leukocyten 6.1', { date: '2026-08-20' }),
        entry('medication', 'Geen medicatie', { date: '2026-08-20' }),
        entry('allergy', 'Pleister', { date: '2026-08-20' }),
      ],
    }),
    question: 'treatment-options',
    field: 'somatic',
    suggested: ['pathology', 'imaging', 'care-plan', 'letters', 'problems'],
    notSuggested: ['vital-signs', 'genetics', 'questionnaires'],
    optional: ['lab-results'],
  },
  {
    name: 'unclear diagnosis: fatigue and many lab tests',
    ctx: ctx({
      evidenceTexts: ['Ik ben al een jaar moe en niemand weet wat ik heb. Klopt de diagnose CVS wel?'],
      entries: [
        entry('problem', 'Chronische vermoeidheid (CVS?)', { date: '2026-03-01' }),
        ...['Hb 8.9', 'TSH 2.1', 'Ferritine 45', 'CRP <1', 'BSE 6', 'Glucose 5.2', 'Vitamine B12 320', 'Kreatinine 71'].map((t, i) =>
          entry('result', t, { date: `2026-0${(i % 8) + 1}-15` }),
        ),
        entry('medication', 'Geen', { date: '2026-03-01' }),
        entry('vital-sign', 'Bloeddruk 118/76', { date: '2026-03-01' }),
      ],
    }),
    question: 'diagnosis',
    field: 'somatic',
    suggested: ['lab-results', 'problems', 'vital-signs', 'medication'],
    notSuggested: ['imaging', 'pathology', 'procedures'],
    optional: ['letters', 'allergies'],
    reasonEn: { 'lab-results': '8 entries in the record', letters: 'Not found in the record' },
  },
  {
    name: 'child with a representative: mother asks about an epilepsy diagnosis',
    ctx: ctx({
      patient: patient('Sam Voorbeeldkind', '2016-04-02', '111222333'),
      evidenceTexts: ['Als moeder wil ik een second opinion; ik twijfel aan de diagnose epilepsie van mijn dochter.'],
      entries: [
        entry('problem', 'Epilepsie, focaal', { date: '2026-04-01' }),
        entry('result', 'Interictale afwijkingen temporaal links', { title: 'EEG', date: '2026-03-20' }),
        entry('imaging', 'Geen structurele afwijkingen', { title: 'MRI hersenen', date: '2026-03-28' }),
        entry('medication', 'Levetiracetam 250 mg 2x/d', { date: '2026-04-01' }),
        entry('letter', 'Brief kinderneuroloog aan huisarts', { title: 'Polibrief kinderneurologie', date: '2026-04-05' }),
        entry('social-history', 'Groep 5 basisschool, woont bij moeder en broer.', { date: '2026-04-01' }),
        entry('allergy', 'Geen allergieën bekend'),
      ],
    }),
    question: 'diagnosis',
    field: 'somatic',
    suggested: ['lab-results', 'imaging', 'letters', 'problems', 'medication'],
    notSuggested: ['advance-directives', 'addiction', 'mental-health'],
    optional: ['social-history'],
  },
  {
    name: 'cardiac ablation',
    ctx: ctx({
      evidenceTexts: ['De cardioloog stelt een ablatie voor, maar is die ingreep nu echt nodig?'],
      entries: [
        entry('problem', 'Atriumfibrilleren, paroxysmaal', { date: '2025-11-01' }),
        entry('result', 'Atriumfibrilleren, ventrikelfrequentie 110/min', { title: 'ECG', date: '2026-08-02' }),
        entry('imaging', 'LVEF 55%, linker atrium licht gedilateerd', { title: 'Echocardiografie', date: '2026-08-10' }),
        entry('procedure', 'Elektrische cardioversie, succesvol', { title: 'Cardioversie', date: '2025-12-12' }),
        entry('medication', 'Flecaïnide 100 mg 2x/d', { date: '2026-01-01' }),
        entry('medication', 'Apixaban 5 mg 2x/d', { date: '2026-01-01' }),
        entry('letter', 'Recidief AF ondanks flecaïnide.', { title: 'Polibrief cardiologie', date: '2026-09-01' }),
        entry('care-plan', 'Pulmonaalvene-isolatie (ablatie)', { title: 'Voorstel', date: '2026-09-01' }),
        entry('allergy', 'Jodium: urticaria'),
      ],
    }),
    question: 'surgery-indication',
    field: 'somatic',
    suggested: ['imaging', 'procedures', 'care-plan', 'letters', 'medication', 'allergies'],
    notSuggested: ['pathology', 'dental-imaging'],
    optional: ['lab-results'],
  },
  {
    name: 'back surgery',
    ctx: ctx({
      evidenceTexts: ['Ik wil weten of een rugoperatie echt nodig is.'],
      entries: [
        entry('problem', 'Lumbale hernia L4-L5 met radiculaire pijn links', { date: '2023-01-05' }),
        entry('imaging', 'HNP L4-L5 links', { title: 'MRI lumbale wervelkolom', date: '2023-01-10' }),
        entry('note', 'Fysiotherapie 3 maanden, geen effect. Loopafstand 200 meter.', { date: '2026-06-01' }),
        entry('questionnaire', 'NRS pijnscore 8', { title: 'Pijnscore', date: '2026-06-01' }),
        entry('medication', 'Naproxen 500 mg 2x/d', { date: '2026-06-01' }),
        entry('allergy', 'Geen allergieën bekend'),
      ],
    }),
    question: 'surgery-indication',
    field: 'somatic',
    suggested: ['imaging', 'treatment-history', 'functional-status', 'problems'],
    notSuggested: ['pathology', 'lab-results'],
    optional: ['questionnaires', 'letters'],
  },
  {
    name: 'GP patient with chronic pain (GP portal)',
    ctx: ctx({
      adapterId: 'huisarts-his',
      evidenceTexts: ['Niets helpt tegen de pijn; ik wil dat iemand anders ernaar kijkt.'],
      entries: [
        entry('problem', 'L03 Lage rugpijn zonder uitstraling', { date: '2023-02-01' }),
        entry('note', 'S: pijn onveranderd. O: geen neurologische uitval. E: chronische pijn. P: verwijzing pijnpoli.', { date: '2026-05-01' }),
        entry('medication', 'Tramadol 50 mg zo nodig', { date: '2026-05-01' }),
        entry('medication', 'Paracetamol 1000 mg 3x/d', { date: '2026-05-01' }),
        entry('letter', 'Injectie facetgewrichten, zonder effect.', { title: 'Brief pijnpoli', date: '2026-08-15' }),
        entry('social-history', 'Woont alleen, werkt niet sinds 2024.', { date: '2026-05-01' }),
      ],
    }),
    question: 'stalled-treatment',
    field: 'gp',
    suggested: ['letters', 'treatment-history', 'medication', 'problems'],
    notSuggested: ['imaging', 'mental-health'],
    optional: ['allergies', 'care-plan', 'social-history'],
    reasonEn: { allergies: 'Not found in the record; part of the basic data (BgZ/IPS) every referral carries' },
    reasonNl: { 'treatment-history': 'Brief pijnpoli van 15-08-2026 in het dossier; essentieel bij een vraag over een vastgelopen behandeling' },
  },
  {
    name: 'HIV patient: sensitive category suggested but not preselected',
    ctx: ctx({
      evidenceTexts: ['Ik twijfel of mijn hiv-remmers nog goed zijn, ik heb veel bijwerkingen.'],
      entries: [
        entry('problem', 'HIV-infectie', { date: '2015-06-01', id: 'hiv-p1' }),
        entry('problem', 'Hypertensie', { date: '2019-02-01' }),
        entry('medication', 'Biktarvy 1x/d', { date: '2024-01-01', id: 'hiv-m1' }),
        entry('medication', 'Amlodipine 5 mg', { date: '2024-01-01' }),
        entry('result', 'CD4 640, virale load niet detecteerbaar', { date: '2026-09-01', id: 'hiv-r1' }),
        entry('result', 'Kreatinine 88', { date: '2026-09-01' }),
        entry('allergy', 'Sulfonamiden: exantheem'),
      ],
    }),
    question: 'medication',
    field: 'somatic',
    suggested: ['hiv', 'medication', 'lab-results', 'problems', 'allergies'],
    notSuggested: ['imaging', 'mental-health', 'sexual-health'],
  },
  {
    name: 'genetic test result behind a preventive-surgery question',
    ctx: ctx({
      evidenceTexts: ['Nu ik BRCA-draagster ben: moet ik mij preventief laten opereren of zijn er andere mogelijkheden?'],
      entries: [
        entry('problem', 'Mammacarcinoom rechts, behandeld', { date: '2025-02-01' }),
        entry('result', 'Pathogene BRCA1-mutatie aangetoond', { title: 'DNA-onderzoek klinische genetica', date: '2026-06-01' }),
        entry('letter', 'Uitslaggesprek erfelijkheidsonderzoek', { title: 'Brief klinische genetica', date: '2026-06-15' }),
        entry('imaging', 'Geen afwijkingen', { title: 'MRI mammae', date: '2026-07-01' }),
        entry('medication', 'Tamoxifen 20 mg', { date: '2025-05-01' }),
        entry('allergy', 'Geen allergieën bekend'),
      ],
    }),
    question: 'treatment-options',
    field: 'somatic',
    suggested: ['genetics', 'imaging', 'letters', 'problems'],
    notSuggested: ['hiv', 'mental-health'],
    optional: ['care-plan'],
  },
  {
    name: 'addiction history in the record but irrelevant to a knee question',
    ctx: ctx({
      evidenceTexts: ['De orthopeed wil een knieprothese plaatsen, maar ik vraag me af of die operatie echt nodig is.'],
      entries: [
        ...kneeEntries(),
        entry('problem', 'Alcoholverslaving, in remissie', { date: '2015-03-01' }),
        entry('note', 'Traject verslavingszorg afgerond.', { date: '2016-01-01' }),
      ],
    }),
    question: 'surgery-indication',
    field: 'somatic',
    suggested: ['imaging', 'procedures', 'letters', 'treatment-history'],
    notSuggested: ['addiction', 'social-history'],
    reasonEn: { addiction: 'not linked to the question' },
  },
  {
    name: 'elderly patient with an advance directive and a hip question',
    ctx: ctx({
      patient: patient('Gerrit Grootvader', '1940-01-15', '222333444'),
      evidenceTexts: ['Mijn vader twijfelt of hij op zijn leeftijd nog een heupoperatie moet ondergaan.'],
      entries: [
        entry('problem', 'Coxartrose rechts', { date: '2026-05-01' }),
        entry('imaging', 'Ernstige coxartrose', { title: 'Röntgen bekken', date: '2026-05-01' }),
        entry('advance-directive', 'Niet reanimeren; geen IC-opname', { title: 'Behandelbeperking', date: '2024-10-01' }),
        entry('letter', 'Totale heupprothese besproken.', { title: 'Polibrief orthopedie', date: '2026-06-01' }),
        entry('medication', 'Acenocoumarol volgens schema', { date: '2026-06-01' }),
        entry('note', 'Loopt met rollator, ADL zelfstandig.', { date: '2026-06-01' }),
        entry('allergy', 'Geen allergieën bekend'),
      ],
    }),
    question: 'surgery-indication',
    field: 'somatic',
    suggested: ['advance-directives', 'imaging', 'functional-status', 'letters', 'medication'],
    notSuggested: ['mental-health', 'lab-results', 'procedures'],
  },
  {
    name: 'empty record',
    ctx: ctx({ evidenceTexts: [], entries: [] }),
    question: 'unknown',
    field: 'somatic',
    suggested: [],
    notSuggested: ['imaging', 'mental-health', 'hiv'],
    optional: ['problems', 'medication', 'allergies', 'letters'],
    reasonNl: { problems: 'Niet gevonden in het dossier' },
  },
  {
    name: 'English-language record',
    ctx: ctx({
      evidenceTexts: ['I doubt the diagnosis and would like another neurologist to look at my case.'],
      entries: [
        entry('problem', 'Multiple sclerosis, relapsing-remitting (suspected)', { date: '2026-02-01' }),
        entry('imaging', 'Two periventricular lesions', { title: 'MRI brain', date: '2026-01-20' }),
        entry('result', 'Oligoclonal bands negative', { title: 'CSF analysis', date: '2026-01-25' }),
        entry('letter', 'Dear colleague, we saw your patient in the neurology clinic.', { title: 'Neurology clinic letter', date: '2026-02-10' }),
        entry('medication', 'Vitamin D 800 IU daily', { date: '2026-02-10' }),
        entry('allergy', 'No known drug allergies', { date: '2026-02-10' }),
        entry('note', 'Lives with partner, works as a teacher.', { date: '2026-02-10' }),
      ],
    }),
    question: 'diagnosis',
    field: 'somatic',
    suggested: ['imaging', 'lab-results', 'letters', 'problems'],
    notSuggested: ['procedures', 'mental-health'],
    optional: ['social-history'],
    reasonEn: { imaging: 'MRI brain of 20-01-2026 in the record; relevant to a question about the diagnosis' },
  },
  {
    name: 'the user overrides question and field',
    ctx: ctx({
      question: 'prognosis',
      field: 'gp',
      evidenceTexts: ['De orthopeed wil een knieprothese plaatsen, maar ik vraag me af of die operatie echt nodig is.'],
      entries: kneeEntries(),
    }),
    question: 'prognosis',
    field: 'gp',
    suggested: ['imaging', 'letters', 'treatment-history'],
    notSuggested: ['pathology'],
    optional: ['procedures'],
  },
  {
    name: 'an old depression on a somatic record does not ride along with a knee question',
    ctx: ctx({
      evidenceTexts: ['Is een knieoperatie wel nodig?'],
      entries: [...kneeEntries(), entry('problem', 'Depressie, hersteld', { date: '2012-01-01' })],
    }),
    question: 'surgery-indication',
    field: 'somatic',
    suggested: ['imaging'],
    notSuggested: ['mental-health'],
  },
];
