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
  /**
   * The profile is filled in and the record holds the facts: the letter leaves at most a handful of
   * placeholders (what only the referrer can know).
   */
  complete?: boolean;
}

const TODAY = '2025-06-02';

type Say = (nl: string, en: string) => string;

/** A scenario's input in each language, on the golden letters' date. */
function perLanguage(build: (t: Say, lang: LetterLang) => Omit<LetterInput, 'lang' | 'today'>): Scenario['build'] {
  return (lang) => ({ lang, today: TODAY, ...build(say(lang), lang) });
}

function say(lang: LetterLang): Say {
  return (nl, en) => (lang === 'nl' ? nl : en);
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

/** The problem list, medication and allergies, enclosed with consent and left for the record to fill. */
function coreCategories(t: Say): EnclosedCategory[] {
  return [
    category('problems', t('Problemen', 'Problems'), []),
    category('medication', t('Medicatie', 'Medication'), []),
    category('allergies', t('Allergieën', 'Allergies'), []),
  ];
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
  complete: true,
  build: perLanguage((t) => ({
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
    field: 'dental',
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
      ...coreCategories(t),
    ],
    reporting: { selfReferred: false, informTreatingClinicianConsent: 'unknown' },
    gpName: 'Dr. F. Fictief',
  })),
};

const resistantDepression: Scenario = {
  name: 'treatment-resistant-depression',
  complete: true,
  build: perLanguage((t) => ({
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
    field: 'mental-health',
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
  })),
};

const kneeSurgery: Scenario = {
  name: 'knee-replacement-indication',
  complete: true,
  build: perLanguage((t, lang) => ({
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
      ...coreCategories(t),
      category('imaging', t('Beeldvorming met verslagen', 'Imaging with reports'), [t('X-knie rechts 18-03-2025 met verslag', 'X-ray right knee 18-03-2025 with report')]),
      category('procedures', t('Verrichtingen', 'Procedures'), []),
      category('vital-signs', t('Vitale functies', 'Vital signs'), []),
      category('care-plan', t('Behandelplan', 'Care plan'), []),
    ],
    reporting: { selfReferred: false, informTreatingClinicianConsent: 'unknown' },
    gpName: 'Dr. F. Fictief',
  })),
};

const cancerChoice: Scenario = {
  name: 'cancer-treatment-choice',
  complete: true,
  build: perLanguage((t) => ({
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
      ...coreCategories(t),
      category('pathology', t('Pathologie', 'Pathology'), [t('PA-verslag biopt 18-04-2025', 'Pathology report biopsy 18-04-2025')]),
      category('imaging', t('Beeldvorming met verslagen', 'Imaging with reports'), [t('MRI mammae 10-04-2025', 'Breast MRI 10-04-2025')]),
      category('letters', t('Specialistenbrieven', 'Specialist letters'), [t('MDO-verslag 25-04-2025', 'MDT report 25-04-2025')]),
    ],
    reporting: { selfReferred: false, informTreatingClinicianConsent: 'unknown' },
    gpName: 'Dr. H. Huisvoorbeeld',
  })),
};

const unclearMs: Scenario = {
  name: 'unclear-diagnosis-ms',
  build: perLanguage((t) => ({
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
  })),
};

const childWithParent: Scenario = {
  name: 'child-with-parent-representative',
  complete: true,
  build: perLanguage((t) => ({
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
      ...coreCategories(t),
      category('lab-results', t('Uitslagen', 'Results'), []),
    ],
    reporting: { selfReferred: false, informTreatingClinicianConsent: 'unknown' },
    gpName: 'Dr. H. Huisvoorbeeld',
  })),
};

const selfReferralNoConsent: Scenario = {
  name: 'self-referral-no-consent-treating',
  complete: true,
  build: perLanguage((t, lang) => ({
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
      ...coreCategories(t),
      category('imaging', t('Beeldvorming met verslagen', 'Imaging with reports'), [t('Echo hart 01-02-2025', 'Echocardiogram 01-02-2025')]),
    ],
    reporting: { selfReferred: true, informTreatingClinicianConsent: 'refused' },
    gpName: 'Dr. F. Fictief',
  })),
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
  build: perLanguage((t, lang) => ({
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
  })),
};


/**
 * The knee on a GP journal: the referrer is the GP, the patient only considers a second opinion and
 * wants to talk it over at home first; an assistant's phone note is no quotation of the patient; the
 * journal's back-pain episode and cold are unrelated and stay out of the letter.
 */
const gpKneeConsidering: Scenario = {
  name: 'gp-knee-considering',
  complete: true,
  build: perLanguage((t, lang) => {
    const journal = [
      entry('j1', 'note', t(
        'S: Pijn rechterknie bij traplopen, startstijfheid, sinds het najaar geleidelijk erger geworden, vooral na het fietsen naar de volkstuin en bij het opstaan uit een lage stoel; hij loopt sinds kort met een stok buitenshuis en slaapt slechter door nachtelijke pijn in de knie. O: Crepitaties, drukpijn mediale gewrichtsspleet. E/ Artrose knie rechts. P/ Paracetamol 1 g 3dd, oefentherapie.',
        'S: Pain right knee on stairs, morning stiffness, gradually worse since the autumn, especially after cycling to the allotment and when getting up from a low chair; he has recently started using a stick outdoors and sleeps worse because of night pain in the knee. O: Crepitus, tenderness medial joint line. A: Osteoarthritis right knee. P: Paracetamol 1 g three times daily, exercise therapy.',
      ), { date: '2025-01-14', author: 'Dr. F. Fictief', title: 'ICPC L90' }),
      entry('j2', 'note', t(
        'S: Lage rugpijn na tillen, geen uitstraling. O: Paravertebrale spierspanning. E/ Aspecifieke lage rugpijn. P/ Uitleg, blijven bewegen.',
        'S: Low back pain after lifting, no radiation. O: Paravertebral muscle tension. A: Non-specific low back pain. P: Explanation, keep moving.',
      ), { date: '2025-02-03', author: 'Dr. F. Fictief', title: 'ICPC L03' }),
      entry('j3', 'note', t(
        'S: Sinds 3 dagen verkouden, keelpijn. O: Rode keel. E/ Bovenste luchtweginfectie. P/ Natuurlijk beloop afwachten.',
        'S: Cold for 3 days, sore throat. O: Red throat. A: Upper respiratory tract infection. P: Await natural course.',
      ), { date: '2025-02-20', author: 'Dr. F. Fictief', title: 'ICPC R74' }),
      entry('j4', 'note', t(
        'S: Intra-articulaire injectie knie rechts 10-03-2025 gaf effect 6 weken, nu weer pijn bij lopen, wandelafstand 500 m. Fysiotherapie 12 weken, matig effect. O: Hydrops +, flexie 100 graden. E/ Gonartrose rechts, KL-graad 4. P/ TKP rechts voorgesteld door orthopeed, patiënt twijfelt.',
        'S: Intra-articular injection right knee on 10-03-2025 gave relief for 6 weeks, now pain on walking again, walking distance 500 m. Physiotherapy 12 weeks, moderate effect. O: Effusion +, flexion 100 degrees. A: Osteoarthritis right knee, KL grade 4. P: TKR right proposed by the orthopaedic surgeon, patient hesitates.',
      ), { date: '2025-05-12', author: 'Dr. F. Fictief', title: 'ICPC L90' }),
      entry('j5', 'note', t(
        'Telefoon: patiënt belt, twijfelt over de knieoperatie en vraagt of een second opinion mogelijk is. Wil er eerst met zijn vrouw over praten.',
        'Phone: patient calls, is in two minds about the knee operation and asks whether a second opinion is possible. Wants to talk it over with his wife first.',
      ), { date: '2025-05-20', author: t('M. Moedig, doktersassistent', 'M. Moedig, practice assistant') }),
    ];
    return {
      patient: {
        name: 'Hendrik Hypothetisch',
        birthDate: '1950-04-12',
        sex: 'male',
        identifiers: [{ system: 'bsn', value: '100023757' }],
        confidence: 'certain',
        gp: 'Dr. F. Fictief',
      },
      referrer: gp(lang),
      recipient: { organisation: t('Orthopedie, Verzonnen UMC', 'Orthopaedics, Fictional University Medical Centre') },
      question: 'surgery-indication',
      status: 'considering',
      field: 'gp',
      patientWords: [],
      voices: [
        { text: t('Wil er eerst met zijn vrouw over praten.', 'Wants to talk it over with his wife first.'), source: 'note', author: t('M. Moedig, doktersassistent', 'M. Moedig, practice assistant'), date: '2025-05-20' },
      ],
      entries: [
        ...journal,
        entry('p1', 'problem', t('L90 Gonartrose rechts sinds 14-01-2025', 'L90 Osteoarthritis right knee since 14-01-2025'), { date: '2025-01-14' }),
        entry('p2', 'problem', t('K86 Hypertensie sinds 01-06-2015', 'K86 Hypertension since 01-06-2015'), { date: '2015-06-01' }),
        entry('m1', 'medication', t('Paracetamol tablet 1000 mg 3dd1 14-01-2025 F. Fictief', 'Paracetamol tablet 1000 mg three times daily 14-01-2025 F. Fictief'), { date: '2015-06-01' }),
        entry('m2', 'medication', t('Amlodipine tablet 5 mg 1dd1 01-06-2015 F. Fictief', 'Amlodipine tablet 5 mg once daily 01-06-2015 F. Fictief')),
        entry('a1', 'allergy', t('Geen bekende allergieën', 'No known allergies')),
        entry('i1', 'imaging', t('X-knie rechts: mediale gewrichtsspleet verdwenen, osteofyten, KL-graad 4.', 'X-ray right knee: medial joint space obliterated, osteophytes, KL grade 4.'), { date: '2025-04-02', title: t('X-knie rechts', 'X-ray right knee') }),
        entry('i2', 'imaging', t('15-09-2024 15-09-2024 X-thorax: geen afwijkingen.', '15-09-2024 15-09-2024 Chest X-ray: no abnormalities.'), { date: '2024-09-15' }),
      ],
      categories: [
        ...coreCategories(t),
        category('imaging', t('Beeldvorming met verslagen', 'Imaging with reports'), [t('X-knie rechts — 02-04-2025', 'X-ray right knee — 02-04-2025')]),
        // The category module placed every journal entry here; the letter keeps only the knee.
        { ...category('treatment-history', t('Eerdere behandelingen en effect', 'Earlier treatments and their effect'), []), entryIds: ['j1', 'j2', 'j3', 'j4'] },
        category('lab-results', t('Laboratoriumuitslagen', 'Lab results'), [], 'unknown'),
      ],
      reporting: { selfReferred: false, informTreatingClinicianConsent: 'unknown' },
      gpName: 'Dr. F. Fictief',
    };
  }),
};

/**
 * A treatment-resistant depression referred by the GP to the expertise centre the journal names:
 * the antidepressant switch, the CGT sessions, the PHQ-9 and suicidality come from the journal; the
 * back-pain episode and the cold do not belong; the GGZ letter is listed once.
 */
const gpDepression: Scenario = {
  name: 'gp-depression-expertise-centre',
  complete: true,
  build: perLanguage((t, lang) => ({
    patient: {
      name: 'Vera Verzinsel',
      birthDate: '1984-08-21',
      sex: 'female',
      identifiers: [{ system: 'bsn', value: '100039595' }],
      confidence: 'certain',
    },
    referrer: gp(lang),
    recipient: { organisation: 'Expertisecentrum Depressie' },
    question: 'stalled-treatment',
    status: 'requested',
    field: 'gp',
    patientWords: [],
    voices: [
      { text: t('Ik wil graag een second opinion bij het Expertisecentrum Depressie, want niets helpt.', 'I would like a second opinion at the Expertisecentrum Depressie, because nothing helps.'), source: 'patient', date: '2025-05-02' },
      { text: t('Mijn man wil graag mee naar het gesprek.', 'My husband would like to come along to the consultation.'), source: 'patient', date: '2025-05-02' },
    ],
    entries: [
      entry('j1', 'note', t(
        'S: Somber, slaapt slecht, geen plezier meer. PHQ-9 17. E/ Depressieve stoornis, matig. P/ Sertraline 50 mg 1dd, na 4 weken 100 mg. Verwijzing POH-GGZ.',
        'S: Low mood, poor sleep, no pleasure. PHQ-9 17. A: Depressive disorder, moderate. P: Sertraline 50 mg daily, 100 mg after 4 weeks. Referral to the practice mental-health nurse.',
      ), { date: '2024-03-04', author: 'Dr. F. Fictief', title: 'ICPC P76' }),
      entry('j2', 'note', t(
        'S: Rugpijn na verhuizing. E/ Lage rugpijn. P/ Paracetamol zo nodig.',
        'S: Back pain after moving house. A: Low back pain. P: Paracetamol as needed.',
      ), { date: '2024-06-10', author: 'Dr. F. Fictief', title: 'ICPC L03' }),
      entry('j3', 'note', t(
        'S: Na 12 weken sertraline 100 mg onvoldoende effect. P/ Overgezet op venlafaxine 75 mg, opgehoogd naar 150 mg.',
        'S: Insufficient effect after 12 weeks of sertraline 100 mg. P: Switched to venlafaxine 75 mg, increased to 150 mg.',
      ), { date: '2024-07-01', author: 'Dr. F. Fictief', title: 'ICPC P76' }),
      entry('j4', 'note', t(
        'S: Verkouden, hoest. E/ Bovenste luchtweginfectie.',
        'S: Cold, cough. A: Upper respiratory tract infection.',
      ), { date: '2024-11-18', author: 'Dr. F. Fictief', title: 'ICPC R74' }),
      entry('j5', 'note', t(
        'S: CGT bij GGZ afgerond, 20 sessies, weinig effect. Venlafaxine 150 mg sinds 5 maanden, stemming onveranderd. PHQ-9 19. Passieve doodswens, geen plannen. E/ Depressieve stoornis, recidiverend, ernstig, onvoldoende herstel. P/ Bespreekt second opinion.',
        'S: CBT at the mental-health service completed, 20 sessions, little effect. Venlafaxine 150 mg for 5 months, mood unchanged. PHQ-9 19. Passive death wish, no plans. A: Depressive disorder, recurrent, severe, insufficient recovery. P: Discusses a second opinion.',
      ), { date: '2025-04-28', author: 'Dr. F. Fictief', title: 'ICPC P76' }),
      entry('l1', 'letter', t(
        'Behandeling afgerond: cognitieve gedragstherapie, 20 sessies, beperkte respons. Advies: verwijzing voor second opinion.',
        'Treatment completed: cognitive behavioural therapy, 20 sessions, limited response. Advice: referral for a second opinion.',
      ), { date: '2025-03-15', title: t('Ontslagbrief GGZ Voorbeeldregio', 'Discharge letter GGZ Voorbeeldregio') }),
      entry('p1', 'problem', t('P76 Depressieve stoornis sinds 04-03-2024', 'P76 Depressive disorder since 04-03-2024'), { date: '2024-03-04' }),
      entry('p2', 'problem', t('T93 Hypothyreoïdie sinds 12-02-2019', 'T93 Hypothyroidism since 12-02-2019'), { date: '2019-02-12' }),
      entry('m1', 'medication', t('Venlafaxine capsule 150 mg 1dd1', 'Venlafaxine capsule 150 mg once daily'), { date: '2024-07-15' }),
      entry('m2', 'medication', t('Levothyroxine tablet 50 µg 1dd1', 'Levothyroxine tablet 50 µg once daily'), { date: '2019-02-12' }),
      entry('a1', 'allergy', t('Geen bekende allergieën', 'No known allergies')),
    ],
    categories: [
      ...coreCategories(t),
      { ...category('treatment-history', t('Eerdere behandelingen en effect', 'Earlier treatments and their effect'), []), entryIds: ['j1', 'j2', 'j3', 'j4', 'j5', 'l1'] },
      { ...category('letters', t('Specialistenbrieven', 'Specialist letters'), [t('Ontslagbrief GGZ Voorbeeldregio — 15-03-2025', 'Discharge letter GGZ Voorbeeldregio — 15-03-2025')]), entryIds: ['l1'] },
      { ...category('mental-health', t('Psychisch functioneren en eerdere diagnostiek', 'Mental health and earlier assessments'), [], 'given', true), entryIds: ['j1', 'j3', 'j5', 'l1'] },
      category('questionnaires', t('Vragenlijsten', 'Questionnaires'), ['PHQ-9 — 28-04-2025']),
      category('social-history', t('Sociale context en leefstijl', 'Social history and lifestyle'), [], 'refused'),
    ],
    reporting: { selfReferred: false, informTreatingClinicianConsent: 'unknown' },
    gpName: 'Dr. F. Fictief',
  })),
};

/**
 * A dental care plan before treatment starts: the patient asked after talking it over at home; the
 * plan's phases and cost estimate, the periodontal screening and the X-rays come from the record.
 */
const dentalCarePlan: Scenario = {
  name: 'dental-care-plan-cost',
  complete: true,
  build: perLanguage((t) => ({
    patient: {
      name: 'Bas Bedacht',
      birthDate: '1972-03-30',
      sex: 'male',
      identifiers: [{ system: 'bsn', value: '100126704' }],
      confidence: 'certain',
    },
    referrer: {
      name: 'M. Molaar',
      role: t('tandarts-implantoloog', 'dentist-implantologist'),
      agbCode: '12999905',
      organisation: 'Tandartspraktijk Verzonnen Vliet',
      phone: '0000-000005',
    },
    question: 'surgery-indication',
    status: 'requested',
    field: 'dental',
    patientWords: [],
    voices: [
      { text: t('Na overleg thuis heeft hij gevraagd om een second opinion bij een andere implantoloog voordat hij akkoord geeft.', 'After talking it over at home he asked for a second opinion from another implantologist before he agrees.'), source: 'note', author: t('M. Molaar, tandarts', 'M. Molaar, dentist'), date: '2025-05-09' },
    ],
    entries: [
      entry('d1', 'dental', t('PSI 3-3-4 / 3-4-3. Bloeding bij sonderen 34%. Plaque-index 41%.', 'PSI 3-3-4 / 3-4-3. Bleeding on probing 34%. Plaque index 41%.'), { date: '2025-03-19', title: t('Parodontale screening', 'Periodontal screening') }),
      entry('d2', 'dental', t('Horizontaal botverlies 20–30%, edentate regio 36 en 46.', 'Horizontal bone loss 20–30%, edentulous regions 36 and 46.'), { date: '2025-03-19', title: 'OPG' }),
      entry('c1', 'care-plan', t('02-04-2025 · Fase 1: initiële parodontale behandeling, herbeoordeling na 3 maanden.', '02-04-2025 · Phase 1: initial periodontal treatment, re-evaluation after 3 months.'), { date: '2025-04-02' }),
      entry('c2', 'care-plan', t('02-04-2025 · Fase 2: plaatsing implantaten regio 36 en 46, zo nodig met botopbouw regio 46.', '02-04-2025 · Phase 2: placement of implants in regions 36 and 46, with bone augmentation in region 46 if needed.'), { date: '2025-04-02' }),
      entry('c3', 'care-plan', t('02-04-2025 · Fase 3: implantaatkronen 36 en 46, geschatte kosten totaal € 5.480, deels vergoed.', '02-04-2025 · Phase 3: implant crowns 36 and 46, estimated total cost € 5,480, partly covered.'), { date: '2025-04-02' }),
      entry('n1', 'note', t('Behandelplan besproken aan de hand van OPG. Alternatieven besproken: partiële prothese, brug 45-47, geen behandeling. Patiënt wil bedenktijd.', 'Treatment plan discussed with the OPG. Alternatives discussed: partial denture, bridge 45-47, no treatment. Patient wants time to think.'), { date: '2025-04-02', author: 'M. Molaar' }),
      entry('m1', 'medication', 'Metformine 500 mg 2dd1'),
      entry('a1', 'allergy', t('Latex: contactallergie', 'Latex: contact allergy')),
    ],
    categories: [
      { ...category('periodontal-status', t('Parodontale status', 'Periodontal status'), [t('Parodontale screening — 19-03-2025', 'Periodontal screening — 19-03-2025')]), entryIds: ['d1'] },
      { ...category('dental-imaging', t("Röntgenfoto's", 'Dental X-rays'), ['OPG — 19-03-2025']), entryIds: ['d2'] },
      { ...category('care-plan', t('Zorgdoel en behandelplan', 'Care goal and treatment plan'), [t('Behandelplan — 02-04-2025', 'Treatment plan — 02-04-2025')]), entryIds: ['c1', 'c2', 'c3', 'n1'] },
      category('medication', t('Medicatie', 'Medication'), []),
      category('allergies', t('Allergieën', 'Allergies'), []),
      category('dental-models', t('Gebitsmodellen en intra-orale scans', 'Dental models and intra-oral scans'), [], 'unknown'),
    ],
    reporting: { selfReferred: false, informTreatingClinicianConsent: 'unknown' },
  })),
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
  gpKneeConsidering,
  gpDepression,
  dentalCarePlan,
];
