import { afterEach, describe, expect, it } from 'vitest';
import type { DraftStore } from '../../../lib/store';
import { freshStore, manualClock, newDraft } from './make-draft';

let open: DraftStore[] = [];
afterEach(() => {
  open.forEach((s) => s.close());
  open = [];
});

describe('draft store: audit log', () => {
  it('coalesces edits within a minute into one edited entry', async () => {
    const clock = manualClock();
    const { store } = await freshStore({ now: clock.now });
    open.push(store);
    let d = await store.create(newDraft());
    for (const step of [1_000, 20_000, 20_000, 30_000, 5_000]) {
      clock.advance(step);
      const r = await store.save({ ...d, recipient: { name: `at ${step}` } });
      if (!r.ok) throw new Error('conflict');
      d = r.draft;
    }
    const edits = (await store.listAudit(d.id)).filter((a) => a.action === 'edited');
    // 10:00:01 opens a window; 10:00:21 and 10:00:41 fall in it; 10:01:11 opens the next; 10:01:16 falls in it.
    expect(edits.map((e) => e.at)).toEqual(['2026-11-20T10:00:01.000Z', '2026-11-20T10:01:11.000Z']);
  });

  it('records exports, prints and copies with the categories that left and the time', async () => {
    const clock = manualClock();
    const { store } = await freshStore({ now: clock.now });
    open.push(store);
    const d = await store.create(newDraft());
    clock.advance(5_000);
    await store.audit(d.id, { action: 'exported', categories: ['imaging', 'medication'], detail: 'fhir' });
    clock.advance(5_000);
    await store.audit(d.id, { action: 'printed' });
    await store.audit(d.id, { action: 'copied', categories: ['imaging'] });
    const log = await store.listAudit(d.id);
    expect(log.map((e) => e.action)).toEqual(['created', 'exported', 'printed', 'copied']);
    expect(log[1]).toEqual({ draftId: d.id, action: 'exported', categories: ['imaging', 'medication'], detail: 'fhir', at: '2026-11-20T10:00:05.000Z' });
    expect(log[2]).toEqual({ draftId: d.id, action: 'printed', categories: [], at: '2026-11-20T10:00:10.000Z' });
  });

  it('keeps audit logs of different drafts apart', async () => {
    const { store } = await freshStore();
    open.push(store);
    const a = await store.create(newDraft());
    const b = await store.create(newDraft({ patientKey: 'other' }));
    await store.audit(a.id, { action: 'copied' });
    expect((await store.listAudit(b.id)).map((e) => e.action)).toEqual(['created']);
  });

  it('refuses an audit action that does not exist', async () => {
    const { store } = await freshStore();
    open.push(store);
    const d = await store.create(newDraft());
    await expect(store.audit(d.id, { action: 'faxed' as never })).rejects.toMatchObject({ code: 'corrupt' });
  });
});
