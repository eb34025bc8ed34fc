/**
 * Deterministic synthetic corpus of clinical texts for benchmarking the detector: Dutch and English
 * SOEP/SOAP notes, lab and medication lines, portal messages and letters. About 2% of notes carry a
 * second-opinion statement or a near-miss, composed from parts (every status, both languages). All
 * names and values are invented.
 */

/** mulberry32: tiny seeded PRNG, so the same seed always gives the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const dec = (r: Rand, lo: number, hi: number, digits = 1) => (lo + r() * (hi - lo)).toFixed(digits);

const NL_COMPLAINTS = ['hoofdpijn', 'buikpijn', 'rugklachten', 'kortademigheid', 'moeheid', 'duizeligheid', 'pijn op de borst', 'hoesten', 'knieklachten', 'tandvleesbloeding', 'slapeloosheid', 'somberheid'];
const EN_COMPLAINTS = ['headache', 'abdominal pain', 'low back pain', 'shortness of breath', 'fatigue', 'dizziness', 'chest pain', 'cough', 'knee pain', 'bleeding gums', 'insomnia', 'low mood'];
const NL_DX = ['spanningshoofdpijn', 'prikkelbaredarmsyndroom', 'aspecifieke lage rugpijn', 'astma', 'hypertensie', 'diabetes mellitus type 2', 'artrose knie', 'parodontitis', 'depressieve stoornis'];
const EN_DX = ['tension headache', 'irritable bowel syndrome', 'non-specific low back pain', 'asthma', 'hypertension', 'type 2 diabetes', 'knee osteoarthritis', 'periodontitis', 'major depressive disorder'];
const MEDS = ['metoprolol 50 mg 1dd1', 'lisinopril 10 mg 1dd1', 'metformine 500 mg 2dd1', 'omeprazol 20 mg 1dd1', 'paracetamol 500 mg zn max 6dd', 'salbutamol 100 mcg zn', 'atorvastatine 20 mg 1dd1', 'sertraline 50 mg 1dd1', 'amoxicilline 500 mg 3dd1'];
const EN_MEDS = ['metoprolol 50 mg once daily', 'lisinopril 10 mg once daily', 'metformin 500 mg twice daily', 'omeprazole 20 mg daily', 'paracetamol 1 g prn', 'salbutamol inhaler prn', 'atorvastatin 20 mg nocte', 'sertraline 50 mg daily'];

/**
 * Mentions are composed from parts (who, what they do, which wording, where, when), so the 2% of notes
 * that carry one do not repeat a handful of sentences: each status, paraphrases without the words
 * "second opinion", abbreviations and typos, and near-misses (a relative's own, a leaflet, a second
 * dose or a colleague's second look) that the detector must read and turn down.
 */
const NL_WHO = ['Pt', 'Mw.', 'Dhr.', 'Patiënte', 'Cliënt', 'Mevrouw', 'De ouders van pt'];
const NL_TERM = ['een second opinion', 'een tweede mening', 'een 2e mening', 'een SO', 'een second opinon', 'een derde mening', 'een onafhankelijke beoordeling'];
const NL_OTHER = ['een andere cardioloog', 'een ander ziekenhuis', 'een andere orthopeed', 'een academisch ziekenhuis', 'een tandarts elders'];
const NL_WHERE = ['in het UMCG', 'in het Radboudumc', 'in het AVL', 'bij een andere specialist', 'elders', 'in Leiden'];
const NL_ABOUT = ['over de voorgestelde operatie', 'over de diagnose', 'over het behandelplan', 'voor de rugklachten', ''];
const NL_STATEMENTS: Array<(r: Rand) => string> = [
  (r) => `${pick(r, NL_WHO)} wil graag ${pick(r, NL_TERM)} ${pick(r, NL_WHERE)} ${pick(r, NL_ABOUT)}.`,
  (r) => `${pick(r, NL_WHO)} overweegt ${pick(r, NL_TERM)} ${pick(r, NL_ABOUT)}, weet het nog niet zeker.`,
  (r) => `${pick(r, NL_WHO)} vraagt of ${pick(r, NL_TERM).replace('een ', 'een ')} vergoed wordt.`,
  (r) => `${pick(r, NL_WHO)} wil ${pick(r, NL_OTHER)} laten meekijken ${pick(r, NL_ABOUT)}.`,
  (r) => `${pick(r, ['Second opinion', 'Tweede mening', '2e mening'])} besproken; ${pick(r, ['pt', 'mw.', 'dhr.'])} ziet hiervan af.`,
  (r) => `${pick(r, NL_WHO)} is ${pick(r, ['in maart', 'vorige maand', 'in 2023'])} voor ${pick(r, NL_TERM)} ${pick(r, NL_WHERE)} geweest; ${pick(r, ['zelfde advies', 'rapport ontvangen', 'diagnose bevestigd'])}.`,
  (r) => `Verwijzing voor ${pick(r, NL_TERM)} ${pick(r, NL_WHERE)} verstuurd, in afwachting van een afspraak.`,
  (r) => `${pick(r, ['Zijn vrouw', 'Haar zus', 'Een buurman'])} heeft ${pick(r, ['onlangs', 'vorig jaar'])} ${pick(r, NL_TERM)} gehad voor eigen klachten.`,
  (r) => `Informatie: u heeft recht op ${pick(r, NL_TERM)}; bespreek dit met uw behandelaar.`,
  (r) => `${pick(r, ['Tweede controle', 'Tweede dosis', 'Tweede vaccinatie'])} ${pick(r, ['verliep goed', 'gegeven', 'zonder bijzonderheden'])}.`,
  (r) => `SO ${pick(r, ['gebeld', 'ingelicht', 'geraadpleegd'])} i.v.m. ${pick(r, ['onrust', 'valneiging', 'pijn'])}.`,
];
const EN_WHO = ['Patient', 'She', 'He', 'Mrs Hill', 'Mr Shah', 'The patient', 'His parents'];
const EN_TERM = ['a second opinion', 'a 2nd opinion', 'another opinion', 'a second opinon', 'a third opinion', 'an independent review', 'a tertiary centre opinion'];
const EN_OTHER = ['another rheumatologist', 'a different surgeon', 'another hospital', 'someone else', 'another consultant'];
const EN_WHERE = ['at the regional centre', 'in London', 'at Addenbrookes', 'from another specialist', 'elsewhere'];
const EN_ABOUT = ['about the proposed surgery', 'regarding the diagnosis', 'on the treatment plan', 'before starting chemotherapy', ''];
const EN_STATEMENTS: Array<(r: Rand) => string> = [
  (r) => `${pick(r, EN_WHO)} would like ${pick(r, EN_TERM)} ${pick(r, EN_WHERE)} ${pick(r, EN_ABOUT)}.`,
  (r) => `${pick(r, EN_WHO)} is considering ${pick(r, EN_TERM)} ${pick(r, EN_ABOUT)} but has not decided.`,
  (r) => `${pick(r, EN_WHO)} wonders whether ${pick(r, EN_TERM)} would be covered.`,
  (r) => `${pick(r, EN_WHO)} wants ${pick(r, EN_OTHER)} to look at the scans ${pick(r, EN_ABOUT)}.`,
  (r) => `${pick(r, EN_WHO)} declined the offer of ${pick(r, EN_TERM)}.`,
  (r) => `${pick(r, ['Second opinion', '2nd opinion', 'Independent review'])} obtained ${pick(r, EN_WHERE)}; ${pick(r, ['diagnosis confirmed', 'report received', 'agrees with the plan'])}.`,
  (r) => `Referral for ${pick(r, EN_TERM)} ${pick(r, EN_WHERE)} sent; awaiting appointment.`,
  (r) => `${pick(r, ['Her husband', 'My brother', 'A friend of hers'])} had ${pick(r, EN_TERM)} ${pick(r, ['last year', 'recently'])} for his own back.`,
  (r) => `Leaflet: you have the right to ask for ${pick(r, EN_TERM)}; ask your GP.`,
  (r) => `${pick(r, ['Second dose', 'Second look at the scan by a colleague', 'Second read of the slides'])}: ${pick(r, ['no change', 'given today', 'no concerns'])}.`,
  (r) => `Withdrew ${pick(r, ['her', 'his'])} request for ${pick(r, EN_TERM)} after the family meeting.`,
];

function nlNote(r: Rand): string {
  const lines = [
    `S: ${pick(r, ['Mw.', 'Dhr.', 'Pt', 'Pte'])} komt i.v.m. ${pick(r, NL_COMPLAINTS)} sinds ${int(r, 2, 21)} dagen. ${pick(r, ['Geen koorts.', 'Geen andere klachten.', 'Klachten wisselend.', 'Slaapt slecht.', 'Eerder ook gehad.'])}`,
    `O: RR ${int(r, 105, 165)}/${int(r, 60, 100)}, pols ${int(r, 52, 104)}, temp ${dec(r, 36.1, 38.4)}. ${pick(r, ['Buik soepel, geen drukpijn.', 'Longen: VAG, geen bijgeluiden.', 'Knie: geen hydrops.', 'Pocketdiepte 4-5 mm regio 36.'])}`,
    `E: ${pick(r, NL_DX)}.`,
    `P: ${pick(r, ['start', 'continueer', 'stop', 'verhoog'])} ${pick(r, MEDS)}; controle over ${int(r, 1, 12)} ${pick(r, ['weken', 'maanden'])}.`,
  ];
  if (r() < 0.4) lines.push(`Lab: Hb ${dec(r, 6.5, 9.8)} mmol/l, CRP ${int(r, 1, 80)} mg/l, eGFR ${int(r, 35, 95)}, HbA1c ${int(r, 38, 75)} mmol/mol.`);
  if (r() < 0.2) lines.push(`Medicatie: ${pick(r, MEDS)}, ${pick(r, MEDS)}, ${pick(r, MEDS)}.`);
  return lines.join('\n');
}

function enNote(r: Rand): string {
  const lines = [
    `S: ${int(r, 22, 88)}yo ${pick(r, ['F', 'M'])} presenting with ${pick(r, EN_COMPLAINTS)} for ${int(r, 2, 30)} days. ${pick(r, ['No fever.', 'No other complaints.', 'Symptoms come and go.', 'Sleeping poorly.'])}`,
    `O: BP ${int(r, 105, 165)}/${int(r, 60, 100)}, HR ${int(r, 52, 104)}, SpO2 ${int(r, 93, 100)}%. ${pick(r, ['Abdomen soft, non-tender.', 'Chest clear.', 'No effusion.', 'Pocket depths 4-5 mm at 36.'])}`,
    `A: ${pick(r, EN_DX)}.`,
    `P: ${pick(r, ['start', 'continue', 'stop', 'increase'])} ${pick(r, EN_MEDS)}; review in ${int(r, 1, 12)} ${pick(r, ['weeks', 'months'])}.`,
  ];
  if (r() < 0.4) lines.push(`Labs: Hb ${dec(r, 10.5, 16.2)} g/dl, CRP ${int(r, 1, 80)} mg/l, eGFR ${int(r, 35, 95)}, HbA1c ${int(r, 38, 75)} mmol/mol.`);
  return lines.join('\n');
}

function nlMessage(r: Rand): string {
  return `Beste dokter,\n\nIk heb nog steeds last van ${pick(r, NL_COMPLAINTS)}. ${pick(r, ['De medicijnen helpen een beetje.', 'Mag ik de dosis verhogen?', 'Kunt u een herhaalrecept klaarzetten?', 'Ik wil graag een andere afspraak, dinsdag kan ik niet.'])} ${pick(r, ['Alvast bedankt.', 'Met vriendelijke groet,'])}\n${pick(r, ['Anna de Vries', 'Pieter Bakker', 'Fatima el Amrani', 'Joost Visser'])}`;
}

function enMessage(r: Rand): string {
  return `Hi Dr ${pick(r, ['Taylor', 'Okafor', 'Nguyen', 'Hughes'])},\n\nI still have ${pick(r, EN_COMPLAINTS)}. ${pick(r, ['The tablets help a bit.', 'Could I increase the dose?', 'Could you send a repeat prescription?', 'I need to reschedule my appointment to another day.'])}\nThanks, ${pick(r, ['Sam', 'Priya', 'Tom', 'Grace'])}`;
}

export interface Corpus {
  notes: string[];
  /** The second-opinion statements and near-misses mixed in, in the order of the notes that carry them. */
  mentions: string[];
}

/** The corpus with the statements it mixed in, so a bench can say how varied and how frequent they are. */
export function generateCorpusWithMentions(targetBytes: number, seed = 1): Corpus {
  const r = prng(seed);
  const notes: string[] = [];
  const mentions: string[] = [];
  let size = 0;
  while (size < targetBytes) {
    const dutch = r() < 0.6;
    const kind = r();
    let note = dutch ? (kind < 0.75 ? nlNote(r) : nlMessage(r)) : kind < 0.75 ? enNote(r) : enMessage(r);
    if (r() < 0.02) {
      const so = dutch ? pick(r, NL_STATEMENTS)(r) : pick(r, EN_STATEMENTS)(r);
      mentions.push(so);
      note = r() < 0.5 ? `${so}\n${note}` : `${note}\n${so}`;
    }
    notes.push(note);
    size += note.length;
  }
  return { notes, mentions };
}

export function generateCorpus(targetBytes: number, seed = 1): string[] {
  return generateCorpusWithMentions(targetBytes, seed).notes;
}
