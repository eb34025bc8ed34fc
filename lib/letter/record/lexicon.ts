/**
 * Words the composer looks for in the record, Dutch and English together: a record in one language
 * often quotes the other (English drug trials, Dutch notes). Data only; the rules live beside it.
 */

/** Section labels clinicians write in notes and letters (SOEP, hospital consult, English outpatient letter). */
export type SegmentRole = 'history' | 'findings' | 'assessment' | 'plan' | 'proposal';

export const SEGMENT_LABELS: ReadonlyArray<{ role: SegmentRole; labels: readonly string[] }> = [
  {
    role: 'history',
    labels: ['S', 'Anamnese', 'Voorgeschiedenis', 'Beloop', 'Klachten', 'History', 'Presenting complaint', 'Subjective', 'Course'],
  },
  {
    role: 'findings',
    labels: [
      'O', 'Lichamelijk onderzoek', 'LO', 'Onderzoek', 'Aanvullend onderzoek', 'Verslag', 'Uitslag', 'Bevindingen',
      'Examination', 'Findings', 'Objective', 'Results', 'Investigations', 'Report',
    ],
  },
  {
    role: 'assessment',
    labels: ['E', 'A', 'Conclusie', 'Diagnose', 'Werkdiagnose', 'Indruk', 'Assessment', 'Impression', 'Diagnosis', 'Working diagnosis', 'Conclusion'],
  },
  { role: 'plan', labels: ['P', 'Beleid', 'Plan', 'Advies', 'Afspraak', 'Policy', 'Management', 'Advice'] },
  {
    role: 'proposal',
    labels: ['Voorstel', 'Behandelvoorstel', 'Behandelplan', 'Zorgplan', 'Recommended', 'Recommendation', 'Proposal', 'Proposed', 'Treatment plan', 'Care plan'],
  },
];

/** A proposal written inline: "Totale knieprothese rechts voorgesteld", "TKR recommended". */
export const INLINE_PROPOSAL = /([\p{L}\p{N}][^.;:!?]{2,80}?)\s+(?:voorgesteld|geadviseerd|geïndiceerd|geindiceerd|proposed|recommended|advised)\b/iu;

/** Abbreviations a proposal or diagnosis is often written in, spelled out for the giver. */
export const ABBREVIATIONS: Readonly<Record<'nl' | 'en', Readonly<Record<string, string>>>> = {
  nl: {
    TKP: 'totale knieprothese',
    THP: 'totale heupprothese',
    TEP: 'totale endoprothese',
    UKP: 'unicompartimentele knieprothese',
    CABG: 'coronaire bypassoperatie',
    PCI: 'dotterbehandeling (PCI)',
    LC: 'laparoscopische cholecystectomie',
    re: 'rechts',
    li: 'links',
    'KL-graad': 'KL-graad',
  },
  en: {
    TKR: 'total knee replacement',
    TKA: 'total knee arthroplasty',
    THR: 'total hip replacement',
    THA: 'total hip arthroplasty',
    TKP: 'total knee replacement',
    THP: 'total hip replacement',
    CABG: 'coronary artery bypass graft',
    rt: 'right',
    lt: 'left',
  },
};

/** Words that make a proposal an operation, so the question asks about non-surgical options. */
export const SURGICAL_WORDS = [
  'prothese', 'operatie', 'ectomie', 'plastiek', 'artrodese', 'osteotomie', 'resectie', 'ingreep', 'spondylodese', 'artroscopie',
  'replacement', 'arthroplasty', 'surgery', 'operation', 'ectomy', 'plasty', 'resection', 'spinal fusion', 'osteotomy', 'arthroscopy',
];

/** Laterality: named once, with the proposal, not again with the condition. */
export const LATERALITY = ['rechts', 'links', 'beiderzijds', 'bilateraal', 'right', 'left', 'bilateral'];

/** Qualifiers of a condition worth keeping beside it ("KL-graad 4", "cT2N1M0", "stage II"). */
export const QUALIFIER = /\b(?:graad|grade|stadium|stage|klasse|class|KL|GOLD|NYHA|c?T\d|ASA)\b|\d/i;

/** Sentences that report how well a treatment worked. */
export const EFFECT_WORDS = [
  'effect', 'verbetering', 'verlichting', 'vooruitgang', 'onvoldoende', 'helpt', 'hielp', 'geholpen', 'respons', 'herstel',
  'baat', 'verbeterd', 'bijwerking', 'uitbehandeld', 'stagneert',
  'improvement', 'improved', 'relief', 'response', 'progress', 'insufficient', 'helped', 'no benefit', 'side effect',
];

/** Treatments as a record names them, for "treatment so far". */
export const TREATMENT_WORDS = [
  'fysiotherapie', 'oefentherapie', 'injectie', 'pijnstilling', 'medicatie', 'gestart', 'gestopt', 'overgezet', 'opgehoogd',
  'afgebouwd', 'behandeling', 'behandelingen', 'therapie', 'sessies', 'operatie', 'mg',
  'physiotherapy', 'injection', 'started', 'stopped', 'switched', 'increased', 'tapered', 'treatment', 'therapy', 'sessions',
];

/** Psychotherapies and their short names (the depression centre asks for psychotherapy and its effect). */
export const PSYCHOTHERAPY_WORDS = [
  'CGT', 'cognitieve gedragstherapie', 'EMDR', 'IPT', 'interpersoonlijke', 'psychotherapie', 'schematherapie', 'ACT',
  'mindfulness', 'gesprekstherapie', 'CBT', 'cognitive behavioural', 'cognitive behavioral', 'psychotherapy', 'sessies', 'sessions',
];

/** Antidepressants, mood stabilisers and antipsychotics used in the Dutch depression protocol steps. */
export const PSYCHIATRIC_DRUGS = [
  'sertraline', 'citalopram', 'escitalopram', 'fluoxetine', 'paroxetine', 'fluvoxamine', 'venlafaxine', 'duloxetine',
  'mirtazapine', 'bupropion', 'nortriptyline', 'amitriptyline', 'clomipramine', 'imipramine', 'tranylcypromine',
  'fenelzine', 'phenelzine', 'lithium', 'quetiapine', 'aripiprazol', 'aripiprazole', 'olanzapine', 'esketamine', 'ketamine',
  'vortioxetine', 'agomelatine', 'trazodon', 'trazodone', 'lamotrigine', 'ECT', 'elektroconvulsie',
];

/** Questionnaires the giver wants to see with their scores. */
export const QUESTIONNAIRES = [
  'PHQ-9', 'PHQ9', 'MADRS', 'HAM-D', 'HDRS', 'HDRS-17', 'BDI', 'BDI-II', 'IDS', 'QIDS', 'GAD-7', 'OQ-45', 'SCL-90', 'K10', 'DASS',
];

export const SUICIDALITY_WORDS = [
  'suïcid', 'suicid', 'doodswens', 'doodsgedachten', 'levensmoe', 'zelfdoding', 'self-harm', 'zelfbeschadiging', 'death wish',
  'wish to die', 'tired of life',
];

/** Mental-health terms that tie an episode to a mood question. */
export const MOOD_WORDS = [
  'depressie', 'depressief', 'depressieve', 'somber', 'stemming', 'angst', 'paniek', 'slaap', 'anhedonie', 'psycholoog',
  'psychiater', 'POH-GGZ', 'GGZ', 'depression', 'depressive', 'mood', 'anxiety', 'psychologist', 'psychiatrist', 'mental-health',
];

/** Periodontal state in a dental record (KNMT: the giver needs the periodontal status). */
export const PERIODONTAL_WORDS = ['PSI', 'DPSI', 'BPE', 'pocketdiepte', 'pocket depth', 'parodont', 'periodont', 'bloeding bij sonderen', 'bleeding on probing'];

/** A cost estimate in a care plan: "geschatte kosten totaal € 5.480", "begroting", "quote". */
export const COST_PATTERN = /(?:€|EUR|£)\s?\d[\d.,]*|\b(?:begroting|offerte|kostenraming|kosten|quote|estimate|cost)\b/i;

/** Relatives a patient wants to talk it over with; spouses read as "partner" in the letter. */
export const RELATIVES: ReadonlyArray<{ words: readonly string[]; nl: string; en: string }> = [
  { words: ['vrouw', 'man', 'partner', 'echtgenote', 'echtgenoot', 'vriendin', 'vriend', 'wife', 'husband', 'spouse'], nl: 'partner', en: 'partner' },
  { words: ['dochter', 'daughter'], nl: 'dochter', en: 'daughter' },
  { words: ['zoon', 'son'], nl: 'zoon', en: 'son' },
  { words: ['kinderen', 'children', 'kids'], nl: 'kinderen', en: 'children' },
  { words: ['familie', 'gezin', 'family'], nl: 'familie', en: 'family' },
  { words: ['ouders', 'parents'], nl: 'ouders', en: 'parents' },
];

/** Verbs of talking something over, near a relative: "met zijn vrouw over praten", "discuss it with her daughter". */
export const TALK_OVER = /\b(?:praten|overleggen|overlegd|bespreken|bespreekt|overleg|nadenken|talk|discuss|think)\w*/i;

/** Roles that make the referrer the patient's GP. */
export const GP_ROLE = /\b(?:huisarts(?:en)?|general practitioner|GP|family (?:physician|doctor))\b/i;
export const DENTIST_ROLE = /\b(?:tandarts|dentist|implantoloog|implantologist|parodontoloog|periodontist|orthodontist)\w*/i;

/** Conditions named after the joint they affect: an episode about the joint is about the condition. */
export const CONDITION_SITES: ReadonlyArray<{ stem: string; sites: readonly string[] }> = [
  { stem: 'gonartrose', sites: ['knie', 'knee'] },
  { stem: 'coxartrose', sites: ['heup', 'hip'] },
  { stem: 'omartrose', sites: ['schouder', 'shoulder'] },
  { stem: 'artrose knie', sites: ['knie', 'knee', 'gonartrose'] },
  { stem: 'knee', sites: ['knie', 'knee', 'gonartrose'] },
  { stem: 'knie', sites: ['knie', 'knee', 'gonartrose'] },
  { stem: 'hip', sites: ['heup', 'hip', 'coxartrose'] },
  { stem: 'heup', sites: ['heup', 'hip', 'coxartrose'] },
  { stem: 'depress', sites: MOOD_WORDS },
  { stem: 'stemming', sites: MOOD_WORDS },
];

/** Words too general to tie an episode to the question. */
export const RELEVANCE_STOP = new Set([
  'totale', 'total', 'rechts', 'links', 'right', 'left', 'graad', 'grade', 'bij', 'voor', 'with', 'zonder', 'without', 'regio',
  'behandeling', 'treatment', 'plaatsing', 'placement', 'chronisch', 'chronic', 'acute', 'acuut', 'ernstig', 'severe', 'mild',
  'matig', 'moderate', 'stoornis', 'disorder', 'nodig', 'zo', 'met', 'en', 'of', 'the', 'and', 'van', 'het', 'een', 'de',
]);
