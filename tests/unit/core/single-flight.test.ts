import { describe, expect, it } from 'vitest';
import { singleFlight } from '../../../lib/single-flight';

/** A pass that waits until the test lets it end, and a log of when passes start and end. */
function gatedPasses() {
  const log: string[] = [];
  const gates: Array<() => void> = [];
  let n = 0;
  const pass = async () => {
    const i = ++n;
    log.push(`start ${i}`);
    await new Promise<void>((resolve) => gates.push(resolve));
    log.push(`end ${i}`);
  };
  const release = async () => {
    gates.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { log, pass, release };
}

describe('singleFlight', () => {
  it('never runs two passes side by side, and runs one more for calls during a pass', async () => {
    const { log, pass, release } = gatedPasses();
    const job = singleFlight(pass);
    const first = job.run();
    const second = job.run();
    const third = job.run();
    expect(second).toBe(first);
    expect(third).toBe(first);
    await release();
    expect(log).toEqual(['start 1', 'end 1', 'start 2']);
    await release();
    await Promise.all([first, second, third]);
    // Three calls while one pass ran make one more pass, not two.
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('a pass that asks for another gets it; a request while idle adds nothing to the next run', async () => {
    let passes = 0;
    const job = singleFlight(async () => {
      passes += 1;
      if (passes === 1) job.again();
    });
    await job.run();
    expect(passes).toBe(2);
    job.again();
    await job.run();
    expect(passes).toBe(3);
  });

  it('starts afresh after a pass that failed, which rejects its callers', async () => {
    let fail = true;
    let passes = 0;
    const job = singleFlight(async () => {
      passes += 1;
      if (fail) throw new Error('pass failed');
    });
    await expect(job.run()).rejects.toThrow('pass failed');
    fail = false;
    await job.run();
    expect(passes).toBe(2);
  });
});
