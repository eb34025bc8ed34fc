import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
// Precise imports: the store's index would bring its schemas and IndexedDB code, which live in the background.
import { createAutosaver, type AutosaveStatus } from '../lib/store/autosave';
import { StoreError } from '../lib/store/errors';
import { draftToExportJson } from '../lib/store/export-json';
import { createRevisionLedger } from '../lib/store/revision-ledger';
import type { Draft, DraftStore, NewDraft } from '../lib/store';
import { openRemoteDraftStore, watchDraftEvents } from './store-client';
import { watchTypingPause, type TypingPause } from './typing-pause';

/**
 * One patient's draft in the sidebar: loads it by patient key, creates it on the first change, saves it
 * 500 ms after typing stops (and at once when the page hides), and handles the other tab that saved
 * first. Editing always continues in memory, whatever the storage does, so nothing typed is lost.
 * What another tab saved is shown only in a typing pause: a refused save is held until then, so the
 * other tab's text never replaces the letter under the caret and the conflict offers all that was typed.
 */
export type StoreProblem = StoreError['code'];

export interface DraftSession {
  /** The patient key this session belongs to; null while there is no patient. */
  key: string | null;
  loading: boolean;
  draft: Draft | null;
  status: AutosaveStatus | 'memory-only';
  problem: StoreProblem | null;
  /** A newer version saved in another tab while this one had unsaved changes. */
  conflict: { theirs: Draft; mine: Draft } | null;
  /** Another tab saved first while the clinician here is typing: the conflict follows in a pause. */
  conflictWaiting: boolean;
  /** Another tab saved a newer version and this one now shows it. */
  refreshed: boolean;
  /** Applies a change; the first change of a patient without a draft creates it. */
  update(change: (current: Draft) => Draft): void;
  keepMine(): Promise<void>;
  audit(action: 'exported' | 'printed' | 'copied', categories: string[], detail: string): Promise<void>;
  exportJson(): string | null;
}

type Pending = { draft: Draft; persisted: boolean };

/** No input for this long (and no composition open) is a pause in typing. */
export const TYPING_PAUSE_MS = 1500;

export function useDraftSession(key: string | null, makeNew: () => NewDraft | null): DraftSession {
  // A channel to the background's store: available at once, whatever the store itself can do.
  const store = useMemo<DraftStore>(openRemoteDraftStore, []);
  const [problem, setProblem] = useState<StoreProblem | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  // Loading from the first render on: a letter shown before the stored draft arrives would take typing
  // that the stored draft then replaces, or create a second draft for the same patient.
  const [loading, setLoading] = useState(key !== null);
  const [status, setStatus] = useState<AutosaveStatus | 'memory-only'>('idle');
  const [conflict, setConflict] = useState<DraftSession['conflict']>(null);
  const [refreshed, setRefreshed] = useState(false);
  const [conflictWaiting, setConflictWaiting] = useState(false);
  const current = useRef<Pending | null>(null);
  // Revisions this tab stored itself (the base of a queued save) and revisions seen from anyone (which
  // change notices are news). Another tab's version, handed back as a conflict, is only seen: text
  // typed before it must be refused again, not saved over it.
  const ledger = useRef(createRevisionLedger()).current;
  const remember = (d: Draft) => ledger.stored(d.id, d.revision);
  // Unsaved typing, known at once: the rendered status lags a keystroke behind, and a notice that
  // arrives in between must not replace what is being typed.
  const unsaved = useRef(false);
  // A save or its delay under way: a held conflict waits for it, so that it offers the newest text.
  const saving = useRef(false);
  // Another tab's version that refused our save, and a draft another tab saved, held for a typing pause.
  const heldConflict = useRef<{ theirs: Draft; mine: Draft } | null>(null);
  const heldRefresh = useRef<string | null>(null);
  const pause = useRef<TypingPause | null>(null);
  const keyRef = useRef<string | null>(key);
  const makeNewRef = useRef(makeNew);
  makeNewRef.current = makeNew;

  const fail = (error: unknown) => {
    setProblem(error instanceof StoreError ? error.code : 'unknown');
    setStatus('memory-only');
  };

  // The autosaver is bound to one draft id at a time: a save can never land in another patient's draft.
  const saverRef = useRef<ReturnType<typeof createAutosaver<Draft>> | null>(null);
  const makeSaver = () =>
    createAutosaver<Draft>({
      delayMs: 500,
      onStatus: (s) => {
        unsaved.current = s === 'pending' || s === 'saving' || s === 'error';
        saving.current = s === 'pending' || s === 'saving';
        setStatus((prev) => (prev === 'memory-only' && s !== 'saved' ? prev : s));
        if (!saving.current) settle();
      },
      save: async (queued) => {
        if (queued.id === UNSAVED_ID) return;
        const value = { ...queued, revision: ledger.baseFor(queued.id, queued.revision) };
        const result = await store.save(value);
        if (result.ok) {
          remember(result.draft);
          setProblem(null);
          if (current.current && current.current.draft.id === result.draft.id) {
            current.current.draft = { ...current.current.draft, revision: result.draft.revision, updatedAt: result.draft.updatedAt };
            setDraft(current.current.draft);
          }
        } else {
          ledger.seen(result.conflict.id, result.conflict.revision);
          // A refused save of the previous patient, landing after a switch, concerns nobody on screen.
          if (current.current?.draft.id !== value.id) return;
          heldConflict.current = { theirs: result.conflict, mine: value };
          setConflictWaiting(true);
        }
      },
    });

  /**
   * In a typing pause with no save under way: offers a held conflict (the stored version shown, with
   * everything typed here kept as "mine"), or shows what another tab saved when nothing here is unsaved.
   */
  const settle = () => {
    if (!(pause.current?.quiet() ?? true) || saving.current) return;
    const held = heldConflict.current;
    const refreshId = heldRefresh.current;
    heldConflict.current = null;
    heldRefresh.current = null;
    const mine = current.current;
    if (held) {
      setConflictWaiting(false);
      if (mine?.draft.id !== held.theirs.id) return;
      setConflict({ theirs: held.theirs, mine: mine.draft });
      current.current = { draft: held.theirs, persisted: true };
      setDraft(held.theirs);
      setRefreshed(false);
      return;
    }
    if (refreshId === null || mine?.draft.id !== refreshId || unsaved.current) return;
    void store.get(refreshId).then((fresh) => {
      // Checked again on arrival: typing may have started, or our own save landed, meanwhile.
      if (!fresh || current.current?.draft.id !== fresh.id || !ledger.isNews(fresh.id, fresh.revision) || unsaved.current) return;
      if (!(pause.current?.quiet() ?? true)) {
        heldRefresh.current = fresh.id;
        return;
      }
      remember(fresh);
      current.current = { draft: fresh, persisted: true };
      setDraft(fresh);
      setRefreshed(true);
    });
  };

  useEffect(() => {
    let cancelled = false;
    pause.current = watchTypingPause(document, TYPING_PAUSE_MS, () => settle());
    // Ask once so a store that cannot open is reported at once, not at the first keystroke; later
    // saves keep trying, and editing continues in memory meanwhile.
    void store.quarantined().then(
      () => !cancelled && setProblem(null),
      (error: unknown) => !cancelled && fail(error),
    );
    const flush = () => void saverRef.current?.flush().catch(fail);
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      pause.current?.dispose();
      flush();
      store.close();
    };
  }, []);

  // Patient switch: flush the previous patient's pending save to its own draft, then load the new one.
  useEffect(() => {
    keyRef.current = key;
    const previous = saverRef.current;
    saverRef.current = null;
    current.current = null;
    setDraft(null);
    setConflict(null);
    setRefreshed(false);
    heldConflict.current = null;
    heldRefresh.current = null;
    setConflictWaiting(false);
    // At once, not after the previous patient's save: nothing is offered for typing in between.
    setLoading(key !== null);
    let cancelled = false;
    void (async () => {
      if (previous) await previous.flush().catch(fail);
      previous?.dispose();
      if (!key) return;
      try {
        const found = await store.findForPatient(key);
        if (cancelled || keyRef.current !== key) return;
        saverRef.current = makeSaver();
        unsaved.current = false; // the previous patient's saver is done with; nothing of this one is typed yet
        if (found) {
          remember(found);
          current.current = { draft: found, persisted: true };
          setDraft(found);
        }
      } catch (error) {
        if (!cancelled) {
          saverRef.current = makeSaver();
          fail(error);
        }
      } finally {
        if (!cancelled) setLoading(false);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [key]);

  // Another tab saved this draft: show its text in the next typing pause when nothing here is unsaved
  // (unsaved typing is refused by the store as a conflict instead).
  useEffect(
    () =>
      watchDraftEvents((message) => {
        const mine = current.current;
        if (!mine || message.id !== mine.draft.id || message.type !== 'draft-saved') return;
        if (!ledger.isNews(mine.draft.id, message.revision) || unsaved.current) return;
        heldRefresh.current = mine.draft.id;
        settle();
      }),
    [],
  );

  const update = useCallback((change: (value: Draft) => Draft) => {
    if (!keyRef.current) return;
    const before = current.current;
    const base = before?.draft ?? provisional(makeNewRef.current());
    if (!base) return;
    const next = change(base);
    if (next.patientKey !== keyRef.current) return; // never write one patient's data into another's draft
    current.current = { draft: next, persisted: before?.persisted ?? false };
    unsaved.current = true;
    pause.current?.touch();
    setDraft(next);
    setRefreshed(false);
    if (!current.current.persisted) {
      current.current.persisted = true;
      setStatus('saving');
      void store
        .create(stripIdentity(next))
        .then((created) => {
          remember(created);
          if (current.current && current.current.draft === next) {
            current.current = { draft: created, persisted: true };
            setDraft(created);
            unsaved.current = false;
            setStatus('saved');
          } else if (current.current) {
            // Typed on while the draft was being created: carry the new id and revision forward. The
            // autosaver reports the state from here; "saved" now would claim the newer typing is stored.
            current.current.draft = { ...current.current.draft, id: created.id, revision: created.revision, createdAt: created.createdAt };
            saverRef.current?.schedule(current.current.draft);
          }
        })
        .catch((error) => {
          if (current.current) current.current.persisted = false;
          fail(error);
        });
      return;
    }
    if (next.id === UNSAVED_ID) {
      // The draft is still being created; its completion schedules the newest text.
      setStatus('pending');
      return;
    }
    saverRef.current?.schedule(next);
  }, []);

  return {
    key,
    loading,
    draft,
    status,
    problem,
    conflict,
    conflictWaiting,
    refreshed,
    update,
    async keepMine() {
      if (!conflict) return;
      try {
        const saved = await store.saveAsNewRevision({ ...conflict.mine, revision: conflict.theirs.revision });
        remember(saved);
        current.current = { draft: saved, persisted: true };
        setDraft(saved);
        setConflict(null);
      } catch (error) {
        fail(error);
      }
    },
    async audit(action, categories, detail) {
      const id = current.current?.persisted ? current.current.draft.id : undefined;
      if (!id) return;
      await saverRef.current?.flush();
      await store.audit(id, { action, categories, detail }).catch(fail);
    },
    exportJson: () => (current.current ? draftToExportJson(current.current.draft) : null),
  };
}

const UNSAVED_ID = 'unsaved';

function provisional(init: NewDraft | null): Draft | null {
  if (!init) return null;
  const now = new Date().toISOString();
  return { ...init, id: UNSAVED_ID, createdAt: now, updatedAt: now, revision: 0 } as Draft;
}

function stripIdentity(draft: Draft): NewDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...rest } = draft;
  return rest as NewDraft;
}
