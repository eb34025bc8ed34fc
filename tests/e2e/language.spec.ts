import type { BrowserContext, Page } from '@playwright/test';
import { expect, launcher, openSidebar, sidebarFrame, test } from './fixtures';

/**
 * One language per sidebar: the portal page's by default (its lang, else its words), the browser's
 * when the page does not tell, and a setting that fixes it. The browser here speaks English.
 */
const HOSPITAL = '/hospital/index.html';

// One browser per worker; the letters these tests draft are deleted after each test.
test.use({ profile: 'per-worker-drafts' });

async function browserSpeaksEnglish(context: BrowserContext, extensionId: string): Promise<Page> {
  // The options page follows the browser's language by default: English here.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('html')).toHaveAttribute('lang', 'en');
  return options;
}

test('a Dutch portal in an English browser gets a Dutch sidebar and a Dutch letter, reasons and dates included', async ({ context, extensionId, page, portal }) => {
  await browserSpeaksEnglish(context, extensionId);
  await page.goto(portal.baseUrl + HOSPITAL);
  const frame = await openSidebar(page);
  await expect(frame.getByTestId('so-sidebar')).toHaveAttribute('data-lang', 'nl');
  await expect(frame.getByTestId('so-close')).toHaveAttribute('aria-label', 'Zijbalk sluiten');
  await expect(frame.getByTestId('so-letter')).toBeVisible();
  await expect(frame.getByTestId('so-letter')).toHaveAttribute('lang', 'nl');
  const reasons = frame.locator('[data-testid="so-category"] .reason');
  expect(await reasons.count()).toBeGreaterThan(5);
  const text = (await frame.getByTestId('so-sidebar').innerText()).replace(/\s+/g, ' ');
  // Not a word of the English catalogue's reasons, and no date written twice in one reason.
  expect(text).not.toMatch(/in the record|not needed for|Not found|newest:/);
  for (const reason of await reasons.allInnerTexts()) {
    const dates = reason.match(/\d{2}-\d{2}-\d{4}/g) ?? [];
    expect(new Set(dates).size, reason).toBe(dates.length);
  }
  await expect(frame.locator('[data-category="problems"] .reason')).toContainText('in het dossier');
});

test('a page without a lang attribute is read by its words', async ({ context, extensionId, page, portal }) => {
  await browserSpeaksEnglish(context, extensionId);
  // The same Dutch portal, served without its lang attribute.
  await page.route('**/hospital/index.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<html lang="nl">/, '<html>');
    expect(body).not.toContain('<html lang');
    await route.fulfill({ response, body });
  });
  await page.goto(portal.baseUrl + HOSPITAL);
  const frame = await openSidebar(page);
  await expect(frame.getByTestId('so-sidebar')).toHaveAttribute('data-lang', 'nl');
  await expect(frame.locator('[data-category="problems"] .reason')).toContainText('in het dossier');
});

test('an English portal gets an English sidebar', async ({ page, portal }) => {
  await page.goto(portal.baseUrl + '/clinic-spa/index.html?patient=a');
  const frame = await openSidebar(page);
  await expect(frame.getByTestId('so-sidebar')).toHaveAttribute('data-lang', 'en');
  await expect(frame.getByTestId('so-close')).toHaveAttribute('aria-label', 'Close sidebar');
});

test('the sidebar language setting overrides the page, and the letter stays switchable', async ({ context, extensionId, page, portal }) => {
  const options = await browserSpeaksEnglish(context, extensionId);
  await options.locator('select[name="sidebarLanguage"]').selectOption('en');
  await expect(options.getByRole('status')).not.toBeEmpty();

  await page.goto(portal.baseUrl + HOSPITAL);
  let frame = await openSidebar(page);
  await expect(frame.getByTestId('so-sidebar')).toHaveAttribute('data-lang', 'en');
  await expect(frame.getByTestId('so-close')).toHaveAttribute('aria-label', 'Close sidebar');
  await expect(frame.locator('[data-category="problems"] .reason')).toContainText('in the record');
  await expect(frame.getByTestId('so-letter')).toHaveAttribute('lang', 'en');
  // The letter's own switch still works.
  await frame.getByLabel('Letter language').selectOption('nl');
  await expect(frame.getByTestId('so-letter')).toHaveAttribute('lang', 'nl');
  await expect(frame.getByTestId('so-sidebar')).toHaveAttribute('data-lang', 'en');

  await options.locator('select[name="sidebarLanguage"]').selectOption('nl');
  await page.goto(portal.baseUrl + '/clinic-spa/index.html?patient=a');
  // The sidebar was left open on this site, so it opens again by itself.
  await expect(launcher(page)).toHaveAttribute('aria-expanded', 'true');
  frame = sidebarFrame(page);
  await expect(frame.getByTestId('so-sidebar')).toHaveAttribute('data-lang', 'nl');
  await expect(frame.getByTestId('so-close')).toHaveAttribute('aria-label', 'Zijbalk sluiten');
});
