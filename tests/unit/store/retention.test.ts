import { afterEach, describe, expect, it } from 'vitest';
import type { DraftStore } from '../../../lib/store';
import { freshStore, manualClock, newDraft, rawPut } from './make-draft';

let open: DraftStore[] = [];
afterEach(() => {
  open.forEach((s) => s.close());
  open = [];
});

const DAY = 86_400_000;

/** Drafts last changed 40, 29.5, 28, 26 and 1 day(s) before 2026-11-30T12:00Z. */
async function agedStore() {
  const clock = manualClock();
  const { store } = await freshStore({ now: clock.now });
  open.push(store);
  const now = new Date('2026-11-30T12:00:00.000Z');
  const ids: Record<string, string> = {};
  for (const [label, daysAgo] of [['d40', 40], ['d29.5', 29.5], ['d28', 28], ['d26', 26], ['d1', 1]] as const) {
    clock.set(new Date(now.getTime() - daysAgo * DAY).toISOString());
    const d = await store.create(newDraft({ patientKey: `pk-${label}`, patientLabel: { name: `Patient ${label}` } }));
    ids[label] = d.id;
  }
  clock.set(now.toISOString());
  return { store, now, ids, clock };
}

describe('draft store: retention', () => {
  it('also deletes records set aside as damaged once they are older than the retention period', async () => {
    const { store, idbFactory } = await freshStore();
    open.push(store);
    const now = new Date('2026-11-30T12:00:00.000Z');
    const record = (key: string, daysAgo: number) => ({ key, store: 'drafts', raw: { letter: 'Mevrouw Voorbeeld' }, error: 'x', at: new Date(now.getTime() - daysAgo * DAY).toISOString() });
    await rawPut(idbFactory, 'test-drafts', 'quarantine', record('drafts:old', 31));
    await rawPut(idbFactory, 'test-drafts', 'quarantine', record('drafts:recent', 2));
    await store.purgeExpired(now, 30);
    expect((await store.quarantined()).map((q) => q.key)).toEqual(['drafts:recent']);
  });

  it('deletes drafts older than the retention period and returns them', async () => {
    const { store, now, ids } = await agedStore();
    const purged = await store.purgeExpired(now, 30);
    expect(purged.map((s) => s.id)).toEqual([ids.d40]);
    expect(purged[0]!.patientLabel.name).toBe('Patient d40');
    expect(await store.get(ids.d40!)).toBeUndefined();
    expect((await store.listDrafts()).map((s) => s.patientLabel.name)).toEqual(['Patient d1', 'Patient d26', 'Patient d28', 'Patient d29.5']);
    expect((await store.listAudit(ids.d40!)).at(-1)).toMatchObject({ action: 'deleted', detail: 'retention 30 days' });
  });

  it('uses the retention period it is given', async () => {
    const { store, now } = await agedStore();
    expect((await store.purgeExpired(now, 7)).map((s) => s.patientLabel.name).sort()).toEqual(['Patient d26', 'Patient d28', 'Patient d29.5', 'Patient d40']);
    expect((await store.listDrafts()).map((s) => s.patientLabel.name)).toEqual(['Patient d1']);
  });

  it('deletes the revisions of purged drafts too', async () => {
    const { store, now, ids, clock } = await agedStore();
    clock.set('2026-10-21T12:00:00.000Z');
    const d = (await store.get(ids.d40!))!;
    await store.save({ ...d, status: 'ready' });
    await store.purgeExpired(now, 30);
    expect(await store.listRevisions(ids.d40!)).toEqual([]);
  });

  it('lists drafts that will be deleted within the notice period, soonest first', async () => {
    const { store, now } = await agedStore();
    expect((await store.expiringSoon(now, 30)).map((s) => s.patientLabel.name)).toEqual(['Patient d40', 'Patient d29.5', 'Patient d28']);
    expect((await store.expiringSoon(now, 30, 1)).map((s) => s.patientLabel.name)).toEqual(['Patient d40', 'Patient d29.5']);
    await store.purgeExpired(now, 30);
    expect((await store.expiringSoon(now, 30, 5)).map((s) => s.patientLabel.name)).toEqual(['Patient d29.5', 'Patient d28', 'Patient d26']);
  });

  it('a save restarts the retention period', async () => {
    const { store, now, ids } = await agedStore();
    const d = (await store.get(ids.d40!))!;
    await store.save({ ...d, status: 'ready' });
    expect(await store.purgeExpired(now, 30)).toEqual([]);
  });

  it('drops audit entries of deleted drafts once they are older than the retention period', async () => {
    const { store, now, ids } = await agedStore();
    await store.purgeExpired(now, 30);
    expect((await store.listAudit(ids.d40!)).map((a) => a.action)).toEqual(['deleted']);
    expect((await store.listAudit(ids.d1!)).map((a) => a.action)).toEqual(['created']);
    await store.purgeExpired(new Date(now.getTime() + 31 * DAY), 30);
    expect(await store.listAudit(ids.d40!)).toEqual([]);
  });
});
