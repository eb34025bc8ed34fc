/**
 * The data categories a second-opinion request can carry, as plain data (validated in catalogue.ts).
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
export const CATALOGUE_DATA = [
  {
    id: 'problems',
    label: { nl: 'Problemen en diagnoses', en: 'Problems and diagnoses' },
    description: {
      nl: 'Actuele en eerdere problemen en diagnoses (probleemlijst).',
      en: 'Current and past problems and diagnoses (problem list).',
    },
    bgz: ['Probleem'],
    ips: ['Problem List', 'History of Past Illness'],
    sensitive: false,
    hints: {
      kinds: ['problem'],
      words: { nl: ['probleemlijst', 'episodelijst', 'werkdiagnose'], en: ['problem list', 'working diagnosis'] },
    },
  },
  {
    id: 'medication',
    label: { nl: 'Medicatie', en: 'Medication' },
    description: {
      nl: 'Actueel medicatieoverzicht: gebruik, afspraken en toediening.',
      en: 'Current medication overview: use, agreements and administration.',
    },
    bgz: ['MedicatieGebruik', 'MedicatieAfspraak', 'ToedieningsAfspraak'],
    ips: ['Medication Summary'],
    sensitive: false,
    hints: {
      kinds: ['medication'],
      words: { nl: ['medicatieoverzicht', 'medicatielijst', 'receptuur'], en: ['medication list', 'medication review', 'prescription'] },
    },
  },
  {
    id: 'allergies',
    label: { nl: 'Allergieën en intoleranties', en: 'Allergies and intolerances' },
    description: {
      nl: 'Allergieën, intoleranties en overgevoeligheden, met reactie.',
      en: 'Allergies, intolerances and adverse reactions, with the reaction.',
    },
    bgz: ['AllergieIntolerantie', 'Alert'],
    ips: ['Allergies and Intolerances', 'Alerts'],
    sensitive: false,
    hints: {
      kinds: ['allergy'],
      words: { nl: ['allergie', 'intolerantie', 'overgevoelig'], en: ['allergy', 'allergic', 'intolerance'] },
    },
  },
  {
    id: 'lab-results',
    label: { nl: 'Laboratoriumuitslagen', en: 'Lab results' },
    description: {
      nl: 'Laboratoriumuitslagen en ander functieonderzoek.',
      en: 'Laboratory results and other function tests.',
    },
    bgz: ['LaboratoriumUitslag'],
    ips: ['Results'],
    sensitive: false,
    hints: {
      kinds: ['result'],
      words: {
        nl: ['laboratorium', 'lab', 'bloedonderzoek', 'hemoglobine', 'Hb', 'CRP', 'BSE', 'TSH', 'ferritine', 'kreatinine', 'eGFR', 'HbA1c', 'ECG', 'EEG'],
        en: ['laboratory', 'lab', 'blood test', 'haemoglobin', 'hemoglobin', 'CRP', 'ESR', 'TSH', 'ferritin', 'creatinine', 'eGFR', 'HbA1c', 'ECG', 'EEG'],
      },
    },
  },
  {
    id: 'imaging',
    label: { nl: 'Beeldvorming', en: 'Imaging' },
    description: {
      nl: 'Beeldvormend onderzoek (röntgen, echo, CT, MRI, scans) met verslag.',
      en: 'Imaging studies (X-ray, ultrasound, CT, MRI, scans) with their reports.',
    },
    bgz: [],
    ips: ['Results'],
    sensitive: false,
    hints: {
      kinds: ['imaging'],
      words: {
        nl: ['MRI', 'CT', 'röntgen', 'rontgenfoto', 'echo', 'echografie', 'scan', 'mammografie', 'PET-CT', 'PET-scan'],
        en: ['MRI', 'CT', 'X-ray', 'ultrasound', 'scan', 'mammogram', 'mammography', 'radiograph', 'PET-CT', 'PET scan'],
      },
    },
  },
  {
    id: 'pathology',
    label: { nl: 'Pathologie', en: 'Pathology' },
    description: {
      nl: 'PA-verslagen van biopten en resectiepreparaten.',
      en: 'Pathology reports of biopsies and resection specimens.',
    },
    bgz: [],
    ips: ['Results'],
    sensitive: false,
    hints: {
      kinds: ['pathology'],
      words: {
        nl: ['pathologie', 'PA-verslag', 'biopt', 'histologie', 'cytologie', 'resectiepreparaat'],
        en: ['pathology', 'biopsy', 'histology', 'cytology', 'specimen'],
      },
    },
  },
  {
    id: 'procedures',
    label: { nl: 'Verrichtingen en operatieverslagen', en: 'Procedures and operative reports' },
    description: {
      nl: 'Uitgevoerde ingrepen en operaties, met operatieverslag.',
      en: 'Procedures and operations performed, with operative reports.',
    },
    bgz: ['Verrichting'],
    ips: ['History of Procedures'],
    sensitive: false,
    hints: {
      kinds: ['procedure'],
      words: {
        nl: ['operatieverslag', 'ingreep', 'verrichting', 'geopereerd', 'artroscopie', 'ablatie'],
        en: ['operative report', 'procedure', 'operated', 'arthroscopy', 'ablation', 'surgery performed'],
      },
    },
  },
  {
    id: 'letters',
    label: { nl: 'Specialistenbrieven', en: 'Specialist letters' },
    description: {
      nl: 'Brieven en verslagen van behandelaars (poliklinische brieven, ontslagbrieven, verwijsbrieven).',
      en: 'Letters and reports from clinicians (clinic letters, discharge letters, referral letters).',
    },
    bgz: [],
    ips: [],
    sensitive: false,
    hints: {
      kinds: ['letter'],
      words: {
        nl: ['ontslagbrief', 'correspondentie', 'verwijsbrief', 'polibrief', 'geachte collega'],
        en: ['letter', 'discharge summary', 'referral letter', 'clinic letter', 'dear colleague'],
      },
    },
  },
  {
    id: 'treatment-history',
    label: { nl: 'Behandelgeschiedenis en effect', en: 'Treatment history and effect' },
    description: {
      nl: 'Eerdere behandelingen en wat ze opleverden: wat is geprobeerd, met welk effect, waarom gestopt.',
      en: 'Earlier treatments and their outcome: what was tried, with what effect, why it stopped.',
    },
    bgz: [],
    ips: ['History of Procedures', 'History of Past Illness'],
    sensitive: false,
    hints: {
      kinds: [],
      words: {
        nl: [
          'eerder behandeld', 'behandelgeschiedenis', 'behandeltraject', 'geprobeerd', 'zonder effect', 'geen effect',
          'onvoldoende effect', 'onvoldoende resultaat', 'gestopt wegens', 'fysiotherapie', 'oefentherapie',
          'injectie', 'chemotherapie', 'radiotherapie', 'bestraling', 'gedragstherapie', 'EMDR', 'ECT', 'behandelstap',
        ],
        en: [
          'previously treated', 'treatment history', 'tried', 'without effect', 'no effect', 'insufficient response',
          'no response', 'stopped because', 'physiotherapy', 'injection', 'chemotherapy', 'radiotherapy',
          'behavioural therapy', 'behavioral therapy', 'CBT', 'EMDR', 'ECT', 'treatment step',
        ],
      },
    },
  },
  {
    id: 'care-plan',
    label: { nl: 'Zorgdoel en behandelplan', en: 'Care goal and treatment plan' },
    description: {
      nl: 'Het voorgestelde zorgdoel, zorgplan of behandelplan waarover de second opinion gaat.',
      en: 'The proposed care goal, care plan or treatment plan the second opinion is about.',
    },
    bgz: [],
    ips: ['Plan of Care'],
    sensitive: false,
    hints: {
      kinds: ['care-plan'],
      words: {
        nl: ['behandelplan', 'zorgplan', 'zorgdoel', 'voorgestelde behandeling', 'behandelvoorstel'],
        en: ['treatment plan', 'care plan', 'care goal', 'proposed treatment', 'management plan'],
      },
    },
  },
  {
    id: 'vital-signs',
    label: { nl: 'Vitale functies en metingen', en: 'Vital signs and measurements' },
    description: {
      nl: 'Bloeddruk, gewicht, lengte en andere metingen.',
      en: 'Blood pressure, weight, height and other measurements.',
    },
    bgz: ['Bloeddruk', 'Lichaamsgewicht', 'Lichaamslengte'],
    ips: ['Vital Signs'],
    sensitive: false,
    hints: {
      kinds: ['vital-sign'],
      words: {
        nl: ['bloeddruk', 'lichaamsgewicht', 'lichaamslengte', 'BMI', 'RR', 'hartfrequentie', 'saturatie'],
        en: ['blood pressure', 'body weight', 'body height', 'BMI', 'heart rate', 'saturation'],
      },
    },
  },
  {
    id: 'functional-status',
    label: { nl: 'Functionele status', en: 'Functional status' },
    description: {
      nl: 'Wat de patiënt kan: mobiliteit, zelfzorg (ADL), belastbaarheid, klachten in het dagelijks leven.',
      en: 'What the patient can do: mobility, self-care (ADL), capacity, limitations in daily life.',
    },
    bgz: ['FunctioneleOfMentaleStatus'],
    ips: ['Functional Status'],
    sensitive: false,
    hints: {
      kinds: [],
      words: {
        nl: ['ADL', 'mobiliteit', 'loopafstand', 'rollator', 'rolstoel', 'zelfredzaam', 'belastbaarheid', 'Barthel', 'WHO-status', 'arbeidsongeschikt', 'trap lopen'],
        en: ['ADL', 'mobility', 'walking distance', 'walker', 'wheelchair', 'self-care', 'independent living', 'Barthel', 'performance status', 'unable to work', 'climbing stairs'],
      },
    },
  },
  {
    id: 'social-history',
    label: { nl: 'Sociale anamnese en leefstijl', en: 'Social history and lifestyle' },
    description: {
      nl: 'Woonsituatie, werk, mantelzorg, roken, alcohol, voeding.',
      en: 'Living situation, work, carers, smoking, alcohol, nutrition.',
    },
    bgz: ['Woonsituatie', 'AlcoholGebruik', 'DrugsGebruik', 'TabakGebruik', 'Voedingsadvies', 'Contactpersoon'],
    ips: ['Social History'],
    sensitive: false,
    hints: {
      kinds: ['social-history'],
      words: {
        nl: ['woonsituatie', 'woont', 'mantelzorg', 'rookt', 'roken', 'alcohol', 'beroep', 'werkzaam als'],
        en: ['living situation', 'lives with', 'lives alone', 'carer', 'smokes', 'smoking', 'alcohol', 'occupation', 'works as'],
      },
    },
  },
  {
    id: 'advance-directives',
    label: { nl: 'Wilsverklaringen en behandelgrenzen', en: 'Advance directives and treatment limits' },
    description: {
      nl: 'Behandelaanwijzingen (zoals niet reanimeren) en wilsverklaringen.',
      en: 'Treatment restrictions (such as do not resuscitate) and advance directives.',
    },
    bgz: ['BehandelAanwijzing', 'Wilsverklaring'],
    ips: ['Advance Directives'],
    sensitive: false,
    hints: {
      kinds: ['advance-directive'],
      words: {
        nl: ['wilsverklaring', 'niet reanimeren', 'behandelbeperking', 'behandelgrens', 'behandelaanwijzing', 'euthanasieverklaring', 'NR-verklaring'],
        en: ['advance directive', 'do not resuscitate', 'DNR', 'DNACPR', 'treatment limitation', 'living will'],
      },
    },
  },
  {
    id: 'questionnaires',
    label: { nl: 'Vragenlijsten en meetinstrumenten', en: 'Questionnaires and outcome measures' },
    description: {
      nl: 'Ingevulde vragenlijsten en scores (ROM, PHQ-9, pijnscores, KOOS).',
      en: 'Completed questionnaires and scores (outcome measures, PHQ-9, pain scores, KOOS).',
    },
    bgz: [],
    ips: [],
    sensitive: false,
    hints: {
      kinds: ['questionnaire'],
      words: {
        nl: ['vragenlijst', 'ROM', 'PHQ-9', 'BDI', 'HADS', 'KOOS', 'VAS', 'NRS', 'pijnscore', 'MADRS', 'HAM-D'],
        en: ['questionnaire', 'outcome measure', 'PHQ-9', 'BDI', 'HADS', 'KOOS', 'VAS', 'NRS', 'pain score', 'MADRS', 'HAM-D'],
      },
    },
  },
  {
    id: 'mental-health',
    label: { nl: 'Psychische gezondheid (GGZ)', en: 'Mental health' },
    description: {
      nl: 'Psychiatrische diagnoses, psychologische behandelingen en GGZ-verslagen. Gevoelig: alleen met uitdrukkelijke toestemming.',
      en: 'Psychiatric diagnoses, psychological treatment and mental-health reports. Sensitive: only with explicit consent.',
    },
    bgz: ['FunctioneleOfMentaleStatus', 'Probleem'],
    ips: ['Problem List', 'Functional Status'],
    sensitive: true,
    hints: {
      kinds: [],
      // No drug names: antidepressants are also prescribed for pain and sleep, and an entry that matches
      // here is withheld from every other category, so a medication list would silently lose it.
      words: {
        nl: [
          'depressie', 'depressief', 'angststoornis', 'paniekstoornis', 'psychose', 'psychotisch', 'bipolair', 'schizofren',
          'persoonlijkheidsstoornis', 'PTSS', 'suïcid', 'psychiater', 'psychiatrisch', 'psycholoog', 'GGZ', 'eetstoornis',
          'anorexia', 'burn-out',
        ],
        en: [
          'depression', 'depressive', 'anxiety disorder', 'panic disorder', 'psychosis', 'psychotic', 'bipolar', 'schizophren',
          'personality disorder', 'PTSD', 'suicid', 'psychiatrist', 'psychiatric', 'psychologist', 'mental health',
          'eating disorder', 'anorexia', 'burnout',
        ],
      },
    },
  },
  {
    id: 'sexual-health',
    label: { nl: 'Seksuele gezondheid', en: 'Sexual health' },
    description: {
      nl: 'Soa, seksuele problemen, anticonceptie en zwangerschapsafbreking. Gevoelig: alleen met uitdrukkelijke toestemming.',
      en: 'STIs, sexual problems, contraception and termination of pregnancy. Sensitive: only with explicit consent.',
    },
    bgz: ['Probleem'],
    ips: ['Problem List', 'History of Pregnancy'],
    sensitive: true,
    hints: {
      kinds: [],
      words: {
        nl: ['soa', 'chlamydia', 'gonorroe', 'syfilis', 'erectiestoornis', 'seksuele', 'abortus', 'zwangerschapsafbreking', 'anticonceptie'],
        en: ['STI', 'STD', 'chlamydia', 'gonorrhoea', 'gonorrhea', 'syphilis', 'erectile', 'sexual', 'abortion', 'termination of pregnancy', 'contraception'],
      },
    },
  },
  {
    id: 'addiction',
    label: { nl: 'Verslaving', en: 'Addiction' },
    description: {
      nl: 'Verslaving en verslavingszorg (alcohol, drugs, medicatie, gokken). Gevoelig: alleen met uitdrukkelijke toestemming.',
      en: 'Addiction and addiction care (alcohol, drugs, medicines, gambling). Sensitive: only with explicit consent.',
    },
    bgz: ['AlcoholGebruik', 'DrugsGebruik'],
    ips: ['Social History'],
    sensitive: true,
    hints: {
      kinds: [],
      words: {
        nl: ['verslaving', 'verslaafd', 'alcoholmisbruik', 'alcoholafhankelijk', 'drugsgebruik', 'harddrugs', 'cocaïne', 'heroïne', 'methadon', 'verslavingszorg', 'ontwenning', 'detox', 'gokverslaving'],
        en: ['addiction', 'addicted', 'alcohol abuse', 'alcohol use disorder', 'alcohol dependence', 'substance use', 'substance abuse', 'drug abuse', 'cocaine', 'heroin', 'methadone', 'detox', 'gambling'],
      },
    },
  },
  {
    id: 'genetics',
    label: { nl: 'Erfelijkheidsonderzoek', en: 'Genetics' },
    description: {
      nl: 'Erfelijkheidsonderzoek en DNA-uitslagen; raken ook familieleden. Gevoelig: alleen met uitdrukkelijke toestemming.',
      en: 'Genetic tests and DNA results; they also concern relatives. Sensitive: only with explicit consent.',
    },
    bgz: ['LaboratoriumUitslag'],
    ips: ['Results'],
    sensitive: true,
    hints: {
      kinds: [],
      words: {
        nl: ['erfelijk', 'genetisch', 'klinische genetica', 'DNA-onderzoek', 'mutatie', 'dragerschap', 'draagster', 'BRCA', 'BRCA1', 'BRCA2', 'exoom', 'genpanel'],
        en: ['hereditary', 'genetic', 'clinical genetics', 'DNA test', 'mutation', 'carrier', 'BRCA', 'BRCA1', 'BRCA2', 'exome', 'gene panel'],
      },
    },
  },
  {
    id: 'hiv',
    label: { nl: 'HIV', en: 'HIV' },
    description: {
      nl: 'Hiv-status, hiv-behandeling en bijbehorende uitslagen. Gevoelig: alleen met uitdrukkelijke toestemming.',
      en: 'HIV status, HIV treatment and related results. Sensitive: only with explicit consent.',
    },
    bgz: ['Probleem', 'LaboratoriumUitslag'],
    ips: ['Problem List', 'Results'],
    sensitive: true,
    hints: {
      kinds: [],
      words: {
        nl: ['hiv', 'hiv-remmer', 'antiretrovira', 'CD4', 'virale load', 'PrEP', 'Biktarvy', 'dolutegravir', 'tenofovir'],
        en: ['HIV', 'antiretrovira', 'CD4', 'viral load', 'PrEP', 'Biktarvy', 'dolutegravir', 'tenofovir'],
      },
    },
  },
  {
    id: 'abuse-violence',
    label: { nl: 'Misbruik en geweld', en: 'Abuse and violence' },
    description: {
      nl: 'Huiselijk geweld, mishandeling, seksueel misbruik en meldingen (Veilig Thuis). Gevoelig: alleen met uitdrukkelijke toestemming.',
      en: 'Domestic violence, maltreatment, sexual abuse and safeguarding reports. Sensitive: only with explicit consent.',
    },
    bgz: ['Alert'],
    ips: ['Alerts', 'Social History'],
    sensitive: true,
    hints: {
      kinds: [],
      words: {
        nl: ['huiselijk geweld', 'mishandeling', 'mishandeld', 'seksueel misbruik', 'verkrachting', 'Veilig Thuis', 'kindermishandeling', 'meldcode'],
        en: ['domestic violence', 'domestic abuse', 'maltreatment', 'sexual abuse', 'sexual assault', 'rape', 'child abuse', 'safeguarding'],
      },
    },
  },
  {
    id: 'dental-imaging',
    label: { nl: "Tandheelkundige röntgenfoto's", en: 'Dental X-rays' },
    description: {
      nl: "Röntgenfoto's van het gebit: OPG, bitewings, solo-opnames, CBCT.",
      en: 'Dental radiographs: panoramic (OPG), bitewings, periapicals, CBCT.',
    },
    bgz: [],
    ips: ['Results'],
    sensitive: false,
    hints: {
      kinds: ['dental'],
      words: {
        nl: ['OPG', 'orthopantomogram', 'bitewing', 'solo-opname', 'periapicale', 'CBCT', 'röntgen', 'rontgen', 'kleinbeeld'],
        en: ['OPG', 'panoramic', 'orthopantomogram', 'bitewing', 'periapical', 'CBCT', 'X-ray', 'radiograph'],
      },
    },
  },
  {
    id: 'dental-models',
    label: { nl: 'Gebitsmodellen en intra-orale scans', en: 'Dental models and intra-oral scans' },
    description: {
      nl: "Gebitsmodellen, afdrukken, intra-orale scans en klinische foto's.",
      en: 'Dental casts, impressions, intra-oral scans and clinical photographs.',
    },
    bgz: [],
    ips: [],
    sensitive: false,
    hints: {
      kinds: ['dental'],
      words: {
        nl: ['gebitsmodel', 'afdruk', 'intra-orale scan', 'intraorale scan', 'studiemodel', 'klinische foto', 'gipsmodel'],
        en: ['dental model', 'dental cast', 'impression', 'intra-oral scan', 'intraoral scan', 'study model', 'clinical photo'],
      },
    },
  },
  {
    id: 'periodontal-status',
    label: { nl: 'Parodontale status', en: 'Periodontal status' },
    description: {
      nl: 'Parodontiumstatus: pocketdiepten, bloeding, aanhechtingsverlies, DPSI.',
      en: 'Periodontal chart: pocket depths, bleeding, attachment loss, BPE.',
    },
    bgz: [],
    ips: [],
    sensitive: false,
    hints: {
      kinds: ['dental'],
      words: {
        nl: ['parodont', 'pocketdiepte', 'pockets', 'DPSI', 'botverlies', 'aanhechtingsverlies', 'bloeding bij sonderen', 'tandvlees'],
        en: ['periodont', 'pocket depth', 'pockets', 'BPE', 'bone loss', 'attachment loss', 'bleeding on probing', 'gum'],
      },
    },
  },
] as const;
