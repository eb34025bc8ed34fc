/**
 * Deterministic synthetic corpus of clinical texts for benchmarking the detector: Dutch and English
 * SOEP/SOAP notes, lab and medication lines, portal messages and letters. About 2% of notes carry a
 * second-opinion statement (every status, both languages). All names and values are invented.
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

const SO_NL = [
  'Pt wil graag een second opinion bij een andere specialist.',
  'Mevr. vraagt of een tweede mening vergoed wordt.',
  'Dhr. overweegt een 2e opinie in het academisch ziekenhuis.',
  'Second opinion besproken; patiënt ziet hiervan af.',
  'Second opinion in het UMC gehad, advies gelijk.',
  'Zijn vrouw heeft onlangs een second opinion gehad.',
  'Informatie over second opinion: u heeft recht op een second opinion.',
  'Tweede controle na de ingreep verliep goed.',
  'Patiënte twijfelt aan de diagnose en wil dat een ander ziekenhuis meekijkt.',
];
const SO_EN = [
  'Patient requests a second opinion from another rheumatologist.',
  'She wonders whether a second opinion would be covered.',
  'He declined the offer of a second opinion.',
  'Second opinion obtained at the regional centre; diagnosis confirmed.',
  'My brother had a second opinion last year for his own back.',
  'Second look at the scan by a colleague: no change.',
  'I am not sure about the diagnosis and would like another doctor to look at it.',
  'Withdrew her request for a second opinion after the family meeting.',
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

export function generateCorpus(targetBytes: number, seed = 1): string[] {
  const r = prng(seed);
  const notes: string[] = [];
  let size = 0;
  while (size < targetBytes) {
    const dutch = r() < 0.6;
    const kind = r();
    let note = dutch ? (kind < 0.75 ? nlNote(r) : nlMessage(r)) : kind < 0.75 ? enNote(r) : enMessage(r);
    if (r() < 0.02) {
      const so = dutch ? pick(r, SO_NL) : pick(r, SO_EN);
      note = r() < 0.5 ? `${so}\n${note}` : `${note}\n${so}`;
    }
    notes.push(note);
    size += note.length;
  }
  return notes;
}
