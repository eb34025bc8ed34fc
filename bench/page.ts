// Page benchmark: the generated hospital page with 10,000 notes, loaded in Debian Chromium (new headless
// mode) in two persistent profiles with the same flags — one with the built extension, one without —
// alternating load by load, every load traced. Then the same once more with the CPU slowed 4× through
// the DevTools protocol (Emulation.setCPUThrottlingRate), "a slow hospital desktop".
//
// What a load yields (see trace-analysis.ts for the attribution rules):
// - the page's load event (loadEventEnd, from its own navigation timing);
// - with the extension: when the launcher (the `so-launcher` button in the open shadow root of the
//   `second-opinion-sidebar` element) shows a flagged status, stamped in the page at the next animation
//   frame after the attribute changed — what the clinician sees, wherever the detection ran;
// - from the trace: the extension's time on the portal's main thread and the long tasks it caused.
// Every figure is reported over the loads as min / median / worst, and budgets are judged on the worst.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the demo runner and the browser tests
import { BASE_ARGS, CHROMIUM, extensionArgs } from '../scripts/chromium.mjs';
// @ts-expect-error plain ESM helper shared with the demo runner and the browser tests
import { startPortalServer } from '../scripts/portal-server.mjs';
import { analyseTrace, type TraceEvent, type TraceSummary } from './trace-analysis';

export const PAGE_PATH = '/generated/large.html';
/** How long after the load event a load waits for the flag (times the slowdown) before it counts as not shown. */
export const FLAG_TIMEOUT_MS = 30_000;

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'toplevel',
  'v8',
  // CPU samples with stacks: whose code ran, also after an await or a yield.
  'disabled-by-default-v8.cpu_profiler',
  // Stacks on scheduling and style/layout invalidation events: which work the extension set off.
  'disabled-by-default-devtools.timeline.stack',
];

export interface Load {
  withExtension: boolean;
  throttle: number;
  loadEventMs: number | null;
  /** From the load event to the frame in which the launcher showed the flag; null when never seen. */
  flagAfterLoadMs: number | null;
  flagFromNavigationMs: number | null;
  /**
   * From the portal's first idle moment after its load event (or 200 ms without one — when the extension
   * may begin to read) to the flag: the extension's own part, without the portal's first layout.
   */
  flagAfterIdleMs: number | null;
  flagStatus: string | null;
  /** The page's own PerformanceObserver('longtask') count: all long tasks, whoever caused them. */
  observedLongTasks: number | null;
  trace: Omit<TraceSummary, 'longTasks'> & { longTasks: TraceSummary['longTasks'] };
}

interface Setup {
  context: BrowserContext;
  page: Page;
  session: CDPSession;
  withExtension: boolean;
  extensionId: string | null;
}

/**
 * Runs at document start in the portal page's main world (both profiles alike). It records the page's
 * own long tasks and stamps when the launcher first shows a flagged status. It watches only the root
 * element's children (where the extension mounts its host) and then the host's open shadow root, so it
 * adds nothing to the parsing of the 10,000 notes. Given as source text: a function from this file would
 * reach the browser with the helpers the TypeScript loader adds to it.
 */
export const PROBE_SOURCE = `(() => {
  if (window.top !== window) return;
  const FLAGGED = ['requested', 'considering'];
  const probe = { launcherAt: null, flagAt: null, flagFrameAt: null, flagStatus: null, idleAt: null, longTasks: [] };
  window.__soBench = probe;
  // The same moment the extension waits for before it reads: the load event, a task, an idle period.
  window.addEventListener('load', () => setTimeout(() => requestIdleCallback(() => { probe.idleAt = performance.now(); }, { timeout: 200 }), 0), { once: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  function watchHost(host) {
    const root = host.shadowRoot;
    if (!root || probe.flagAt !== null) return;
    if (probe.launcherAt === null) probe.launcherAt = performance.now();
    function check() {
      if (probe.flagAt !== null) return true;
      const launcher = root.querySelector('[data-testid="so-launcher"]');
      const status = launcher && launcher.dataset.status;
      if (!status || !FLAGGED.includes(status)) return false;
      probe.flagAt = performance.now();
      probe.flagStatus = status;
      requestAnimationFrame(() => { probe.flagFrameAt = performance.now(); });
      return true;
    }
    if (check()) return;
    const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
  }
  function isHost(node) { return node.nodeType === 1 && node.localName === 'second-opinion-sidebar'; }
  function watchRoot(rootElement) {
    for (const child of Array.from(rootElement.children)) if (isHost(child)) watchHost(child);
    new MutationObserver((records) => {
      for (const record of records) for (const node of Array.from(record.addedNodes)) if (isHost(node)) watchHost(node);
    }).observe(rootElement, { childList: true });
  }
  if (document.documentElement) watchRoot(document.documentElement);
  else {
    const waiting = new MutationObserver(() => {
      if (!document.documentElement) return;
      waiting.disconnect();
      watchRoot(document.documentElement);
    });
    waiting.observe(document, { childList: true });
  }
})();`;

async function launch(userDataDir: string, extensionDir: string | null): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    // The new headless mode comes from BASE_ARGS (--headless=new), which loads extensions.
    headless: false,
    viewport: { width: 1400, height: 900 },
    args: [...BASE_ARGS, ...extensionArgs(extensionDir)],
  });
  await context.addInitScript({ content: PROBE_SOURCE });
  return context;
}

async function extensionIdOf(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  return new URL(worker.url()).host;
}

async function traced<T>(session: CDPSession, action: () => Promise<T>): Promise<{ events: TraceEvent[]; result: T }> {
  const events: TraceEvent[] = [];
  const onData = ({ value }: { value: object[] }) => {
    for (const e of value) events.push(e as TraceEvent);
  };
  session.on('Tracing.dataCollected', onData);
  await session.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  let result: T;
  try {
    result = await action();
  } finally {
    const done = new Promise<void>((ok) => session.once('Tracing.tracingComplete', () => ok()));
    await session.send('Tracing.end');
    await done;
    session.off('Tracing.dataCollected', onData);
  }
  return { events, result };
}

interface ProbeState {
  flagAt: number | null;
  flagFrameAt: number | null;
  flagStatus: string | null;
  idleAt: number | null;
  longTasks: number[];
}

/** One traced load. With the extension it waits for the flag (up to `flagTimeoutMs`), then settles. */
async function tracedLoad(setup: Setup, url: string, throttle: number, opts: { flagTimeoutMs: number; settleMs: number }): Promise<Load> {
  // Set again before every load: a navigation may move the page to a new renderer process.
  await setup.session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const { events, result } = await traced(setup.session, async () => {
    await setup.page.goto(url, { waitUntil: 'load', timeout: 120_000 * throttle });
    if (setup.withExtension) {
      await setup.page
        .waitForFunction(() => (window as unknown as { __soBench?: ProbeState }).__soBench?.flagFrameAt != null, undefined, { timeout: opts.flagTimeoutMs, polling: 50 })
        .catch(() => undefined); // no flag in time: recorded as not seen, which misses the budget
    }
    await setup.page.waitForTimeout(opts.settleMs);
    return setup.page.evaluate(() => ({
      loadEventEnd: performance.getEntriesByType('navigation')[0] ? (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd : null,
      probe: (window as unknown as { __soBench?: ProbeState }).__soBench ?? null,
    }));
  });
  // Before the next load (of either profile) the page finishes what it still does after the measured
  // part: a page without the extension lays out its 10,000 notes for seconds after its load event, and
  // that work must not fall on the next load, which would then be slower for a reason not its own.
  await setup.page
    .evaluate((timeout) => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout })), 30_000 * throttle)
    .catch(() => undefined);
  const { loadEventEnd, probe } = result;
  const flagSeenAt = probe?.flagFrameAt ?? probe?.flagAt ?? null;
  const origin = setup.extensionId ? `chrome-extension://${setup.extensionId}/` : 'chrome-extension://';
  const trace = analyseTrace(events, { pageUrl: url, isExtensionUrl: (u) => u.startsWith(origin) });
  return {
    withExtension: setup.withExtension,
    throttle,
    loadEventMs: loadEventEnd ?? null,
    flagAfterLoadMs: flagSeenAt === null || !loadEventEnd ? null : flagSeenAt - loadEventEnd,
    flagFromNavigationMs: flagSeenAt,
    flagAfterIdleMs: flagSeenAt === null || probe?.idleAt == null ? null : flagSeenAt - probe.idleAt,
    flagStatus: probe?.flagStatus ?? null,
    observedLongTasks: probe ? probe.longTasks.length : null,
    trace,
  };
}

export interface PageRun {
  throttle: number;
  loads: Load[];
  failed: string[];
}

/**
 * Measures `runs` traced loads each way (after `warmups` untraced ones), alternating which profile goes
 * first in each round, for every CPU throttling rate in `throttles` (1 = none).
 */
export async function measurePage(options: {
  extensionDir: string;
  runs?: number;
  warmups?: number;
  throttles?: number[];
  log?: (line: string) => void;
}): Promise<{ chromium: string | null; url: string; runs: PageRun[] }> {
  const { extensionDir, runs = 5, warmups = 1, throttles = [1, 4], log = () => {} } = options;
  const server = await startPortalServer({ port: 0 });
  const dirs = [mkdtempSync(join(tmpdir(), 'so-bench-with-')), mkdtempSync(join(tmpdir(), 'so-bench-without-'))];
  const setups: Setup[] = [];
  try {
    const url = server.baseUrl + PAGE_PATH;
    for (const [dir, withExtension] of [
      [dirs[0]!, true],
      [dirs[1]!, false],
    ] as const) {
      const context = await launch(dir, withExtension ? extensionDir : null);
      const page = context.pages()[0] ?? (await context.newPage());
      const session = await context.newCDPSession(page);
      setups.push({ context, page, session, withExtension, extensionId: withExtension ? await extensionIdOf(context) : null });
    }
    const version = (await setups[0]!.session.send('Browser.getVersion').catch(() => null)) as { product?: string } | null;
    const results: PageRun[] = [];
    for (const [phase, throttle] of throttles.entries()) {
      const run: PageRun = { throttle, loads: [], failed: [] };
      // The profiles are warm after the first phase; a slowed phase goes straight to its measured loads.
      const phaseWarmups = phase === 0 ? warmups : 0;
      for (const setup of setups) await setup.session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      const opts = { flagTimeoutMs: FLAG_TIMEOUT_MS * throttle, settleMs: 500 * Math.min(throttle, 2) };
      for (let i = 0; i < phaseWarmups + runs; i++) {
        // Alternate which profile goes first, so neither always gets the quieter moment.
        for (const setup of i % 2 ? [...setups].reverse() : setups) {
          const label = `${throttle > 1 ? `CPU ÷${throttle} ` : ''}${setup.withExtension ? 'with extension' : 'without       '} ${i < phaseWarmups ? 'warm-up' : `load ${i - phaseWarmups + 1}`}`;
          try {
            if (i < phaseWarmups) {
              await setup.session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
              await setup.page.goto(url, { waitUntil: 'load', timeout: 120_000 * throttle });
              await setup.page.waitForTimeout(opts.settleMs * 2);
              log(`  ${label}`);
              continue;
            }
            const load = await tracedLoad(setup, url, throttle, opts);
            run.loads.push(load);
            log(
              `  ${label}: load event ${fmt(load.loadEventMs)} ms` +
                (setup.withExtension
                  ? `, flag ${load.flagAfterLoadMs === null ? 'NOT SEEN' : `${fmt(load.flagAfterLoadMs)} ms after it, ${fmt(load.flagAfterIdleMs)} ms after the first idle moment (${load.flagStatus})`}` +
                    `, extension on the portal's thread ${load.trace.extensionMs} ms, long tasks by it ${load.trace.longTasksByExtension}`
                  : '') +
                `; long tasks seen by the page ${load.observedLongTasks ?? '—'}`,
            );
          } catch (error) {
            const message = `${label}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
            run.failed.push(message);
            log(`  FAILED ${message}`);
          }
        }
      }
      results.push(run);
    }
    for (const setup of setups) await setup.session.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    return { chromium: version?.product ?? null, url: PAGE_PATH, runs: results };
  } finally {
    for (const setup of setups) await setup.context.close().catch(() => undefined);
    await server.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(0));
