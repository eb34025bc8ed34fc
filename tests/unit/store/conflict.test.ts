import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openDraftStore, type Draft, type DraftChange, type DraftStore } from '../../../lib/store';
import { manualClock, newDraft } from './make-draft';

let open: DraftStore[] = [];
afterEach(() => {
  open.forEach((s) => s.close());
  open = [];
});

/** Two tabs: two connections to one database. */
async function twoTabs(maxRevisions?: number) {
  const idbFactory = new IDBFactory();
  const clock = manualClock();
  const a = await openDraftStore({ name: 'tabs', idbFactory, now: clock.now, maxRevisions });
  const b = await openDraftStore({ name: 'tabs', idbFactory, now: clock.now, maxRevisions });
  open.push(a, b);
  return { a, b, clock };
}

/** Saves `count` edits one after another in one tab; returns the draft as last saved. */
async function savedEdits(store: DraftStore, draft: Draft, count: number): Promise<Draft> {
  let d = draft;
  for (let i = 0; i < count; i++) {
    const r = await store.save({ ...d, recipient: { name: `edit ${i}` } });
    if (!r.ok) throw new Error('unexpected conflict');
    d = r.draft;
  }
  return d;
}

describe('draft store: revisions and conflicts between tabs', () => {
  it('raises the revision by one per save and keeps the previous version', async () => {
    const { a, clock } = await twoTabs();
    const d = await a.create(newDraft());
    clock.advance(1000);
    const first = await a.save({ ...d, status: 'ready' });
    expect(first).toMatchObject({ ok: true, draft: { revision: 2, status: 'ready', updatedAt: '2026-11-20T10:00:01.000Z', createdAt: d.createdAt } });
    const revisions = await a.listRevisions(d.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ draftId: d.id, revision: 1, draft: d });
  });

  it('refuses a save based on an older revision and hands back the stored draft', async () => {
    const { a, b } = await twoTabs();
    const d = await a.create(newDraft());
    const inB = (await b.get(d.id))!;
    const saved = await a.save({ ...d, recipient: { name: 'Tab A' } });
    expect(saved.ok).toBe(true);
    const refused = await b.save({ ...inB, recipient: { name: 'Tab B' } });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.conflict).toMatchObject({ revision: 2, recipient: { name: 'Tab A' } });
    expect((await a.get(d.id))?.recipient).toEqual({ name: 'Tab A' });
    // The refused save left no trace: no revision, no audit entry, list entry unchanged.
    expect((await a.listRevisions(d.id)).map((r) => r.revision)).toEqual([1]);
    expect((await a.listAudit(d.id)).map((e) => e.action)).toEqual(['created', 'edited']);
    expect(await a.listDrafts()).toMatchObject([{ id: d.id, revision: 2 }]);
  });

  it('lets the stale tab keep its version as the newest revision, the other kept in revisions', async () => {
    const { a, b } = await twoTabs();
    const d = await a.create(newDraft());
    await a.save({ ...d, recipient: { name: 'Tab A' } });
    const mine = { ...d, recipient: { name: 'Tab B' } };
    const kept = await b.saveAsNewRevision(mine);
    expect(kept).toMatchObject({ revision: 3, recipient: { name: 'Tab B' } });
    expect(await a.get(d.id)).toEqual(kept);
    const revisions = await a.listRevisions(d.id);
    expect(revisions.map((r) => r.revision)).toEqual([2, 1]);
    expect(revisions[0]!.draft.recipient).toEqual({ name: 'Tab A' });
  });

  it('restores an earlier revision as a new one, keeping the current in revisions', async () => {
    const { a } = await twoTabs();
    const d = await a.create(newDraft());
    const r2 = await a.save({ ...d, question: 'diagnosis' });
    if (!r2.ok) throw new Error('unexpected conflict');
    await a.save({ ...r2.draft, question: 'medication' });
    const restored = await a.restoreRevision(d.id, 1);
    expect(restored).toMatchObject({ id: d.id, revision: 4, question: 'treatment-options' });
    expect((await a.listRevisions(d.id)).map((r) => r.revision)).toEqual([3, 2, 1]);
    const audit = await a.listAudit(d.id);
    expect(audit.at(-1)).toMatchObject({ action: 'restored', detail: 'revision 1', categories: ['imaging'] });
    await expect(a.restoreRevision(d.id, 99)).rejects.toMatchObject({ code: 'unknown' });
  });

  it('prunes revisions to the maximum per draft, oldest first', async () => {
    const { a } = await twoTabs(5);
    const d = await savedEdits(a, await a.create(newDraft()), 12);
    expect(d.revision).toBe(13);
    expect((await a.listRevisions(d.id)).map((r) => r.revision)).toEqual([12, 11, 10, 9, 8]);
  });

  it('keeps the stored history bounded over a long editing session', async () => {
    const { a } = await twoTabs(5);
    const d = await savedEdits(a, await a.create(newDraft()), 100);
    // Pruning runs every few saves, so a handful more than the maximum may be stored, never more.
    const stored = (await a.exportAll()).revisions ?? [];
    expect(stored.length).toBeGreaterThanOrEqual(5);
    expect(stored.length).toBeLessThanOrEqual(5 + 8);
    expect((await a.listRevisions(d.id)).map((r) => r.revision)).toEqual([100, 99, 98, 97, 96]);
  });

  it('refuses to save over a draft deleted in another tab, without touching the store', async () => {
    const { a, b } = await twoTabs();
    const d = await a.create(newDraft());
    await b.remove(d.id);
    await expect(a.save({ ...d, status: 'ready' })).rejects.toMatchObject({ code: 'unknown' });
    expect(await a.get(d.id)).toBeUndefined();
  });

  it('tells of every committed change, with its id and revision', async () => {
    const changes: DraftChange[] = [];
    const store = await openDraftStore({ name: 'told', idbFactory: new IDBFactory(), now: manualClock().now, onChange: (c) => changes.push(c) });
    open.push(store);
    const d = await store.create(newDraft());
    const saved = await store.save({ ...d, status: 'ready' });
    expect(saved.ok).toBe(true);
    const stale = await store.save({ ...d, status: 'archived' });
    expect(stale.ok).toBe(false); // a refused save changed nothing and tells nothing
    await store.remove(d.id);
    const other = await store.create(newDraft({ patientKey: 'pk-other' }));
    await store.deleteAll();
    expect(changes).toEqual([
      { type: 'draft-saved', id: d.id, revision: 1 },
      { type: 'draft-saved', id: d.id, revision: 2 },
      { type: 'draft-deleted', id: d.id },
      { type: 'draft-saved', id: other.id, revision: 1 },
      { type: 'draft-deleted', id: other.id },
    ]);
  });
});
