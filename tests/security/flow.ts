import { readFileSync } from 'node:fs';
import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { EXPECTED } from '../e2e/expected';
import { expect, openSidebar, sidebarFrame } from '../e2e/fixtures';

/**
 * The whole clinician flow the security tests watch: open a portal page, let the extension detect the
 * request, choose categories and consent, type into the letter, run every export, and open the
 * options page. What the extension could leak, it would leak somewhere along this path.
 */
export const HOSPITAL = '/hospital/index.html';
export const HOSPITAL_PATIENT = EXPECTED[HOSPITAL]!;
/** Typed by the clinician in the test; unique so that any copy of it anywhere is found. */
export const TYPED = 'Vertrouwelijke aanvulling XQ-7731: patiënte vreest voor haar baan na de operatie.';

export interface FlowResult {
  frame: FrameLocator;
  downloads: Record<string, string>;
  options: Page;
}

export const category = (frame: FrameLocator, id: string) => frame.locator(`[data-testid="so-category"][data-category="${id}"]`);

/** The sidebar frame as a Playwright Frame (for evaluate); the frame is an extension page. */
export function sidebarPageFrame(page: Page) {
  const frame = page.frames().find((f) => f.url().endsWith('/sidebar.html'));
  if (!frame) throw new Error('sidebar frame not found');
  return frame;
}

export async function runFullFlow(page: Page, context: BrowserContext, baseUrl: string, extensionId: string): Promise<FlowResult> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  await page.goto(baseUrl + HOSPITAL);
  const frame = await openSidebar(page);
  await expect(frame.getByTestId('so-flag')).toHaveAttribute('data-status', 'requested');
  await expect(frame.getByTestId('so-patient')).toHaveAttribute('data-patient-name', HOSPITAL_PATIENT.name!);

  const imaging = category(frame, 'imaging');
  if (!(await imaging.locator('input[type="checkbox"]').isChecked())) await imaging.locator('input[type="checkbox"]').check();
  await imaging.getByTestId('so-consent').locator('select').selectOption('given');

  const question = frame.getByTestId('so-letter').locator('[data-section="question"] [role="textbox"]');
  await question.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(` ${TYPED}`);
  await expect(frame.getByTestId('so-save-status')).toHaveAttribute('data-state', 'saved');
  await expect(frame.getByTestId('so-letter')).toContainText(TYPED);

  await sidebarPageFrame(page).evaluate(() => {
    window.print = () => undefined;
  });
  for (const testid of ['so-export-copy', 'so-export-copy-formatted', 'so-export-print']) {
    const button = frame.getByTestId(testid);
    if ((await button.count()) > 0) await button.click();
  }
  const downloads: Record<string, string> = {};
  for (const testid of ['so-export-download', 'so-export-download-html', 'so-export-fhir']) {
    const [file] = await Promise.all([page.waitForEvent('download'), frame.getByTestId(testid).click()]);
    downloads[testid] = readFileSync((await file.path())!, 'utf8');
  }

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('so-draft-row')).toHaveCount(1);
  return { frame: sidebarFrame(page), downloads, options };
}
