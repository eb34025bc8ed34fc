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
  let waiting: { scan: number; resolve(answer: Answer): void } | undefined;

  const open = (): LinkPort => {
    if (port) return port;
    const fresh = options.connect();
    port = fresh;
    held = new Map();
    fresh.onMessage.addListener((raw) => {
      const answer = guardHostToReader(raw);
      if (port === fresh && answer && waiting?.scan === answer.scan) waiting.resolve(answer);
    });
    fresh.onDisconnect.addListener(() => {
      if (port !== fresh) return;
      port = undefined;
      waiting?.resolve('lost');
    });
    return fresh;
  };

  const send = async (read: PageRead, whole: boolean): Promise<Answer> => {
    const line = open();
    const scan = ++wire;
    const answer = new Promise<Answer>((resolve) => {
      waiting = { scan, resolve };
    });
    try {
      line.postMessage({ type: 'read-start', scan, full: whole, ...(read.lang ? { lang: read.lang } : {}) });
      const clock = sliceClock();
      let batch: ClinicalEntry[] = [];
      let chars = 0;
      const flush = () => {
        if (batch.length) line.postMessage({ type: 'read-entries', scan, entries: batch });
        batch = [];
        chars = 0;
      };
      for (const entry of read.entries) {
        if (!whole && held.get(entry.id) === entry.text) continue;
        batch.push(posted(entry));
        chars += entry.text.length;
        if (chars >= BATCH_CHARS || batch.length >= BATCH_ENTRIES) flush();
        if (clock.due()) {
          flush();
          await options.pause();
          clock.reset();
          if (port !== line) return 'lost';
        }
      }
      flush();
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

  return {
    async analyze(read) {
      let whole = false;
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
    },
  };
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
