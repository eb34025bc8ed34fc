import { browser, type Browser } from 'wxt/browser';
import { parseMessage, ToSidebarSchema, type Snapshot, type ToContent } from '../../lib/messages';

/**
 * The sidebar's channel to the content script of its own tab: a runtime port to frame 0 of the tab
 * this frame lives in. Incoming messages are validated; anything malformed is dropped.
 */
export interface PageConnection {
  send(message: ToContent): void;
  close(): void;
}

/**
 * The content script that mounted this frame posts it a one-time token; listening starts as soon as
 * this module loads, before the frame's load event, so the message cannot be missed. Only a message
 * from the embedding page's window counts (a frame's parent is where the content script lives).
 */
const TOKEN_WAIT_MS = 5000;
const token: Promise<string | undefined> = new Promise((resolve) => {
  const onMessage = (event: MessageEvent) => {
    const data = event.data as { type?: unknown; token?: unknown } | null;
    if (event.source !== window.parent || data?.type !== 'so-token' || typeof data.token !== 'string') return;
    window.removeEventListener('message', onMessage);
    resolve(data.token.slice(0, 100));
  };
  window.addEventListener('message', onMessage);
  setTimeout(() => resolve(undefined), TOKEN_WAIT_MS);
});

export async function connectToPage(handlers: {
  onSnapshot(snapshot: Snapshot): void;
  onDisconnect(): void;
}): Promise<PageConnection | undefined> {
  const [tab, secret] = await Promise.all([browser.tabs.getCurrent(), token]);
  if (tab?.id === undefined || !secret) return undefined;
  let port: Browser.runtime.Port;
  try {
    port = browser.tabs.connect(tab.id, { name: 'sidebar', frameId: 0 });
  } catch {
    return undefined;
  }
  port.onMessage.addListener((raw: unknown) => {
    const message = parseMessage(ToSidebarSchema, raw);
    if (message?.type === 'snapshot') handlers.onSnapshot(message.snapshot);
  });
  port.onDisconnect.addListener(() => handlers.onDisconnect());
  port.postMessage({ type: 'hello', token: secret } satisfies ToContent);
  return {
    send: (message) => port.postMessage(message),
    close: () => port.disconnect(),
  };
}
