import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { browser as ExtensionApi } from 'wxt/browser';
import { expect, openSidebar, sidebarFrame, test } from './fixtures';

declare const chrome: typeof ExtensionApi;

/**
 * "Dismiss for this patient" can be undone ("Show the flag again"), is kept across reloads, and lives
 * under the same rules as drafts: "Delete all" removes it, together with the secret patient keys are
 * made with.
 */
const HOSPITAL = '/hospital/index.html';

const worker = async (context: BrowserContext): Promise<Worker> => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const storedKeys = (w: Worker) => w.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).sort());

/** The sidebar stays open across reloads (kept per site), so after a reload it comes back by itself. */
async function reopen(page: Page) {
  await page.reload();
  const frame = sidebarFrame(page);
  await expect(frame.getByTestId('so-sidebar')).toBeVisible();
  await expect(frame.getByTestId('so-flag')).toHaveAttribute('data-status', 'requested');
  return frame;
}

// A long flow with several reloads; the machine the tests run on is often busy.
test.describe.configure({ timeout: 150_000 });

test('a dismissed flag stays dismissed across reloads and can be shown again', async ({ context, page, portal }) => {
  await page.goto(portal.baseUrl + HOSPITAL);
  let frame = await openSidebar(page);
  await expect(frame.getByTestId('so-flag')).toHaveAttribute('data-status', 'requested');
  await expect(frame.getByTestId('so-letter')).toBeVisible();

  await frame.getByTestId('so-flag-dismiss').click();
  await expect(frame.getByTestId('so-flag-show-again')).toBeVisible();
  await expect(frame.getByTestId('so-flag-dismiss')).toHaveCount(0);

  const w = await worker(context);
  const dismissedKeys = (await storedKeys(w)).filter((k) => k.startsWith('dismissed:'));
  expect(dismissedKeys).toHaveLength(1);
  expect(dismissedKeys[0]).toMatch(/^dismissed:pk_[0-9a-f]{64}$/);
  expect(await w.evaluate(async (k) => (await chrome.storage.local.get(k))[k], dismissedKeys[0]!)).toEqual({ at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });

  frame = await reopen(page);
  await expect(frame.getByTestId('so-flag-show-again')).toBeVisible();

  await frame.getByTestId('so-flag-show-again').click();
  await expect(frame.getByTestId('so-flag-dismiss')).toBeVisible();
  await expect(frame.getByTestId('so-flag-show-again')).toHaveCount(0);
  await expect.poll(async () => (await storedKeys(w)).filter((k) => k.startsWith('dismissed:'))).toEqual([]);
  frame = await reopen(page);
  await expect(frame.getByTestId('so-flag-dismiss')).toBeVisible();
});

test('"Delete all" removes the dismissal and the patient-key secret', async ({ context, page, portal, extensionId }) => {
  await page.goto(portal.baseUrl + HOSPITAL);
  let frame = await openSidebar(page);
  await expect(frame.getByTestId('so-flag')).toHaveAttribute('data-status', 'requested');
  const w = await worker(context);
  await frame.getByTestId('so-flag-dismiss').click();
  await expect(frame.getByTestId('so-flag-show-again')).toBeVisible();
  const secretBefore = await w.evaluate(async () => (await chrome.storage.local.get('patientKeySecret')).patientKeySecret);
  expect(secretBefore).toMatch(/^[0-9a-f]{64}$/);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('so-drafts-delete-all').click();
  await options.getByTestId('so-drafts-delete-all-confirm').click();
  await expect.poll(async () => (await storedKeys(w)).filter((k) => k.startsWith('dismissed:') || k === 'patientKeySecret')).toEqual([]);

  await page.bringToFront();
  frame = await reopen(page);
  await expect(frame.getByTestId('so-flag-dismiss')).toBeVisible();
  const secretAfter = await w.evaluate(async () => (await chrome.storage.local.get('patientKeySecret')).patientKeySecret);
  expect(secretAfter).toMatch(/^[0-9a-f]{64}$/);
  expect(secretAfter).not.toBe(secretBefore);
});
