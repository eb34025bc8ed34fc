import { execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { browser as ExtensionApi } from 'wxt/browser';
// @ts-expect-error plain ESM helper shared with the demo runner
import { BASE_ARGS, CHROMIUM, extensionArgs } from '../../scripts/chromium.mjs';
import { EXTENSION_DIR } from '../e2e/browser';
import { expect, test } from '../e2e/fixtures';
import { pngSize, readZip } from './zip-reader';

declare const chrome: typeof ExtensionApi;

/**
 * Two kinds of build. The demo build (`npm run build`, what `npm start` and the tests load) runs on the
 * loopback demo portal out of the box. The store builds (`npm run zip`) ask for no host at install and
 * register no content script for any host: the background registers it for a portal only once the user
 * enabled it and granted its host permission.
 */
interface Manifest {
  manifest_version: number;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  minimum_chrome_version?: string;
  browser_specific_settings?: { gecko?: { strict_min_version?: string; data_collection_permissions?: { required?: string[] } } };
}

const ICON_SIZES = ['16', '32', '48', '128'];
const zips = () => readdirSync('.output').filter((name) => /-(chrome|firefox)\.zip$/.test(name));

test.describe('store packages made by npm run zip', () => {
  test.describe.configure({ mode: 'serial', timeout: 240_000 });
  const packages: Record<'chrome' | 'firefox', { manifest: Manifest; files: Map<string, Buffer> }> = {} as never;

  test.beforeAll(() => {
    for (const name of zips()) rmSync(join('.output', name));
    execSync('npm run --silent zip', { stdio: 'inherit' });
    for (const browser of ['chrome', 'firefox'] as const) {
      const name = zips().find((z) => z.endsWith(`-${browser}.zip`));
      if (!name) throw new Error(`npm run zip made no ${browser} zip`);
      const files = readZip(join('.output', name));
      packages[browser] = { manifest: JSON.parse(files.get('manifest.json')!.toString('utf8')) as Manifest, files };
    }
  });

  for (const browser of ['chrome', 'firefox'] as const) {
    test(`${browser}: no required host permission and no content script registered for any host`, () => {
      const { manifest } = packages[browser];
      expect(manifest.manifest_version).toBe(3);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.content_scripts ?? []).toEqual([]);
      expect(manifest.optional_host_permissions, 'portals are granted per site').toEqual(['https://*/*', 'http://*/*']);
      expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab']);
    });

    test(`${browser}: icons at 16, 32, 48 and 128 px, packaged and of those sizes`, () => {
      const { manifest, files } = packages[browser];
      for (const icons of [manifest.icons, manifest.action?.default_icon]) {
        expect(Object.keys(icons ?? {}).sort()).toEqual([...ICON_SIZES].sort());
        for (const size of ICON_SIZES) {
          const png = files.get(icons![size]!);
          expect(png, icons![size]).toBeDefined();
          expect(pngSize(png!)).toEqual({ width: Number(size), height: Number(size) });
        }
      }
    });
  }

  test('chrome: minimum_chrome_version is set; firefox: data collection declared with a Firefox that reads it', () => {
    expect(Number(packages.chrome.manifest.minimum_chrome_version)).toBeGreaterThanOrEqual(130);
    const gecko = packages.firefox.manifest.browser_specific_settings?.gecko;
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
    expect(packages.firefox.manifest.minimum_chrome_version).toBeUndefined();
  });

  test('the store build in Chromium: no host access and no content script until a portal is enabled', async ({ portal }) => {
    const dir = resolve('.output/chrome-mv3-store');
    const profile = mkdtempSync(join(tmpdir(), 'so-store-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: false, args: [...BASE_ARGS, ...extensionArgs(dir)] });
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${portal.baseUrl}/hospital/index.html`);
      await expect(page.locator('.rz-pb-name')).toBeVisible();
      expect(await worker.evaluate(async () => (await chrome.permissions.getAll()).origins ?? [])).toEqual([]);
      expect(await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBe(0);
      // The content script runs at document_idle; give it the same time the demo build needs to mount the launcher.
      await page.waitForTimeout(1500);
      await expect(page.locator('second-opinion-sidebar')).toHaveCount(0);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

test('the demo build keeps the loopback demo portal enabled out of the box', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
  expect(manifest.host_permissions).toEqual(['http://localhost/*', 'http://127.0.0.1/*']);
  expect((manifest.content_scripts as Array<{ matches: string[] }>).flatMap((c) => c.matches).sort()).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
});
