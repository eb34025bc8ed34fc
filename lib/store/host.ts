import type { DraftStore } from './draft-store';
import type { DraftChange, DraftChangeMessage, StoreResponse } from './protocol';
import { serveStoreRequest } from './serve';

export interface StoreHostOptions {
  /** Opens the store; every committed change is to be passed to `onChange`. */
  open(onChange: (change: DraftChange) => void): Promise<DraftStore>;
  /** The retention period the clinician set, read when retention runs. */
  retentionDays(): Promise<number>;
  /** Tells every open extension page (sidebars, the options page) about a change. Must not throw. */
  tell(message: DraftChangeMessage): void;
  /** What else retention removes at the same moment (dismissals live outside IndexedDB). */
  purgeAlso?(at: Date, days: number): Promise<unknown>;
  now?: () => Date;
}

export interface StoreHost {
  /** Answers one request from an extension page; never throws. */
  answer(raw: unknown): Promise<StoreResponse>;
  /** Deletes drafts past the retention period; a failure waits for the next try. */
  purgeExpired(): Promise<void>;
  /** The opened store, for the background's own bookkeeping (re-keying); pages never get it. */
  store(): Promise<DraftStore>;
}

/**
 * The one place that holds the drafts store: the extension's background, which is first-party where a
 * sidebar frame inside the portal page may be denied IndexedDB. It opens the store on the first request,
 * runs retention each time it opens it (so a browser that stays open for weeks still deletes old
 * drafts whenever the background wakes), and tells every page of each change, whichever page made it.
 */
export function createStoreHost(options: StoreHostOptions): StoreHost {
  const now = options.now ?? (() => new Date());
  let opening: Promise<DraftStore> | undefined;

  const purge = async (store: DraftStore) => {
    try {
      const at = now();
      const days = await options.retentionDays();
      await options.purgeAlso?.(at, days);
      await store.purgeExpired(at, days);
    } catch {
      // Retention tries again when the store is next opened or the browser starts; nothing is lost by waiting.
    }
  };

  const store = (): Promise<DraftStore> => {
    opening ??= options
      .open((change) => {
        try {
          options.tell({ type: 'draft-change', change });
        } catch {
          // The change is committed whatever happens to the notice.
        }
      })
      .then(async (opened) => {
        await purge(opened);
        return opened;
      })
      .catch((error: unknown) => {
        opening = undefined; // try again on the next request (after a blocking tab closed, say)
        throw error;
      });
    return opening;
  };

  return {
    answer: (raw) => serveStoreRequest(store, raw),
    store,
    async purgeExpired() {
      const opensNow = opening === undefined; // opening runs retention itself
      try {
        const opened = await store();
        if (!opensNow) await purge(opened);
      } catch {
        // The store could not be opened; the next request or start tries again.
      }
    },
  };
}
