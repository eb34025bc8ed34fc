import type { ClinicalEntry, PagePatient, PageWarning, ReadVerdict, Snapshot } from '../../lib/messages';
import { readingOrder } from '../../lib/portals/reading-order';
import { plainEntry } from '../../lib/analysis/clip';
import { PAGE_STATE_RECORDS, pageStateOf } from '../../lib/page-state';
import { confirmationConflicts, readableIdentity, withReading } from '../../lib/portals/patient-match';
import { uniqueEntryIds } from '../../lib/portals/entries';
import { identityOf } from '../../lib/portals/patient-key';
import { pickAdapter } from '../../lib/portals/registry';
import type { PageEntry, PatientReading, PortalAdapter } from '../../lib/portals/types';
import type { ReadLink, ReadStream } from './background-link';
import { readQuickState, type QuickState } from './page-state';
import { languageOfTag } from '../../lib/language';
import { readPageLanguage } from './page-language';
import { prepareWalk } from '../../lib/portals/page-walk';
import { emptyPlan, MAX_RECORDS, planChanges } from './read-changes';
import { SLICE_MS, sliceClock, yieldToPage } from './yield';
import { singleFlight } from '../../lib/single-flight';

/**
 * Reads the page in slices — patient first, then entries — and hands the entries to the background
 * (`link`), where detection and everything after it runs: the portal's thread only reads. After a
 * small change of the page (a new message, an edited note) only the changed entry blocks are read
 * again (read-changes.ts); anything else reads the page whole, in slices.
 *
 * A snapshot never mixes patients: when the patient changes, an empty snapshot of the new patient
 * goes out before anything else, and a read whose page changed underneath it — while it was read or
 * while the background decided — is thrown away.
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
  domChanged(records?: readonly MutationRecord[]): void;
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

type Base = Pick<Snapshot, 'adapter' | 'lang' | 'patient' | 'warnings' | 'pageState' | 'confirmedOn'>;

/** One entry block of the page and what was read from it (null: nothing clinical). */
interface Block {
  el: Element;
  entry: PageEntry | null;
  /** The entry's id as sent while the read streamed (unique within that read, given newest first). */
  id?: string;
}

/** The last whole read of a patient's page, kept so that a small change re-reads only what changed. */
interface Read {
  adapter: PortalAdapter;
  quick: QuickState;
  base: Base;
  blocks: Block[];
  byElement: Map<Element, Block>;
  /** A whole read already sent while it was read: its end goes on this stream. */
  stream?: ReadStream;
}

const OWN_HOST = 'SECOND-OPINION-SIDEBAR';

export function createPageReader(options: { onSnapshot(snapshot: Snapshot): void; link: ReadLink; adapterFor?: (url: URL, doc: Document) => PortalAdapter }): PageReader {
  const adapterFor = options.adapterFor ?? pickAdapter;
  let latest: Snapshot | undefined;
  let seq = 0;
  let identity: string | null | undefined;
  let located = new Map<string, PageEntry>();
  let confirmed: Confirmation | undefined;
  /** Why the sidebar asks for the patient (again): shown while the patient is unknown. */
  let notice: PageWarning | undefined;
  /** Raised whenever what was read may no longer be the page: a scan begun before it publishes nothing. */
  let generation = 0;
  // One read at a time; a call during a read asks for one more and resolves when the page is read.
  const reads = singleFlight(() => scanOnce());
  let last: Read | undefined;
  /** Mutations since the last read began, sorted out when the next read begins; too many: read whole. */
  let pending: MutationRecord[] = [];
  let overflow = false;

  const publish = (snapshot: Omit<Snapshot, 'seq' | 'pageTitle' | 'origin'>) => {
    latest = { ...snapshot, seq: ++seq, pageTitle: document.title.slice(0, 300), origin: location.origin };
    options.onSnapshot(latest);
  };

  const readWholeNext = () => {
    last = undefined;
  };

  /** Forget the patient and everything read of them, and say so before anything else goes out. */
  const forget = (reason: PageWarning | undefined) => {
    generation++;
    if (confirmed) {
      confirmed = undefined;
      notice = reason;
    }
    reads.again();
    readWholeNext();
    if (latest && !latest.patient && latest.reading && latest.pageState === '') return;
    identity = null;
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

  /** The head as already read: the first entries among the first blocks. */
  const headOf = (blocks: readonly Block[]): RecordHead => {
    const head: RecordHead = { read: new Map(), elements: [], texts: [] };
    for (let i = 0; i < Math.min(blocks.length, HEAD_LOOKAHEAD) && head.texts.length < PAGE_STATE_RECORDS; i++) {
      const { el, entry } = blocks[i]!;
      if (!entry) continue;
      head.elements.push(el);
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

  /** Reads `blocks` that are not read yet (entry undefined) in slices. */
  const readBlocks = async (adapter: PortalAdapter, blocks: Block[], unread: ReadonlySet<Block>, head?: RecordHead) => {
    const clock = sliceClock();
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (!unread.has(block)) continue;
      if (clock.due()) {
        await yieldToPage();
        clock.reset();
      }
      block.entry = head?.read.has(i) ? head.read.get(i)! : readOne(adapter, block.el, i);
      delete block.id;
    }
  };

  /**
   * Reads every block newest first (readingOrder) and sends what each slice read at once, so that the
   * background can show the flag as soon as the evidence is read. `onRead` sees each entry read.
   */
  const streamBlocks = async (adapter: PortalAdapter, blocks: Block[], head: RecordHead, stream: ReadStream, onRead: (entry: PageEntry) => void) => {
    const done = new Uint8Array(blocks.length);
    const read = (i: number) => {
      if (done[i]) return;
      done[i] = 1;
      const block = blocks[i]!;
      block.entry = head.read.has(i) ? head.read.get(i)! : readOne(adapter, block.el, i);
      delete block.id;
    };
    // The blocks read to choose the order count towards the first slice.
    const clock = sliceClock();
    const order = readingOrder(blocks.length, (i) => {
      read(i);
      return blocks[i]!.entry?.date;
    });
    const unique = uniqueEntryIds();
    let entries: PageEntry[] = [];
    let positions: number[] = [];
    for (const i of order) {
      if (clock.due()) {
        // What a slice read is posted at the start of the next one, inside its budget: posted at the end
        // of the slice that read it, the copying came on top of a full slice.
        const batch = entries;
        const at = positions;
        entries = [];
        positions = [];
        await yieldToPage();
        clock.reset();
        await stream.push(batch, at);
      }
      read(i);
      const block = blocks[i]!;
      if (!block.entry) continue;
      const entry = unique(block.entry);
      block.id = entry.id;
      entries.push(entry);
      positions.push(i);
      onRead(entry);
    }
    await stream.push(entries, positions);
  };

  /** The whole page, in slices: the patient, then every entry block. Undefined: nothing to analyse. */
  const readWhole = async (startedIn: number): Promise<Read | undefined> => {
    pending = [];
    overflow = false;
    // Each step over the whole document gets a task of its own, so none adds up to a long task.
    await yieldToPage();
    // The whole page is walked in slices first: the adapter's readers below then find the walk cached
    // instead of walking a huge record in one long task.
    await prepareWalk(document, SLICE_MS, yieldToPage);
    const adapter = adapterFor(new URL(location.href), document);
    await yieldToPage();
    // The banner and entry passes over the whole page, in slices too.
    try {
      await adapter.prepare?.(document, SLICE_MS, yieldToPage);
    } catch {
      // A reader that cannot prepare reads at once below, and reports its failure there.
    }
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
      reads.again();
      return undefined;
    }
    const head = readHead(adapter, elements);
    const pageState = stateOf(quick, head);
    if (confirmed && confirmed.pageState !== pageState) {
      // The page is no longer the one the clinician confirmed: the patient is unknown again.
      forget({ code: 'patient-confirmation-ended' });
      reads.again();
      return undefined;
    }
    const first = readPatient(adapter, pageState);
    const patientIdentity = identityOf(first.patient);
    const shownNotice = first.patient || !notice ? [] : [notice];
    const base: Base = { adapter: adapter.id, lang: lang ?? readPageLanguage(document), patient: first.patient, warnings: [...shownNotice, ...first.warnings, ...warnings].slice(0, 50), pageState, confirmedOn: first.confirmedOn };

    if (patientIdentity !== identity) {
      // New patient (or none): forget everything of the previous one before reading a single entry.
      identity = patientIdentity;
      located = new Map();
      if (first.patient) publish({ ...base, entries: [], status: 'none', evidence: [], reading: true });
    }
    if (!first.patient) {
      const same = latest && !latest.patient && !latest.reading && latest.pageState === pageState && JSON.stringify(latest.warnings) === JSON.stringify(base.warnings);
      if (!same) publish({ ...base, entries: [], status: 'none', evidence: [], reading: false });
      return undefined;
    }

    // The patient is read and published: the entry blocks are read from a task of their own.
    await yieldToPage();
    const blocks: Block[] = elements.map((el) => ({ el, entry: null }));
    const byElement = new Map(blocks.map((b) => [b.el, b]));
    const detectLang = adapter.language?.(document) ?? languageOfTag(document.documentElement.lang);
    // A partial verdict is shown only while nothing outside the entry blocks changed since this read
    // began (the banner may name someone else by now) and the read is still the page's newest.
    const showPartial = (verdict: ReadVerdict) => {
      if (generation !== startedIn || location.href !== quick.url || verdict.pageState !== pageState || first.confirmedOn) return;
      if (overflow || planChanges(emptyPlan(), pending, (el) => byElement.has(el), ours).whole) return;
      publish({ ...base, entries: [], status: verdict.status, evidence: verdict.evidence, reading: true });
    };
    const stream = options.link.begin({ ...(detectLang ? { lang: detectLang } : {}), pageState }, showPartial);
    await streamBlocks(adapter, blocks, head, stream, (entry) => located.set(entry.id, entry));

    // The page may have switched patients, or left the confirmed state, while we were reading: then
    // this result is not trustworthy and the page is read again.
    if (generation !== startedIn || location.href !== quick.url || identityOf(readPatient(adapter, pageState).patient) !== patientIdentity) {
      reads.again();
      return undefined;
    }
    if (first.confirmedOn && !headUnchanged(adapter, head, quick)) {
      forget({ code: 'patient-confirmation-ended' });
      reads.again();
      return undefined;
    }
    return { adapter, quick, base, blocks, byElement, stream };
  };

  /**
   * Only what changed since the last read: blocks gone from the page are dropped, changed and added
   * blocks read again. Undefined when the change needs the page read whole (then `last` is cleared).
   */
  const readChanges = async (read: Read, startedIn: number): Promise<Read | 'same' | undefined> => {
    const batch = pending;
    pending = [];
    if (overflow) return undefined;
    const plan = planOf(read, batch);
    if (plan.whole) return undefined;
    // Only entry blocks changed (the banner lies outside them): the patient is the one read before.
    const quick = readQuickState();
    const unread = new Set<Block>();
    let blocks = read.blocks.filter((b) => b.el.isConnected);
    for (const el of plan.dirty) {
      const block = read.byElement.get(el);
      if (block && el.isConnected) unread.add(block);
    }
    for (const { el, sibling } of plan.added) {
      if (!el.isConnected || read.byElement.has(el) || !read.adapter.adoptEntry?.(el, sibling)) {
        if (el.isConnected && !read.byElement.has(el)) return undefined;
        continue;
      }
      const block: Block = { el, entry: null };
      blocks.splice(insertionPoint(blocks, el), 0, block);
      read.byElement.set(el, block);
      unread.add(block);
    }
    if (unread.size === 0 && blocks.length === read.blocks.length && quick.quick === read.quick.quick) return 'same';
    await readBlocks(read.adapter, blocks, unread);
    if (generation !== startedIn || location.href !== quick.url) {
      reads.again();
      return undefined;
    }
    const head = headOf(blocks);
    const pageState = stateOf(quick, head);
    if (confirmed && confirmed.pageState !== pageState) {
      forget({ code: 'patient-confirmation-ended' });
      reads.again();
      return undefined;
    }
    blocks = blocks.filter((b) => b.el.isConnected);
    const byElement = new Map(blocks.map((b) => [b.el, b]));
    return { ...read, quick, blocks, byElement, base: { ...read.base, pageState } };
  };

  const scanOnce = async (): Promise<void> => {
    const startedIn = generation;
    let read = last && identity !== undefined ? await readChanges(last, startedIn) : undefined;
    if (read === 'same') return;
    if (!read) {
      if (generation !== startedIn) return;
      last = undefined;
      read = await readWhole(startedIn);
    }
    if (!read) return;
    if (generation !== startedIn) {
      reads.again();
      return;
    }
    const stream = read.stream;
    delete read.stream;
    last = read;

    // Ids given while the read streamed stay as sent; blocks read again since get theirs in page order.
    const unique = uniqueEntryIds(read.blocks.flatMap((b) => (b.entry && b.id !== undefined ? [b.id] : [])));
    const entries: PageEntry[] = [];
    for (const block of read.blocks) {
      if (!block.entry) continue;
      entries.push(block.id === undefined ? unique(block.entry) : block.id === block.entry.id ? block.entry : { ...block.entry, id: block.id });
    }
    located = new Map(entries.map((e) => [e.id, e]));
    await yieldToPage();
    const pageRead = { lang: read.adapter.language?.(document) ?? languageOfTag(document.documentElement.lang), pageState: read.base.pageState, entries };
    const verdict = await (stream ? stream.finish(pageRead) : options.link.analyze(pageRead));
    // The answer's arrival (ten thousand ids on a long record) has had its task; composing gets its own.
    await yieldToPage();
    if (!stillCurrent(read, verdict, startedIn)) return;
    publish({ ...read.base, ...composed(read.base.warnings, entries, verdict!), reading: false });
  };

  /** A verdict is shown only for the page state, patient and page it was read on. */
  const stillCurrent = (read: Read, verdict: ReadVerdict | undefined, startedIn: number): boolean => {
    if (generation !== startedIn || location.href !== read.quick.url) {
      reads.again();
      return false;
    }
    if (!verdict || verdict.pageState !== read.base.pageState) return false;
    // The page changed outside its entry blocks while the background decided (the banner may name
    // another patient now): this verdict is not shown, and the page is read whole.
    if (overflow || planOf(read, pending).whole) {
      readWholeNext();
      reads.again();
      return false;
    }
    return true;
  };

  const planOf = (read: Read, records: readonly MutationRecord[]) => planChanges(emptyPlan(), records, (el) => read.byElement.has(el), ours);

  return {
    scan: () => reads.run(),
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
      readWholeNext();
      void reads.run();
    },
    addressChanged() {
      // The new route renders after this; the watcher's next scan reads it once it has.
      forget({ code: 'patient-confirmation-ended' });
    },
    domChanged(batch) {
      if (confirmed && readQuickState().quick !== confirmed.quick) forget({ code: 'patient-confirmation-ended' });
      // Without the records nobody can say what changed: the page is read whole.
      if (!batch || overflow || pending.length + batch.length > MAX_RECORDS) {
        overflow = true;
        pending = [];
        return;
      }
      pending.push(...batch);
    },
  };
}

const ours = (node: Node) => node.nodeName.toUpperCase() === OWN_HOST;

/** Where a new block goes among `blocks`, in page order. */
function insertionPoint(blocks: readonly Block[], el: Element): number {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    // FOLLOWING (4): the new block comes after blocks[mid].
    if (blocks[mid]!.el.compareDocumentPosition(el) & 4) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The snapshot's verdict part: the flag and quotes decided in the background, the chosen entries as plain data. */
function composed(warnings: readonly PageWarning[], entries: readonly PageEntry[], verdict: ReadVerdict): Pick<Snapshot, 'warnings' | 'entries' | 'status' | 'evidence'> {
  const keep = new Set(verdict.keep);
  const chosen: ClinicalEntry[] = entries.filter((e) => keep.has(e.id)).map(plainEntry);
  const all = [...warnings];
  if (chosen.length < entries.length) all.push({ code: 'entries-clipped', detail: `${chosen.length}/${entries.length}` });
  return { warnings: all.slice(0, 50), entries: chosen, status: verdict.status, evidence: verdict.evidence };
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
