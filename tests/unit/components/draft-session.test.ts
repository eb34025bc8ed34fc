// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import type { Draft, NewDraft } from '../../../lib/store';
import { newDraft } from '../store/make-draft';
import { startBackground, type Background } from './extension-runtime';

vi.mock('wxt/browser', async () => ({ browser: (await import('./extension-runtime')).fakeBrowser }));
const { useDraftSession } = await import('../../../components/draft-session');

/**
 * The draft session against the real store host and store over a fake IndexedDB, with requests held on
 * their way to the background where a race needs a save "in flight". Invented patients only.
 */
const A = 'pk-patient-a';
const B = 'pk-patient-b';
// Autosave waits 500 ms after typing stops; a held save waits for the test. Room for a loaded machine.
const WAIT = { timeout: 5000 };

let background: Background;
beforeEach(() => {
  background = startBackground();
});
afterEach(() => {
  cleanup();
  background.close();
});

const makeNew = (key: string) => (): NewDraft => newDraft({ patientKey: key, patientLabel: { name: `Patient ${key}`, birthDate: '1970-01-31' } });
/** What the clinician typed into the letter's first section. */
const typed = (text: string) => (d: Draft): Draft => ({
  ...d,
  letter: { ...d.letter, sections: d.letter.sections.map((s, i) => (i === 0 ? { ...s, text, edited: true } : s)) },
});
const textOf = (d: Draft | null | undefined) => d?.letter.sections[0]?.text;

/** One sidebar's session, whose patient key the test can switch. */
function sidebar(key: string | null) {
  return renderHook(({ k }: { k: string | null }) => useDraftSession(k, makeNew(k ?? '')), { initialProps: { k: key } });
}
type Session = ReturnType<typeof sidebar>;

async function stored(key: string) {
  const store = await background.store();
  return store.findForPatient(key);
}

async function storedText(key: string) {
  return textOf(await stored(key));
}

/** A session on patient `key` whose draft is created and saved with `text`. */
async function withSavedDraft(key: string, text: string): Promise<Session> {
  const tab = sidebar(key);
  await waitFor(() => expect(tab.result.current.loading).toBe(false), WAIT);
  tab.result.current.update(typed(text));
  await waitFor(() => expect(tab.result.current.status).toBe('saved'), WAIT);
  await waitFor(async () => expect(await storedText(key)).toBe(text), WAIT);
  return tab;
}

/** A session that has loaded the stored draft of `key`. */
async function loaded(key: string): Promise<Session> {
  const tab = sidebar(key);
  await waitFor(() => expect(tab.result.current.draft?.patientKey).toBe(key), WAIT);
  return tab;
}

describe('the draft session of one sidebar', () => {
  it('opens no draft until the first change, then creates exactly one for this patient', async () => {
    const tab = sidebar(A);
    await waitFor(() => expect(tab.result.current.loading).toBe(false), WAIT);
    expect(tab.result.current.draft).toBeNull();
    expect(await stored(A)).toBeUndefined();
    tab.result.current.update(typed('Graag uw oordeel over de behandelopties.'));
    await waitFor(() => expect(tab.result.current.status).toBe('saved'), WAIT);
    const draft = await stored(A);
    expect(draft?.patientKey).toBe(A);
    expect(textOf(draft)).toBe('Graag uw oordeel over de behandelopties.');
    expect(tab.result.current.draft?.id).toBe(draft?.id);
  });

  it('typing on while the draft is being created ends in one draft with the newest text', async () => {
    const tab = sidebar(A);
    await waitFor(() => expect(tab.result.current.loading).toBe(false), WAIT);
    const creates = background.hold('create');
    tab.result.current.update(typed('Graag'));
    await waitFor(() => expect(creates).toHaveLength(1), WAIT);
    tab.result.current.update(typed('Graag uw oordeel'));
    background.unhold();
    creates[0]!.release();
    await waitFor(async () => expect(await storedText(A)).toBe('Graag uw oordeel'), WAIT);
    await waitFor(() => expect(tab.result.current.status).toBe('saved'), WAIT);
    expect(background.calls.filter((m) => m === 'create')).toHaveLength(1);
    expect(await (await background.store()).listDrafts()).toHaveLength(1);
    expect(tab.result.current.conflict).toBeNull();
  });

  it('a change made while a save is in flight is saved after it, on top of it, without a conflict', async () => {
    const tab = await withSavedDraft(A, 'een');
    const saves = background.hold('save');
    tab.result.current.update(typed('een twee'));
    await waitFor(() => expect(saves).toHaveLength(1), WAIT);
    await waitFor(() => expect(tab.result.current.status).toBe('saving'), WAIT);
    tab.result.current.update(typed('een twee drie'));
    background.unhold();
    saves[0]!.release();
    await waitFor(async () => expect(await storedText(A)).toBe('een twee drie'), WAIT);
    await waitFor(() => expect(tab.result.current.status).toBe('saved'), WAIT);
    expect(tab.result.current.conflict).toBeNull();
    // created as revision 1, then one save per text: no save was lost or refused.
    expect((await stored(A))?.revision).toBe(3);
    expect(textOf(tab.result.current.draft)).toBe('een twee drie');
  });

  it('a change still waiting for the typing pause goes to its own patient when the patient switches', async () => {
    const tab = await withSavedDraft(A, 'voor A');
    tab.result.current.update(typed('voor A, aangevuld'));
    tab.rerender({ k: B });
    expect(tab.result.current.draft).toBeNull();
    await waitFor(async () => expect(await storedText(A)).toBe('voor A, aangevuld'), WAIT);
    await waitFor(() => expect(tab.result.current.loading).toBe(false), WAIT);
    expect(tab.result.current.draft).toBeNull();
    tab.result.current.update(typed('voor B'));
    await waitFor(async () => expect(await storedText(B)).toBe('voor B'), WAIT);
    expect(await storedText(A)).toBe('voor A, aangevuld');
    const drafts = await (await background.store()).listDrafts();
    expect(drafts).toHaveLength(2);
  });

  it("a save of the previous patient that lands after the switch never shows in the new patient's session", async () => {
    await (await background.store()).create(newDraft({ patientKey: B, letter: { lang: 'nl', sections: [{ id: 'question', title: 'Vraagstelling', text: 'van B', edited: true }], placeholders: [] } }));
    const tab = await withSavedDraft(A, 'van A');
    const saves = background.hold('save');
    tab.result.current.update(typed('van A, later'));
    await waitFor(() => expect(saves).toHaveLength(1), WAIT);
    tab.rerender({ k: B });
    // While A's save is still on its way, the sidebar shows no draft at all: not A's, not yet B's.
    expect(tab.result.current.key).toBe(B);
    expect(tab.result.current.draft).toBeNull();
    background.unhold();
    saves[0]!.release();
    await waitFor(() => expect(tab.result.current.draft?.patientKey).toBe(B), WAIT);
    expect(textOf(tab.result.current.draft)).toBe('van B');
    expect(await storedText(A)).toBe('van A, later');
    expect(await storedText(B)).toBe('van B');
  });

  it("refuses a change that would put another patient's key on this patient's draft", async () => {
    const tab = await withSavedDraft(A, 'van A');
    tab.result.current.update((d) => ({ ...typed('van B')(d), patientKey: B }));
    tab.result.current.update(typed('van A, verder'));
    await waitFor(async () => expect(await storedText(A)).toBe('van A, verder'), WAIT);
    expect(await stored(B)).toBeUndefined();
    expect(await (await background.store()).listDrafts()).toHaveLength(1);
    expect(tab.result.current.draft?.patientKey).toBe(A);
  });

  it('keeps the typing in memory and says so when the background store cannot be reached', async () => {
    background.close();
    const tab = sidebar(A);
    await waitFor(() => expect(tab.result.current.problem).toBe('unavailable'), WAIT);
    tab.result.current.update(typed('niet opgeslagen, wel bewaard'));
    await waitFor(() => expect(textOf(tab.result.current.draft)).toBe('niet opgeslagen, wel bewaard'), WAIT);
    await waitFor(() => expect(tab.result.current.status).toBe('memory-only'), WAIT);
    expect(tab.result.current.exportJson()).toContain('niet opgeslagen, wel bewaard');
  });

  it('offers nothing to type into until the stored draft is loaded, also right after a patient switch', async () => {
    await (await background.store()).create(newDraft({ patientKey: B }));
    const tab = sidebar(A);
    // The first render already waits: a letter composed before the load would take typing that the
    // stored draft then replaces, or start a second draft for the same patient.
    expect(tab.result.current.loading).toBe(true);
    await waitFor(() => expect(tab.result.current.loading).toBe(false), WAIT);
    tab.rerender({ k: B });
    expect(tab.result.current.loading).toBe(true);
    expect(tab.result.current.draft).toBeNull();
    await waitFor(() => expect(tab.result.current.draft?.patientKey).toBe(B), WAIT);
    expect(tab.result.current.loading).toBe(false);
  });
});

describe('two sidebars on one draft', () => {
  it('a tab with nothing unsaved shows the text another tab saved, and says so', async () => {
    const first = await withSavedDraft(A, 'eerste versie');
    const second = await loaded(A);
    expect(second.result.current.refreshed).toBe(false);
    first.result.current.update(typed('tweede versie'));
    await waitFor(() => expect(textOf(second.result.current.draft)).toBe('tweede versie'), WAIT);
    expect(second.result.current.refreshed).toBe(true);
    expect(second.result.current.conflict).toBeNull();
  });

  it('typing in both: the later save is refused as a conflict, nothing is overwritten, and the tab may keep its own', async () => {
    const first = await withSavedDraft(A, 'basis');
    const second = await loaded(A);
    const saves = background.hold('save');
    first.result.current.update(typed('uit tab 1'));
    second.result.current.update(typed('uit tab 2'));
    await waitFor(() => expect(saves).toHaveLength(2), WAIT);
    background.unhold();
    const savedText = (held: (typeof saves)[number]) => textOf(held.args[0] as Draft);
    const fromFirst = saves.find((held) => savedText(held) === 'uit tab 1')!;
    const fromSecond = saves.find((held) => savedText(held) === 'uit tab 2')!;
    fromFirst.release();
    await waitFor(async () => expect(await storedText(A)).toBe('uit tab 1'), WAIT);
    fromSecond.release();
    await waitFor(() => expect(second.result.current.conflict).not.toBeNull(), WAIT);
    const conflict = second.result.current.conflict!;
    expect(textOf(conflict.theirs)).toBe('uit tab 1');
    expect(textOf(conflict.mine)).toBe('uit tab 2');
    // The refused text is not stored over the other tab's.
    expect(await storedText(A)).toBe('uit tab 1');
    expect(first.result.current.conflict).toBeNull();

    await second.result.current.keepMine();
    await waitFor(() => expect(second.result.current.conflict).toBeNull(), WAIT);
    expect(await storedText(A)).toBe('uit tab 2');
    await waitFor(() => expect(textOf(first.result.current.draft)).toBe('uit tab 2'), WAIT);
    expect(first.result.current.refreshed).toBe(true);
  });
});

describe('another tab saves while this one is typing', () => {
  afterEach(() => vi.useRealTimers());
  // With setTimeout faked, the hooks' effects (and renderHook's result) also wait for a timer of 0 ms:
  // waits run those, while the session's own delays move only when the test advances the clock.
  const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));
  const until = (check: () => unknown) =>
    waitFor(async () => {
      await advance(0);
      await check();
    }, WAIT);
  const onPage = (type: string) => act(() => void document.body.dispatchEvent(new Event(type, { bubbles: true })));

  it('holds the conflict until a typing pause with no composition open, then offers all that was typed', async () => {
    const first = await withSavedDraft(A, 'basis');
    const second = await loaded(A);
    // Only the session's own timers (typing pause, autosave delay) are driven by the test; the fake
    // IndexedDB keeps its own scheduling.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const saves = background.hold('save');
    act(() => second.result.current.update(typed('tab 2: een')));
    act(() => first.result.current.update(typed('tab 1')));
    await advance(500);
    await until(() => expect(saves).toHaveLength(2));
    background.unhold();
    const savedText = (held: (typeof saves)[number]) => textOf(held.args[0] as Draft);
    saves.find((held) => savedText(held) === 'tab 1')!.release();
    await until(async () => expect(await storedText(A)).toBe('tab 1'));
    // The second tab's save is refused while the clinician there is still in the middle of typing…
    saves.find((held) => savedText(held) === 'tab 2: een')!.release();
    await until(() => expect(second.result.current.status).toBe('saved'));
    expect(second.result.current.conflict).toBeNull();
    expect(second.result.current.conflictWaiting).toBe(true);
    expect(textOf(second.result.current.draft)).toBe('tab 2: een');

    // …who types on, and starts composing a character with an input method.
    onPage('keydown');
    act(() => second.result.current.update(typed('tab 2: een twee')));
    onPage('compositionstart');
    await advance(500);
    await until(() => expect(background.calls.filter((m) => m === 'save')).toHaveLength(3));
    await until(() => expect(second.result.current.status).toBe('saved'));
    await advance(10_000);
    expect(second.result.current.conflict).toBeNull();
    expect(textOf(second.result.current.draft)).toBe('tab 2: een twee');
    expect(await storedText(A)).toBe('tab 1');

    onPage('compositionend');
    await advance(1499);
    expect(second.result.current.conflict).toBeNull();
    await advance(1);
    await until(() => expect(second.result.current.conflict).not.toBeNull());
    expect(textOf(second.result.current.conflict!.theirs)).toBe('tab 1');
    expect(textOf(second.result.current.conflict!.mine)).toBe('tab 2: een twee');
    expect(textOf(second.result.current.draft)).toBe('tab 1');
    expect(second.result.current.conflictWaiting).toBe(false);

    vi.useRealTimers();
    await act(() => second.result.current.keepMine());
    expect(second.result.current.conflict).toBeNull();
    expect(await storedText(A)).toBe('tab 2: een twee');
    expect(textOf(second.result.current.draft)).toBe('tab 2: een twee');
  });

  it('shows the text another tab saved only after a pause in typing here, even with nothing unsaved', async () => {
    const first = await withSavedDraft(A, 'eerste versie');
    const second = await loaded(A);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // The clinician in the second tab is typing in a field not yet handed to the draft.
    onPage('input');
    act(() => first.result.current.update(typed('tweede versie')));
    await advance(500);
    await until(async () => expect(await storedText(A)).toBe('tweede versie'));
    await advance(500);
    onPage('input');
    await advance(1000);
    expect(textOf(second.result.current.draft)).toBe('eerste versie');
    expect(second.result.current.refreshed).toBe(false);
    await advance(500);
    await until(() => expect(textOf(second.result.current.draft)).toBe('tweede versie'));
    expect(second.result.current.refreshed).toBe(true);
    expect(second.result.current.conflict).toBeNull();
  });
});

describe('a reload', () => {
  it('while a save is in flight loses nothing: the reopened sidebar finds the typed text', async () => {
    const tab = await withSavedDraft(A, 'voor het herladen');
    const saves = background.hold('save');
    tab.result.current.update(typed('getypt tijdens het opslaan'));
    await waitFor(() => expect(saves).toHaveLength(1), WAIT);
    tab.unmount();
    background.unhold();
    saves[0]!.release();
    const again = await loaded(A);
    await waitFor(() => expect(textOf(again.result.current.draft)).toBe('getypt tijdens het opslaan'), WAIT);
    expect(again.result.current.conflict).toBeNull();
  });

  it('before the typing pause ran out saves the typed text at once', async () => {
    const tab = await withSavedDraft(A, 'voor het herladen');
    tab.result.current.update(typed('net getypt'));
    expect(await storedText(A)).toBe('voor het herladen');
    tab.unmount();
    const again = await loaded(A);
    await waitFor(() => expect(textOf(again.result.current.draft)).toBe('net getypt'), WAIT);
    expect(await storedText(A)).toBe('net getypt');
  });
});
