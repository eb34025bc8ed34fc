import { test as base, expect, type BrowserContext, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper shared with the demo runner
import { startPortalServer } from '../../scripts/portal-server.mjs';
import { extensionIdOf, launchWithExtension } from './browser';

interface PortalServer {
  baseUrl: string;
  close(): Promise<void>;
}

export interface Fixtures {
  userDataDir: string;
  context: BrowserContext;
  extensionId: string;
  page: Page;
}

export const test = base.extend<Fixtures, { portal: PortalServer }>({
  portal: [
    async ({}, use) => {
      const server: PortalServer = await startPortalServer({ port: 0 });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'so-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir }, use) => {
    const context = await launchWithExtension(userDataDir);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect };

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
