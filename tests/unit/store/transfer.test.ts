import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportFileSchema, type DraftStore } from '../../../lib/store';
import { freshStore, manualClock, newDraft } from './make-draft';

let open: DraftStore[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  open.forEach((s) => s.close());
  open = [];
});

async function store(clock = manualClock()) {
  const { store: s } = await freshStore({ now: clock.now });
  open.push(s);
  return s;
}

/** A store with two drafts, one with a revision and an export in its audit log. */
async function filled() {
  const clock = manualClock();
  const s = await store(clock);
  const a = await s.create(newDraft());
  clock.advance(90_000);
  const saved = await s.save({ ...a, status: 'ready' });
  if (!saved.ok) throw new Error('conflict');
  await s.audit(a.id, { action: 'exported', categories: ['imaging'], detail: 'pdf' });
  const b = await s.create(newDraft({ patientKey: 'pk-b', patientLabel: { name: 'Sven Hoekstra' } }));
  return { s, a: saved.draft, b, clock };
}

async function snapshot(s: DraftStore) {
  const file = await s.exportAll();
  return { ...file, exportedAt: 'x' };
}

describe('draft store: export and import', () => {
  it('exports a file that passes its own schema and survives JSON', async () => {
    const { s, a, b } = await filled();
    const file = await s.exportAll();
    expect(file).toMatchObject({ format: 'second-opinion-drafts', version: 2 });
    expect(file.drafts.map((d) => d.id).sort()).toEqual([a.id, b.id].sort());
    expect(file.revisions?.map((r) => [r.draftId, r.revision])).toEqual([[a.id, 1]]);
    expect(file.audit.filter((e) => e.draftId === a.id).map((e) => e.action)).toEqual(['created', 'edited', 'exported']);
    expect(ExportFileSchema.safeParse(JSON.parse(JSON.stringify(file))).success).toBe(true);
  });

  it('imports everything into an empty store, with revisions and audit, and logs the import', async () => {
    const { s, a } = await filled();
    const file = JSON.parse(JSON.stringify(await s.exportAll()));
    const target = await store(manualClock('2026-11-25T08:00:00.000Z'));
    expect(await target.importAll(file)).toEqual({ ok: true, imported: 2, skipped: 0, keptNewer: [] });
    expect(await target.get(a.id)).toEqual(a);
    expect((await target.listRevisions(a.id)).map((r) => r.revision)).toEqual([1]);
    expect((await target.listAudit(a.id)).map((e) => e.action)).toEqual(['created', 'edited', 'exported', 'imported']);
    expect(names(await target.listDrafts({ query: 'hoekstra' }))).toEqual(['Sven Hoekstra']);
  });

  it('keeps a stored draft that is as new or newer, and says so', async () => {
    const { s, a, b, clock } = await filled();
    const file = JSON.parse(JSON.stringify(await s.exportAll()));
    clock.advance(60_000);
    const newer = await s.save({ ...a, recipient: { name: 'Changed after the export' } });
    const result = await s.importAll(file);
    expect(result).toEqual({ ok: true, imported: 0, skipped: 2, keptNewer: expect.arrayContaining([a.id, b.id]) });
    expect(await s.get(a.id)).toEqual(newer.ok ? newer.draft : undefined);
  });

  it('replaces an older stored draft with a newer import, keeping the old one as a revision', async () => {
    const { s, a } = await filled();
    const file = JSON.parse(JSON.stringify(await s.exportAll()));
    const fileDraft = file.drafts.find((d: { id: string }) => d.id === a.id);
    fileDraft.updatedAt = '2026-11-21T09:00:00.000Z';
    fileDraft.recipient = { name: 'Edited on the other computer' };
    const result = await s.importAll(file);
    expect(result).toMatchObject({ ok: true, imported: 1, skipped: 1 });
    const now = await s.get(a.id);
    expect(now).toMatchObject({ recipient: { name: 'Edited on the other computer' }, revision: a.revision + 1 });
    expect((await s.listRevisions(a.id))[0]!.draft).toEqual(a);
  });

  it.each([
    ['not an object', 'hello'],
    ['another format', { format: 'something-else', version: 2, drafts: [] }],
  ])('rejects %s with a clear message', async (_label, data) => {
    const s = await store();
    const result = await s.importAll(data);
    expect(result).toEqual({ ok: false, message: 'This is not a Second Opinion drafts export file.' });
  });

  it('rejects a file from a newer version', async () => {
    const { s } = await filled();
    const file = { ...(await s.exportAll()), version: 9 };
    const result = await s.importAll(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/newer version/);
  });

  it('rejects a file with one bad draft among good ones and writes nothing', async () => {
    const { s, a } = await filled();
    const file = JSON.parse(JSON.stringify(await s.exportAll()));
    const target = await store();
    const existing = await target.create(newDraft({ patientKey: 'pk-existing' }));
    const before = await snapshot(target);
    file.drafts.push({ ...file.drafts[0], id: 'new-one', letter: { lang: 'nl', sections: 'oops', placeholders: [] } });
    const result = await target.importAll(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/drafts\.2\.letter\.sections/);
    expect(await snapshot(target)).toEqual(before);
    expect(await target.get(a.id)).toBeUndefined();
    expect(await target.get(existing.id)).toEqual(existing);
  });

  it('rejects a file that holds one draft twice', async () => {
    const { s } = await filled();
    const file = await s.exportAll();
    const result = await s.importAll({ ...file, drafts: [file.drafts[0], file.drafts[0]] });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/twice/) });
  });

  it('rolls back the whole import when storage fails half-way', async () => {
    const { s } = await filled();
    const file = JSON.parse(JSON.stringify(await s.exportAll()));
    const target = await store();
    const before = await snapshot(target);
    let puts = 0;
    const original = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts > 3) throw new DOMException('full', 'QuotaExceededError');
      return original.apply(this, args);
    });
    const result = await target.importAll(file);
    vi.restoreAllMocks();
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Nothing was imported: .*storage space/) });
    expect(puts).toBeGreaterThan(3);
    expect(await snapshot(target)).toEqual(before);
  });
});

function names(list: Array<{ patientLabel: { name: string } }>) {
  return list.map((s) => s.patientLabel.name);
}
