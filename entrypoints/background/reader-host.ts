import { createReadSession, type ReadSession } from '../../lib/analysis/read-session';
import { HostToReaderSchema, parseMessage, ReaderToHostSchema, type HostToReader } from '../../lib/messages';
import { isOwnExtensionSender, READER_PORT } from '../../lib/sender';

/**
 * The background end of the content scripts' 'reader' ports: detection, combining and the flag's
 * decision for each portal page run here, off the portal's main thread (lib/analysis/read-session.ts).
 *
 * One session per port, so per tab and per page load: a new page in the tab opens a new port, and
 * nothing read on the old page can answer the new one. The session is the only state, and it dies
 * with the port; a service worker stopped for idleness drops every port, and each content script then
 * posts its whole read again on a new one.
 */
/** The part of a runtime port the host uses (a fake one in tests). */
export interface HostPort {
  name: string;
  sender?: { id?: string; tab?: { id?: number }; frameId?: number; url?: string };
  postMessage(message: HostToReader): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/** Takes a port if it is a reader's: our own content script, in a tab's top frame. */
export function acceptReaderPort(port: HostPort, ownId: string, extensionBase: string, session: ReadSession = createReadSession()): boolean {
  if (port.name !== READER_PORT || !isOwnExtensionSender(port.sender, ownId)) return false;
  const sender = port.sender!;
  // Extension pages have no business on this port; only the content script of a tab's top frame reads a portal.
  if (sender.tab?.id === undefined || sender.frameId !== 0 || !sender.url || sender.url.startsWith(extensionBase)) {
    port.disconnect();
    return false;
  }
  let open = true;
  // Messages wait in a queue and are taken one per task: a page left in the middle of a long read
  // leaves many batches behind, and the port's disconnect (which empties the queue) and the next
  // page's read must not wait until every one of them has been detected.
  let queue: unknown[] = [];
  let draining = false;
  port.onDisconnect.addListener(() => {
    open = false;
    queue = [];
  });
  const handle = (raw: unknown) => {
    const message = parseMessage(ReaderToHostSchema, raw);
    if (!message || !open) return;
    const answer = session.receive(message);
    // The reply is checked against its own schema too: a bug here must not reach the page.
    if (!answer || !parseMessage(HostToReaderSchema, answer)) return;
    try {
      port.postMessage(answer);
    } catch {
      open = false;
    }
  };
  const drain = async () => {
    draining = true;
    while (open && queue.length > 0) {
      handle(queue.shift());
      await nextTask();
    }
    draining = false;
  };
  port.onMessage.addListener((raw) => {
    if (!open) return;
    queue.push(raw);
    if (!draining) void drain();
  });
  return true;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
