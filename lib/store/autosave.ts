/**
 * Saves the latest value shortly after typing stops. At most one save runs at a time: changes made
 * while a save is in flight wait and only the newest of them is saved next, so revisions never race.
 */
export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface Autosaver<T> {
  /** A new value to save; restarts the delay. */
  schedule(value: T): void;
  /** Saves any waiting value now (page hide, patient switch); rejects when that save fails. */
  flush(): Promise<void>;
  /** Forgets any waiting value and stops; later calls do nothing. */
  dispose(): void;
}

export function createAutosaver<T>(opts: { delayMs?: number; save: (value: T) => Promise<void>; onStatus?: (s: AutosaveStatus) => void }): Autosaver<T> {
  const delayMs = opts.delayMs ?? 500;
  let waiting: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | undefined;
  let disposed = false;
  let status: AutosaveStatus = 'idle';

  const setStatus = (next: AutosaveStatus) => {
    if (next === status) return;
    status = next;
    opts.onStatus?.(next);
  };

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  /** Saves what is waiting, after any save in flight; resolves when the queue is empty. */
  const drain = async (): Promise<void> => {
    while (inFlight) await inFlight.catch(() => {});
    if (!waiting || disposed) return;
    const { value } = waiting;
    waiting = undefined;
    setStatus('saving');
    const attempt = opts.save(value);
    inFlight = attempt.then(
      () => undefined,
      () => undefined,
    );
    try {
      await attempt;
      if (!waiting) setStatus('saved');
      else setStatus(timer === undefined ? 'saving' : 'pending');
    } catch (error) {
      // Keep the failed value for the next flush unless a newer one came in meanwhile.
      waiting ??= { value };
      setStatus('error');
      throw error;
    } finally {
      inFlight = undefined;
    }
    // A change that arrived during the save and whose delay already ran out is saved now.
    if (waiting && timer === undefined) await drain();
  };

  return {
    schedule(value) {
      if (disposed) return;
      waiting = { value };
      clearTimer();
      if (!inFlight) setStatus('pending');
      timer = setTimeout(() => {
        timer = undefined;
        if (inFlight) return; // the save in flight picks this value up when it ends
        drain().catch(() => {});
      }, delayMs);
    },
    async flush() {
      clearTimer();
      await drain();
    },
    dispose() {
      disposed = true;
      clearTimer();
      waiting = undefined;
    },
  };
}
