import type { NewDraft } from '../../lib/store';

/**
 * Invented drafts for the store benchmarks: a realistic letter of about 6 KB (11 sections), five
 * categories and one quoted sentence, the patient label varied per draft so that search has work to do.
 */
const FIRST = ['Marieke', 'Johan', 'Aïcha', 'Pieter', 'Sanne', 'Ravi', 'Femke', 'Thijs', 'Noor', 'Bram', 'Lotte', 'Youssef'];
const LAST = ['de Vries', 'Jansen', 'El Amrani', 'van Dam', 'Bakker', 'Ramdin', 'Visser', 'van den Heuvel', 'Smit', 'Öztürk', 'Mulder', 'Bos'];
const SENTENCE =
  'Patiënte is sinds enkele jaren bekend met wisselende klachten; de behandeling tot nu toe gaf onvoldoende effect en zij vraagt zich af of er andere opties zijn. ';
const SECTION_IDS = ['envelope', 'question', 'reason', 'history', 'findings', 'treatment', 'patient-wishes', 'summary', 'enclosures', 'arrangements', 'author'];

export function benchDraft(i: number): NewDraft {
  const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
  const year = 1940 + (i % 70);
  const birthDate = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  return {
    patientKey: `pk-${i.toString(16).padStart(8, '0')}`,
    portal: 'https://portal.example.test',
    patientLabel: { name, birthDate },
    status: 'draft',
    lang: 'nl',
    question: 'treatment-options',
    recipient: { name: 'Dr. A. Voorbeeld', organisation: 'Voorbeeldziekenhuis' },
    letter: { lang: 'nl', sections: SECTION_IDS.map((id) => ({ id, title: id, text: `${SENTENCE.repeat(3)}(${i})`, edited: false })), placeholders: [] },
    categories: ['imaging', 'lab', 'medication', 'problems', 'mental-health'].map((id, k) => ({ id, selected: k < 3, consent: k < 3 ? 'given' : 'unknown' })),
    reporting: { selfReferred: false, informTreatingClinicianConsent: 'given' },
    checklist: [{ id: `imaging:${i}`, categoryId: 'imaging', label: 'MRI', state: 'to-collect' }],
    evidence: [{ start: 0, end: 38, text: 'Ik wil graag een second opinion.', status: 'requested', cues: ['request'] }],
  };
}
