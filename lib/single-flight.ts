/**
 * One pass of a job at a time, and one more after a request that came while a pass ran: a pass that
 * began on older facts (a page read before it changed, settings read before a policy arrived) is always
 * followed by one on the newer ones, and two passes never run side by side.
 */
export interface SingleFlight {
  /** Starts the passes, or asks the running ones for one more; resolves when no pass is left to run. */
  run(): Promise<void>;
  /** Asks for one more pass after the running one (without effect when none runs: `run` starts afresh). */
  again(): void;
}

export function singleFlight(pass: () => Promise<void>): SingleFlight {
  let inFlight: Promise<void> | undefined;
  let more = false;
  return {
    run() {
      if (inFlight) {
        more = true;
        return inFlight;
      }
      inFlight = (async () => {
        try {
          do {
            more = false;
            await pass();
          } while (more);
        } finally {
          inFlight = undefined;
        }
      })();
      return inFlight;
    },
    again() {
      more = true;
    },
  };
}
