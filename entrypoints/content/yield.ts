/**
 * Gives the main thread back to the portal between slices of work, so reading a huge record never
 * makes one long task. The next slice is a task at the back of the queue: everything already waiting
 * runs first — the portal's own timers and network callbacks, and the background's answers (the
 * early flag). scheduler.yield() is not used: its continuation runs ahead of those, and a read of ten
 * thousand notes then kept the flag waiting until its end. MessageChannel avoids setTimeout's 4 ms
 * clamp after nesting.
 */
export const SLICE_MS = 8;

export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** A clock for one slice: `due()` is true when the slice has used its time. */
export function sliceClock(budgetMs = SLICE_MS): { due(): boolean; reset(): void } {
  let start = performance.now();
  return {
    due: () => performance.now() - start > budgetMs,
    reset: () => {
      start = performance.now();
    },
  };
}

/** The browser's next idle period, or a short while when it has none to give (it may never be idle). */
export function whenIdle(timeoutMs = 200): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 0);
  });
}
