// Reads a Chromium trace (devtools.timeline + the V8 sampling profiler written into the same trace) and
// answers two questions about the portal page's main thread: how much script time the extension's
// content script added, and which long tasks the extension caused.
//
// Why a trace and not the Profiler domain alone: the Profiler knows where time went but not where one
// task ends and the next begins, and the longtask PerformanceObserver knows task boundaries but not
// whose code ran (the API gives no attribution for scripts). A trace with the category
// `disabled-by-default-v8.cpu_profiler` carries both on one clock: RunTask events (task boundaries) and
// ProfileChunk events (CPU samples with call stacks whose frames carry script URLs). Content scripts
// run on the page's own main thread (isolated world, same V8 isolate), so their frames show up there
// with URLs `chrome-extension://<id>/content-scripts/content.js`.

export const LONG_TASK_MS = 50;

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Finds the renderer main thread that parsed the portal page (the one whose URL starts with pageUrl). */
export function findPageThread(events, pageUrl) {
  const counts = new Map();
  for (const e of events) {
    const url = e.args?.beginData?.url ?? e.args?.data?.url ?? e.args?.data?.documentURL;
    if (typeof url !== 'string' || !url.startsWith(pageUrl)) continue;
    if (e.name !== 'ParseHTML' && e.name !== 'EvaluateScript' && e.name !== 'FunctionCall') continue;
    const key = `${e.pid}:${e.tid}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = null;
  for (const [key, n] of counts) if (!best || n > best.n) best = { key, n };
  if (!best) return null;
  const [pid, tid] = best.key.split(':').map(Number);
  return { pid, tid };
}

/**
 * Rebuilds the CPU samples of one renderer from Profile/ProfileChunk events. Returns samples in trace
 * time (µs) with a flag telling whether the code that was running belongs to the extension: the
 * nearest frame with a script URL decides, so time in built-ins and natives that extension code
 * called (a regex exec, a DOM read) counts for the extension, while GC, idle and "(program)" do not.
 */
export function extensionSamples(events, pid, isExtensionUrl) {
  const profiles = new Map(); // profile id -> { startTime, nodes: Map, samples: [], deltas: [] }
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile') {
      profiles.set(e.id, { startTime: e.args.data.startTime, tid: e.tid, nodes: new Map(), samples: [], deltas: [] });
    } else if (e.name === 'ProfileChunk') {
      const profile = profiles.get(e.id);
      if (!profile) continue;
      const data = e.args.data;
      for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      for (const sample of data.cpuProfile?.samples ?? []) profile.samples.push(sample);
      for (const delta of data.timeDeltas ?? []) profile.deltas.push(delta);
    }
  }
  const result = [];
  for (const profile of profiles.values()) {
    const owner = new Map(); // node id -> true (extension) / false, memoised up the tree
    const ownerOf = (id) => {
      if (owner.has(id)) return owner.get(id);
      const node = profile.nodes.get(id);
      let value = false;
      if (node) {
        const url = node.callFrame?.url;
        value = url ? isExtensionUrl(url) : node.parent !== undefined ? ownerOf(node.parent) : false;
      }
      owner.set(id, value);
      return value;
    };
    let t = profile.startTime;
    const times = [];
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.deltas[i] ?? 0;
      times.push(t);
    }
    for (let i = 0; i < times.length; i++) {
      // A sample stands for the time until the next one.
      const dur = i + 1 < times.length ? Math.max(0, times[i + 1] - times[i]) : 0;
      const extension = ownerOf(profile.samples[i]);
      result.push({ ts: times[i], dur, extension, fn: extension ? functionOf(profile.nodes, profile.samples[i]) : null });
    }
  }
  return result.sort((a, b) => a.ts - b.ts);
}

/** Name of the nearest extension function on the stack, with its line, for diagnosing long slices. */
function functionOf(nodes, id) {
  for (let node = nodes.get(id); node; node = nodes.get(node.parent)) {
    const frame = node.callFrame;
    if (frame?.url) return `${frame.functionName || '(anonymous)'}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
  }
  return '(unknown)';
}

/** Top-level tasks of one thread (nested RunTask events are folded into their parent). */
export function topLevelTasks(events, { pid, tid }, from = -Infinity) {
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && TASK_NAMES.has(e.name) && e.ts >= from)
    .map((e) => ({ ts: e.ts, dur: e.dur ?? 0 }))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const top = [];
  let end = -Infinity;
  for (const task of tasks) {
    if (task.ts >= end) {
      top.push(task);
      end = task.ts + task.dur;
    }
  }
  return top;
}

/**
 * Summary of one page load. `extensionScriptMs`: CPU samples on the page's main thread whose code
 * belongs to the extension. A long task (> 50 ms) counts as caused by the extension when the
 * extension's own time inside it exceeds the part above 50 ms — without the extension's share the
 * task would not have been long.
 */
export function analyseTrace(events, { pageUrl, isExtensionUrl }) {
  const thread = findPageThread(events, pageUrl);
  if (!thread) throw new Error(`no renderer thread parsed ${pageUrl} in the trace`);
  const navigation = events.find(
    (e) => e.pid === thread.pid && (e.name === 'navigationStart' || e.name === 'ParseHTML'),
  );
  const from = navigation?.ts ?? -Infinity;
  const samples = extensionSamples(events, thread.pid, isExtensionUrl).filter((s) => s.ts >= from);
  const tasks = topLevelTasks(events, thread, from);
  let extensionUs = 0;
  for (const s of samples) if (s.extension) extensionUs += s.dur;

  const longTasks = [];
  let si = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur;
    while (si < samples.length && samples[si].ts < task.ts) si++;
    let own = 0;
    const byFunction = new Map();
    for (let j = si; j < samples.length && samples[j].ts < end; j++) {
      if (!samples[j].extension) continue;
      own += samples[j].dur;
      byFunction.set(samples[j].fn, (byFunction.get(samples[j].fn) ?? 0) + samples[j].dur);
    }
    if (task.dur / 1000 > LONG_TASK_MS) {
      const byExtension = own > task.dur - LONG_TASK_MS * 1000;
      const top = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([fn, us]) => `${fn} ${round(us / 1000)} ms`);
      longTasks.push({ ms: round(task.dur / 1000), extensionMs: round(own / 1000), byExtension, ...(byExtension ? { topFunctions: top } : {}) });
    }
  }
  const busyUs = tasks.reduce((sum, t) => sum + t.dur, 0);
  const layoutAfterExtension = layoutTasksAfterExtensionInvalidation(events, thread, tasks, from, isExtensionUrl);
  return {
    extensionScriptMs: round(extensionUs / 1000),
    mainThreadBusyMs: round(busyUs / 1000),
    samples: samples.length,
    longTasks,
    longTasksByExtension: longTasks.filter((t) => t.byExtension).length,
    longestExtensionSpanMs: round(longestExtensionRun(samples, tasks) / 1000),
    extensionStyleInvalidations: layoutAfterExtension.invalidations,
    longLayoutTasksAfterExtensionInvalidation: layoutAfterExtension.tasks,
  };
}

const INVALIDATIONS = new Set(['ScheduleStyleRecalculation', 'InvalidateLayout', 'ScheduleStyleInvalidationTracking', 'LayoutInvalidationTracking']);
const RENDERING = new Set(['Layout', 'UpdateLayoutTree']);

/**
 * Not script, but possibly the extension's doing: style/layout work the extension invalidated (the
 * sidebar host, the page margin it sets when open). The trace names the script that invalidated
 * style or layout (stack trace on ScheduleStyleRecalculation / InvalidateLayout); a long task whose
 * layout follows such an invalidation, with the previous layout before it, is listed here. The page's
 * own parser invalidates too (without a stack), so this is a diagnostic, not part of the budget count.
 */
function layoutTasksAfterExtensionInvalidation(events, { pid, tid }, tasks, from, isExtensionUrl) {
  const own = events.filter((e) => e.pid === pid && e.tid === tid && e.ts >= from);
  const invalidations = own
    .filter((e) => INVALIDATIONS.has(e.name) && (e.args?.data?.stackTrace ?? []).some((f) => f.url && isExtensionUrl(f.url)))
    .map((e) => {
      const top = e.args.data.stackTrace[0];
      return { ts: e.ts, by: `${top.functionName || '(anonymous)'}:${top.lineNumber + 1}:${top.columnNumber + 1}` };
    });
  const layouts = own.filter((e) => e.ph === 'X' && RENDERING.has(e.name)).sort((a, b) => a.ts - b.ts);
  const result = [];
  let lastLayoutEnd = -Infinity;
  let li = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur;
    let renderUs = 0;
    let firstLayout = null;
    while (li < layouts.length && layouts[li].ts < end) {
      if (layouts[li].ts >= task.ts) {
        renderUs += layouts[li].dur ?? 0;
        firstLayout ??= layouts[li].ts;
      }
      li++;
    }
    if (firstLayout === null) continue;
    const causes = invalidations.filter((i) => i.ts > lastLayoutEnd && i.ts < firstLayout);
    if (task.dur / 1000 > LONG_TASK_MS && causes.length > 0) {
      result.push({ ms: round(task.dur / 1000), layoutMs: round(renderUs / 1000), invalidatedBy: [...new Set(causes.map((i) => i.by))] });
    }
    lastLayoutEnd = end;
  }
  return { invalidations: invalidations.length, tasks: result };
}

/** The longest stretch of extension time inside one task: the biggest slice the reader ran unbroken. */
function longestExtensionRun(samples, tasks) {
  let best = 0;
  let si = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur;
    while (si < samples.length && samples[si].ts < task.ts) si++;
    let own = 0;
    for (let j = si; j < samples.length && samples[j].ts < end; j++) if (samples[j].extension) own += samples[j].dur;
    if (own > best) best = own;
  }
  return best;
}

const round = (x, digits = 1) => Number(x.toFixed(digits));
