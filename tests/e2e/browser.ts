import { chromium, type BrowserContext } from '@playwright/test';
import { resolve } from 'node:path';
// @ts-expect-error plain ESM helper shared with the demo runner and the benchmark
import { BASE_ARGS, CHROMIUM, extensionArgs } from '../../scripts/chromium.mjs';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
/** The organisation build (`npm run build:org` / `zip:org`), deployed with a host-fencing policy (docs/deploy.md). */
export const ORG_EXTENSION_DIR = resolve('.output/chrome-mv3-org');
export { CHROMIUM };

/** Chromium with the built extension loaded (the demo build unless told), with the flags every tool of the project uses. */
export async function launchWithExtension(userDataDir: string, extraArgs: string[] = [], extensionDir = EXTENSION_DIR): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1400, height: 900 },
    args: [...BASE_ARGS, ...extensionArgs(extensionDir), ...extraArgs],
  });
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  return new URL(worker.url()).host;
}
