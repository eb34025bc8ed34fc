import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Worker } from '@playwright/test';
import { EXTENSION_DIR } from '../e2e/browser';
import { expect, test } from '../e2e/fixtures';
import type { browser as ExtensionApi } from 'wxt/browser';
import reviewed from './manifest-permissions.json' with { type: 'json' };

// Worker callbacks are serialised and run in the service worker, where `chrome` is the extension API.
declare const chrome: typeof ExtensionApi;

/**
 * Issue point 5: least privilege. The permission surface of the built manifest is compared with a
 * committed, reviewed snapshot; the built code loads nothing remote; a portal on another origin gets
 * the content script only when the user enabled it AND granted its host permission.
 */
type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js?: string[]; all_frames?: boolean; world?: string }>;
  web_accessible_resources?: unknown[];
  commands?: unknown;
  externally_connectable?: unknown;
};

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

function permissionSurface(m: Manifest) {
  return {
    permissions: m.permissions ?? [],
    host_permissions: m.host_permissions ?? [],
    optional_permissions: m.optional_permissions ?? [],
    optional_host_permissions: m.optional_host_permissions ?? [],
    content_scripts: (m.content_scripts ?? []).map((c) => ({ matches: c.matches, js: c.js, all_frames: c.all_frames ?? false, world: c.world ?? 'ISOLATED' })),
    web_accessible_resources: m.web_accessible_resources ?? [],
    commands: m.commands ?? {},
    externally_connectable: m.externally_connectable ?? null,
  };
}

test('the permission surface matches the reviewed snapshot', () => {
  const { '//': _note, ...expected } = reviewed;
  expect(
    permissionSurface(manifest),
    'The built manifest asks for different permissions than tests/security/manifest-permissions.json. ' +
      'Review the change for least privilege, then update the snapshot and SECURITY.md in the same commit.',
  ).toEqual(expected);
});

test('no broad or dangerous permission is requested', () => {
  const all = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
  for (const forbidden of ['tabs', 'webRequest', 'webRequestBlocking', 'declarativeNetRequest', 'cookies', 'history', 'downloads', 'clipboardRead', 'debugger', 'nativeMessaging', 'management', 'proxy', 'bookmarks', 'topSites', 'identity', 'unlimitedStorage']) {
    expect(all, forbidden).not.toContain(forbidden);
  }
  const hosts = [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((c) => c.matches)];
  expect(hosts).not.toContain('<all_urls>');
  expect(hosts.filter((h) => /^(\*|https?):\/\/\*\//.test(h)), 'wildcard hosts are only optional, granted per site').toEqual([]);
  expect(manifest.externally_connectable, 'no web page may message the extension').toBeUndefined();
  expect((manifest.content_scripts ?? []).every((c) => !c.all_frames && (c.world ?? 'ISOLATED') === 'ISOLATED')).toBe(true);
});

/**
 * URLs that appear in the built JavaScript as data, never loaded: FHIR and terminology identifiers
 * written into the export, XML namespaces used by the DOM runtime, JSON-schema ids inside zod, example
 * portal addresses shown as input hints in the options page, the built-in match patterns, and URL
 * templates that turn a typed host into an origin.
 */
const DATA_URLS = new Set([
  'http://fhir.nl/fhir/NamingSystem/bsn',
  'http://fhir.nl/fhir/NamingSystem/agb-z',
  'http://loinc.org',
  'http://terminology.hl7.org/CodeSystem/consentscope',
  'https://wetten.overheid.nl/BWBR0005290/#Boek7_Titeldeel7_Afdeling5_Artikel457',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'https://json-schema.org/draft/2020-12/schema',
  'http://json-schema.org/draft-07/schema#',
  'http://json-schema.org/draft-04/schema#',
  'https://portal.example.nl',
  'https://portal.example-hospital.nl',
  'https://portaal.voorbeeldziekenhuis.nl',
  'https://portaal.voorbeeld.nl',
  'http://localhost/*',
  'http://127.0.0.1/*',
  'http://[${e}]',
  'https://${t}',
]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('the built code holds no remote URL except listed data identifiers, and pages load only packaged files', () => {
  const files = filesUnder(EXTENSION_DIR);
  const found = new Map<string, string>();
  for (const file of files.filter((f) => /\.(js|html|css)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    for (const [url] of text.matchAll(/https?:\/\/[^"'`\s)<>\\]*/g)) if (!DATA_URLS.has(url)) found.set(url, relative(EXTENSION_DIR, file));
    if (file.endsWith('.html')) {
      const external = [...text.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]!).filter((u) => /^(https?:)?\/\//i.test(u));
      expect(external, relative(EXTENSION_DIR, file)).toEqual([]);
    }
    if (file.endsWith('.css')) expect(text, relative(EXTENSION_DIR, file)).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
    // No dynamic code: eval and the Function constructor are refused by CSP anyway; they should not be there.
    if (file.endsWith('.js')) expect(/\beval\(|new Function\(/.test(text), relative(EXTENSION_DIR, file)).toBe(false);
  }
  expect(Object.fromEntries(found), 'unlisted URLs in the build: a remote resource, or data to add to DATA_URLS with a reason').toEqual({});
});

test.describe('per-site enabling', () => {
  const ORIGIN_PATTERN = 'http://portal.test/*';
  const worker = async (context: import('@playwright/test').BrowserContext): Promise<Worker> =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

  const registered = (w: Worker) => w.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => `${s.id} ${s.matches?.join(',')}`));

  const setEnabled = (w: Worker, origins: string[]) =>
    w.evaluate(async (list) => {
      const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
      await chrome.storage.local.set({ settings: { ...current, enabledOrigins: list } });
    }, origins);

  test('another origin gets no content script without its host permission, enabled or not', async ({ context, page, portal }) => {
    const w = await worker(context);
    const port = new URL(portal.baseUrl).port;
    const site = `http://portal.test:${port}`;
    expect(await w.evaluate((o) => chrome.permissions.contains({ origins: [o] }), ORIGIN_PATTERN)).toBe(false);

    await page.goto(`${site}/hospital/index.html`);
    await expect(page.locator('.rz-pb-name')).toBeVisible();
    await page.waitForTimeout(800);
    await expect(page.locator('second-opinion-sidebar')).toHaveCount(0);

    // Enabled in the settings, but the permission was never granted: nothing is registered.
    await setEnabled(w, [site]);
    await page.waitForTimeout(500);
    expect(await registered(w)).toEqual([]);
    await page.reload();
    await page.waitForTimeout(800);
    await expect(page.locator('second-opinion-sidebar')).toHaveCount(0);

    // The permission cannot be granted without a user gesture and the browser's prompt (which headless
    // Chromium never shows, so a request made from a click stays pending): the worker is refused.
    const request = await w.evaluate((o) => chrome.permissions.request({ origins: [o] }).then(String, (e: Error) => `refused: ${e.message}`), ORIGIN_PATTERN);
    expect(request).toMatch(/refused: .*user gesture/);

    // A registration left behind without a granted permission (an earlier grant, since revoked) is
    // removed as soon as the settings change, and while it exists the browser does not inject it.
    await w.evaluate((o) => chrome.scripting.registerContentScripts([{ id: `portal:${o}`, matches: [o], js: ['content-scripts/content.js'] }]), ORIGIN_PATTERN);
    await page.reload();
    await page.waitForTimeout(800);
    await expect(page.locator('second-opinion-sidebar')).toHaveCount(0);
    await setEnabled(w, []);
    await expect.poll(() => registered(w)).toEqual([]);
  });

  test('the built-in loopback portal is the only origin with access out of the box', async ({ context }) => {
    const w = await worker(context);
    const granted = await w.evaluate(() => chrome.permissions.getAll());
    expect([...(granted.origins ?? [])].sort()).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect([...(granted.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
  });
});
