import { openDB } from 'idb';
import { openDraftStore, type Draft, type DraftStore, type NewDraft } from '../../lib/store';

/**
 * Runs in a real browser page (see bench/store.bench.mjs): fills the real IndexedDB with realistic
 * drafts and times the two things a clinician waits for, saving while typing and opening the list.
 */
const DB_NAME = 'store-bench';
const DRAFTS = 1000;
const SAVES = 200;
const LIST_RUNS = 5;

const FIRST = ['Marieke', 'Johan', 'Aïcha', 'Pieter', 'Sanne', 'Ravi', 'Femke', 'Thijs', 'Noor', 'Bram', 'Lotte', 'Youssef'];
const LAST = ['de Vries', 'Jansen', 'El Amrani', 'van Dam', 'Bakker', 'Ramdin', 'Visser', 'van den Heuvel', 'Smit', 'Öztürk', 'Mulder', 'Bos'];
const SENTENCE =
  'Patiënte is sinds enkele jaren bekend met wisselende klachten; de behandeling tot nu toe gaf onvoldoende effect en zij vraagt zich af of er andere opties zijn. ';
const SECTION_IDS = ['envelope', 'question', 'reason', 'history', 'findings', 'treatment', 'patient-wishes', 'summary', 'enclosures', 'arrangements', 'author'];

function newDraft(i: number): NewDraft {
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
    // 11 sections of ~560 characters: a letter of about 6 KB.
    letter: { lang: 'nl', sections: SECTION_IDS.map((id) => ({ id, title: id, text: `${SENTENCE.repeat(3)}(${i})`, edited: false })), placeholders: [] },
    categories: ['imaging', 'lab', 'medication', 'problems', 'mental-health'].map((id, k) => ({ id, selected: k < 3, consent: k < 3 ? 'given' : 'unknown' })),
    reporting: { selfReferred: false, informTreatingClinicianConsent: 'given' },
    checklist: [{ id: `imaging:${i}`, categoryId: 'imaging', label: 'MRI', state: 'to-collect' }],
    evidence: [{ start: 0, end: 38, text: 'Ik wil graag een second opinion.', status: 'requested', cues: ['request'] }],
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function barePuts(draft: Draft): Promise<number[]> {
  const db = await openDB('store-bench-bare', 1, {
    upgrade(d) {
      d.createObjectStore('x', { keyPath: 'id' });
    },
  });
  const times: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const t0 = performance.now();
    const tx = db.transaction('x', 'readwrite', { durability: 'relaxed' });
    await tx.store.put({ ...draft, revision: i });
    await tx.done;
    times.push(performance.now() - t0);
  }
  db.close();
  await deleteDatabase('store-bench-bare');
  return times;
}

async function deleteDatabase(name: string) {
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('blocked'));
  });
}

async function run() {
  await deleteDatabase(DB_NAME);
  let store: DraftStore = await openDraftStore({ name: DB_NAME });
  const fillStart = performance.now();
  let target: Draft | undefined;
  for (let i = 0; i < DRAFTS; i++) {
    const d = await store.create(newDraft(i));
    if (i === DRAFTS / 2) target = d;
  }
  const fillMs = performance.now() - fillStart;
  const letterBytes = new TextEncoder().encode(JSON.stringify(target!.letter)).length;
  // The fill is setup: let the browser finish writing it out, and start from a fresh open as a sidebar would.
  store.close();
  await new Promise((r) => setTimeout(r, 5000));
  store = await openDraftStore({ name: DB_NAME });

  const saveTimes: number[] = [];
  let draft = target!;
  for (let i = 0; i < SAVES; i++) {
    const sections = draft.letter.sections.map((s, k) => (k === 3 ? { ...s, text: `${s.text} edit ${i}`, edited: true } : s));
    const edited: Draft = { ...draft, letter: { ...draft.letter, sections } };
    const t0 = performance.now();
    const result = await store.save(edited);
    saveTimes.push(performance.now() - t0);
    if (!result.ok) throw new Error('unexpected conflict');
    draft = result.draft;
  }

  // Reference on this machine: one bare put of the same draft per transaction, nothing else.
  const bareTimes = await barePuts(draft);

  const listTimes: number[] = [];
  const openTimes: number[] = [];
  let listed = 0;
  for (let i = 0; i < LIST_RUNS; i++) {
    store.close();
    const t0 = performance.now();
    store = await openDraftStore({ name: DB_NAME });
    const t1 = performance.now();
    listed = (await store.listDrafts()).length;
    listTimes.push(performance.now() - t1);
    openTimes.push(t1 - t0);
  }
  const searchStart = performance.now();
  const found = (await store.listDrafts({ query: 'vries' })).length;
  const searchMs = performance.now() - searchStart;
  const revisions = (await store.listRevisions(draft.id)).length;
  store.close();
  await deleteDatabase(DB_NAME);

  return {
    saveP95Ms: round(percentile(saveTimes, 95)),
    saveMedianMs: round(percentile(saveTimes, 50)),
    bareP95Ms: round(percentile(bareTimes, 95)),
    bareMedianMs: round(percentile(bareTimes, 50)),
    listOpenMs: round(percentile(listTimes, 50)),
    openMs: round(percentile(openTimes, 50)),
    searchMs: round(searchMs),
    fillMs: round(fillMs),
    drafts: listed,
    found,
    revisionsKept: revisions,
    letterBytes,
  };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

declare global {
  interface Window {
    runStoreBench: typeof run;
  }
}
window.runStoreBench = run;
document.getElementById('state')!.textContent = 'ready';
