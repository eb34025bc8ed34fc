import AxeBuilder from '@axe-core/playwright';
import { expect, openSidebar, sidebarFrame, test } from './fixtures';

// One browser per worker; each test's drafts are deleted after it.
test.use({ profile: 'per-worker-drafts' });

test('the clinician profile and language from the options page reach the sidebar and the letter', async ({ context, extensionId, page, portal }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('input[name="name"]').fill('dr. E. Voorbeeld');
  await options.locator('input[name="role"]').fill('orthopedisch chirurg');
  await options.locator('input[name="organisation"]').fill('Ziekenhuis Rijnoever');
  await options.locator('input[name="agbCode"]').fill('1234');
  await options.getByRole('button', { name: /^(Save|Opslaan)$/ }).first().click();
  await expect(options.getByTestId('so-error')).toContainText(/8/);
  await options.locator('input[name="agbCode"]').fill('01234567');
  await options.getByRole('button', { name: /^(Save|Opslaan)$/ }).first().click();
  await expect(options.getByTestId('so-error')).toHaveCount(0);
  await options.locator('select[name="language"]').selectOption('nl');

  await page.goto(portal.baseUrl + '/hospital/index.html');
  const frame = await openSidebar(page);
  // Dutch UI, and the letter is signed by the profile's clinician instead of a placeholder.
  await expect(frame.getByTestId('so-close')).toHaveAttribute('aria-label', 'Zijbalk sluiten');
  await expect(frame.getByTestId('so-letter')).toContainText('dr. E. Voorbeeld');
  await expect(frame.getByTestId('so-letter')).toContainText('01234567');

  // The hospital portal is Dutch and the sidebar follows the page (language.spec.ts); the sidebar
  // setting fixes English.
  await options.locator('select[name="language"]').selectOption('en');
  await options.locator('select[name="sidebarLanguage"]').selectOption('en');
  await page.reload();
  await expect(sidebarFrame(page).getByTestId('so-close')).toHaveAttribute('aria-label', 'Close sidebar');
});

test('the options page refuses a portal address that is not a web address', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('input[name="portal"]').fill('javascript:alert(1)');
  await options.locator('input[name="portal"]').press('Enter');
  await expect(options.getByTestId('so-error')).toBeVisible();
});

test('axe finds no accessibility violations in the options page with a draft listed', async ({ context, extensionId, page, portal }) => {
  await page.goto(portal.baseUrl + '/hospital/index.html');
  const frame = await openSidebar(page);
  await frame.getByTestId('so-letter').locator('[data-section="question"] [role="textbox"]').click();
  await page.keyboard.type(' Aanvulling.');
  await expect(frame.getByTestId('so-save-status')).toHaveAttribute('data-state', 'saved');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('so-draft-row')).toHaveCount(1);
  const results = await new AxeBuilder({ page: options }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
