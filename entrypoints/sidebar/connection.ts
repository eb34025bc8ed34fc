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

export async function connectToPage(handlers: {
  onSnapshot(snapshot: Snapshot): void;
  onDisconnect(): void;
}): Promise<PageConnection | undefined> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) return undefined;
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
  port.postMessage({ type: 'hello' } satisfies ToContent);
  return {
    send: (message) => port.postMessage(message),
    close: () => port.disconnect(),
  };
}
