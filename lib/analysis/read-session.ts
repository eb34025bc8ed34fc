import { combineEntries, detectText, type DetectLang, type EntryDetection, type TextDetection } from '../detect';
import type { ClinicalEntry, EvidenceRef, HostToReader, ReaderToHost, ReadVerdict } from '../messages';
import { sidebarEntryIds } from './clip';

/**
 * What the background makes of one page's reads: the content script posts the entries it read (all of
 * them, or after a small change of the page only the changed ones) and the read's end with the order
 * of every entry; the session detects each new or changed text, combines the entries and answers the
 * flag, its quotes and which entries the sidebar gets.
 *
 * One session per connection of a page's content script. It holds nothing that cannot be rebuilt: a
 * new session (the service worker was stopped and started again) that is sent only changes asks for
 * the whole read again. Reads are numbered by the page, rising; anything of a read older than the
 * newest one begun is dropped, so no verdict of an older page state is ever answered.
 */
export interface ReadSession {
  /** One message of the reader; the answer to post back, if any. */
  receive(message: ReaderToHost): HostToReader | undefined;
}

interface Detected {
  entry: ClinicalEntry;
  lang: DetectLang | undefined;
  detection: TextDetection;
}

interface OpenRead {
  scan: number;
  full: boolean;
  lang: DetectLang | undefined;
  received: Map<string, Detected>;
  /** Set when the read said its page state up front: partial verdicts may then be answered. */
  pageState?: string;
  /** Each received entry's place in page order, when the read sends them in another order. */
  positions: Map<string, number>;
  /** The last partial verdict answered (status and quotes), so that the same one is not sent again. */
  shown: string;
}

export function createReadSession(detect: (text: string, lang?: DetectLang) => TextDetection = detectText): ReadSession {
  /** Every entry of the last finished read, with its detection; empty until a whole read arrived. */
  let held = new Map<string, Detected>();
  let whole = false;
  let newest = -1;
  let open: OpenRead | undefined;

  const detected = (entry: ClinicalEntry, lang: DetectLang | undefined): Detected => {
    const before = held.get(entry.id);
    // The same text in the same language gives the same answer: a re-read detects only what changed.
    if (before && before.entry.text === entry.text && before.lang === lang) return { ...before, entry };
    return { entry, lang, detection: detect(entry.text, lang) };
  };

  return {
    receive(message) {
      switch (message.type) {
        case 'read-start': {
          if (message.scan <= newest) return undefined;
          newest = message.scan;
          open = undefined;
          if (!message.full && !whole) return { type: 'read-resend', scan: message.scan };
          open = { scan: message.scan, full: message.full, lang: message.lang, received: new Map(), positions: new Map(), shown: '' };
          if (message.pageState !== undefined) open.pageState = message.pageState;
          return undefined;
        }
        case 'read-entries': {
          if (!open || open.scan !== message.scan) return undefined;
          let evidence = false;
          message.entries.forEach((entry, i) => {
            const item = detected(entry, open!.lang);
            open!.received.set(entry.id, item);
            const at = message.positions?.[i];
            if (at !== undefined) open!.positions.set(entry.id, at);
            evidence ||= item.detection.evidence.some((hit) => hit.status !== 'none');
          });
          return evidence ? partialVerdict(open) : undefined;
        }
        case 'read-end': {
          if (!open || open.scan !== message.scan) return undefined;
          const read = open;
          open = undefined;
          const ordered: Detected[] = [];
          for (const id of message.order) {
            const item = read.received.get(id) ?? (read.full ? undefined : held.get(id));
            if (!item) {
              // The read names an entry nobody sent: the session lost it. Start over with everything.
              held = new Map();
              whole = false;
              return { type: 'read-resend', scan: read.scan };
            }
            ordered.push(item);
          }
          held = new Map(ordered.map((item) => [item.entry.id, item]));
          whole = true;
          return verdictOf(read.scan, message.pageState, ordered);
        }
      }
    },
  };
}

/**
 * The flag as far as a whole read has come, answered when a batch brought evidence: the reader sends
 * the newest entries first, so the flag is known long before the ten-thousandth old note. Only for a
 * whole read that said its page state and the place of every entry; the final verdict follows at the
 * read's end and holds at least the same evidence.
 */
function partialVerdict(read: OpenRead): ReadVerdict | undefined {
  if (!read.full || read.pageState === undefined || read.positions.size !== read.received.size) return undefined;
  const ordered = [...read.received.values()].sort((a, b) => read.positions.get(a.entry.id)! - read.positions.get(b.entry.id)!);
  const verdict = verdictOf(read.scan, read.pageState, ordered, { partial: true });
  const key = JSON.stringify([verdict.status, verdict.evidence.map((e) => [e.entryId, e.start, e.status])]);
  if (key === read.shown) return undefined;
  read.shown = key;
  return verdict;
}

function verdictOf(scan: number, pageState: string, ordered: readonly Detected[], options: { partial?: boolean } = {}): ReadVerdict {
  const combined = combineEntries(
    ordered.map(
      ({ entry, detection }, order): EntryDetection => ({
        entryId: entry.id,
        date: entry.date,
        source: sourceOf(entry),
        order,
        detection,
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
  // A partial verdict only shows the flag: which entries the sidebar gets is decided on the whole read.
  if (options.partial) return { type: 'read-verdict', scan, pageState, status: combined.status, evidence, keep: [], partial: true };
  const relevant = new Set(evidence.map((e) => e.entryId ?? ''));
  const keep = sidebarEntryIds(
    ordered.map((item) => item.entry),
    relevant,
  );
  return { type: 'read-verdict', scan, pageState, status: combined.status, evidence, keep };
}

function sourceOf(entry: ClinicalEntry): string {
  return [entry.title ?? entry.kind, entry.author].filter(Boolean).join(' · ');
}
