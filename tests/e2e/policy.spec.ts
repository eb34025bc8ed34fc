import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { browser as ExtensionApi } from 'wxt/browser';
import { readZip } from '../security/zip-reader';
import { EXTENSION_DIR, extensionIdOf, launchWithExtension, ORG_EXTENSION_DIR } from './browser';
import { expect, launcher, openSidebar, test as base } from './fixtures';
import { extensionIdFromKey, writePolicyFile, type PolicyFile } from './policy-files';

// Worker callbacks are serialised and run in the service worker, where `chrome` is the extension API.
declare const chrome: typeof ExtensionApi;

/**
 * Issue 20: the extension deployed and preconfigured by an organisation's browser policy. Each test
 * writes a real Chromium policy file naming the test builds' fixed id, starts Chromium, and checks the
 * sidebar, the options page and what is left when the policy goes away.
 *
 * Host access. No Chromium policy grants an extension's *optional* host permissions (checked on
 * Chromium 156, docs/deploy.md). So the organisation build (`npm run zip:org`) holds every web host
 * from install, and IT deploys it with `ExtensionSettings` → `runtime_blocked_hosts: ["*://*"]` and
 * `runtime_allowed_hosts: [the portals]`, which makes the browser fence it to the portals; the extension
 * itself registers its content script only on the enabled portals. The profile is never edited: the
 * policy portal works with no step by anyone. The demo build (optional hosts) shows the other path:
 * a policy portal it cannot read yet is asked for once, saying why.
 */
const PORTAL_PATTERN = 'http://portal.test/*';
/** What IT writes in ExtensionSettings for the test portal: the browser's host pattern syntax, not a match pattern. */
const FENCE = { runtime_blocked_hosts: ['*://*'], runtime_allowed_hosts: ['*://portal.test'] };

const OWN = {
  language: 'en',
  profile: { name: 'dr. E. Voorbeeld', role: 'internist', organisation: 'Eigen Praktijk Voorbeeld', address: 'Dorpsstraat 1, Ergens', organisationAgbCode: '11111111' },
  retentionDays: 45,
  enabledOrigins: [] as string[],
};

const POLICY_VALUES = {
  enabledPortals: ['http://portal.test', 'javascript:alert(1)'],
  allowUserPortals: false,
  organisationName: 'Zorggroep Noorderhaven',
  organisationAddress: 'Havenkade 3, 9700 AB Noorderhaven',
  organisationAgbCode: '06012345',
  defaultLetterLanguage: 'en',
  retentionDays: 14,
  defaultRecipients: [{ name: 'Tweede Mening Centrum Utrecht', address: 'Laan 5, Utrecht', routing: 'zorgmail', routingAddress: 'tmc@zorgmail.example' }],
};

interface Manifest {
  key?: string;
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
}
const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/**
 * Whatever happens to a test — a failed expectation or its timeout, after which the test body is
 * abandoned — these fixtures close the browsers and delete the policy files it made; the global
 * teardown deletes any policy file left even then (a killed worker).
 */
const test = base.extend<{ cleanup: { policies: PolicyFile[]; contexts: BrowserContext[]; dirs: string[] } }>({
  cleanup: async ({}, use) => {
    const made = { policies: [] as PolicyFile[], contexts: [] as BrowserContext[], dirs: [] as string[] };
    try {
      await use(made);
    } finally {
      for (const policy of made.policies) policy.remove();
      for (const context of made.contexts) await context.close().catch(() => undefined);
      for (const dir of made.dirs) rmSync(dir, { recursive: true, force: true });
    }
  },
});

// A browser start and the browser's own policy reload: longer than the default on a busy machine.
test.setTimeout(240_000);

/** The organisation package exactly as IT gets it, built once for this file; the tests load its unpacked folder. */
let orgPackage: Manifest;
test.beforeAll(() => {
  const orgZips = () => (existsSync('.output') ? readdirSync('.output').filter((name) => name.endsWith('-chrome-org.zip')) : []);
  for (const name of orgZips()) rmSync(join('.output', name));
  execSync('npm run --silent zip:org', { stdio: 'inherit' });
  const [zip] = orgZips();
  if (!zip) throw new Error('npm run zip:org made no organisation zip');
  orgPackage = JSON.parse(readZip(join('.output', zip)).get('manifest.json')!.toString('utf8')) as Manifest;
});

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

const registeredIds = (w: Worker) => w.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
const managedValues = (w: Worker) => w.evaluate(() => chrome.storage.managed.get(null));
const holds = (w: Worker, pattern: string) => w.evaluate((origins) => chrome.permissions.contains({ origins }), [pattern]);

/** Asks the browser to run the extension's code in a tab; answers what the browser said. */
function injectInto(w: Worker, tabId: number): Promise<string> {
  return w.evaluate(async (tabId) => {
    try {
      const [result] = await chrome.scripting.executeScript({ target: { tabId }, func: () => location.host });
      return `ran on ${String(result?.result)}`;
    } catch (error) {
      return `refused: ${(error as Error).message}`;
    }
  }, tabId);
}

/**
 * Opens `url` in a new tab from the extension, so that its tab id is known (on a host the extension may
 * not run on, the browser does not even show it the tab's address), and once the page has loaded asks
 * the browser to run the extension's code there.
 */
async function openAndInject(context: BrowserContext, w: Worker, url: string): Promise<{ page: Page; tabId: number; answer: string }> {
  const opened = context.waitForEvent('page', (p) => p.url() === url);
  const tabId = await w.evaluate(async (url) => (await chrome.tabs.create({ url })).id!, url);
  const page = await opened;
  await page.waitForLoadState('load');
  return { page, tabId, answer: await injectInto(w, tabId) };
}

async function optionsPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('so-options')).toBeVisible();
  return options;
}

/** A fresh profile with the given build, started under the given policy, the clinician's own settings in place. */
async function startUnderPolicy(cleanup: { policies: PolicyFile[]; contexts: BrowserContext[]; dirs: string[] }, name: string, extensionDir: string, policyFor: (id: string) => unknown, own: typeof OWN) {
  const extensionId = extensionIdFromKey(readManifest(extensionDir).key!);
  const userDataDir = mkdtempSync(join(tmpdir(), 'so-policy-profile-'));
  cleanup.dirs.push(userDataDir);
  const policy = writePolicyFile(name, policyFor(extensionId));
  cleanup.policies.push(policy);
  const context = await launchWithExtension(userDataDir, [], extensionDir);
  cleanup.contexts.push(context);
  expect(await extensionIdOf(context), 'the id computed from the manifest key').toBe(extensionId);
  const w = await serviceWorker(context);
  await w.evaluate((own) => chrome.storage.local.set({ settings: own }), own);
  return { extensionId, policy, context, w };
}

test('the organisation package holds every web host from install and registers no content script of its own accord', () => {
  expect(orgPackage.host_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(orgPackage.optional_host_permissions ?? []).toEqual([]);
  expect(orgPackage.content_scripts ?? []).toEqual([]);
  expect(readManifest(ORG_EXTENSION_DIR), 'the tests load the package\'s own folder').toEqual(orgPackage);
  expect(orgPackage.key, 'the unpacked copy has the fixed id').toBe(readManifest(EXTENSION_DIR).key);
});

test('a policy preconfigures and locks the extension, runs it on the policy portal without any user step, fences it there, and leaves the user settings intact', async ({ portal, cleanup }) => {
  const port = new URL(portal.baseUrl).port;
  const site = `http://portal.test:${port}`;
  // IT's policy, written just before the browser starts: the extension's values and the host fence.
  const { extensionId, policy, context, w } = await startUnderPolicy(
    cleanup,
    'preconfigure',
    ORG_EXTENSION_DIR,
    (id) => ({ ExtensionSettings: { [id]: FENCE }, '3rdparty': { extensions: { [id]: POLICY_VALUES } } }),
    OWN,
  );
  await expect.poll(() => managedValues(w), { message: 'Chromium hands the policy to the extension' }).toMatchObject({
    organisationName: 'Zorggroep Noorderhaven',
    retentionDays: 14,
  });

  // The policy portal gets the content script with no step by anyone: no enabling, no prompt, no grant.
  expect(await holds(w, PORTAL_PATTERN), 'host access held from install').toBe(true);
  await expect.poll(() => registeredIds(w)).toEqual([`portal:${PORTAL_PATTERN}`]);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${site}/hospital/index.html`);
  const frame = await openSidebar(page);
  await expect(frame.getByTestId('so-managed')).toHaveAttribute('data-organisation', 'Zorggroep Noorderhaven');
  await expect(frame.getByTestId('so-letter')).toContainText('Zorggroep Noorderhaven');
  await expect(frame.getByTestId('so-letter')).toContainText('dr. E. Voorbeeld');

  // Outside runtime_allowed_hosts the browser refuses the extension, although its manifest holds every host.
  expect(await holds(w, 'http://elsewhere.portal.test/*'), 'the permission API still reports the install-time grant').toBe(true);
  const elsewhere = await openAndInject(context, w, `http://elsewhere.portal.test:${port}/hospital/index.html`);
  expect(elsewhere.answer).toBe('refused: This page cannot be scripted due to an ExtensionsSettings policy.');
  await expect(launcher(elsewhere.page)).toHaveCount(0);
  // The same check on the policy portal is the control: there the browser runs the extension's code.
  expect((await openAndInject(context, w, `${site}/gp/index.html`)).answer).toBe(`ran on portal.test:${port}`);

  // The options page shows the organisation's values, locked, and the one policy value it ignored.
  const options = await optionsPage(context, extensionId);
  await expect(options.locator('input[name="organisation"]')).toHaveValue('Zorggroep Noorderhaven');
  await expect(options.locator('input[name="organisation"]')).toBeDisabled();
  await expect(options.locator('input[name="address"]')).toHaveValue('Havenkade 3, 9700 AB Noorderhaven');
  await expect(options.locator('input[name="organisationAgbCode"]')).toHaveValue('06012345');
  await expect(options.locator('input[name="retentionDays"]')).toHaveValue('14');
  await expect(options.locator('input[name="retentionDays"]')).toBeDisabled();
  await expect(options.locator('select[name="letterLanguage"]')).toHaveValue('en');
  await expect(options.locator('select[name="letterLanguage"]')).toBeDisabled();
  const lockedFields = await options.getByTestId('so-locked').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')));
  expect(lockedFields.sort()).toEqual(['address', 'defaultRecipients', 'enabledPortals', 'letterLanguage', 'organisation', 'organisationAgbCode', 'retentionDays', 'userPortals']);
  await expect(options.getByTestId('so-locked').first()).toHaveText('Set by your organisation');
  // The clinician's own fields stay editable.
  await expect(options.locator('input[name="name"]')).toBeEnabled();
  await expect(options.locator('input[name="portal"]')).toBeHidden();
  await expect(options.getByTestId('so-error')).toHaveCount(1);
  await expect(options.getByTestId('so-error')).toHaveAttribute('data-policy-key', 'enabledPortals');
  await expect(options.getByTestId('so-error')).toContainText('Entry 2');
  await expect(options.getByTestId('so-default-recipient')).toHaveText(/Tweede Mening Centrum Utrecht.*via ZorgMail.*tmc@zorgmail\.example/);
  // Access to the policy portal is there already: nothing to ask.
  await expect(options.locator(`[data-testid="so-managed-portal"][data-pattern="${PORTAL_PATTERN}"]`)).toHaveAttribute('data-access', 'granted');
  await expect(options.getByTestId('so-grant-managed')).toHaveCount(0);

  // An edit of the clinician's own field while locked stores the clinician's value, not the policy's.
  await options.locator('input[name="name"]').fill('dr. F. Nieuw');
  await options.getByRole('button', { name: /^(Save|Opslaan)$/ }).first().click();
  await expect(options.getByRole('status')).toHaveText('Saved');

  // The policy goes away; the running browser applies that without a restart.
  policy.remove();
  await expect.poll(() => managedValues(w), { message: 'Chromium drops the removed policy', timeout: 60_000 }).toEqual({});
  await expect(options.locator('input[name="organisation"]')).toHaveValue('Eigen Praktijk Voorbeeld', { timeout: 20_000 });
  await expect(options.locator('input[name="organisation"]')).toBeEnabled();
  await expect(options.locator('input[name="organisationAgbCode"]')).toHaveValue('11111111');
  await expect(options.locator('input[name="retentionDays"]')).toHaveValue('45');
  await expect(options.locator('select[name="letterLanguage"]')).toHaveValue('auto');
  await expect(options.locator('input[name="name"]')).toHaveValue('dr. F. Nieuw');
  await expect(options.getByTestId('so-locked')).toHaveCount(0);
  await expect(options.getByTestId('so-error')).toHaveCount(0);
  await expect(options.locator('input[name="portal"]')).toBeVisible();
  expect(await w.evaluate(() => chrome.storage.local.get('settings'))).toMatchObject({ settings: { ...OWN, profile: { ...OWN.profile, name: 'dr. F. Nieuw' } } });
  // The portal was the organisation's, not the user's, and the user enabled none: the extension runs nowhere.
  await expect.poll(() => registeredIds(w)).toEqual([]);
});

test('a portal the user enabled outside the hosts the policy allows stays fenced by the browser, and runs again once the policy is gone', async ({ portal, cleanup }) => {
  const port = new URL(portal.baseUrl).port;
  const userPortal = `http://own.portal.test:${port}`;
  const { extensionId, policy, context, w } = await startUnderPolicy(
    cleanup,
    'user-portals',
    ORG_EXTENSION_DIR,
    (id) => ({ ExtensionSettings: { [id]: FENCE }, '3rdparty': { extensions: { [id]: { enabledPortals: ['http://portal.test'], allowUserPortals: true } } } }),
    { ...OWN, enabledOrigins: ['http://own.portal.test'] },
  );
  await expect.poll(() => managedValues(w)).toMatchObject({ allowUserPortals: true });
  // The extension's own fence lets the user's portal in (the policy allows user portals) ...
  await expect.poll(async () => (await registeredIds(w)).sort()).toEqual(['portal:http://own.portal.test/*', `portal:${PORTAL_PATTERN}`]);
  // ... the browser's does not: its content script and any other code of the extension are refused there.
  const fenced = await openAndInject(context, w, `${userPortal}/hospital/index.html`);
  expect(fenced.answer).toBe('refused: This page cannot be scripted due to an ExtensionsSettings policy.');
  const onPolicyPortal = await context.newPage();
  await onPolicyPortal.goto(`http://portal.test:${port}/hospital/index.html`);
  await expect(launcher(onPolicyPortal)).toBeVisible();
  await expect(launcher(fenced.page)).toHaveCount(0);

  // Without the policy the fence goes too, and the user's own portal works as the user set it.
  policy.remove();
  await expect.poll(() => managedValues(w), { message: 'Chromium drops the removed policy', timeout: 60_000 }).toEqual({});
  await expect.poll(() => registeredIds(w)).toEqual(['portal:http://own.portal.test/*']);
  await expect.poll(() => injectInto(w, fenced.tabId), { message: 'the browser lifts the fence', timeout: 60_000 }).toBe(`ran on own.portal.test:${port}`);
  await fenced.page.reload();
  await expect(launcher(fenced.page)).toBeVisible();

  // The user drops the portal again: the build holds the host from install, so there is no grant to
  // give back; the content script goes because the portal left the settings.
  const options = await optionsPage(context, extensionId);
  await options.locator('.portal-list li', { hasText: 'http://own.portal.test' }).getByRole('button').click();
  await expect.poll(() => registeredIds(w)).toEqual([]);
  expect(await w.evaluate(() => chrome.storage.local.get('settings'))).toMatchObject({ settings: { enabledOrigins: [] } });
});

test('in the build that asks per site, a policy portal without access is asked for once, saying why', async ({ cleanup }) => {
  const secondPortal = 'https://second.portal.test/*';
  const { extensionId, context, w } = await startUnderPolicy(
    cleanup,
    'ask-once',
    EXTENSION_DIR,
    (id) => ({ '3rdparty': { extensions: { [id]: { enabledPortals: [secondPortal] } } } }),
    OWN,
  );
  await expect.poll(() => managedValues(w)).toMatchObject({ enabledPortals: [secondPortal] });
  expect(await holds(w, secondPortal)).toBe(false);
  const options = await optionsPage(context, extensionId);
  await expect(options.locator(`[data-testid="so-managed-portal"][data-pattern="${secondPortal}"]`)).toHaveAttribute('data-access', 'missing');
  await expect(options.getByTestId('so-grant-managed')).toBeVisible();
  await expect(options.getByTestId('so-managed-portals')).toContainText('asks you once');
  expect(await registeredIds(w)).not.toContain(`portal:${secondPortal}`);
});
