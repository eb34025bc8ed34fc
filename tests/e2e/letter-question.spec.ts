import type { FrameLocator, Page } from '@playwright/test';
import { expect, openSidebar, sidebarFrame, test } from './fixtures';

// One browser per worker; each test's drafts are deleted after it.
test.use({ profile: 'per-worker-drafts' });

/**
 * The letter as a draft from the record: with consent given, the hospital page's consult
 * ("Conclusie: gonartrose rechts … Voorstel: totale knieprothese rechts") becomes the first question;
 * the clinician can pick another candidate, and the pick survives a reload. Categories selected
 * without consent are named with why; the report goes to the GP the banner names.
 */
const HOSPITAL = '/hospital/index.html';

const category = (frame: FrameLocator, id: string) => frame.locator(`[data-testid="so-category"][data-category="${id}"]`);

async function share(frame: FrameLocator, id: string, consent: 'given' | 'refused' | 'unknown') {
  const row = category(frame, id);
  const box = row.locator('input[type="checkbox"]');
  if (!(await box.isChecked())) await box.check();
  await row.getByTestId('so-consent').locator('select').selectOption(consent);
  await expect(row.getByTestId('so-consent')).toHaveAttribute('data-consent', consent);
}

async function openWithConsent(page: Page, baseUrl: string): Promise<FrameLocator> {
  await page.goto(baseUrl + HOSPITAL);
  const frame = await openSidebar(page);
  await expect(frame.getByTestId('so-flag')).toHaveAttribute('data-status', 'requested');
  for (const id of ['imaging', 'treatment-history', 'problems']) await share(frame, id, 'given');
  await share(frame, 'medication', 'refused');
  await share(frame, 'allergies', 'unknown');
  return frame;
}

// Each test gives consent on five categories through the UI before it checks anything.
test.slow();

test('the question names the condition and the proposal from the record, and the clinician can pick another', async ({ page, portal }) => {
  let frame = await openWithConsent(page, portal.baseUrl);
  const question = frame.getByTestId('so-letter').locator('[data-section="question"]');
  await expect(question).toContainText('Is een totale knieprothese rechts bij gonartrose nu geïndiceerd, of zijn er nog niet-operatieve mogelijkheden?');
  const picker = frame.getByTestId('so-question-focus');
  await expect(picker.locator('option')).not.toHaveCount(0);
  expect(await picker.locator('option').count()).toBeGreaterThan(1);

  // The problem list offers the condition without a proposal: the question follows the pick.
  const other = picker.locator('option').filter({ hasNotText: 'knieprothese' }).first();
  const value = await other.getAttribute('value');
  await picker.selectOption(value!);
  await expect(question).not.toContainText('totale knieprothese rechts bij');
  await expect(frame.getByTestId('so-save-status')).toHaveAttribute('data-state', 'saved');

  await page.reload();
  frame = sidebarFrame(page);
  // Until the draft and the record are read back the card says "none found"; wait for the picker itself.
  await expect(frame.locator('select[data-testid="so-question-focus"]')).toHaveValue(value!);
  await expect(frame.getByTestId('so-letter').locator('[data-section="question"]')).not.toContainText('totale knieprothese rechts bij');
});

test('withheld categories are named with why, the patient is quoted from her own message, the GP from the banner gets the report', async ({ page, portal }) => {
  const frame = await openWithConsent(page, portal.baseUrl);
  const letter = frame.getByTestId('so-letter');
  await expect(letter.locator('[data-section="summary"]')).toContainText('Medicatie: niet gedeeld, de patiënt heeft geen toestemming gegeven');
  await expect(letter.locator('[data-section="summary"]')).toContainText('Allergieën en alerts: niet gedeeld, toestemming is nog niet gevraagd');
  await expect(letter.locator('[data-section="enclosures"]')).toContainText('Niet meegestuurd');
  await expect(letter.locator('[data-section="patient-wishes"]')).toContainText('In de woorden van de patiënt');
  await expect(letter.locator('[data-section="patient-wishes"]')).toContainText('second opinion bij een orthopeed');
  await expect(letter.locator('[data-section="arrangements"]')).toContainText('de huisarts (A. Kramer)');
  // Facts from the shared consults, each item with its date once.
  await expect(letter.locator('[data-section="findings"]')).toContainText('MRI knie rechts');
  const text = (await letter.innerText()).split('\n');
  for (const line of text) {
    const dates = line.match(/\b\d{2}-\d{2}-\d{4}\b/g) ?? [];
    expect(new Set(dates).size, line).toBe(dates.length);
  }
});
