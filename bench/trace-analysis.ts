// Reads one Chromium trace of one portal page load and answers: how much of the portal's main thread the
// extension took, and which long tasks (> 50 ms) the extension caused — by its own script, or by the
// style recalculations and layouts of the page that it set off.
//
// It does not care where the extension does its work: anything of the extension's that runs on the
// portal's main thread (a content script, or an extension frame that shares the portal's process) is
// found by its chrome-extension://<id>/ URL; work elsewhere (the background worker, an out-of-process
// sidebar frame) costs the portal's thread nothing and is rightly not counted here.
//
// The trace carries three kinds of evidence, on one clock:
// - script events with a URL: EvaluateScript / v8.compile of the content script, FunctionCall of each
//   callback the browser calls into it;
// - CPU samples of the V8 sampling profiler (category disabled-by-default-v8.cpu_profiler): the nearest
//   stack frame with a URL says whose code ran, which also covers code resumed after an await or a
//   scheduler.yield() (no FunctionCall event marks those);
// - scheduling and invalidation events with the script stack that caused them (category
//   disabled-by-default-devtools.timeline.stack): TimerInstall, RequestAnimationFrame,
//   RequestIdleCallback, ScheduleYieldContinuation, ScheduleStyleRecalculation, InvalidateLayout.

export const LONG_TASK_MS = 50;

export interface TraceEvent {
  name: string;
  ph?: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string | number;
  // Chromium's trace arguments differ per event name and version; read defensively where used.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  args?: Record<string, any>;
}

export interface Interval {
  start: number;
  end: number;
}

export interface LongTask {
  /** Start, in ms after the page's navigation started (first ParseHTML of the page). */
  atMs: number;
  ms: number;
  /** The extension's part inside: its script plus the rendering it set off, in ms. */
  extensionMs: number;
  extensionRenderingMs: number;
  /** The task ran a callback the extension scheduled (timer, frame, idle callback, yield, its script). */
  startedByExtension: boolean;
  byExtension: boolean;
  why?: string;
}

export interface TraceSummary {
  /** Extension script and the rendering it set off on the portal's main thread, in ms. */
  extensionMs: number;
  extensionScriptMs: number;
  extensionRenderingMs: number;
  mainThreadBusyMs: number;
  longTasks: LongTask[];
  longTasksByExtension: number;
  longTasksByExtensionScript: number;
  longTasksByExtensionRendering: number;
  /** The biggest share of one task that was the extension's, in ms (the longest slice it ran). */
  longestExtensionSliceMs: number;
  samples: number;
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const SCRIPT_WITH_URL = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'v8.run']);
const RENDERING = new Set(['Layout', 'UpdateLayoutTree']);
const STYLE_INVALIDATIONS = new Set(['ScheduleStyleRecalculation', 'StyleRecalcInvalidationTracking', 'StyleInvalidatorInvalidationTracking']);
const LAYOUT_INVALIDATIONS = new Set(['InvalidateLayout', 'LayoutInvalidationTracking']);
/** Callback events and the scheduling event (with its stack) they answer, linked by frame + id. */
const CALLBACKS: Record<string, { scheduledBy: string; key: string }> = {
  TimerFire: { scheduledBy: 'TimerInstall', key: 'timerId' },
  FireAnimationFrame: { scheduledBy: 'RequestAnimationFrame', key: 'id' },
  FireIdleCallback: { scheduledBy: 'RequestIdleCallback', key: 'id' },
};

type IsExtensionUrl = (url: string) => boolean;

function eventUrl(e: TraceEvent): string | undefined {
  const data = e.args?.data ?? e.args?.beginData;
  const url = data?.url ?? data?.scriptName ?? e.args?.fileName;
  return typeof url === 'string' && url !== '' ? url : undefined;
}

function stackOf(e: TraceEvent): Array<{ url?: string; functionName?: string; lineNumber?: number; columnNumber?: number }> {
  return e.args?.data?.stackTrace ?? e.args?.beginData?.stackTrace ?? [];
}

/** The stack's own code decides: the first frame with a URL (the innermost script on the stack). */
export function stackIsExtension(e: TraceEvent, isExtensionUrl: IsExtensionUrl): boolean {
  const frame = stackOf(e).find((f) => f.url);
  return !!frame?.url && isExtensionUrl(frame.url);
}

/** The renderer main thread that parsed the portal page, and when its parsing began. */
export function findPageThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number; navigationTs: number } | null {
  const counts = new Map<string, { n: number; first: number }>();
  for (const e of events) {
    if (e.name !== 'ParseHTML') continue;
    const url = e.args?.beginData?.url;
    if (typeof url !== 'string' || !url.startsWith(pageUrl)) continue;
    const key = `${e.pid}:${e.tid}`;
    const entry = counts.get(key) ?? { n: 0, first: Infinity };
    entry.n++;
    entry.first = Math.min(entry.first, e.ts);
    counts.set(key, entry);
  }
  let best: { key: string; n: number; first: number } | null = null;
  for (const [key, v] of counts) if (!best || v.n > best.n) best = { key, ...v };
  if (!best) return null;
  const [pid, tid] = best.key.split(':').map(Number) as [number, number];
  return { pid, tid, navigationTs: best.first };
}

/**
 * CPU samples of one renderer from Profile/ProfileChunk events, each with its duration (until the next
 * sample) and whether the code running was the extension's: the nearest frame with a URL decides, so
 * built-ins and DOM calls made by extension code count for it, while GC, idle and "(program)" do not.
 */
export function profileSamples(events: TraceEvent[], pid: number, tid: number, isExtensionUrl: IsExtensionUrl): Array<Interval & { extension: boolean }> {
  interface Profile {
    startTime: number;
    nodes: Map<number, { id: number; parent?: number; callFrame?: { url?: string } }>;
    samples: number[];
    deltas: number[];
  }
  const profiles = new Map<string, Profile>();
  for (const e of events) {
    if (e.pid !== pid) continue;
    const key = `${e.id}`;
    if (e.name === 'Profile' && e.tid === tid) {
      profiles.set(key, { startTime: e.args?.data?.startTime ?? e.ts, nodes: new Map(), samples: [], deltas: [] });
    } else if (e.name === 'ProfileChunk') {
      const profile = profiles.get(key);
      if (!profile) continue;
      const data = e.args?.data ?? {};
      for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      for (const sample of data.cpuProfile?.samples ?? []) profile.samples.push(sample);
      for (const delta of data.timeDeltas ?? []) profile.deltas.push(delta);
    }
  }
  const result: Array<Interval & { extension: boolean }> = [];
  for (const profile of profiles.values()) {
    const owner = new Map<number, boolean>();
    const ownerOf = (id: number): boolean => {
      const known = owner.get(id);
      if (known !== undefined) return known;
      const node = profile.nodes.get(id);
      let value = false;
      if (node) value = node.callFrame?.url ? isExtensionUrl(node.callFrame.url) : node.parent !== undefined ? ownerOf(node.parent) : false;
      owner.set(id, value);
      return value;
    };
    // Parents are listed in chunks as their children arrive; make parent links from `children` too.
    for (const node of profile.nodes.values()) {
      for (const child of (node as { children?: number[] }).children ?? []) {
        const c = profile.nodes.get(child);
        if (c && c.parent === undefined) c.parent = node.id;
      }
    }
    let t = profile.startTime;
    const times: number[] = [];
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.deltas[i] ?? 0;
      times.push(t);
    }
    for (let i = 0; i + 1 < times.length; i++) {
      result.push({ start: times[i]!, end: Math.max(times[i]!, times[i + 1]!), extension: ownerOf(profile.samples[i]!) });
    }
  }
  return result.sort((a, b) => a.start - b.start);
}

/** Top-level tasks of one thread (nested RunTask events are folded into their parent). */
export function topLevelTasks(events: TraceEvent[], pid: number, tid: number, from = -Infinity): Interval[] {
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && TASK_NAMES.has(e.name) && e.ts >= from)
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const top: Interval[] = [];
  let end = -Infinity;
  for (const task of tasks) {
    if (task.start >= end) {
      top.push(task);
      end = task.end;
    }
  }
  return top;
}

/** Sorted, non-overlapping union of intervals. */
export function unionOf(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out.at(-1);
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out;
}

/** Total length of a union's parts inside [start, end). */
export function overlap(union: Interval[], start: number, end: number): number {
  let total = 0;
  for (const i of union) {
    if (i.end <= start) continue;
    if (i.start >= end) break;
    total += Math.min(end, i.end) - Math.max(start, i.start);
  }
  return total;
}

/**
 * Style recalculations and layouts of the page thread that the extension set off: the event's own stack
 * is the extension's (a forced, synchronous layout from its script), or an invalidation of the same kind
 * with the extension's stack came after the previous one of that kind (the browser then recalculates or
 * lays out for it, even when the page invalidated something too: without the extension that work would
 * have been smaller or absent). A layout invalidated while the extension's style change was being applied
 * follows that style change.
 */
export function renderingSetOffByExtension(own: TraceEvent[], isExtensionUrl: IsExtensionUrl): Interval[] {
  const sorted = [...own].sort((a, b) => a.ts - b.ts);
  const result: Interval[] = [];
  let styleDirtyByExtension = false;
  let layoutDirtyByExtension = false;
  let lastExtensionStyle: Interval | null = null;
  for (const e of sorted) {
    if (STYLE_INVALIDATIONS.has(e.name)) {
      if (stackIsExtension(e, isExtensionUrl)) styleDirtyByExtension = true;
    } else if (LAYOUT_INVALIDATIONS.has(e.name)) {
      if (stackIsExtension(e, isExtensionUrl)) layoutDirtyByExtension = true;
      else if (lastExtensionStyle && e.ts >= lastExtensionStyle.start && e.ts <= lastExtensionStyle.end) layoutDirtyByExtension = true;
    } else if (e.ph === 'X' && RENDERING.has(e.name)) {
      const interval = { start: e.ts, end: e.ts + (e.dur ?? 0) };
      const forced = stackIsExtension(e, isExtensionUrl);
      if (e.name === 'UpdateLayoutTree') {
        if (forced || styleDirtyByExtension) {
          result.push(interval);
          lastExtensionStyle = interval;
        }
        styleDirtyByExtension = false;
      } else {
        if (forced || layoutDirtyByExtension) result.push(interval);
        layoutDirtyByExtension = false;
      }
    }
  }
  return result;
}

/** Callback events (timers, animation frames, idle callbacks, yield continuations) the extension scheduled. */
export function callbacksOfExtension(own: TraceEvent[], isExtensionUrl: IsExtensionUrl): TraceEvent[] {
  const scheduled = new Set<string>();
  const yields = new Map<string, boolean[]>(); // frame|priority -> FIFO of "scheduled by the extension"
  const result: TraceEvent[] = [];
  for (const e of [...own].sort((a, b) => a.ts - b.ts)) {
    const data = e.args?.data ?? {};
    if (e.name === 'ScheduleYieldContinuation') {
      const key = `${data.frame}|${data.priority}`;
      const queue = yields.get(key) ?? [];
      queue.push(stackIsExtension(e, isExtensionUrl));
      yields.set(key, queue);
      continue;
    }
    if (e.name === 'RunYieldContinuation') {
      // Continuations of one frame and priority run in the order they were scheduled.
      if (yields.get(`${data.frame}|${data.priority}`)?.shift()) result.push(e);
      continue;
    }
    for (const [callback, { scheduledBy, key }] of Object.entries(CALLBACKS)) {
      if (e.name === scheduledBy && stackIsExtension(e, isExtensionUrl)) scheduled.add(`${callback}|${data.frame}|${data[key]}`);
      else if (e.name === callback && scheduled.has(`${callback}|${data.frame}|${data[key]}`)) result.push(e);
    }
  }
  return result;
}

const round = (x: number, digits = 1) => Number(x.toFixed(digits));

/**
 * Summary of one page load. A long task counts as caused by the extension when
 * (a) its first piece of work was a callback or script of the extension's (the task exists for it), or
 * (b) the extension's part inside it — its script and the style/layout work it set off — is more than the
 *     part above 50 ms (without the extension's share the task would not have been long).
 */
export function analyseTrace(events: TraceEvent[], options: { pageUrl: string; isExtensionUrl: IsExtensionUrl }): TraceSummary {
  const { isExtensionUrl } = options;
  const thread = findPageThread(events, options.pageUrl);
  if (!thread) throw new Error(`no renderer thread parsed ${options.pageUrl} in the trace`);
  const { pid, tid, navigationTs } = thread;
  const own = events.filter((e) => e.pid === pid && e.tid === tid && e.ts >= navigationTs);

  const scriptEvents = own.filter((e) => e.ph === 'X' && SCRIPT_WITH_URL.has(e.name) && eventUrl(e) !== undefined);
  const extensionScriptEvents = scriptEvents.filter((e) => isExtensionUrl(eventUrl(e)!));
  const callbacks = callbacksOfExtension(own, isExtensionUrl);
  const samples = profileSamples(events, pid, tid, isExtensionUrl).filter((s) => s.start >= navigationTs);
  const script = unionOf([
    ...extensionScriptEvents.map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0) })),
    ...samples.filter((s) => s.extension),
  ]);
  const rendering = unionOf(renderingSetOffByExtension(own, isExtensionUrl));
  const all = unionOf([...script, ...rendering]);

  // The first piece of work in a task says for whom the task ran: script entries and the extension's
  // callbacks, but also the page's own parsing and rendering (an extension observer that runs after a
  // parse chunk does not make the parse the extension's).
  const renderingSetOff = new Set(rendering.map((i) => i.start));
  const pageWork = own.filter((e) => e.ph === 'X' && (e.name === 'ParseHTML' || (RENDERING.has(e.name) && !renderingSetOff.has(e.ts))));
  const entries = [
    ...scriptEvents.map((e) => ({ ts: e.ts, extension: isExtensionUrl(eventUrl(e)!) })),
    ...callbacks.map((e) => ({ ts: e.ts, extension: true })),
    ...pageWork.map((e) => ({ ts: e.ts, extension: false })),
  ].sort((a, b) => a.ts - b.ts || Number(a.extension) - Number(b.extension));
  const tasks = topLevelTasks(events, pid, tid, navigationTs);
  const longTasks: LongTask[] = [];
  let longest = 0;
  let ei = 0;
  for (const task of tasks) {
    const dur = task.end - task.start;
    const extensionUs = overlap(all, task.start, task.end);
    longest = Math.max(longest, extensionUs);
    while (ei < entries.length && entries[ei]!.ts < task.start) ei++;
    if (dur / 1000 <= LONG_TASK_MS) continue;
    const first = ei < entries.length && entries[ei]!.ts < task.end ? entries[ei] : undefined;
    const startedByExtension = !!first?.extension;
    const renderingUs = overlap(rendering, task.start, task.end);
    const shareDecides = extensionUs > dur - LONG_TASK_MS * 1000;
    const byExtension = startedByExtension || shareDecides;
    longTasks.push({
      atMs: round((task.start - navigationTs) / 1000),
      ms: round(dur / 1000),
      extensionMs: round(extensionUs / 1000),
      extensionRenderingMs: round(renderingUs / 1000),
      startedByExtension,
      byExtension,
      ...(byExtension ? { why: startedByExtension ? 'ran a callback or script of the extension' : 'the extension’s part is more than the part above 50 ms' } : {}),
    });
  }
  const byExtension = longTasks.filter((t) => t.byExtension);
  const busy = tasks.reduce((sum, t) => sum + (t.end - t.start), 0);
  return {
    extensionMs: round(all.reduce((s, i) => s + i.end - i.start, 0) / 1000),
    extensionScriptMs: round(script.reduce((s, i) => s + i.end - i.start, 0) / 1000),
    extensionRenderingMs: round(rendering.reduce((s, i) => s + i.end - i.start, 0) / 1000),
    mainThreadBusyMs: round(busy / 1000),
    longTasks,
    longTasksByExtension: byExtension.length,
    // A task can be both; it counts once in the total above.
    longTasksByExtensionScript: byExtension.filter((t) => t.extensionMs - t.extensionRenderingMs > 0 || t.startedByExtension).length,
    longTasksByExtensionRendering: byExtension.filter((t) => t.extensionRenderingMs > 0).length,
    longestExtensionSliceMs: round(longest / 1000),
    samples: samples.length,
  };
}
