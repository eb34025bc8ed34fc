// Drafts store benchmark through the real path: the built extension in Debian Chromium, the store client
// the sidebar uses (components/store-client.ts) running in an extension page, runtime messages to the
// background's store host (request checked against its schema), IndexedDB there, and the answer checked
// against its result schema back in the page. Times are taken in the page around each awaited call.
//
// Per round:
// - list-open: the background worker is stopped (as Chromium does after 30 s idle), started again by a
//   message that does not touch the store, and then the drafts list is asked for — so the time includes
//   opening the database (and the retention pass that runs on every open), as for a sidebar that opens
//   after a pause. The list is asked for as the options page asks for it: its first page of the newest
//   drafts. Reported beside it: the same with the worker start included, a page on an open store, and the
//   whole list on an open store.
// - save: 60 saves of an edited letter in a row, as the autosave makes them; the round's p95.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { build, type Rollup } from 'vite';
// @ts-expect-error plain ESM helper shared with the demo runner and the browser tests
import { BASE_ARGS, CHROMIUM, extensionArgs } from '../scripts/chromium.mjs';
import { percentile } from './stats';

export interface StoreRound {
  saveP95Ms: number;
  saveMedianMs: number;
  listOpenMs: number;
  listWithWorkerStartMs: number;
  listOpenStoreMs: number;
  /** Every draft in one list, store already open: what opening the list cost before it was paged. */
  listWholeOpenStoreMs: number;
}

export interface StoreResult {
  drafts: number;
  fillMs: number;
  savesPerRound: number;
  rounds: StoreRound[];
}

const DRAFTS = 1000;
const SAVES_PER_ROUND = 60;

/** The page-side client as one script, built from bench/store-path/client.ts with the project's sources. */
async function clientScript(root: string): Promise<string> {
  const out = (await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: { write: false, minify: true, target: 'es2022', lib: { entry: resolve(root, 'bench/store-path/client.ts'), formats: ['iife'], name: 'soStoreBenchClient' } },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const output = (Array.isArray(out) ? out[0]! : out).output[0];
  return output.code;
}

async function stopWorker(session: CDPSession): Promise<void> {
  const stopped = new Promise<void>((done) => {
    const onUpdate = ({ versions }: { versions: Array<{ runningStatus: string }> }) => {
      if (versions.length > 0 && versions.every((v) => v.runningStatus === 'stopped')) {
        session.off('ServiceWorker.workerVersionUpdated', onUpdate);
        done();
      }
    };
    session.on('ServiceWorker.workerVersionUpdated', onUpdate);
  });
  await session.send('ServiceWorker.stopAllWorkers');
  await Promise.race([stopped, new Promise((_, fail) => setTimeout(() => fail(new Error('the background worker did not stop')), 30_000))]);
}

type Client = {
  fill(count: number): Promise<{ ms: number; draftId: string; drafts: number }>;
  saves(draftId: string, times: number, tag: string): Promise<number[]>;
  list(whole?: boolean): Promise<{ ms: number; drafts: number }>;
  wake(): Promise<void>;
};
const client = (page: Page) => ({
  fill: (count: number) => page.evaluate((n) => (globalThis as unknown as { soStoreBench: Client }).soStoreBench.fill(n), count),
  saves: (id: string, times: number, tag: string) =>
    page.evaluate(([i, n, t]) => (globalThis as unknown as { soStoreBench: Client }).soStoreBench.saves(i, n, t), [id, times, tag] as [string, number, string]),
  list: (whole = false) => page.evaluate((w) => (globalThis as unknown as { soStoreBench: Client }).soStoreBench.list(w), whole),
  wake: () => page.evaluate(() => (globalThis as unknown as { soStoreBench: Client }).soStoreBench.wake()),
});

export async function measureStorePath(options: { extensionDir: string; root: string; rounds?: number; log?: (line: string) => void }): Promise<StoreResult> {
  const { extensionDir, root, rounds = 5, log = () => {} } = options;
  const script = await clientScript(root);
  const dir = mkdtempSync(join(tmpdir(), 'so-bench-store-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: false,
      args: [...BASE_ARGS, ...extensionArgs(extensionDir)],
    });
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
    const id = new URL(worker.url()).host;
    const page = context.pages()[0] ?? (await context.newPage());
    // The sidebar page itself, opened as a tab: an extension page like the frame, with its own app idle
    // (no portal to connect to), so the bench's calls are the only store traffic.
    await page.goto(`chrome-extension://${id}/sidebar.html`);
    await page.evaluate(script);
    const calls = client(page);
    const filled = await calls.fill(DRAFTS);
    log(`  filled ${filled.drafts} drafts in ${(filled.ms / 1000).toFixed(1)} s (setup)`);
    const session = await context.newCDPSession(page);
    await session.send('ServiceWorker.enable');
    const results: StoreRound[] = [];
    for (let r = 0; r < rounds; r++) {
      await stopWorker(session);
      const cold = await calls.list();
      await stopWorker(session);
      await calls.wake();
      const open = await calls.list();
      const warm = await calls.list();
      const whole = await calls.list(true);
      const saves = await calls.saves(filled.draftId, SAVES_PER_ROUND, `r${r}-`);
      const round: StoreRound = {
        saveP95Ms: percentile(saves, 95)!,
        saveMedianMs: percentile(saves, 50)!,
        listOpenMs: open.ms,
        listWithWorkerStartMs: cold.ms,
        listOpenStoreMs: warm.ms,
        listWholeOpenStoreMs: whole.ms,
      };
      results.push(round);
      log(
        `  round ${r + 1}: save p95 ${round.saveP95Ms.toFixed(1)} ms (median ${round.saveMedianMs.toFixed(1)}), list-open ${round.listOpenMs.toFixed(0)} ms` +
          ` (${open.drafts} drafts; with the worker's start ${round.listWithWorkerStartMs.toFixed(0)} ms, store already open ${round.listOpenStoreMs.toFixed(0)} ms;` +
          ` all ${whole.drafts} in one list ${round.listWholeOpenStoreMs.toFixed(0)} ms)`,
      );
    }
    return { drafts: filled.drafts, fillMs: filled.ms, savesPerRound: SAVES_PER_ROUND, rounds: results };
  } finally {
    await context?.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}
