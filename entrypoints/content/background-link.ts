import { guardHostToReader } from '../../lib/content-guards';
import type { ClinicalEntry, HostToReader, ReaderToHost, ReadVerdict } from '../../lib/messages';
import { sliceClock } from './yield';

/**
 * The content script's line to the background, where detection runs: it posts a read of the page and
 * awaits the verdict. It remembers what the background holds (the entries of the last verdict) and
 * sends only what changed since; when the line drops (the service worker was stopped) or the
 * background answers that it lost the read, it sends the whole read again on a new line.
 *
 * Every read gets a number of its own, rising; an answer for any other number is dropped.
 */
export interface ReadLink {
  /** The verdict for this read, or undefined when the background could not be reached. */
  analyze(read: PageRead): Promise<ReadVerdict | undefined>;
  /**
   * A whole read sent while it is read: entries go out batch by batch (newest first), and a partial
   * verdict comes back (`onPartial`) as soon as the entries sent hold evidence.
   */
  begin(start: { lang?: 'nl' | 'en'; pageState: string }, onPartial: (verdict: ReadVerdict) => void): ReadStream;
}

export interface ReadStream {
  /** Entries just read, ids unique within the read, each with its place in page order. */
  push(entries: readonly ClinicalEntry[], positions: readonly number[]): Promise<void>;
  /** The read's end: its verdict; the read is sent whole again when the line dropped on the way. */
  finish(read: PageRead): Promise<ReadVerdict | undefined>;
}

export interface PageRead {
  lang?: 'nl' | 'en';
  pageState: string;
  /** Every entry on the page, in page order, ids unique. */
  entries: readonly ClinicalEntry[];
}

/** The part of a runtime port the link uses (a fake one in tests). */
export interface LinkPort {
  postMessage(message: ReaderToHost): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/**
 * One message stays well under a slice's worth of copying on the portal's thread: a port message is
 * serialised whole in the task that posts it, and 200,000 characters took 40–60 ms on a busy machine.
 */
const BATCH_CHARS = 24_000;
const BATCH_ENTRIES = 200;
const ATTEMPTS = 3;

type Answer = HostToReader | 'lost';

export function createReadLink(options: { connect(): LinkPort; pause(): Promise<void> }): ReadLink {
  let port: LinkPort | undefined;
  /** What the background holds on this port: id → text of the last verdict's read. */
  let held = new Map<string, string>();
  let wire = 0;
  let waiting: { scan: number; resolve(answer: Answer): void; partial?(verdict: ReadVerdict): void } | undefined;

  const open = (): LinkPort => {
    if (port) return port;
    const fresh = options.connect();
    port = fresh;
    held = new Map();
    fresh.onMessage.addListener((raw) => {
      const answer = guardHostToReader(raw);
      if (port !== fresh || !answer || waiting?.scan !== answer.scan) return;
      if (answer.type === 'read-verdict' && answer.partial) waiting.partial?.(answer);
      else waiting.resolve(answer);
    });
    fresh.onDisconnect.addListener(() => {
      if (port !== fresh) return;
      port = undefined;
      waiting?.resolve('lost');
    });
    return fresh;
  };

  /** Posts `entries` in batches, handing the thread back between slices; false when the line dropped. */
  const postEntries = async (line: LinkPort, scan: number, entries: readonly ClinicalEntry[], positions?: readonly number[]): Promise<boolean> => {
    const clock = sliceClock();
    let batch: ClinicalEntry[] = [];
    let at: number[] = [];
    let chars = 0;
    const flush = () => {
      if (batch.length) line.postMessage({ type: 'read-entries', scan, entries: batch, ...(positions ? { positions: at } : {}) });
      batch = [];
      at = [];
      chars = 0;
    };
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      batch.push(posted(entry));
      if (positions) at.push(positions[i]!);
      chars += entry.text.length;
      if (chars >= BATCH_CHARS || batch.length >= BATCH_ENTRIES) flush();
      if (clock.due()) {
        flush();
        await options.pause();
        clock.reset();
        if (port !== line) return false;
      }
    }
    flush();
    return true;
  };

  const send = async (read: PageRead, whole: boolean): Promise<Answer> => {
    const line = open();
    const scan = ++wire;
    const answer = new Promise<Answer>((resolve) => {
      waiting = { scan, resolve };
    });
    try {
      line.postMessage({ type: 'read-start', scan, full: whole, ...(read.lang ? { lang: read.lang } : {}) });
      const changed = whole ? read.entries : read.entries.filter((entry) => held.get(entry.id) !== entry.text);
      if (!(await postEntries(line, scan, changed))) return 'lost';
      line.postMessage({ type: 'read-end', scan, pageState: read.pageState, order: read.entries.map((e) => e.id) });
    } catch {
      // The port closed under us: onDisconnect reports it, or it already did.
      if (port === line) {
        port = undefined;
        line.disconnect();
      }
      return 'lost';
    }
    return answer;
  };

  const analyze = async (read: PageRead, firstWhole = false): Promise<ReadVerdict | undefined> => {
    let whole = firstWhole;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const answer = await send(read, whole || held.size === 0);
      if (answer === 'lost') continue;
      if (answer.type === 'read-resend') {
        whole = true;
        continue;
      }
      held = new Map(read.entries.map((e) => [e.id, e.text]));
      return answer;
    }
    return undefined;
  };

  const begin = (start: { lang?: 'nl' | 'en'; pageState: string }, onPartial: (verdict: ReadVerdict) => void): ReadStream => {
    let line: LinkPort | undefined;
    let scan = -1;
    let broken = false;
    let answer: Promise<Answer> | undefined;
    try {
      line = open();
      scan = ++wire;
      answer = new Promise<Answer>((resolve) => {
        waiting = { scan, resolve, partial: onPartial };
      });
      line.postMessage({ type: 'read-start', scan, full: true, pageState: start.pageState, ...(start.lang ? { lang: start.lang } : {}) });
    } catch {
      broken = true;
    }
    const intact = () => !broken && line !== undefined && port === line && waiting?.scan === scan;
    return {
      async push(entries, positions) {
        if (!intact()) return;
        try {
          if (!(await postEntries(line!, scan, entries, positions))) broken = true;
        } catch {
          broken = true;
        }
      },
      async finish(read) {
        if (intact()) {
          try {
            line!.postMessage({ type: 'read-end', scan, pageState: read.pageState, order: read.entries.map((e) => e.id) });
            const result = await answer!;
            if (result !== 'lost' && result.type === 'read-verdict') {
              held = new Map(read.entries.map((e) => [e.id, e.text]));
              return result;
            }
          } catch {
            // The port closed under us: the whole read goes again below, on a new line.
          }
        }
        // Another read took the line, it dropped, or the background lost the read: send it whole.
        return analyze(read, true);
      },
    };
  };

  return { analyze: (read) => analyze(read), begin };
}

/** Plain data only: the page's element stays behind. */
function posted(entry: ClinicalEntry): ClinicalEntry {
  const out: ClinicalEntry = { id: entry.id, kind: entry.kind, text: entry.text };
  if (entry.date) out.date = entry.date;
  if (entry.author) out.author = entry.author.slice(0, 200);
  if (entry.title) out.title = entry.title.slice(0, 300);
  if (entry.state) out.state = entry.state;
  return out;
}
