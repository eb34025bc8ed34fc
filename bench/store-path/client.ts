import './jitless';
import { browser } from 'wxt/browser';
import { openRemoteDraftStore } from '../../components/store-client';
import type { Draft } from '../../lib/store';
import { LIST_PAGE } from '../../lib/store/list-page';
import { benchDraft } from '../store/drafts';

/**
 * Evaluated inside an extension page of the built extension (bench/store-path.mjs): the very client the
 * sidebar and the options page use (components/store-client.ts), so every call goes page → runtime
 * message → background store host (request checked against its schema) → IndexedDB → answer checked
 * against the method's result schema in the page. Times are taken in the page, around the awaited call.
 */
const store = openRemoteDraftStore();

/**
 * Fills the store with `count` drafts (setup, not measured): one made by `create`, the rest copies of it
 * with their own id, patient and label, brought in by one `importAll` of an export file — the way a
 * clinician moves drafts between browsers — which is far quicker than `count` creates on a busy machine.
 */
async function fill(count: number): Promise<{ ms: number; draftId: string; drafts: number }> {
  const t0 = performance.now();
  const first = await store.create(benchDraft(0));
  const file = await store.exportAll();
  const drafts: Draft[] = [first];
  for (let i = 1; i < count; i++) {
    const init = benchDraft(i);
    drafts.push({ ...first, id: crypto.randomUUID(), patientKey: init.patientKey, patientLabel: init.patientLabel, letter: init.letter, checklist: init.checklist });
  }
  const imported = await store.importAll({ ...file, drafts, audit: [], revisions: [] });
  if (!imported.ok) throw new Error(`the bench drafts were not imported: ${imported.message}`);
  const middle = drafts[Math.floor(count / 2)]!;
  return { ms: performance.now() - t0, draftId: middle.id, drafts: await count_() };
}

async function count_(): Promise<number> {
  return (await store.listDrafts()).length;
}

/** Starts the background (if it was stopped) with a message that does not touch the drafts store. */
async function wake(): Promise<void> {
  await browser.runtime.sendMessage({ type: 'get-shortcut' });
}

/** Saves one draft `times` times as the autosave does while the clinician types; one timing per save. */
async function saves(draftId: string, times: number, tag: string): Promise<number[]> {
  let draft = await store.get(draftId);
  if (!draft) throw new Error('bench draft missing');
  const timings: number[] = [];
  for (let i = 0; i < times; i++) {
    const sections = draft.letter.sections.map((s, k) => (k === 3 ? { ...s, text: `${s.text} ${tag}${i}`, edited: true } : s));
    const edited: Draft = { ...draft, letter: { ...draft.letter, sections } };
    const t0 = performance.now();
    const result = await store.save(edited);
    timings.push(performance.now() - t0);
    if (!result.ok) throw new Error('unexpected save conflict');
    draft = result.draft;
  }
  return timings;
}

/** The list as the options page opens it (its first page, one more to know whether there are more), or whole. */
async function list(whole = false): Promise<{ ms: number; drafts: number }> {
  const t0 = performance.now();
  const drafts = await store.listDrafts(whole ? undefined : { limit: LIST_PAGE + 1 });
  return { ms: performance.now() - t0, drafts: drafts.length };
}

(globalThis as unknown as { soStoreBench: unknown }).soStoreBench = { fill, saves, list, wake };
