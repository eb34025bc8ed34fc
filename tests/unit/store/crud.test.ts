import { afterEach, describe, expect, it } from 'vitest';
import { StoreError, type DraftStore } from '../../../lib/store';
import { freshStore, manualClock, newDraft } from './make-draft';

let open: DraftStore[] = [];
afterEach(() => {
  open.forEach((s) => s.close());
  open = [];
});
async function store(clock = manualClock()) {
  const { store: s, idbFactory } = await freshStore({ now: clock.now });
  open.push(s);
  return { s, idbFactory, clock };
}

describe('draft store: create and read', () => {
  it('creates a draft with id, times and revision 1, and reads it back equal', async () => {
    const { s } = await store();
    const created = await s.create(newDraft());
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.revision).toBe(1);
    expect(created.createdAt).toBe('2026-11-20T10:00:00.000Z');
    expect(created.updatedAt).toBe(created.createdAt);
    expect(await s.get(created.id)).toEqual(created);
  });

  it('fills defaults a new draft may leave out', async () => {
    const { s } = await store();
    const { question: _q, recipient: _r, ...rest } = newDraft();
    const created = await s.create(rest);
    expect(created.question).toBe('unknown');
    expect(created.recipient).toEqual({});
  });

  it('keeps the flag dismissal and the clinical field', async () => {
    const { s } = await store();
    const created = await s.create(newDraft({ dismissedFlag: true, field: 'dental' }));
    expect(await s.get(created.id)).toMatchObject({ dismissedFlag: true, field: 'dental' });
  });

  it('refuses a new draft that does not fit the schema, with a StoreError', async () => {
    const { s } = await store();
    const bad = newDraft({ status: 'sent' as never });
    await expect(s.create(bad)).rejects.toMatchObject({ code: 'corrupt' });
    await expect(s.create(bad)).rejects.toBeInstanceOf(StoreError);
    expect(await s.listDrafts()).toEqual([]);
  });

  it('returns undefined for an unknown id', async () => {
    const { s } = await store();
    expect(await s.get('nope')).toBeUndefined();
    expect(await s.findForPatient('nope')).toBeUndefined();
  });

  it('records a created audit entry with the selected categories', async () => {
    const { s } = await store();
    const created = await s.create(newDraft());
    expect(await s.listAudit(created.id)).toEqual([{ draftId: created.id, action: 'created', categories: ['imaging'], at: created.createdAt }]);
  });

  it('finds the newest non-archived draft of a patient', async () => {
    const { s, clock } = await store();
    const older = await s.create(newDraft());
    clock.advance(60_000);
    const newer = await s.create(newDraft());
    clock.advance(60_000);
    await s.create(newDraft({ status: 'archived' }));
    await s.create(newDraft({ patientKey: 'someone-else' }));
    expect((await s.findForPatient('pk-3f9a1c'))?.id).toBe(newer.id);
    await s.remove(newer.id);
    expect((await s.findForPatient('pk-3f9a1c'))?.id).toBe(older.id);
  });

  it('removes a draft with its revisions and logs the deletion', async () => {
    const { s } = await store();
    const d = await s.create(newDraft());
    await s.save({ ...d, status: 'ready' });
    await s.remove(d.id);
    expect(await s.get(d.id)).toBeUndefined();
    expect(await s.listRevisions(d.id)).toEqual([]);
    expect(await s.listDrafts()).toEqual([]);
    expect((await s.listAudit(d.id)).map((a) => a.action)).toEqual(['created', 'edited', 'deleted']);
  });

  it('deleteAll empties drafts, revisions and audit', async () => {
    const { s } = await store();
    const a = await s.create(newDraft());
    await s.save({ ...a, status: 'ready' });
    await s.create(newDraft({ patientKey: 'other' }));
    await s.deleteAll();
    expect(await s.listDrafts()).toEqual([]);
    expect(await s.listRevisions(a.id)).toEqual([]);
    expect(await s.listAudit(a.id)).toEqual([]);
    expect((await s.exportAll()).drafts).toEqual([]);
  });

  it('keeps drafts across close and reopen of the same database', async () => {
    const { s, idbFactory } = await store();
    const d = await s.create(newDraft());
    s.close();
    const { store: again } = await freshStore({ idbFactory });
    open.push(again);
    expect(await again.get(d.id)).toEqual(d);
  });
});
