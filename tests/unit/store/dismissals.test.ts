import { afterEach, describe, expect, it } from 'vitest';
import type { DraftStore } from '../../../lib/store';
import {
  dismiss,
  isDismissed,
  purgeExpiredDismissals,
  rekeyDismissal,
  removeAllDismissals,
  undismiss,
  type KeyValueArea,
} from '../../../lib/store/dismissals';
import { isPatientKeySecret, newPatientKeySecret, PATIENT_KEY_SECRET } from '../../../lib/portals/patient-key';
import { createPatientKeySecretHolder, IMPORTED_PATIENT_KEY_SECRETS } from '../../../lib/store/patient-key-secret';
import { freshStore, newDraft } from './make-draft';

/** An in-memory stand-in for chrome.storage.local with the same get/set/remove shape. */
function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = { ...initial };
  return {
    data,
    async get(keys) {
      if (keys === null) return { ...data };
      return Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => k in data).map((k) => [k, data[k]]));
    },
    async set(items) {
      Object.assign(data, items);
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  };
}

const DAY = 86_400_000;
const NOW = new Date('2026-11-30T12:00:00.000Z');

describe('dismissals', () => {
  it('are remembered per patient key with their date, and "show the flag again" removes them', async () => {
    const area = memoryArea();
    await dismiss(area, 'pk_a', NOW);
    expect(await isDismissed(area, 'pk_a')).toBe(true);
    expect(await isDismissed(area, 'pk_b')).toBe(false);
    expect(area.data['dismissed:pk_a']).toEqual({ at: NOW.toISOString() });
    await undismiss(area, 'pk_a');
    expect(await isDismissed(area, 'pk_a')).toBe(false);
  });

  it('expire after the retention period, like drafts; an undated one from an earlier build is dated and kept one period', async () => {
    const area = memoryArea({ settings: { retentionDays: 30 }, 'ui:http://x': { open: true }, 'dismissed:pk_legacy': true });
    await dismiss(area, 'pk_old', new Date(NOW.getTime() - 31 * DAY));
    await dismiss(area, 'pk_recent', new Date(NOW.getTime() - 29 * DAY));
    expect(await purgeExpiredDismissals(area, NOW, 30)).toBe(1);
    expect(await isDismissed(area, 'pk_old')).toBe(false);
    expect(await isDismissed(area, 'pk_recent')).toBe(true);
    expect(area.data['dismissed:pk_legacy']).toEqual({ at: NOW.toISOString() });
    expect(await purgeExpiredDismissals(area, new Date(NOW.getTime() + 31 * DAY), 30)).toBe(2);
    expect(Object.keys(area.data).sort()).toEqual(['settings', 'ui:http://x']);
  });

  it('all go with "Delete all", and nothing else does', async () => {
    const area = memoryArea({ settings: {}, 'ui:http://x': {} });
    await dismiss(area, 'pk_a', NOW);
    await dismiss(area, 'pk_b', NOW);
    await removeAllDismissals(area);
    expect(Object.keys(area.data).sort()).toEqual(['settings', 'ui:http://x']);
  });

  it('move from an earlier key of the same patient to the current one', async () => {
    const area = memoryArea({ 'dismissed:pk_old': true });
    await rekeyDismissal(area, 'pk_old', 'pk_new', NOW);
    expect(area.data).toEqual({ 'dismissed:pk_new': { at: NOW.toISOString() } });
    await rekeyDismissal(area, 'pk_absent', 'pk_other', NOW);
    expect(area.data).toEqual({ 'dismissed:pk_new': { at: NOW.toISOString() } });
  });
});

describe('the per-install patient-key secret', () => {
  const holder = (area: KeyValueArea) => createPatientKeySecretHolder(area);

  it('is made once, kept in extension storage, and shared by concurrent first uses', async () => {
    const area = memoryArea();
    const secrets = holder(area);
    const [a, b] = await Promise.all([secrets.secret(), secrets.secret()]);
    expect(a).toBe(b);
    expect(isPatientKeySecret(a)).toBe(true);
    expect(area.data[PATIENT_KEY_SECRET]).toBe(a);
    // A new background worker reads the same secret back.
    expect(await holder(area).secret()).toBe(a);
  });

  it('is dropped by forget ("Delete all"); the next use makes a different one', async () => {
    const area = memoryArea();
    const secrets = holder(area);
    const first = await secrets.secret();
    await secrets.forget();
    expect(PATIENT_KEY_SECRET in area.data).toBe(false);
    const second = await secrets.secret();
    expect(second).not.toBe(first);
  });

  it('keeps the secrets of imported export files beside its own, and "Delete all" drops them too', async () => {
    const area = memoryArea();
    const secrets = holder(area);
    const own = await secrets.secret();
    const theirs = newPatientKeySecret();
    await secrets.rememberImported(theirs);
    await secrets.rememberImported(theirs);
    await secrets.rememberImported(own);
    await secrets.rememberImported('not a secret');
    expect(await secrets.imported()).toEqual([theirs]);
    await secrets.forget();
    expect(area.data[IMPORTED_PATIENT_KEY_SECRETS]).toBeUndefined();
    expect(await secrets.imported()).toEqual([]);
  });

  it('replaces a damaged stored value', async () => {
    const area = memoryArea({ [PATIENT_KEY_SECRET]: 'not-a-secret' });
    expect(isPatientKeySecret(await holder(area).secret())).toBe(true);
  });
});

describe('draft store: re-filing drafts under a new patient key', () => {
  let store: DraftStore | undefined;
  afterEach(() => store?.close());

  it('moves every draft of the old key, with its revisions, and leaves other patients alone', async () => {
    ({ store } = await freshStore());
    const mine = await store.create(newDraft({ patientKey: 'pk_old' }));
    await store.save({ ...mine, status: 'ready' });
    const other = await store.create(newDraft({ patientKey: 'pk_someone_else' }));
    expect(await store.rekeyPatient('pk_old', 'pk_new')).toBe(1);
    expect(await store.findForPatient('pk_old')).toBeUndefined();
    const moved = await store.findForPatient('pk_new');
    expect(moved?.id).toBe(mine.id);
    expect(moved?.status).toBe('ready');
    for (const revision of await store.listRevisions(mine.id)) expect(revision.draft.patientKey).toBe('pk_new');
    expect((await store.findForPatient('pk_someone_else'))?.id).toBe(other.id);
    expect(await store.rekeyPatient('pk_old', 'pk_new')).toBe(0);
  });
});
