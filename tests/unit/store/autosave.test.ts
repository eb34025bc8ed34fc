import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type AutosaveStatus } from '../../../lib/store';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A save the test finishes by hand, to hold a save "in flight". */
function manualSave() {
  const calls: Array<{ value: string; resolve: () => void; reject: (e: unknown) => void }> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const save = (value: string) =>
    new Promise<void>((resolve, reject) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const done = (fn: () => void) => () => {
        inFlight--;
        fn();
      };
      calls.push({ value, resolve: done(resolve), reject: (e) => done(() => reject(e))() });
    });
  return { save, calls, maxInFlight: () => maxInFlight };
}

describe('createAutosaver', () => {
  it('saves once, 500 ms after the last change, with the latest value', async () => {
    const saved: string[] = [];
    const statuses: AutosaveStatus[] = [];
    const saver = createAutosaver<string>({ save: async (v) => void saved.push(v), onStatus: (s) => statuses.push(s) });
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(300);
    saver.schedule('ab');
    await vi.advanceTimersByTimeAsync(499);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['ab']);
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
  });

  it('honours a custom delay', async () => {
    const saved: string[] = [];
    const saver = createAutosaver<string>({ delayMs: 100, save: async (v) => void saved.push(v) });
    saver.schedule('x');
    await vi.advanceTimersByTimeAsync(100);
    expect(saved).toEqual(['x']);
  });

  it('never runs two saves at once; changes during a save are queued and only the latest is saved', async () => {
    const m = manualSave();
    const saver = createAutosaver<string>({ save: m.save });
    saver.schedule('1');
    await vi.advanceTimersByTimeAsync(500);
    expect(m.calls.map((c) => c.value)).toEqual(['1']);
    saver.schedule('2');
    saver.schedule('3');
    await vi.advanceTimersByTimeAsync(2000);
    expect(m.calls.map((c) => c.value)).toEqual(['1']);
    m.calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(m.calls.map((c) => c.value)).toEqual(['1', '3']);
    m.calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(m.maxInFlight()).toBe(1);
  });

  it('flush saves at once (page hide) and resolves when saved', async () => {
    const saved: string[] = [];
    const saver = createAutosaver<string>({ save: async (v) => void saved.push(v) });
    saver.schedule('typed');
    await saver.flush();
    expect(saved).toEqual(['typed']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['typed']);
  });

  it('flush waits for a save in flight and then saves the newer value', async () => {
    const m = manualSave();
    const saver = createAutosaver<string>({ save: m.save });
    saver.schedule('first');
    await vi.advanceTimersByTimeAsync(500);
    saver.schedule('second');
    let flushed = false;
    const flushing = saver.flush().then(() => (flushed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(m.calls.map((c) => c.value)).toEqual(['first']);
    m.calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(m.calls.map((c) => c.value)).toEqual(['first', 'second']);
    expect(flushed).toBe(false);
    m.calls[1]!.resolve();
    await flushing;
    expect(m.maxInFlight()).toBe(1);
  });

  it('reports error, keeps the value, and saves it on the next flush', async () => {
    const statuses: AutosaveStatus[] = [];
    let fail = true;
    const saved: string[] = [];
    const saver = createAutosaver<string>({
      save: async (v) => {
        if (fail) throw new Error('disk full');
        saved.push(v);
      },
      onStatus: (s) => statuses.push(s),
    });
    saver.schedule('precious');
    await vi.advanceTimersByTimeAsync(500);
    expect(statuses.at(-1)).toBe('error');
    await expect(saver.flush()).rejects.toThrow('disk full');
    fail = false;
    await saver.flush();
    expect(saved).toEqual(['precious']);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('does nothing after dispose', async () => {
    const saved: string[] = [];
    const saver = createAutosaver<string>({ save: async (v) => void saved.push(v) });
    saver.schedule('a');
    saver.dispose();
    saver.schedule('b');
    await vi.advanceTimersByTimeAsync(1000);
    await saver.flush();
    expect(saved).toEqual([]);
  });

  it('flush with nothing waiting resolves without saving', async () => {
    const save = vi.fn(async () => {});
    const saver = createAutosaver<string>({ save });
    await saver.flush();
    expect(save).not.toHaveBeenCalled();
  });
});
