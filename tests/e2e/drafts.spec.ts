import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from './browser';
import { expect, openSidebar, sidebarFrame, test } from './fixtures';

const HOSPITAL = '/hospital/index.html';
const TYPED = 'Aanvullende vraag van de verwijzer: is conservatieve behandeling nog zinvol?';

/** Puts the caret at the end of the letter's question, where the clinician adds to it. */
async function caretAtQuestionEnd(page: Page) {
  await sidebarFrame(page).getByTestId('so-letter').locator('[data-section="question"] [role="textbox"]').click();
  await page.keyboard.press('Control+End');
}

async function typeInQuestion(page: Page, text: string) {
  await caretAtQuestionEnd(page);
  await page.keyboard.type(` ${text}`);
}

async function insertInQuestion(page: Page, text: string) {
  await caretAtQuestionEnd(page);
  await page.keyboard.insertText(` ${text}`);
}

/** A draft saved with `text` in `page`'s sidebar, and a second tab whose sidebar has loaded it. */
async function secondTabOnSavedDraft(context: BrowserContext, page: Page, baseUrl: string, text: string): Promise<Page> {
  await page.goto(baseUrl + HOSPITAL);
  await openSidebar(page);
  await typeInQuestion(page, text);
  await expect(sidebarFrame(page).getByTestId('so-save-status')).toHaveAttribute('data-state', 'saved');
  const second = await context.newPage();
  await second.goto(baseUrl + HOSPITAL);
  await expect(sidebarFrame(second).getByTestId('so-letter')).toContainText(text);
  return second;
}

// The tests share one browser per worker; each test's drafts are deleted after it.
test.use({ profile: 'per-worker-drafts' });

test.describe('with a browser of its own', () => {
  // Closes and restarts its browser.
  test.use({ profile: 'per-test' });

  test('a draft survives closing and restarting the browser with the same profile', async ({ context, page, portal, userDataDir }) => {
    await page.goto(portal.baseUrl + HOSPITAL);
    await openSidebar(page);
    await typeInQuestion(page, TYPED);
    await expect(sidebarFrame(page).getByTestId('so-save-status')).toHaveAttribute('data-state', 'saved');
    await context.close();

    const again = await launchWithExtension(userDataDir);
    try {
      const tab = again.pages()[0] ?? (await again.newPage());
      await tab.goto(portal.baseUrl + HOSPITAL);
      // The sidebar was left open on this site, so it opens by itself.
      await expect(sidebarFrame(tab).getByTestId('so-letter')).toContainText(TYPED);
    } finally {
      await again.close();
    }
  });
});

// How soon a save follows the last keystroke is a figure of `npm run bench`; here only that it happens
// by itself, with no click or blur, so that closing the tab afterwards loses nothing.
test('typing is saved by itself once the clinician stops, and closing the tab then loses nothing', async ({ context, page, portal }) => {
  await page.goto(portal.baseUrl + HOSPITAL);
  await openSidebar(page);
  await typeInQuestion(page, TYPED);
  await expect(sidebarFrame(page).getByTestId('so-save-status')).toHaveAttribute('data-state', 'saved');
  await page.close({ runBeforeUnload: false });
  const tab = await context.newPage();
  await tab.goto(portal.baseUrl + HOSPITAL);
  await expect(sidebarFrame(tab).getByTestId('so-letter')).toContainText(TYPED);
});

test('two tabs on one draft: no silent overwrite; the stale tab sees the newer text and can keep its own', async ({ context, page, portal }) => {
  const second = await secondTabOnSavedDraft(context, page, portal.baseUrl, 'Eerste versie.');
  // Tab two saves first…
  await typeInQuestion(second, 'Versie uit tab twee.');
  await expect(sidebarFrame(second).getByTestId('so-save-status')).toHaveAttribute('data-state', 'saved');
  // …tab one, which had already loaded the draft, is brought up to date or warned, never overwrites silently.
  await page.bringToFront();
  const first = sidebarFrame(page);
  await expect(first.getByTestId('so-letter')).toContainText('Versie uit tab twee.');
  await typeInQuestion(page, 'Versie uit tab een.');
  await expect(first.getByTestId('so-save-status')).toHaveAttribute('data-state', 'saved');
  await second.reload();
  await expect(sidebarFrame(second).getByTestId('so-letter')).toContainText('Versie uit tab twee.');
  await expect(sidebarFrame(second).getByTestId('so-letter')).toContainText('Versie uit tab een.');
});

test('a conflicting save is refused and the stale tab may keep its own version as a new revision', async ({ context, page, portal }) => {
  const second = await secondTabOnSavedDraft(context, page, portal.baseUrl, 'Basis.');

  // Both tabs edit within the same half second, before either has saved or heard of the other. Each
  // edit is one input (as a paste is), so a slow machine cannot split it around the other tab's save.
  await Promise.all([insertInQuestion(page, 'Tekst van tab een.'), insertInQuestion(second, 'Tekst van tab twee.')]);
  const conflicts = [sidebarFrame(page).getByTestId('so-conflict'), sidebarFrame(second).getByTestId('so-conflict')];
  await expect
    .poll(async () => (await conflicts[0]!.count()) + (await conflicts[1]!.count()), { timeout: 10_000 })
    .toBeGreaterThanOrEqual(1);
  const staleIndex = (await conflicts[0]!.count()) > 0 ? 0 : 1;
  const stalePage = staleIndex === 0 ? page : second;
  const staleText = staleIndex === 0 ? 'Tekst van tab een.' : 'Tekst van tab twee.';
  const winnerText = staleIndex === 0 ? 'Tekst van tab twee.' : 'Tekst van tab een.';
  // The stale tab now shows the newer text…
  await expect(sidebarFrame(stalePage).getByTestId('so-letter')).toContainText(winnerText);
  // …and keeps its own as a new revision when asked.
  await sidebarFrame(stalePage).getByTestId('so-keep-mine').click();
  await expect(sidebarFrame(stalePage).getByTestId('so-conflict')).toHaveCount(0);
  await expect(sidebarFrame(stalePage).getByTestId('so-letter')).toContainText(staleText);
});

/** A draft saved in `page`'s sidebar, and the options page opened beside it. */
async function optionsBesideSavedDraft(context: BrowserContext, page: Page, baseUrl: string, extensionId: string): Promise<Page> {
  await page.goto(baseUrl + HOSPITAL);
  await openSidebar(page);
  await typeInQuestion(page, TYPED);
  await expect(sidebarFrame(page).getByTestId('so-save-status')).toHaveAttribute('data-state', 'saved');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  return options;
}

test('the options page lists drafts and rejects a malformed import without changing anything', async ({ page, portal, context, extensionId }) => {
  const options = await optionsBesideSavedDraft(context, page, portal.baseUrl, extensionId);
  const rows = options.getByTestId('so-draft-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Bakker');
  await options.getByTestId('so-drafts-search').fill('nobody-with-this-name');
  await expect(rows).toHaveCount(0);
  await options.getByTestId('so-drafts-search').fill('');
  await expect(rows).toHaveCount(1);

  const dir = test.info().outputPath();
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ format: 'second-opinion-drafts', version: 2, drafts: [{ id: 'x', letter: 'not a letter' }] }));
  await options.getByTestId('so-drafts-import').setInputFiles(bad);
  await expect(options.getByTestId('so-error')).toContainText(/rejected|geweigerd/i);
  const notJson = join(dir, 'not.json');
  writeFileSync(notJson, '{ this is not json');
  await options.getByTestId('so-drafts-import').setInputFiles(notJson);
  await expect(options.getByTestId('so-error')).toContainText(/not valid JSON|geen geldige JSON/i);
  await expect(rows).toHaveCount(1);

  // Export all, delete all after confirmation, import the export again.
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('so-drafts-export').click()]);
  const exported = join(dir, 'export.json');
  await download.saveAs(exported);
  await options.getByTestId('so-drafts-delete-all').click();
  await options.getByTestId('so-drafts-delete-all-confirm').click();
  await expect(rows).toHaveCount(0);
  await options.getByTestId('so-drafts-import').setInputFiles(exported);
  await expect(rows).toHaveCount(1);
  await page.reload();
  await expect(sidebarFrame(page).getByTestId('so-letter')).toContainText(TYPED);
});

test('the options page shows the newest drafts a page at a time, and a search still finds any of them', async ({ page, portal, context, extensionId }) => {
  const options = await optionsBesideSavedDraft(context, page, portal.baseUrl, extensionId);
  // 129 more drafts of invented patients, brought in as an export file, each a minute older than the
  // last (recent, so the retention pass keeps them); the oldest has a name of its own.
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('so-drafts-export').click()]);
  const dir = test.info().outputPath();
  const exported = join(dir, 'one.json');
  await download.saveAs(exported);
  const file = JSON.parse(readFileSync(exported, 'utf8')) as { drafts: Array<Record<string, unknown>> };
  const first = file.drafts[0]!;
  const now = Date.now();
  const older = Array.from({ length: 129 }, (_, i) => ({
    ...first,
    id: randomUUID(),
    patientKey: `bench-patient-${i}`,
    patientLabel: { name: i === 128 ? 'Vroegste Verzonnen' : `Patient ${String(i).padStart(3, '0')}` },
    updatedAt: new Date(now - (i + 1) * 60_000).toISOString(),
  }));
  const many = join(dir, 'many.json');
  writeFileSync(many, JSON.stringify({ ...file, drafts: [first, ...older], audit: [], revisions: [] }));
  await options.getByTestId('so-drafts-import').setInputFiles(many);

  const rows = options.getByTestId('so-draft-row');
  await expect(rows).toHaveCount(100);
  // Newest first: the draft just typed, then the imported ones from the newest down.
  await expect(rows.first()).toContainText('Bakker');
  await expect(rows.nth(1)).toContainText('Patient 000');
  await expect(options.getByTestId('so-drafts-more')).toContainText(/100/);
  await expect(options.getByText('Vroegste Verzonnen')).toHaveCount(0);
  // A search reaches drafts beyond the first page.
  await options.getByTestId('so-drafts-search').fill('vroegste');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Vroegste Verzonnen');
  await expect(options.getByTestId('so-drafts-more')).toHaveCount(0);
  await options.getByTestId('so-drafts-search').fill('');
  await expect(rows).toHaveCount(100);
  await options.getByTestId('so-drafts-show-more').click();
  await expect(rows).toHaveCount(130);
  await expect(rows.last()).toContainText('Vroegste Verzonnen');
  await expect(options.getByTestId('so-drafts-show-more')).toHaveCount(0);
});

test('the options page and the sidebars share one store, and the options page hears of a change in a sidebar at once', async ({ page, portal, context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const rows = options.getByTestId('so-draft-row');
  await expect(options.getByTestId('so-drafts')).toContainText(/No drafts|Geen concepten/i);
  await expect(rows).toHaveCount(0);

  await page.bringToFront();
  await page.goto(portal.baseUrl + HOSPITAL);
  await openSidebar(page);
  await typeInQuestion(page, TYPED);
  await expect(sidebarFrame(page).getByTestId('so-save-status')).toHaveAttribute('data-state', 'saved');
  // The open options page lists the new draft without a reload: the background told it.
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Bakker');

  // A second options page sees the same store, and hears of the first one's deletion.
  const second = await context.newPage();
  await second.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(second.getByTestId('so-draft-row')).toHaveCount(1);
  await rows.first().getByRole('button').click();
  await expect(rows).toHaveCount(0);
  await expect(second.getByTestId('so-draft-row')).toHaveCount(0);
});

test('another tab saves while this one is typing: nothing typed is replaced, and the choice waits for a pause', async ({ context, page, portal }) => {
  const second = await secondTabOnSavedDraft(context, page, portal.baseUrl, 'Basis.');

  // In both tabs a clinician types through an input method, whose composition stays open until the
  // test ends it: the tab that saves second is refused while its clinician is still typing.
  const tabs = [page, second];
  const typed = ['Tekst van tab een', 'Tekst van tab twee'];
  const ime = await Promise.all(tabs.map((tab) => context.newCDPSession(tab)));
  const compose = (i: number, text: string) => ime[i]!.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await Promise.all(
    tabs.map(async (tab, i) => {
      await caretAtQuestionEnd(tab);
      await tab.keyboard.type(' ');
      await compose(i, typed[i]!);
    }),
  );
  const waiting = tabs.map((tab) => sidebarFrame(tab).getByTestId('so-conflict-waiting'));
  await expect.poll(async () => (await waiting[0]!.count()) + (await waiting[1]!.count())).toBe(1);
  const stale = (await waiting[0]!.count()) > 0 ? 0 : 1;
  const winner = 1 - stale;
  const staleFrame = sidebarFrame(tabs[stale]!);
  const staleLetter = staleFrame.getByTestId('so-letter');

  // The refused tab keeps what its clinician types, input after input, and offers no choice meanwhile.
  const more = [`${typed[stale]!}, en verder`, `${typed[stale]!}, en verder nog dit.`];
  for (const text of more) {
    await compose(stale, text);
    await expect(staleLetter).toContainText(text);
    await expect(staleLetter).not.toContainText(typed[winner]!);
    await expect(waiting[stale]!).toBeVisible();
    await expect(staleFrame.getByTestId('so-conflict')).toHaveCount(0);
  }
  const mine = more[more.length - 1]!;

  // Both compositions end; in the pause that follows the refused tab offers the choice and shows the
  // newer text, and keeping its own version loses nothing that was typed.
  await ime[winner]!.send('Input.insertText', { text: typed[winner]! });
  await ime[stale]!.send('Input.insertText', { text: mine });
  await expect(staleFrame.getByTestId('so-conflict')).toBeVisible();
  await expect(staleLetter).toContainText(typed[winner]!);
  await staleFrame.getByTestId('so-keep-mine').click();
  await expect(staleFrame.getByTestId('so-conflict')).toHaveCount(0);
  await expect(staleLetter).toContainText(mine);
  await expect(sidebarFrame(tabs[winner]!).getByTestId('so-letter')).toContainText(mine);
});
