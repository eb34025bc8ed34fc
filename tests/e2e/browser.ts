import { chromium, type BrowserContext } from '@playwright/test';
import { resolve } from 'node:path';
// @ts-expect-error plain ESM helper shared with the demo runner and the benchmark
import { BASE_ARGS, CHROMIUM, extensionArgs } from '../../scripts/chromium.mjs';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export { CHROMIUM };

/** Chromium with the built extension loaded, with the flags every tool of the project uses. */
export async function launchWithExtension(userDataDir: string, extraArgs: string[] = []): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1400, height: 900 },
    args: [...BASE_ARGS, ...extensionArgs(EXTENSION_DIR), ...extraArgs],
  });
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  return new URL(worker.url()).host;
}
