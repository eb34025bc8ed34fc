import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from '@playwright/test';
import { EXPECTED } from './expected';
import { expect, openSidebar, sidebarFrame, test } from './fixtures';

const HOSPITAL = '/hospital/index.html';
const patient = EXPECTED[HOSPITAL]!;

async function openHospital(page: Page, baseUrl: string): Promise<FrameLocator> {
  await page.goto(baseUrl + HOSPITAL);
  const frame = await openSidebar(page);
  await expect(frame.getByTestId('so-flag')).toHaveAttribute('data-status', 'requested');
  await expect(frame.getByTestId('so-letter')).toBeVisible();
  return frame;
}

const category = (frame: FrameLocator, id: string) => frame.locator(`[data-testid="so-category"][data-category="${id}"]`);

// The tests share one browser per worker; each test's drafts are deleted after it.
test.use({ profile: 'per-worker-drafts' });

test('suggests the right categories with reasons; sensitive ones start unselected', async ({ page, portal }) => {
  const frame = await openHospital(page, portal.baseUrl);
  // A knee-replacement question: imaging is central, and the MRI in the record is named in the reason.
  const imaging = category(frame, 'imaging');
  await expect(imaging).toHaveAttribute('data-suggested', 'true');
  await expect(imaging).toContainText(/MRI/);
  await expect(imaging).toContainText('15-09-2026');
  for (const id of ['problems', 'medication', 'allergies']) await expect(category(frame, id)).toHaveAttribute('data-suggested', 'true');
  // Never the whole record: some categories are not suggested at all.
  expect(await frame.locator('[data-testid="so-category"][data-suggested="false"]').count()).toBeGreaterThan(5);
  const sensitive = frame.locator('[data-testid="so-category"][data-sensitive="true"]');
  expect(await sensitive.count()).toBeGreaterThanOrEqual(5);
  for (const row of await sensitive.all()) {
    await expect(row).toHaveAttribute('data-selected', 'false');
    await expect(row.locator('input[type="checkbox"]')).not.toBeChecked();
  }
});

test('selection, consent and checklist state survive a reload', async ({ page, portal }) => {
  let frame = await openHospital(page, portal.baseUrl);
  const imaging = category(frame, 'imaging');
  if (!(await imaging.locator('input[type="checkbox"]').isChecked())) await imaging.locator('input[type="checkbox"]').check();
  await imaging.getByTestId('so-consent').locator('select').selectOption('given');
  await expect(imaging.getByTestId('so-consent')).toHaveAttribute('data-consent', 'given');
  const mental = category(frame, 'mental-health');
  // Not relevant to a knee question: it sits in the collapsed list until the clinician opens it.
  if (!(await mental.isVisible())) await frame.locator('details.not-relevant summary').click();
  await mental.locator('input[type="checkbox"]').check();
  await expect(mental.getByTestId('so-consent')).toHaveAttribute('data-consent', 'unknown');
  const item = frame.getByTestId('so-checklist-item').filter({ hasText: /MRI/ }).first();
  await item.locator('select').selectOption('collected');
  await expect(frame.getByTestId('so-save-status')).toHaveAttribute('data-state', 'saved');

  await page.reload();
  frame = sidebarFrame(page);
  await expect(category(frame, 'imaging').getByTestId('so-consent')).toHaveAttribute('data-consent', 'given');
  await expect(category(frame, 'mental-health')).toHaveAttribute('data-selected', 'true');
  await expect(frame.getByTestId('so-checklist-item').filter({ hasText: /MRI/ }).first()).toHaveAttribute('data-state', 'collected');
});

test('the letter: edit a section, undo, and the edit survives a reload', async ({ page, portal }) => {
  let frame = await openHospital(page, portal.baseUrl);
  const letter = frame.getByTestId('so-letter');
  await expect(letter).toContainText(patient.name!);
  const question = letter.locator('[data-section="question"] [role="textbox"]');
  await question.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Graag ook uw mening over conservatieve opties.');
  await expect(letter.locator('[data-section="question"]')).toHaveAttribute('data-edited', 'true');
  await expect(frame.getByTestId('so-save-status')).toHaveAttribute('data-state', 'saved');
  const count = await frame.getByTestId('so-char-count').textContent();
  expect(count).toMatch(/\d+/);

  await page.reload();
  frame = sidebarFrame(page);
  await expect(frame.getByTestId('so-letter')).toContainText('Graag ook uw mening over conservatieve opties.');

  // Regenerate brings the composed text back; undo restores the edit.
  const section = frame.getByTestId('so-letter').locator('[data-section="question"]');
  await section.getByRole('button').click();
  await expect(frame.getByTestId('so-letter')).not.toContainText('Graag ook uw mening over conservatieve opties.');
  await frame.getByTestId('so-undo').click();
  await expect(frame.getByTestId('so-letter')).toContainText('Graag ook uw mening over conservatieve opties.');
});

test('exports: clipboard, text, HTML and FHIR files carry the letter, escaped and consented only', async ({ page, portal, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: portal.baseUrl });
  const frame = await openHospital(page, portal.baseUrl);
  const imaging = category(frame, 'imaging');
  if (!(await imaging.locator('input[type="checkbox"]').isChecked())) await imaging.locator('input[type="checkbox"]').check();
  await imaging.getByTestId('so-consent').locator('select').selectOption('given');
  await expect(frame.getByTestId('so-placeholders')).toBeVisible();

  await frame.getByTestId('so-export-copy').click();
  await expect(frame.getByTestId('so-export-status')).toBeVisible();
  // The clipboard is the system's; read it back from the portal tab, which the test allowed to read it.
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toContain(patient.name!);
  expect(clip).toContain('MRI');

  const download = async (testid: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), frame.getByTestId(testid).click()]);
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
  };
  const txt = await download('so-export-download');
  expect(txt.name).toMatch(/\.txt$/);
  expect(txt.text).toContain(patient.name!);
  const html = await download('so-export-download-html');
  expect(html.name).toMatch(/\.html$/);
  expect(html.text.toLowerCase()).toContain('<!doctype html>');
  expect(html.text).toContain(patient.name!);
  expect(html.text).not.toMatch(/<script/i);
  const fhir = await download('so-export-fhir');
  const bundle = JSON.parse(fhir.text);
  expect(bundle.resourceType).toBe('Bundle');
  const types = bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType);
  expect(types).toEqual(expect.arrayContaining(['Patient', 'ServiceRequest', 'Consent']));
  // No referrer profile is filled in here: the Bundle names no requester or author rather than an empty one.
  expect(types).not.toContain('Practitioner');
  expect(bundle.entry.every((e: { resource: Record<string, unknown> }) => Object.keys(e.resource).length > 1)).toBe(true);
  expect(types.some((t: string) => t === 'DocumentReference' || t === 'Composition')).toBe(true);
  const patientResource = bundle.entry.find((e: { resource: { resourceType: string } }) => e.resource.resourceType === 'Patient').resource;
  expect(patientResource.birthDate).toBe(patient.birthDate);
  expect(JSON.stringify(bundle)).toContain(patient.patientId!);
});

test('print uses a clean print layout of the letter', async ({ page, portal }) => {
  const frame = await openHospital(page, portal.baseUrl);
  const sidebar = page.frames().find((f) => f.url().endsWith('/sidebar.html'))!;
  await sidebar.evaluate(() => {
    (window as unknown as { __printed: number }).__printed = 0;
    window.print = () => {
      (window as unknown as { __printed: number }).__printed++;
    };
  });
  await frame.getByTestId('so-export-print').click();
  expect(await sidebar.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await sidebar.evaluate(() => (document.body.dataset.print = 'letter'));
  await expect(frame.locator('.print-letter')).toBeVisible();
  await expect(frame.locator('.print-letter')).toContainText(patient.name!);
  await expect(frame.getByTestId('so-category').first()).toBeHidden();
});

/** Each select's options whose label is wider than the select can show, at the select's own font. */
function clippedOptions(frame: FrameLocator) {
  return frame.locator('html').evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    const clipped: string[] = [];
    let selects = 0;
    for (const select of document.querySelectorAll<HTMLSelectElement>('select')) {
      if (!select.getClientRects().length) continue;
      selects++;
      const style = getComputedStyle(select);
      canvas.font = style.font;
      // The closed select shows its label beside the drop-down arrow (about 20 px in Chromium).
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      for (const option of select.options) {
        if (canvas.measureText(option.text).width > room) clipped.push(`${option.text} (${Math.round(canvas.measureText(option.text).width)} > ${Math.round(room)})`);
      }
    }
    return { selects, clipped };
  });
}

test('on the GP portal the field follows the orthopaedic question, and every select shows its whole label in the narrowest sidebar', async ({ context, extensionId, page, portal }) => {
  await page.goto(portal.baseUrl + '/gp/index.html');
  let frame = await openSidebar(page);
  await expect(frame.getByTestId('so-flag')).toHaveAttribute('data-status', 'considering');
  await frame.getByRole('button', { name: /referral draft|conceptverwijzing/i }).click();
  await expect(frame.getByTestId('so-letter')).toBeVisible();
  const field = frame.locator('.two-col select').nth(1);
  // The patient weighs the orthopaedic surgeon's knee replacement: a specialist's second opinion.
  await expect(field).toHaveValue('somatic');
  await expect(frame.locator('.two-col select').first()).toHaveValue('surgery-indication');

  // The narrowest sidebar: shrink it from the keyboard until it stops at its minimum.
  const handle = page.locator('second-opinion-sidebar .resize');
  await handle.focus();
  for (let i = 0; i < 12; i++) await handle.press('ArrowRight');
  await expect.poll(async () => Math.round((await page.locator('second-opinion-sidebar iframe').boundingBox())!.width)).toBe(300);
  for (const lang of ['nl', 'en']) {
    if (lang === 'en') {
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await options.locator('select[name="sidebarLanguage"]').selectOption('en');
      await options.close();
      await page.reload();
      frame = sidebarFrame(page);
      await expect(frame.getByTestId('so-sidebar')).toHaveAttribute('data-lang', 'en');
      await expect(frame.getByTestId('so-letter')).toBeVisible();
      await expect(frame.locator('.two-col select').first().locator('option:checked')).toHaveText('Is surgery indicated?');
    }
    const { selects, clipped } = await clippedOptions(frame);
    expect(selects, lang).toBeGreaterThan(4);
    expect(clipped, lang).toEqual([]);
  }
});
