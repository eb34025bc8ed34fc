import { combineEntries, detectText, type EntryDetection, type TextDetection } from '../../lib/detect';
import type { ClinicalEntry, EvidenceRef, PagePatient, PageWarning, Snapshot } from '../../lib/messages';
import { PAGE_STATE_RECORDS, pageStateOf } from '../../lib/page-state';
import { confirmationConflicts, readableIdentity, withReading } from '../../lib/portals/patient-match';
import { uniqueEntryIds } from '../../lib/portals/entries';
import { identityOf } from '../../lib/portals/patient-key';
import { pickAdapter } from '../../lib/portals/registry';
import type { PageEntry, PatientReading, PortalAdapter } from '../../lib/portals/types';
import { clipForSidebar } from './clip-entries';
import { readQuickState, type QuickState } from './page-state';
import { languageOfTag } from '../../lib/language';
import { readPageLanguage } from './page-language';
import { prepareWalk } from '../../lib/portals/page-walk';
import { SLICE_MS, sliceClock, yieldToPage } from './yield';

/**
 * Reads the page in slices: patient first, then entries, each entry's detection cached by its text so
 * that a re-read after a DOM change only re-scans what changed. A snapshot never mixes patients: when
 * the patient changes, an empty snapshot of the new patient goes out before anything else, and a scan
 * whose patient changed underneath it is thrown away.
 *
 * A patient the clinician confirmed by hand holds only for the page state it was confirmed on
 * (lib/page-state.ts): a new address, title, banner or first entries end it before anything of the
 * new state is published, and the sidebar asks again.
 */
export interface PageReader {
  scan(): Promise<void>;
  current(): Snapshot | undefined;
  locate(entryId: string): Element | null;
  /** The clinician says who the patient is, on the page state they saw (the fingerprint of a snapshot). */
  confirmPatient(patient: PagePatient, pageState: string): void;
  /** The address changes (SPA route, history, hash): the patient is unknown until the page is read again. */
  addressChanged(): void;
  /** The DOM changed: a hand confirmation ends at once when the top of the page is no longer the same. */
  domChanged(): void;
}

const HEAD_LOOKAHEAD = 50;

interface Confirmation {
  pageState: string;
  quick: string;
  patient: PagePatient;
}

/** The record's first entries, read before the patient is decided: they are part of the page state. */
interface RecordHead {
  read: Map<number, PageEntry | null>;
  elements: Element[];
  texts: string[];
}


interface CachedEntry {
  entry: PageEntry;
  detection: TextDetection;
}

export function createPageReader(options: { onSnapshot(snapshot: Snapshot): void; adapterFor?: (url: URL, doc: Document) => PortalAdapter }): PageReader {
  const adapterFor = options.adapterFor ?? pickAdapter;
  let latest: Snapshot | undefined;
  let seq = 0;
  let identity: string | null | undefined;
  let cache = new Map<string, CachedEntry>();
  let located = new Map<string, PageEntry>();
  let confirmed: Confirmation | undefined;
  /** Why the sidebar asks for the patient (again): shown while the patient is unknown. */
  let notice: PageWarning | undefined;
  /** Raised whenever what was read may no longer be the page: a scan begun before it publishes nothing. */
  let generation = 0;
  let running = false;
  let again = false;

  const publish = (snapshot: Omit<Snapshot, 'seq' | 'pageTitle' | 'origin' | 'patientKey'>) => {
    latest = { ...snapshot, seq: ++seq, pageTitle: document.title.slice(0, 300), origin: location.origin, patientKey: null };
    options.onSnapshot(latest);
  };

  /** Forget the patient and everything read of them, and say so before anything else goes out. */
  const forget = (reason: PageWarning | undefined) => {
    generation++;
    if (confirmed) {
      confirmed = undefined;
      notice = reason;
    }
    again = running;
    if (latest && !latest.patient && latest.reading && latest.pageState === '') return;
    identity = null;
    cache = new Map();
    located = new Map();
    publish({
      adapter: latest?.adapter ?? 'generic',
      lang: latest?.lang,
      patient: null,
      warnings: notice ? [notice] : [],
      entries: [],
      status: 'none',
      evidence: [],
      reading: true,
      pageState: '',
    });
  };

  const readHead = (adapter: PortalAdapter, elements: Element[]): RecordHead => {
    const head: RecordHead = { read: new Map(), elements: [], texts: [] };
    // Bounded, so a page of blocks that hold nothing clinical is not read whole in one task here.
    for (let i = 0; i < Math.min(elements.length, HEAD_LOOKAHEAD) && head.texts.length < PAGE_STATE_RECORDS; i++) {
      const entry = readOne(adapter, elements[i]!, i);
      head.read.set(i, entry);
      if (!entry) continue;
      head.elements.push(elements[i]!);
      head.texts.push(entry.text);
    }
    return head;
  };

  const stateOf = (quick: QuickState, head: RecordHead) => pageStateOf({ url: quick.url, title: quick.title, top: quick.top, records: head.texts });

  const readReading = (adapter: PortalAdapter): PatientReading => {
    try {
      return adapter.readPatient(document);
    } catch {
      return { patient: null, warnings: [{ code: 'adapter-failed', detail: adapter.id }] };
    }
  };

  // What the page says about the patient, with the clinician's confirmation applied when the page is
  // unsure and the confirmation was made on this very page state.
  const readPatient = (adapter: PortalAdapter, pageState: string): PatientReading & { confirmedOn?: string } => {
    const reading = readReading(adapter);
    const sure = reading.patient && reading.patient.confidence !== 'unsure';
    if (!sure && confirmed && confirmed.pageState === pageState) {
      return { patient: confirmed.patient, warnings: [...reading.warnings, { code: 'patient-confirmed' }], confirmedOn: pageState };
    }
    return reading;
  };

  const scanOnce = async (): Promise<void> => {
    const startedIn = generation;
    // Each step over the whole document gets a task of its own, so none adds up to a long task.
    await yieldToPage();
    // The whole page is walked in slices first: the adapter's readers below then find the walk cached
    // instead of walking a huge record in one long task.
    await prepareWalk(document, SLICE_MS, yieldToPage);
    const adapter = adapterFor(new URL(location.href), document);
    await yieldToPage();
    // Detection gets only the language the page states; the sidebar also takes a guess from its words.
    const lang = adapter.language?.(document) ?? languageOfTag(document.documentElement.lang);
    const quick = readQuickState();
    const warnings: PageWarning[] = [];
    let elements: Element[];
    try {
      elements = adapter.entryElements(document);
    } catch {
      elements = [];
      warnings.push({ code: 'adapter-failed', detail: adapter.id });
    }
    await yieldToPage();
    if (generation !== startedIn) {
      again = true;
      return;
    }
    const head = readHead(adapter, elements);
    const pageState = stateOf(quick, head);
    if (confirmed && confirmed.pageState !== pageState) {
      // The page is no longer the one the clinician confirmed: the patient is unknown again.
      forget({ code: 'patient-confirmation-ended' });
      again = true;
      return;
    }
    const first = readPatient(adapter, pageState);
    const patientIdentity = identityOf(first.patient);
    const shownNotice = first.patient || !notice ? [] : [notice];
    const base = { adapter: adapter.id, lang: lang ?? readPageLanguage(document), patient: first.patient, warnings: [...shownNotice, ...first.warnings, ...warnings].slice(0, 50), pageState, confirmedOn: first.confirmedOn };

    if (patientIdentity !== identity) {
      // New patient (or none): forget everything of the previous one before reading a single entry.
      identity = patientIdentity;
      cache = new Map();
      located = new Map();
      if (first.patient) publish({ ...base, entries: [], status: 'none', evidence: [], reading: true });
    }
    if (!first.patient) {
      const same = latest && !latest.patient && !latest.reading && latest.pageState === pageState && JSON.stringify(latest.warnings) === JSON.stringify(base.warnings);
      if (!same) publish({ ...base, entries: [], status: 'none', evidence: [], reading: false });
      return;
    }

    const clock = sliceClock();
    const fresh = new Map<string, CachedEntry>();
    const unique = uniqueEntryIds();
    const ordered: CachedEntry[] = [];
    for (let i = 0; i < elements.length; i++) {
      if (clock.due()) {
        await yieldToPage();
        clock.reset();
      }
      let entry = head.read.has(i) ? head.read.get(i)! : readOne(adapter, elements[i]!, i);
      if (!entry) continue;
      entry = unique(entry);
      const previous = cache.get(entry.id);
      const detection = previous && previous.entry.text === entry.text ? previous.detection : detectText(entry.text, lang);
      const item = { entry, detection };
      fresh.set(entry.id, item);
      ordered.push(item);
    }

    // The page may have switched patients, or left the confirmed state, while we were reading: then
    // this result is not trustworthy and the page is read again.
    if (generation !== startedIn || location.href !== quick.url || identityOf(readPatient(adapter, pageState).patient) !== patientIdentity) {
      again = true;
      return;
    }
    if (first.confirmedOn && !headUnchanged(adapter, head, quick)) {
      forget({ code: 'patient-confirmation-ended' });
      again = true;
      return;
    }
    cache = fresh;
    located = new Map(ordered.map((c) => [c.entry.id, c.entry]));
    await yieldToPage();

    const combined = combineEntries(
      ordered.map(
        (c, order): EntryDetection => ({
          entryId: c.entry.id,
          date: c.entry.date,
          source: sourceOf(c.entry),
          order,
          detection: c.detection,
        }),
      ),
    );
    const evidence: EvidenceRef[] = combined.history.slice(0, 200).map((h) => ({
      entryId: h.entryId,
      start: h.start,
      end: h.end,
      text: h.text.slice(0, 2000),
      status: h.status,
      trigger: h.trigger?.slice(0, 200),
      cues: h.cues.slice(0, 20),
      date: h.date,
      source: h.source?.slice(0, 300),
    }));
    await yieldToPage();
    if (generation !== startedIn) {
      again = true;
      return;
    }
    const relevant = new Set(evidence.map((e) => e.entryId ?? ''));
    const entries: ClinicalEntry[] = clipForSidebar(
      ordered.map((c) => c.entry),
      relevant,
    );
    const allWarnings = [...base.warnings];
    if (entries.length < ordered.length) allWarnings.push({ code: 'entries-clipped', detail: `${entries.length}/${ordered.length}` });
    publish({ ...base, warnings: allWarnings.slice(0, 50), entries, status: combined.status, evidence, reading: false });
  };

  // One read at a time; a call during a read asks for one more and resolves when the page is read.
  let inFlight: Promise<void> | undefined;
  const scan = (): Promise<void> => {
    if (inFlight) {
      again = true;
      return inFlight;
    }
    running = true;
    inFlight = (async () => {
      try {
        do {
          again = false;
          await scanOnce();
        } while (again);
      } finally {
        running = false;
        inFlight = undefined;
      }
    })();
    return inFlight;
  };

  return {
    scan,
    current: () => latest,
    locate: (entryId) => located.get(entryId)?.locate() ?? null,
    confirmPatient(patient, pageState) {
      const adapter = adapterFor(new URL(location.href), document);
      const quick = readQuickState();
      let elements: Element[];
      try {
        elements = adapter.entryElements(document);
      } catch {
        elements = [];
      }
      const now = stateOf(quick, readHead(adapter, elements));
      const reading = readReading(adapter);
      const conflicts = confirmationConflicts(patient, withReading(readableIdentity(quick.top), reading.patient));
      if (now !== pageState) {
        // The page changed between what the clinician saw and their click: confirm on what is there now.
        notice = { code: 'patient-confirmation-stale' };
      } else if (conflicts.length > 0) {
        notice = { code: 'patient-confirmation-refused', detail: conflicts.join(', ') };
      } else {
        confirmed = { pageState, quick: quick.quick, patient: { ...patient, confidence: 'certain' } };
        notice = undefined;
      }
      generation++;
      identity = undefined;
      void scan();
    },
    addressChanged() {
      // The new route renders after this; the watcher's next scan reads it once it has.
      forget({ code: 'patient-confirmation-ended' });
    },
    domChanged() {
      if (confirmed && readQuickState().quick !== confirmed.quick) forget({ code: 'patient-confirmation-ended' });
    },
  };
}

function readOne(adapter: PortalAdapter, el: Element, index: number): PageEntry | null {
  try {
    return adapter.readEntry(el, index);
  } catch {
    return null;
  }
}

/** The confirmed state's top and first entries are still on the page, unchanged. */
function headUnchanged(adapter: PortalAdapter, head: RecordHead, quick: QuickState): boolean {
  if (readQuickState().quick !== quick.quick) return false;
  return head.elements.every((el, i) => el.isConnected && readOne(adapter, el, i)?.text === head.texts[i]);
}

function sourceOf(entry: PageEntry): string {
  return [entry.title ?? entry.kind, entry.author].filter(Boolean).join(' · ');
}
