import { combineEntries, detectText, type EntryDetection, type TextDetection } from '../../lib/detect';
import type { ClinicalEntry, EvidenceRef, PagePatient, PageWarning, Snapshot } from '../../lib/messages';
import { uniqueEntryIds } from '../../lib/portals/entries';
import { identityOf } from '../../lib/portals/patient-key';
import { pickAdapter } from '../../lib/portals/registry';
import type { PageEntry, PortalAdapter } from '../../lib/portals/types';
import { languageOfTag } from '../../lib/language';
import { clipForSidebar } from './clip-entries';
import { readPageLanguage } from './page-language';
import { sliceClock, yieldToPage } from './yield';

/**
 * Reads the page in slices: patient first, then entries, each entry's detection cached by its text so
 * that a re-read after a DOM change only re-scans what changed. A snapshot never mixes patients: when
 * the patient changes, an empty snapshot of the new patient goes out before anything else, and a scan
 * whose patient changed underneath it is thrown away.
 */
export interface PageReader {
  scan(): Promise<void>;
  current(): Snapshot | undefined;
  locate(entryId: string): Element | null;
  confirmPatient(patient: PagePatient): void;
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
  let confirmed: { pageIdentity: string; patient: PagePatient } | undefined;
  let running = false;
  let again = false;

  const publish = (snapshot: Omit<Snapshot, 'seq' | 'pageTitle' | 'origin' | 'patientKey'>) => {
    latest = { ...snapshot, seq: ++seq, pageTitle: document.title.slice(0, 300), origin: location.origin, patientKey: null };
    options.onSnapshot(latest);
  };

  // What the page says about the patient, with the user's confirmation applied when the page is unsure.
  const readPatient = (adapter: PortalAdapter): { patient: PagePatient | null; warnings: PageWarning[]; pageIdentity: string } => {
    let reading: ReturnType<PortalAdapter['readPatient']>;
    try {
      reading = adapter.readPatient(document);
    } catch {
      reading = { patient: null, warnings: [{ code: 'adapter-failed', detail: adapter.id }] };
    }
    const pageIdentity = identityOf(reading.patient) ?? `none:${location.pathname}`;
    const sure = reading.patient && reading.patient.confidence !== 'unsure';
    if (!sure && confirmed && confirmed.pageIdentity === pageIdentity) {
      return { patient: confirmed.patient, warnings: [...reading.warnings, { code: 'patient-confirmed' }], pageIdentity };
    }
    return { ...reading, pageIdentity };
  };

  const scanOnce = async (): Promise<void> => {
    // Each step over the whole document gets a task of its own, so none adds up to a long task.
    await yieldToPage();
    const adapter = adapterFor(new URL(location.href), document);
    await yieldToPage();
    // Detection gets only the language the page states; the sidebar also takes a guess from its words.
    const lang = adapter.language?.(document) ?? languageOfTag(document.documentElement.lang);
    const first = readPatient(adapter);
    const patientIdentity = identityOf(first.patient);
    const base = { adapter: adapter.id, lang: lang ?? readPageLanguage(document), patient: first.patient, warnings: first.warnings.slice(0, 50) };

    if (patientIdentity !== identity) {
      // New patient (or none): forget everything of the previous one before reading a single entry.
      identity = patientIdentity;
      cache = new Map();
      located = new Map();
      publish({ ...base, entries: [], status: 'none', evidence: [], reading: first.patient !== null });
    }
    if (!first.patient) {
      if (latest?.reading || latest?.patient) publish({ ...base, entries: [], status: 'none', evidence: [], reading: false });
      return;
    }

    await yieldToPage();
    let elements: Element[];
    try {
      elements = adapter.entryElements(document);
    } catch {
      elements = [];
      base.warnings.push({ code: 'adapter-failed', detail: adapter.id });
    }
    await yieldToPage();
    const clock = sliceClock();
    const fresh = new Map<string, CachedEntry>();
    const unique = uniqueEntryIds();
    const ordered: CachedEntry[] = [];
    for (let i = 0; i < elements.length; i++) {
      if (clock.due()) {
        await yieldToPage();
        clock.reset();
      }
      let entry: PageEntry | null = null;
      try {
        entry = adapter.readEntry(elements[i]!, i);
      } catch {
        entry = null;
      }
      if (!entry) continue;
      entry = unique(entry);
      const previous = cache.get(entry.id);
      const detection = previous && previous.entry.text === entry.text ? previous.detection : detectText(entry.text, lang);
      const item = { entry, detection };
      fresh.set(entry.id, item);
      ordered.push(item);
    }

    // The page may have switched patients while we were reading: then this result is not trustworthy.
    if (identityOf(readPatient(adapter).patient) !== patientIdentity) {
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
    const relevant = new Set(evidence.map((e) => e.entryId ?? ''));
    const entries: ClinicalEntry[] = clipForSidebar(
      ordered.map((c) => c.entry),
      relevant,
    );
    const warnings = [...base.warnings];
    if (entries.length < ordered.length) warnings.push({ code: 'entries-clipped', detail: `${entries.length}/${ordered.length}` });
    publish({ ...base, warnings: warnings.slice(0, 50), entries, status: combined.status, evidence, reading: false });
  };

  return {
    async scan() {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          await scanOnce();
        } while (again);
      } finally {
        running = false;
      }
    },
    current: () => latest,
    locate: (entryId) => located.get(entryId)?.locate() ?? null,
    confirmPatient(patient) {
      const adapter = adapterFor(new URL(location.href), document);
      const { pageIdentity } = readPatient(adapter);
      confirmed = { pageIdentity, patient: { ...patient, confidence: 'certain' } };
      identity = undefined;
      void this.scan();
    },
  };
}

function sourceOf(entry: PageEntry): string {
  return [entry.title ?? entry.kind, entry.author].filter(Boolean).join(' · ');
}
