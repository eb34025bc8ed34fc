import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDraftStore, type DraftStore } from '../../../lib/store';
import { createStoreHost } from '../../../lib/store/host';
import { overTheWire } from '../store/channel';

type Listener = (raw: unknown, sender: { id?: string }) => unknown;

/**
 * A stand-in for the extension runtime that the sidebar's code imports from `wxt/browser`: a page's
 * sendMessage reaches the real background store host over a fake IndexedDB, and what the host tells
 * reaches every page's listener, as from this extension. A test file mocks `wxt/browser` with
 * `fakeBrowser` and starts a background per test.
 */
const runtime = {
  id: 'own-extension',
  listeners: new Set<Listener>(),
  answer: (_raw: unknown): Promise<unknown> => Promise.reject(new Error('no background')),
};

export const fakeBrowser = {
  runtime: {
    get id() {
      return runtime.id;
    },
    sendMessage: (message: unknown) => runtime.answer(message),
    onMessage: {
      addListener: (listener: Listener) => void runtime.listeners.add(listener),
      removeListener: (listener: Listener) => void runtime.listeners.delete(listener),
    },
  },
};

/** A runtime message as every page listener gets it, from `senderId` (this extension unless named). */
export function tellPages(raw: unknown, senderId: string = runtime.id): void {
  runtime.listeners.forEach((listener) => listener(raw, { id: senderId }));
}

/** A store request held on its way to the background until the test lets it through. */
export interface HeldRequest {
  method: string;
  args: unknown[];
  release(): void;
}

export interface Background {
  /** The store as the background holds it, for checking what was really stored. */
  store(): Promise<DraftStore>;
  /** Holds every following request of `method` until released; returns the list they collect in. */
  hold(method: string): HeldRequest[];
  /** Lets requests through again (already held ones wait for their own release). */
  unhold(): void;
  /** The store methods the pages called, in order. */
  calls: string[];
  close(): void;
}

export function startBackground(): Background {
  const idbFactory = new IDBFactory();
  const opened: DraftStore[] = [];
  const host = createStoreHost({
    open: async (onChange) => {
      const store = await openDraftStore({ name: 'sidebar-tests', idbFactory, onChange });
      opened.push(store);
      return store;
    },
    retentionDays: async () => 30,
    tell: (message) => tellPages(overTheWire(message)),
  });
  const calls: string[] = [];
  let holding: { method: string; list: HeldRequest[] } | null = null;
  runtime.answer = async (message) => {
    const wire = overTheWire(message) as { method?: string; args?: unknown[] };
    const method = String(wire.method);
    calls.push(method);
    if (holding && holding.method === method) {
      const list = holding.list;
      await new Promise<void>((release) => list.push({ method, args: wire.args ?? [], release }));
    }
    return overTheWire(await host.answer(wire));
  };
  return {
    store: () => host.store(),
    hold(method) {
      holding = { method, list: [] };
      return holding.list;
    },
    unhold() {
      holding = null;
    },
    calls,
    close() {
      opened.forEach((s) => s.close());
      runtime.listeners.clear();
      runtime.answer = () => Promise.reject(new Error('no background'));
    },
  };
}
