import { acceptReaderPort, type HostPort } from '../../../entrypoints/background/reader-host';
import type { LinkPort } from '../../../entrypoints/content/background-link';
import type { ReadSession } from '../../../lib/analysis/read-session';

export const OWN_ID = 'own-extension-id';
export const EXTENSION_BASE = 'chrome-extension://own-extension-id/';

type Listener<T> = (value: T) => void;

/** A listener list shaped like a port event. */
function event<T>() {
  const listeners: Array<Listener<T>> = [];
  return { addListener: (l: Listener<T>) => void listeners.push(l), fire: (value: T) => listeners.forEach((l) => l(value)) };
}

/**
 * A runtime port between a content script and the background, as the browser gives one: messages
 * arrive later and as copies, both ends learn of a disconnect. `stop()` is the service worker being
 * stopped: the background end is gone with everything it held.
 */
export function portPair(sender: HostPort['sender'] = { id: OWN_ID, tab: { id: 7 }, frameId: 0, url: 'http://127.0.0.1/portal.html' }) {
  const toHost = event<unknown>();
  const toContent = event<unknown>();
  const hostGone = event<void>();
  const contentGone = event<void>();
  let open = true;
  const deliver = (target: ReturnType<typeof event<unknown>>, message: unknown) => {
    if (!open) throw new Error('Attempting to use a disconnected port object');
    const copy: unknown = JSON.parse(JSON.stringify(message));
    setTimeout(() => open && target.fire(copy), 0);
  };
  const close = () => {
    if (!open) return;
    open = false;
    setTimeout(() => {
      hostGone.fire();
      contentGone.fire();
    }, 0);
  };
  const content: LinkPort = { postMessage: (m) => deliver(toHost, m), onMessage: toContent, onDisconnect: contentGone, disconnect: close };
  const host: HostPort = { name: 'reader', sender, postMessage: (m) => deliver(toContent, m), onMessage: toHost, onDisconnect: hostGone, disconnect: close };
  return { content, host, stop: close, get open() { return open; } };
}

/** A background that accepts every new port with a fresh session, as a restarted service worker would. */
export function background(makeSession?: () => ReadSession) {
  const pairs: Array<ReturnType<typeof portPair>> = [];
  return {
    pairs,
    connect(): LinkPort {
      const pair = portPair();
      pairs.push(pair);
      acceptReaderPort(pair.host, OWN_ID, EXTENSION_BASE, makeSession?.());
      return pair.content;
    },
    /** Stops the service worker: every open port drops. */
    stop() {
      for (const pair of pairs) pair.stop();
    },
  };
}
