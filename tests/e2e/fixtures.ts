import { test as base, expect, type BrowserContext, type FrameLocator, type Locator, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper shared with the demo runner
import { startPortalServer } from '../../scripts/portal-server.mjs';
import { DEFAULT_DB_NAME } from '../../lib/store/database';
import { PATIENT_KEY_SECRET } from '../../lib/portals/patient-key';
import type { browser as ExtensionApi } from 'wxt/browser';
import { extensionIdOf, launchWithExtension } from './browser';

declare const chrome: typeof ExtensionApi;

interface PortalServer {
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * `per-test`: every test gets a browser of its own with a fresh profile (the default; needed by tests
 * that restart the browser, store drafts, grant site access, or watch the whole context).
 * `per-worker`: the tests of a spec file share one browser per worker, each on a fresh tab, with the
 * extension's storage put back to the fresh profile's after each test. Launching Chromium with the
 * extension is most of a short test's time on a loaded machine; tests that only read portal pages share it.
 * `per-worker-drafts`: as `per-worker`, for tests that store drafts: after each test its drafts are deleted
 * through the store's own "delete all" (as the options page does), so the next test finds none.
 */
export type Profile = 'per-test' | 'per-worker' | 'per-worker-drafts';

export interface Fixtures {
  profile: Profile;
  userDataDir: string;
  context: BrowserContext;
  extensionId: string;
  page: Page;
}

interface SharedBrowser {
  userDataDir: string;
  context: BrowserContext;
  /** storage.local of the fresh profile, as the extension had it when the browser was up. */
  baseline: Record<string, unknown>;
}

interface WorkerFixtures {
  portal: PortalServer;
  /** The worker's shared browser, launched on first use only (per-test spec files never start it). */
  sharedBrowser: () => Promise<SharedBrowser>;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  portal: [
    async ({}, use) => {
      const server: PortalServer = await startPortalServer({ port: 0 });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  sharedBrowser: [
    // Depends on the portal server so that it closes first: the server's close waits for the browser's
    // open connections to it.
    async ({ portal }, use) => {
      void portal;
      let shared: Promise<SharedBrowser> | undefined;
      await use(() => (shared ??= launchShared()));
      if (shared) {
        const { context, userDataDir } = await shared;
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
    { scope: 'worker' },
  ],
  profile: ['per-test', { option: true }],
  userDataDir: async ({ profile, sharedBrowser }, use) => {
    if (profile !== 'per-test') return use((await sharedBrowser()).userDataDir);
    const dir = mkdtempSync(join(tmpdir(), 'so-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ profile, userDataDir, sharedBrowser }, use) => {
    if (profile !== 'per-test') {
      const shared = await sharedBrowser();
      await use(shared.context);
      await resetShared(shared, profile === 'per-worker-drafts');
      return;
    }
    const context = await launchWithExtension(userDataDir);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  page: async ({ profile, context }, use) => {
    // A shared browser keeps its first tab open (so it never ends) and gives each test a new one.
    const shared = profile !== 'per-test';
    const page = shared ? await context.newPage() : (context.pages()[0] ?? (await context.newPage()));
    // The active tab, as the one tab of a fresh browser is: the keyboard command acts on the active tab.
    if (shared) await page.bringToFront();
    await use(page);
  },
});

export { expect };

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

async function launchShared(): Promise<SharedBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'so-profile-'));
  const context = await launchWithExtension(userDataDir);
  const worker = await serviceWorker(context);
  const baseline = await worker.evaluate(() => chrome.storage.local.get(null));
  return { userDataDir, context, baseline };
}

/**
 * After a test on the shared browser: its tabs closed, its permission grants gone, and storage.local
 * as the fresh profile had it (per-site sidebar state, settings, dismissals). The patient-key secret is
 * kept: the background holds it in memory either way. With `deleteDrafts`, the drafts are deleted by the
 * store's own "delete all" once the test's tabs (and their last saves) are gone; otherwise a test that
 * stored a draft fails here, because the next test would see it.
 */
async function resetShared({ context, baseline }: SharedBrowser, deleteDrafts: boolean): Promise<void> {
  const [keep, ...opened] = context.pages();
  await Promise.all(opened.map((p) => p.close()));
  if (!keep) throw new Error('the shared browser lost its first tab');
  await context.clearPermissions();
  const worker = await serviceWorker(context);
  if (deleteDrafts) {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    const answer = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'store', method: 'deleteAll', args: [] }));
    await options.close();
    expect(answer, 'the store deletes all drafts').toEqual({ ok: true });
  }
  const drafts = await worker.evaluate(
    ([name, keepKey, base]) =>
      (async () => {
        const now = await chrome.storage.local.get(null);
        const extra = Object.keys(now).filter((key) => !(key in base) && key !== keepKey);
        if (extra.length) await chrome.storage.local.remove(extra);
        await chrome.storage.local.set(base);
        if (!(await indexedDB.databases()).some((db) => db.name === name)) return 0;
        return new Promise<number>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('drafts')) return (db.close(), resolve(0));
            const count = db.transaction('drafts').objectStore('drafts').count();
            count.onsuccess = () => (db.close(), resolve(count.result));
            count.onerror = () => (db.close(), reject(count.error));
          };
        });
      })(),
    [DEFAULT_DB_NAME, PATIENT_KEY_SECRET, baseline] as const,
  );
  expect(drafts, deleteDrafts ? 'a draft was stored after the drafts were deleted' : 'a test on a shared browser stored a draft; its spec must use per-worker-drafts or per-test').toBe(0);
}

/** The launcher lives in an open shadow root; Playwright's CSS locators pierce it. */
export function launcher(page: Page): Locator {
  return page.getByTestId('so-launcher');
}

export function sidebarFrame(page: Page): FrameLocator {
  return page.locator('second-opinion-sidebar iframe').contentFrame();
}

/** Opens the sidebar by the launcher and waits until the app inside the frame is rendered. */
export async function openSidebar(page: Page): Promise<FrameLocator> {
  await launcher(page).click();
  const frame = sidebarFrame(page);
  await expect(frame.getByTestId('so-sidebar')).toBeVisible();
  return frame;
}
