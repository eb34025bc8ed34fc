import { afterEach, describe, expect, it } from 'vitest';
import type { DraftStore } from '../../../lib/store';
import { queryTerms } from '../../../lib/store/search-terms';
import { freshStore, manualClock, newDraft } from './make-draft';

let open: DraftStore[] = [];
afterEach(() => {
  open.forEach((s) => s.close());
  open = [];
});

async function peopleStore() {
  const clock = manualClock('2026-11-01T09:00:00.000Z');
  const { store } = await freshStore({ now: clock.now });
  open.push(store);
  const people = [
    { name: 'Marieke de Vries-Öztürk', birthDate: '1962-03-14' },
    { name: 'Johan de Vries', birthDate: '1990-12-01' },
    { name: 'Aïcha El Amrani', birthDate: '1975-06-30' },
    { name: 'Pieter van Dam' },
  ];
  for (const [i, label] of people.entries()) {
    clock.set(`2026-11-0${i + 1}T09:00:00.000Z`);
    await store.create(newDraft({ patientKey: `pk-${i}`, patientLabel: label }));
  }
  return store;
}

const names = (list: Array<{ patientLabel: { name: string } }>) => list.map((s) => s.patientLabel.name);

describe('draft store: list and search', () => {
  it('lists all drafts newest first', async () => {
    const store = await peopleStore();
    expect(names(await store.listDrafts())).toEqual(['Pieter van Dam', 'Aïcha El Amrani', 'Johan de Vries', 'Marieke de Vries-Öztürk']);
    expect(names(await store.listDrafts({ query: '   ' }))).toHaveLength(4);
  });

  it('lists a page: only the newest that many, with or without a query', async () => {
    const store = await peopleStore();
    expect(names(await store.listDrafts({ limit: 2 }))).toEqual(['Pieter van Dam', 'Aïcha El Amrani']);
    expect(names(await store.listDrafts({ limit: 4 }))).toHaveLength(4);
    expect(names(await store.listDrafts({ limit: 10 }))).toEqual(names(await store.listDrafts()));
    expect(names(await store.listDrafts({ query: 'vries', limit: 1 }))).toEqual(['Johan de Vries']);
  });

  it('a page follows changes: a draft saved again moves to the top of the first page', async () => {
    const clock = manualClock('2026-11-01T09:00:00.000Z');
    const { store } = await freshStore({ now: clock.now });
    open.push(store);
    const made = [];
    for (let i = 0; i < 5; i++) {
      clock.set(`2026-11-0${i + 1}T09:00:00.000Z`);
      made.push(await store.create(newDraft({ patientKey: `pk-${i}`, patientLabel: { name: `Patient ${i}` } })));
    }
    clock.set('2026-11-09T09:00:00.000Z');
    const saved = await store.save({ ...made[0]!, status: 'ready' });
    expect(saved.ok).toBe(true);
    expect(names(await store.listDrafts({ limit: 2 }))).toEqual(['Patient 0', 'Patient 4']);
  });

  it('finds by name word prefix, ignoring case and accents', async () => {
    const store = await peopleStore();
    expect(names(await store.listDrafts({ query: 'vries' }))).toEqual(['Johan de Vries', 'Marieke de Vries-Öztürk']);
    expect(names(await store.listDrafts({ query: 'OZTU' }))).toEqual(['Marieke de Vries-Öztürk']);
    expect(names(await store.listDrafts({ query: 'aicha' }))).toEqual(['Aïcha El Amrani']);
    expect(names(await store.listDrafts({ query: 'de vries johan' }))).toEqual(['Johan de Vries']);
    expect(await store.listDrafts({ query: 'jansen' })).toEqual([]);
  });

  it('finds by birth date in Dutch or ISO form', async () => {
    const store = await peopleStore();
    expect(names(await store.listDrafts({ query: '14-03-1962' }))).toEqual(['Marieke de Vries-Öztürk']);
    expect(names(await store.listDrafts({ query: '1962-03-14' }))).toEqual(['Marieke de Vries-Öztürk']);
    expect(names(await store.listDrafts({ query: '1/12/1990' }))).toEqual(['Johan de Vries']);
    expect(names(await store.listDrafts({ query: '1975' }))).toEqual(['Aïcha El Amrani']);
  });

  it('finds by the day a draft was started or changed', async () => {
    const store = await peopleStore();
    expect(names(await store.listDrafts({ query: '04-11-2026' }))).toEqual(['Pieter van Dam']);
  });

  it('turns query words into index terms', () => {
    expect(queryTerms(' 3-7-1958  Bakker ')).toEqual(['1958-07-03', 'bakker']);
    expect(queryTerms('Vries-Öztürk')).toEqual(['vries-ozturk', 'vries', 'ozturk']);
  });

  it('keeps the summary in step with the draft', async () => {
    const store = await peopleStore();
    const [pieter] = await store.listDrafts({ query: 'pieter' });
    const d = (await store.get(pieter!.id))!;
    await store.save({ ...d, status: 'ready', patientLabel: { name: 'Pieter van Dam-Smit' } });
    expect(await store.listDrafts({ query: 'smit' })).toMatchObject([{ id: d.id, status: 'ready', revision: 2 }]);
  });
});
