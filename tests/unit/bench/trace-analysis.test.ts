import { describe, expect, it } from 'vitest';
import {
  analyseTrace,
  callbacksOfExtension,
  findPageThread,
  overlap,
  profileSamples,
  renderingSetOffByExtension,
  topLevelTasks,
  unionOf,
  type TraceEvent,
} from '../../../bench/trace-analysis';
import { complete, EXT, FRAME, functionCall, instant, isExtensionUrl, MAIN, PAGE, PAGE_SCRIPT, parseHtml, stack, task } from './trace-fixture';

const ms = 1000;

describe('findPageThread', () => {
  it('picks the renderer thread that parsed the portal page, from its first parse', () => {
    const other = { pid: 20, tid: 21 };
    const events = [parseHtml(5 * ms, ms, other), complete('ParseHTML', 1 * ms, ms, { beginData: { url: 'about:blank' } }), parseHtml(7 * ms, ms), parseHtml(9 * ms, ms)];
    // Thread 20 parsed the page once (an earlier document), the main thread twice: the main thread wins.
    expect(findPageThread(events, PAGE)).toEqual({ ...MAIN, navigationTs: 7 * ms });
    expect(findPageThread([], PAGE)).toBeNull();
  });
});

describe('interval helpers', () => {
  it('merges overlapping intervals and measures the part inside a window', () => {
    const union = unionOf([
      { start: 10, end: 20 },
      { start: 15, end: 30 },
      { start: 40, end: 50 },
      { start: 45, end: 45 },
    ]);
    expect(union).toEqual([
      { start: 10, end: 30 },
      { start: 40, end: 50 },
    ]);
    expect(overlap(union, 25, 45)).toBe(10);
    expect(overlap(union, 0, 100)).toBe(30);
  });

  it('folds nested tasks into their top-level task', () => {
    const events = [task(0, 100), { ...task(10, 20), name: 'ThreadControllerImpl::RunTask' }, task(200, 10), task(150, 10, { pid: 10, tid: 99 })];
    expect(topLevelTasks(events, MAIN.pid, MAIN.tid)).toEqual([
      { start: 0, end: 100 },
      { start: 200, end: 210 },
    ]);
  });
});

describe('profileSamples', () => {
  it('gives each sample to the nearest frame with a URL, so natives called by the extension count for it', () => {
    const nodes = [
      { id: 1, callFrame: { functionName: '(root)' } },
      { id: 2, parent: 1, callFrame: { functionName: 'readEntries', url: EXT } },
      { id: 3, parent: 2, callFrame: { functionName: 'get innerText' } }, // native, called by the extension
      { id: 4, parent: 1, callFrame: { functionName: 'render', url: PAGE_SCRIPT } },
      { id: 5, parent: 1, callFrame: { functionName: '(garbage collector)' } },
    ];
    const events: TraceEvent[] = [
      { name: 'Profile', id: '0x1', ph: 'P', ts: 0, ...MAIN, args: { data: { startTime: 1000 } } },
      { name: 'ProfileChunk', id: '0x1', ph: 'P', ts: 0, ...MAIN, args: { data: { cpuProfile: { nodes, samples: [3, 4, 5, 2] }, timeDeltas: [0, 100, 100, 100] } } },
      { name: 'ProfileChunk', id: '0x1', ph: 'P', ts: 0, ...MAIN, args: { data: { cpuProfile: { samples: [1] }, timeDeltas: [100] } } },
    ];
    const samples = profileSamples(events, MAIN.pid, MAIN.tid, isExtensionUrl);
    expect(samples.map((s) => [s.start, s.end, s.extension])).toEqual([
      [1000, 1100, true],
      [1100, 1200, false],
      [1200, 1300, false],
      [1300, 1400, true],
    ]);
  });
});

describe('renderingSetOffByExtension', () => {
  it('blames a recalculation or layout on the extension when it invalidated since the last one, or forced it', () => {
    const events = [
      instant('ScheduleStyleRecalculation', 100, { data: { frame: FRAME, stackTrace: stack(EXT) } }),
      complete('UpdateLayoutTree', 200, 50, { beginData: { frame: FRAME } }), // the extension's
      instant('InvalidateLayout', 220, { data: { frame: FRAME } }), // during its style change: follows it
      complete('Layout', 300, 40, { beginData: { frame: FRAME } }), // the extension's
      instant('InvalidateLayout', 400, { data: { frame: FRAME } }), // the page's own (no stack)
      complete('Layout', 500, 30, { beginData: { frame: FRAME } }), // the page's
      complete('Layout', 600, 20, { beginData: { frame: FRAME, stackTrace: stack(EXT) } }), // forced by the extension
      instant('ScheduleStyleRecalculation', 700, { data: { frame: FRAME, stackTrace: stack(PAGE_SCRIPT) } }),
      complete('UpdateLayoutTree', 800, 10, { beginData: { frame: FRAME } }), // the page's
    ];
    expect(renderingSetOffByExtension(events, isExtensionUrl)).toEqual([
      { start: 200, end: 250 },
      { start: 300, end: 340 },
      { start: 600, end: 620 },
    ]);
  });

  it('decides by the innermost script on the stack', () => {
    const pageCallsBack = [
      { url: PAGE_SCRIPT, functionName: 'onMutation', lineNumber: 1, columnNumber: 1 },
      { url: EXT, functionName: 'mount', lineNumber: 1, columnNumber: 1 },
    ];
    const events = [instant('ScheduleStyleRecalculation', 100, { data: { stackTrace: pageCallsBack } }), complete('UpdateLayoutTree', 200, 50, { beginData: {} })];
    expect(renderingSetOffByExtension(events, isExtensionUrl)).toEqual([]);
  });
});

describe('callbacksOfExtension', () => {
  it('links timers, frames and yield continuations to the script that scheduled them', () => {
    const events = [
      instant('TimerInstall', 10, { data: { frame: FRAME, timerId: 7, stackTrace: stack(EXT) } }),
      instant('TimerInstall', 11, { data: { frame: FRAME, timerId: 8, stackTrace: stack(PAGE_SCRIPT) } }),
      instant('ScheduleYieldContinuation', 12, { data: { frame: FRAME, priority: 'user-visible', stackTrace: stack(PAGE_SCRIPT) } }),
      instant('ScheduleYieldContinuation', 13, { data: { frame: FRAME, priority: 'user-visible', stackTrace: stack(EXT) } }),
      instant('RequestAnimationFrame', 14, { data: { frame: FRAME, id: 1, stackTrace: stack(EXT) } }),
      complete('TimerFire', 100, 5, { data: { frame: FRAME, timerId: 8 } }),
      complete('TimerFire', 110, 5, { data: { frame: FRAME, timerId: 7 } }),
      complete('RunYieldContinuation', 120, 5, { data: { frame: FRAME, priority: 'user-visible' } }), // the page's (first in)
      complete('RunYieldContinuation', 130, 5, { data: { frame: FRAME, priority: 'user-visible' } }), // the extension's
      complete('FireAnimationFrame', 140, 5, { data: { frame: FRAME, id: 1 } }),
    ];
    expect(callbacksOfExtension(events, isExtensionUrl).map((e) => `${e.name}@${e.ts}`)).toEqual(['TimerFire@110', 'RunYieldContinuation@130', 'FireAnimationFrame@140']);
  });
});

describe('analyseTrace', () => {
  /** A 10,000-note portal load as the bench sees it, with one long task of each kind. */
  function load(): TraceEvent[] {
    return [
      // The previous document's content script, before this navigation: not counted.
      task(0, 90 * ms),
      functionCall(10, 80 * ms, EXT),
      // A: the portal parses its page for 120 ms; nothing of the extension's in it.
      task(1 * ms, 120 * ms),
      parseHtml(1 * ms, 120 * ms),
      // B: a task that runs the content script for 79 ms (started by the extension).
      task(200 * ms, 80 * ms),
      complete('EvaluateScript', 200 * ms + 10, 79 * ms, { data: { url: EXT } }),
      // C: a page task of 90 ms in which the extension's observer callback takes 50 ms (> 90 − 50).
      task(300 * ms, 90 * ms),
      functionCall(300 * ms + 10, 20 * ms, PAGE_SCRIPT),
      functionCall(321 * ms, 50 * ms, EXT),
      // D: the extension changes a style (short task), the next frame recalculates styles for 60 ms.
      task(395 * ms, 2 * ms),
      functionCall(395 * ms + 10, 1 * ms, EXT),
      instant('ScheduleStyleRecalculation', 395 * ms + 500, { data: { frame: FRAME, stackTrace: stack(EXT, 'mountLauncher') } }),
      task(410 * ms, 70 * ms),
      complete('UpdateLayoutTree', 410 * ms + 100, 60 * ms, { beginData: { frame: FRAME } }),
      // E: the page invalidates its own layout; a 70 ms layout that is not the extension's.
      task(500 * ms, 1 * ms),
      instant('InvalidateLayout', 500 * ms + 10, { data: { frame: FRAME } }),
      task(510 * ms, 70 * ms),
      complete('Layout', 510 * ms + 10, 69 * ms, { beginData: { frame: FRAME } }),
      // F: a timer the extension set fires; the task is long with garbage collection, not its script.
      instant('TimerInstall', 600 * ms, { data: { frame: FRAME, timerId: 3, stackTrace: stack(EXT) } }),
      task(700 * ms, 60 * ms),
      complete('TimerFire', 700 * ms + 10, 59 * ms, { data: { frame: FRAME, timerId: 3 } }),
      functionCall(700 * ms + 20, 2 * ms, EXT),
      complete('MajorGC', 703 * ms, 55 * ms),
      // G: a page task of 200 ms with a 20 ms extension callback inside: too small a share to blame.
      task(800 * ms, 200 * ms),
      functionCall(800 * ms + 10, 150 * ms, PAGE_SCRIPT),
      functionCall(960 * ms, 20 * ms, EXT),
      // H: a 100 ms parse chunk after which the extension's mutation observer runs for 1 ms: the page's.
      task(1100 * ms, 100 * ms),
      parseHtml(1100 * ms + 10, 99 * ms),
      functionCall(1198 * ms + 500, 1 * ms, EXT),
      // Another renderer's extension work does not touch the portal's thread.
      task(100 * ms, 500 * ms, { pid: 30, tid: 31 }),
      functionCall(100 * ms, 500 * ms, EXT, { pid: 30, tid: 31 }),
    ];
  }

  it('counts long tasks the extension caused by its script or by rendering it set off, and no others', () => {
    const result = analyseTrace(load(), { pageUrl: PAGE, isExtensionUrl });
    const byStart = Object.fromEntries(result.longTasks.map((t) => [t.atMs, t]));
    expect(Object.keys(byStart).map(Number)).toEqual([0, 199, 299, 409, 509, 699, 799, 1099]);
    expect(byStart[0]).toMatchObject({ ms: 120, byExtension: false, extensionMs: 0 });
    expect(byStart[199]).toMatchObject({ ms: 80, byExtension: true, startedByExtension: true });
    expect(byStart[299]).toMatchObject({ ms: 90, byExtension: true, startedByExtension: false, extensionMs: 50 });
    expect(byStart[409]).toMatchObject({ ms: 70, byExtension: true, extensionRenderingMs: 60 });
    expect(byStart[509]).toMatchObject({ ms: 70, byExtension: false, extensionMs: 0 });
    expect(byStart[699]).toMatchObject({ ms: 60, byExtension: true, startedByExtension: true });
    expect(byStart[799]).toMatchObject({ ms: 200, byExtension: false, extensionMs: 20 });
    expect(byStart[1099]).toMatchObject({ ms: 100, byExtension: false, startedByExtension: false, extensionMs: 1 });
    expect(result.longTasksByExtension).toBe(4);
    expect(result.longTasksByExtensionRendering).toBe(1);
    // Script: 79 + 50 + 1 + 2 + 20 + 1 ms; rendering it set off: 60 ms.
    expect(result.extensionScriptMs).toBe(153);
    expect(result.extensionRenderingMs).toBe(60);
    expect(result.extensionMs).toBe(213);
    expect(result.longestExtensionSliceMs).toBe(79);
  });

  it('finds nothing of the extension in a load without it', () => {
    const plain = load().filter((e) => !JSON.stringify(e.args ?? {}).includes('chrome-extension://'));
    const result = analyseTrace(plain, { pageUrl: PAGE, isExtensionUrl });
    expect(result.longTasksByExtension).toBe(0);
    expect(result.extensionMs).toBe(0);
  });

  it('says so when the trace holds no load of the page', () => {
    expect(() => analyseTrace([task(0, 10)], { pageUrl: PAGE, isExtensionUrl })).toThrow(/no renderer thread parsed/);
  });
});
