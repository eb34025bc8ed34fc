import type { ClinicalEntry } from '../../../lib/messages';
import type { EnclosedCategory, LetterInput, LetterLang, ReferrerProfile } from '../../../lib/letter';

/**
 * Invented second-opinion situations for the golden letters. Every name, number and organisation is
 * fictional; the BSNs pass the 11-check but belong to no one.
 */
export interface Scenario {
  name: string;
  build: (lang: LetterLang) => LetterInput;
  /** Texts that must never appear in any export of this scenario (withheld data). */
  forbidden?: string[];
}

const TODAY = '2025-06-02';

function say(lang: LetterLang) {
  return (nl: string, en: string) => (lang === 'nl' ? nl : en);
}

function entry(id: string, kind: ClinicalEntry['kind'], text: string, extra: Partial<ClinicalEntry> = {}): ClinicalEntry {
  return { id, kind, text, ...extra };
}

function category(
  id: string,
  label: string,
  items: string[],
  consent: EnclosedCategory['consent'] = 'given',
  sensitive = false,
): EnclosedCategory {
  return { id, label, items, consent, sensitive };
}

const gp = (lang: LetterLang): ReferrerProfile => ({
  name: 'Dr. F. Fictief',
  role: say(lang)('huisarts', 'general practitioner'),
  agbCode: '01999901',
  organisation: 'Huisartsenpraktijk De Verzonnen Linde',
  address: 'Denkbeeldlaan 1, 9999 ZZ Nergenshuizen',
  phone: '0000-000001',
});

const dentalImplants: Scenario = {
  name: 'dental-implants',
  build: (lang) => {
    const t = say(lang);
    return {
      lang,
      today: TODAY,
      patient: {
        name: 'Tessa Testpersoon',
        birthDate: '1968-09-14',
        sex: 'female',
        identifiers: [{ system: 'bsn', value: '628194821' }],
        confidence: 'certain',
      },
      referrer: {
        name: 'T. Tandvoorbeeld',
        role: t('tandarts', 'dentist'),
        agbCode: '12999902',
        organisation: 'Tandartspraktijk Kiesvoorbeeld',
        phone: '0000-000002',
      },
      recipient: { organisation: t('Centrum voor Bijzondere Tandheelkunde Verzonnenstad', 'Centre for Special Dentistry Verzonnenstad') },
      question: 'treatment-options',
      patientWords: [t('Ik wil eerst weten of implantaten echt de enige optie zijn.', 'I first want to know whether implants really are the only option.')],
      entries: [
        entry('p1', 'problem', t('Partiële edentatie regio 36-37', 'Partial edentulism region 36-37'), { date: '2024-11-05' }),
        entry('d1', 'dental', t('botverlies 40% regio 36', 'bone loss 40% region 36'), { date: '2025-01-10', title: 'OPG' }),
        entry('d2', 'dental', t('pocketdiepte 5-6 mm in het onderfront', 'pocket depth 5-6 mm in the lower front'), { date: '2025-02-03', title: t('Parodontaal status', 'Periodontal chart') }),
        entry('c1', 'care-plan', t('twee implantaten regio 36-37 met kroon', 'two implants region 36-37 with crowns'), { date: '2025-02-20', title: t('Behandelplan', 'Treatment plan') }),
        entry('m1', 'medication', 'Omeprazol 20 mg 1x/d'),
        entry('a1', 'allergy', t('Penicilline: huiduitslag', 'Penicillin: rash')),
        entry('n1', 'note', t('Patiënte belde over de offerte.', 'Patient called about the quote.')),
      ],
      categories: [
        category('dental-imaging', t("Röntgenfoto's", 'Dental X-rays'), ['OPG 10-01-2025', t('Bitewings 03-02-2025', 'Bitewings 03-02-2025')]),
        category('dental-models', t('Gebitsmodellen en intra-orale scans', 'Dental models and intra-oral scans'), [t('Intra-orale scan 20-02-2025', 'Intra-oral scan 20-02-2025')]),
        category('periodontal-status', t('Parodontale status', 'Periodontal status'), []),
        category('care-plan', t('Zorgdoel en behandelplan', 'Care goal and treatment plan'), [t('Behandelplan 20-02-2025', 'Treatment plan 20-02-2025')]),
        category('problems', t('Problemen', 'Problems'), []),
        category('medication', t('Medicatie', 'Medication'), []),
        category('allergies', t('Allergieën', 'Allergies'), []),
      ],
      reporting: { selfReferred: false, informTreatingClinicianConsent: 'unknown' },
      gpName: 'Dr. F. Fictief',
    };
  },
};

const resistantDepression: Scenario = {
  name: 'treatment-resistant-depression',
  build: (lang) => {
    const t = say(lang);
    return {
      lang,
      today: TODAY,
      patient: {
        name: 'Mark Modelman',
        birthDate: '1979-02-28',
        sex: 'male',
        identifiers: [{ system: 'bsn', value: '252760189' }, { system: 'mrn', value: 'GGZ-00042' }],
        confidence: 'certain',
      },
      referrer: {
        name: 'Dr. P. Proefpersoon',
        role: t('psychiater', 'psychiatrist'),
        agbCode: '03999903',
        organisation: 'GGZ Voorbeeldregio',
        address: 'Fictieweg 12, 9999 YY Verzonnenstad',
      },
      recipient: { name: 'Prof. dr. S. Secundus', organisation: t('Expertisecentrum Stemmingsstoornissen (fictief)', 'Mood Disorders Expertise Centre (fictional)') },
      question: 'stalled-treatment',
      patientWords: [
        t('Ik wil graag dat een andere psychiater meekijkt, want niets lijkt te helpen.', 'I would like another psychiatrist to look at this, because nothing seems to help.'),
        t('Mijn vrouw wil graag mee naar het gesprek.', 'My wife would like to come along to the consultation.'),
      ],
      entries: [
        entry('p1', 'problem', t('Depressieve stoornis, recidiverend, ernstig', 'Major depressive disorder, recurrent, severe'), { date: '2022-04-01' }),
        entry('p2', 'problem', t('Slaapproblemen', 'Insomnia'), { date: '2021-10-12' }),
        entry('m1', 'medication', 'Nortriptyline 75 mg 1x/d', { date: '2024-09-01' }),
        entry('m2', 'medication', 'Quetiapine 50 mg a.n.', { date: '2025-01-15' }),
        entry('q1', 'questionnaire', t('totaalscore 38 (ernstig)', 'total score 38 (severe)'), { date: '2025-05-06', title: 'MADRS' }),
        entry('r1', 'result', t('nortriptylinespiegel 110 µg/l (therapeutisch)', 'nortriptyline level 110 µg/l (therapeutic)'), { date: '2025-02-10', title: t('Spiegel', 'Drug level') }),
      ],
      categories: [
        category('problems', t('Problemen', 'Problems'), []),
        category('medication', t('Medicatie', 'Medication'), []),
        category('mental-health', t('Psychisch functioneren en eerdere diagnostiek', 'Mental health and earlier assessments'), [
          t('Psychiatrisch onderzoek 04-2022', 'Psychiatric assessment 04-2022'),
          t('Psychodiagnostisch onderzoek 11-2023', 'Psychodiagnostic assessment 11-2023'),
        ], 'given', true),
        category('treatment-history', t('Eerdere behandelingen en effect', 'Earlier treatments and their effect'), [
          t('Stap 1: sertraline 50-200 mg (2022), onvoldoende effect', 'Step 1: sertraline 50-200 mg (2022), insufficient effect'),
          t('Stap 2: venlafaxine tot 225 mg (2023), bijwerkingen', 'Step 2: venlafaxine up to 225 mg (2023), side effects'),
          t('Stap 3: nortriptyline op spiegel (2024-heden), partiële respons', 'Step 3: nortriptyline at therapeutic level (2024-present), partial response'),
          t('CGT, 16 sessies (2023)', 'CBT, 16 sessions (2023)'),
        ]),
        category('questionnaires', t('Vragenlijsten', 'Questionnaires'), ['MADRS 06-05-2025']),
        category('lab-results', t('Laboratoriumuitslagen', 'Lab results'), []),
      ],
      reporting: { selfReferred: false, informTreatingClinicianConsent: 'unknown' },
      gpName: 'Dr. F. Fictief',
    };
  },
};

const kneeSurgery: Scenario = {
  name: 'knee-replacement-indication',
  build: (lang) => {
    const t = say(lang);
    return {
      lang,
      today: TODAY,
      patient: {
        name: 'Gerrit Gefingeerd',
        birthDate: '1953-06-03',
        sex: 'male',
        identifiers: [{ system: 'bsn', value: '507529170' }],
        confidence: 'certain',
      },
      referrer: gp(lang),
      recipient: { name: 'Dr. O. Orthovoorbeeld', organisation: t('Orthopedie, Ziekenhuis Nergenshuizen', 'Orthopaedics, Nergenshuizen Hospital') },
      question: 'surgery-indication',
      patientWords: [t('De orthopeed wil een nieuwe knie, maar ik twijfel of dat nu al moet.', 'The orthopaedic surgeon wants a new knee, but I doubt whether it is needed already.')],
      entries: [
        entry('p1', 'problem', t('Gonartrose rechts', 'Osteoarthritis of the right knee'), { date: '2019-05-20' }),
        entry('p2', 'problem', t('Diabetes mellitus type 2', 'Type 2 diabetes mellitus'), { date: '2012-03-01' }),
        entry('i1', 'imaging', t('gewrichtsspleetversmalling mediaal, osteofyten', 'medial joint space narrowing, osteophytes'), { date: '2025-03-18', title: t('X-knie rechts', 'X-ray right knee') }),
        entry('v1', 'vital-sign', 'BMI 31', { date: '2025-03-18' }),
        entry('m1', 'medication', 'Metformine 500 mg 2x/d'),
        entry('m2', 'medication', 'Paracetamol 1000 mg 3x/d'),
        entry('pr1', 'procedure', t('Artroscopie knie rechts', 'Arthroscopy right knee'), { date: '2020-09-14' }),
        entry('c1', 'care-plan', t('fysiotherapie 12 weken, matig effect', 'physiotherapy 12 weeks, moderate effect'), { date: '2024-10-01', title: t('Fysiotherapie', 'Physiotherapy') }),
      ],
      categories: [
        category('problems', t('Problemen', 'Problems'), []),
        category('medication', t('Medicatie', 'Medication'), []),
        category('allergies', t('Allergieën', 'Allergies'), []),
        category('imaging', t('Beeldvorming met verslagen', 'Imaging with reports'), [t('X-knie rechts 18-03-2025 met verslag', 'X-ray right knee 18-03-2025 with report')]),
        category('procedures', t('Verrichtingen', 'Procedures'), []),
        category('vital-signs', t('Vitale functies', 'Vital signs'), []),
        category('care-plan', t('Behandelplan', 'Care plan'), []),
      ],
      reporting: { selfReferred: false, informTreatingClinicianConsent: 'unknown' },
      gpName: 'Dr. F. Fictief',
    };
  },
};

const cancerChoice: Scenario = {
  name: 'cancer-treatment-choice',
  build: (lang) => {
    const t = say(lang);
    return {
      lang,
      today: TODAY,
      urgency: 'urgent',
      patient: {
        name: 'Ingrid Imaginair',
        birthDate: '1962-12-01',
        sex: 'female',
        identifiers: [{ system: 'bsn', value: '121547280' }],
        confidence: 'certain',
      },
      referrer: {
        name: 'Dr. M. Mammavoorbeeld',
        role: t('chirurg-oncoloog', 'surgical oncologist'),
        agbCode: '01999904',
        organisation: 'Ziekenhuis Nergenshuizen',
      },
      recipient: { organisation: t('Verzonnen Kankerinstituut', 'Fictional Cancer Institute') },
      question: 'treatment-options',
      patientWords: [t('Ik wil weten of er naast opereren nog andere behandelingen zijn.', 'I want to know whether there are treatments other than surgery.')],
      entries: [
        entry('p1', 'problem', t('Mammacarcinoom links, cT2N1M0', 'Left breast carcinoma, cT2N1M0'), { date: '2025-04-22' }),
        entry('pa1', 'pathology', t('invasief carcinoom NST, graad 2, ER+ PR+ HER2-', 'invasive carcinoma NST, grade 2, ER+ PR+ HER2-'), { date: '2025-04-18', title: t('Biopt mamma links', 'Biopsy left breast') }),
        entry('i1', 'imaging', t('tumor 28 mm, verdachte okselklier', 'tumour 28 mm, suspicious axillary node'), { date: '2025-04-10', title: t('MRI mammae', 'Breast MRI') }),
        entry('l1', 'letter', t('Lange brieftekst over het MDO-advies', 'Long letter text about the MDT advice'), { date: '2025-04-25', title: t('MDO-verslag', 'MDT report') }),
        entry('m1', 'medication', 'Levothyroxine 75 µg 1x/d'),
        entry('a1', 'allergy', t('Geen bekende allergieën', 'No known allergies')),
      ],
      categories: [
        category('problems', t('Problemen', 'Problems'), []),
        category('medication', t('Medicatie', 'Medication'), []),
        category('allergies', t('Allergieën', 'Allergies'), []),
        category('pathology', t('Pathologie', 'Pathology'), [t('PA-verslag biopt 18-04-2025', 'Pathology report biopsy 18-04-2025')]),
        category('imaging', t('Beeldvorming met verslagen', 'Imaging with reports'), [t('MRI mammae 10-04-2025', 'Breast MRI 10-04-2025')]),
        category('letters', t('Specialistenbrieven', 'Specialist letters'), [t('MDO-verslag 25-04-2025', 'MDT report 25-04-2025')]),
      ],
      reporting: { selfReferred: false, informTreatingClinicianConsent: 'unknown' },
      gpName: 'Dr. H. Huisvoorbeeld',
    };
  },
};

const unclearMs: Scenario = {
  name: 'unclear-diagnosis-ms',
  build: (lang) => {
    const t = say(lang);
    return {
      lang,
      today: TODAY,
      patient: {
        name: 'Sanne Schijnbaar',
        sex: 'female',
        identifiers: [],
        confidence: 'unsure',
      },
      // The options page was never filled in: only a name.
      referrer: { name: 'Dr. N. Neurovoorbeeld', role: '', organisation: '' },
      question: 'diagnosis',
      patientWords: [t('Ze zeggen dat het misschien MS is, maar niemand weet het zeker.', 'They say it might be MS, but nobody knows for sure.')],
      entries: [
        entry('p1', 'problem', t('Verdenking multiple sclerose', 'Suspected multiple sclerosis'), { date: '2025-01-20' }),
        entry('p2', 'problem', t('Migraine', 'Migraine'), { date: '2015-06-01' }),
        entry('i1', 'imaging', t('twee periventriculaire witte-stoflaesies, geen aankleuring', 'two periventricular white matter lesions, no enhancement'), { date: '2025-01-08', title: t('MRI hersenen', 'MRI brain') }),
        entry('r1', 'result', t('geen oligoklonale banden', 'no oligoclonal bands'), { date: '2025-02-14', title: t('Liquor', 'CSF') }),
      ],
      categories: [
        category('problems', t('Problemen', 'Problems'), []),
        category('imaging', t('Beeldvorming met verslagen', 'Imaging with reports'), [t('MRI hersenen 08-01-2025 (beelden en verslag)', 'MRI brain 08-01-2025 (images and report)')]),
        category('lab-results', t('Laboratoriumuitslagen', 'Lab results'), []),
      ],
      reporting: { selfReferred: false, informTreatingClinicianConsent: 'unknown' },
    };
  },
};

const childWithParent: Scenario = {
  name: 'child-with-parent-representative',
  build: (lang) => {
    const t = say(lang);
    return {
      lang,
      today: TODAY,
      patient: {
        name: 'Noah Nepnaam',
        birthDate: '2016-01-15',
        sex: 'male',
        identifiers: [{ system: 'bsn', value: '385280841' }],
        confidence: 'certain',
      },
      referrer: {
        name: 'Dr. K. Kindvoorbeeld',
        role: t('kinderneuroloog', 'paediatric neurologist'),
        organisation: 'Ziekenhuis Nergenshuizen',
      },
      recipient: { organisation: t('Verzonnen Kinderziekenhuis, kinderneurologie', 'Fictional Children\'s Hospital, paediatric neurology') },
      question: 'medication',
      representative: { name: 'Lotte Nepnaam', relation: t('moeder', 'mother') },
      patientWords: [t('Wij willen als ouders weten of er een ander middel is met minder bijwerkingen.', 'As parents we want to know whether there is another drug with fewer side effects.')],
      entries: [
        entry('p1', 'problem', t('Epilepsie, focaal', 'Focal epilepsy'), { date: '2023-03-10' }),
        entry('m1', 'medication', 'Levetiracetam 250 mg 2x/d', { date: '2023-03-15' }),
        entry('r1', 'result', t('focale afwijkingen links temporaal', 'focal abnormalities left temporal'), { date: '2023-03-05', title: 'EEG' }),
      ],
      categories: [
        category('problems', t('Problemen', 'Problems'), []),
        category('medication', t('Medicatie', 'Medication'), []),
        category('allergies', t('Allergieën', 'Allergies'), []),
        category('lab-results', t('Uitslagen', 'Results'), []),
      ],
      reporting: { selfReferred: false, informTreatingClinicianConsent: 'unknown' },
      gpName: 'Dr. H. Huisvoorbeeld',
    };
  },
};

const selfReferralNoConsent: Scenario = {
  name: 'self-referral-no-consent-treating',
  build: (lang) => {
    const t = say(lang);
    return {
      lang,
      today: TODAY,
      patient: {
        name: 'Peter Pseudoniem',
        birthDate: '1985-07-07',
        sex: 'male',
        identifiers: [{ system: 'bsn', value: '353799075' }],
        confidence: 'certain',
      },
      referrer: gp(lang),
      question: 'prognosis',
      patientWords: [t('Ik wil zelf een tweede mening, zonder dat mijn cardioloog dat weet.', 'I want a second opinion myself, without my cardiologist knowing.')],
      entries: [
        entry('p1', 'problem', t('Hartfalen met verminderde ejectiefractie', 'Heart failure with reduced ejection fraction'), { date: '2024-08-30' }),
        entry('i1', 'imaging', t('LVEF 35%', 'LVEF 35%'), { date: '2025-02-01', title: t('Echo hart', 'Echocardiogram') }),
        entry('m1', 'medication', 'Sacubitril/valsartan 49/51 mg 2x/d'),
        entry('a1', 'allergy', t('Geen bekende allergieën', 'No known allergies')),
      ],
      categories: [
        category('problems', t('Problemen', 'Problems'), []),
        category('medication', t('Medicatie', 'Medication'), []),
        category('allergies', t('Allergieën', 'Allergies'), []),
        category('imaging', t('Beeldvorming met verslagen', 'Imaging with reports'), [t('Echo hart 01-02-2025', 'Echocardiogram 01-02-2025')]),
      ],
      reporting: { selfReferred: true, informTreatingClinicianConsent: 'refused' },
      gpName: 'Dr. F. Fictief',
    };
  },
};

/** HIV status, a mental-health history and the medication list are refused; none may leak anywhere. */
const refusedCategory: Scenario = {
  name: 'refused-category-left-out',
  forbidden: [
    'Dolutegravir',
    'HIV',
    'hiv-viral-load',
    'Paroxetine',
    'Psychose 2019',
    'Psychosis 2019',
    'Virale lading',
    'Viral load',
    'Bupropion',
  ],
  build: (lang) => {
    const t = say(lang);
    return {
      lang,
      today: TODAY,
      patient: {
        name: 'Robin Raadsel',
        birthDate: '1990-10-10',
        sex: 'other',
        identifiers: [{ system: 'bsn', value: '805888718' }],
        confidence: 'probable',
      },
      referrer: gp(lang),
      recipient: { name: 'Dr. D. Dermavoorbeeld' },
      question: 'unknown',
      patientWords: [
        t('Ik wil een second opinion over mijn huid.', 'I want a second opinion about my skin.'),
        // The patient mentions refused data in passing; the guard must drop this quote.
        t('Komt het door de Dolutegravir?', 'Is it because of the Dolutegravir?'),
      ],
      entries: [
        entry('p1', 'problem', t('Chronisch eczeem', 'Chronic eczema'), { date: '2023-05-05' }),
        entry('p2', 'problem', 'HIV', { date: '2018-02-02' }),
        entry('m1', 'medication', 'Dolutegravir 50 mg 1x/d'),
        entry('m2', 'medication', 'Paroxetine 20 mg 1x/d'),
        entry('r1', 'result', t('Virale lading < 50 kopieën/ml', 'Viral load < 50 copies/ml'), { date: '2025-01-01', title: 'hiv-viral-load' }),
        entry('r2', 'result', 'IgE 800 kU/l', { date: '2025-03-03', title: 'IgE' }),
        entry('a1', 'allergy', t('Nikkel', 'Nickel')),
      ],
      categories: [
        category('problems', t('Problemen', 'Problems'), [
          t('Chronisch eczeem', 'Chronic eczema'),
          // A shared list that repeats a refused item must not carry it in.
          t('Psychose 2019', 'Psychosis 2019'),
        ]),
        category('allergies', t('Allergieën', 'Allergies'), []),
        { ...category('hiv', 'HIV', ['hiv-viral-load 01-01-2025', 'Dolutegravir'], 'refused', true), entryIds: ['m1'] },
        category('mental-health', t('Psychisch functioneren', 'Mental health'), [t('Psychose 2019', 'Psychosis 2019'), 'Paroxetine', 'Bupropion'], 'refused', true),
        category('medication', t('Medicatie', 'Medication'), ['Dolutegravir', 'Paroxetine'], 'unknown'),
        // Results are shared, but the viral load result is also in the refused HIV category.
        category('lab-results', t('Laboratoriumuitslagen', 'Lab results'), ['IgE 03-03-2025', 'hiv-viral-load 01-01-2025']),
      ],
      reporting: { selfReferred: false, informTreatingClinicianConsent: 'unknown' },
      gpName: 'Dr. F. Fictief',
    };
  },
};

export const SCENARIOS: Scenario[] = [
  dentalImplants,
  resistantDepression,
  kneeSurgery,
  cancerChoice,
  unclearMs,
  childWithParent,
  selfReferralNoConsent,
  refusedCategory,
];
