import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DraftChange } from '../../../lib/store';
import { startBackground, tellPages, type Background } from '../components/extension-runtime';
import { newDraft } from './make-draft';

// sendMessage from a page reaches the background's store host; what the host tells reaches every page.
vi.mock('wxt/browser', async () => ({ browser: (await import('../components/extension-runtime')).fakeBrowser }));
const { openRemoteDraftStore, watchDraftEvents } = await import('../../../components/store-client');

let background: Background | undefined;
afterEach(() => {
  background?.close();
  background = undefined;
});

describe('the store channel client of the sidebar and the options page', () => {
  it('reaches the background store and hears of changes made by any page', async () => {
    background = startBackground();
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
    background = startBackground();
    const heard: DraftChange[] = [];
    watchDraftEvents((change) => heard.push(change));
    const notice = { type: 'draft-change', change: { type: 'draft-saved', id: 'd1', revision: 2 } };
    tellPages(notice, 'some-other-extension');
    tellPages({ type: 'draft-event', event: notice.change });
    tellPages(notice);
    expect(heard).toEqual([notice.change]);
  });

  it('reports a background that does not answer as unavailable', async () => {
    await expect(openRemoteDraftStore().findForPatient('pk-3f9a1c')).rejects.toMatchObject({ code: 'unavailable' });
  });
});
