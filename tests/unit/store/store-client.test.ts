import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openDraftStore, type DraftChange, type DraftStore } from '../../../lib/store';
import { createStoreHost } from '../../../lib/store/host';
import { overTheWire } from './channel';
import { newDraft } from './make-draft';

type Listener = (raw: unknown, sender: { id?: string }) => unknown;

/**
 * A stand-in for the extension runtime: sendMessage from a page reaches the background's store host,
 * and what the host tells reaches every page listener, as from this extension.
 */
const runtime = vi.hoisted(() => ({
  id: 'own-extension',
  listeners: new Set<(raw: unknown, sender: { id?: string }) => unknown>(),
  answer: (_raw: unknown): Promise<unknown> => Promise.reject(new Error('no background')),
}));

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      id: runtime.id,
      sendMessage: (message: unknown) => runtime.answer(message),
      onMessage: {
        addListener: (listener: Listener) => runtime.listeners.add(listener),
        removeListener: (listener: Listener) => runtime.listeners.delete(listener),
      },
    },
  },
}));

const { openRemoteDraftStore, watchDraftEvents } = await import('../../../components/store-client');

let open: DraftStore[] = [];
afterEach(() => {
  open.forEach((s) => s.close());
  open = [];
  runtime.listeners.clear();
});

function startBackground() {
  const idbFactory = new IDBFactory();
  const host = createStoreHost({
    open: async (onChange) => {
      const store = await openDraftStore({ name: 'client', idbFactory, onChange });
      open.push(store);
      return store;
    },
    retentionDays: async () => 30,
    tell: (message) => runtime.listeners.forEach((listener) => listener(overTheWire(message), { id: runtime.id })),
  });
  runtime.answer = async (message) => overTheWire(await host.answer(overTheWire(message)));
}

describe('the store channel client of the sidebar and the options page', () => {
  it('reaches the background store and hears of changes made by any page', async () => {
    startBackground();
    const sidebar = openRemoteDraftStore();
    const options = openRemoteDraftStore();
    const heard: DraftChange[] = [];
    const stop = watchDraftEvents((change) => heard.push(change));
    const created = await sidebar.create(newDraft());
    expect((await options.listDrafts()).map((d) => d.id)).toEqual([created.id]);
    await options.remove(created.id);
    expect(heard).toEqual([
      { type: 'draft-saved', id: created.id, revision: 1 },
      { type: 'draft-deleted', id: created.id },
    ]);
    stop();
    await sidebar.create(newDraft());
    expect(heard).toHaveLength(2);
  });

  it('ignores change notices from another extension or of another shape', () => {
    const heard: DraftChange[] = [];
    watchDraftEvents((change) => heard.push(change));
    const notice = { type: 'draft-change', change: { type: 'draft-saved', id: 'd1', revision: 2 } };
    runtime.listeners.forEach((listener) => {
      listener(notice, { id: 'some-other-extension' });
      listener({ type: 'draft-event', event: notice.change }, { id: runtime.id });
      listener(notice, { id: runtime.id });
    });
    expect(heard).toEqual([notice.change]);
  });

  it('reports a background that does not answer as unavailable', async () => {
    runtime.answer = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(openRemoteDraftStore().findForPatient('pk-3f9a1c')).rejects.toMatchObject({ code: 'unavailable' });
  });
});
