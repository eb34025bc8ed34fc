import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPECTED } from './expected';
import { expect, launcher, test } from './fixtures';

// One browser per worker: these tests store nothing.
test.use({ profile: 'per-worker' });

/**
 * The portal's thread only reads: the content script carries no detector and no lexicon, detection
 * runs in the background, and the launcher still shows the flag with the sidebar closed — also for a
 * note the portal adds after it has loaded.
 */
const BUILD = join(process.cwd(), '.output', 'chrome-mv3');

/** Every phrase of several words in the detector's lexicons (triggers, pseudo-triggers, cues). */
function lexiconPhrases(): string[] {
  const phrases = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.includes(' ') && value.length >= 10) phrases.add(value);
    } else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const lang of ['nl', 'en']) {
    const lexicon = JSON.parse(readFileSync(join(process.cwd(), 'lib', 'detect', 'lexicon', `${lang}.json`), 'utf8')) as Record<string, unknown>;
    for (const part of ['triggers', 'pseudoTriggers', 'cues']) collect(lexicon[part]);
  }
  return [...phrases];
}

test('the built content script carries no lexicon and no detector; the background does', () => {
  const content = readFileSync(join(BUILD, 'content-scripts', 'content.js'), 'utf8');
  const background = readFileSync(join(BUILD, 'background.js'), 'utf8');
  const phrases = lexiconPhrases();
  expect(phrases.length).toBeGreaterThan(100);
  expect(phrases.filter((phrase) => content.includes(phrase))).toEqual([]);
  expect(phrases.filter((phrase) => !background.includes(phrase))).toEqual([]);
});

test('the launcher shows the flag of a flagged portal page without the sidebar ever opening', async ({ page, portal }) => {
  const expected = EXPECTED['/hospital/index.html']!;
  await page.goto(portal.baseUrl + '/hospital/index.html');
  await expect(launcher(page)).toHaveAttribute('data-status', expected.status!);
  await expect(launcher(page)).toHaveAttribute('data-flagged', 'true');
  await expect(page.locator('second-opinion-sidebar iframe')).toBeHidden();
});

test('a note the portal adds after loading raises the flag on the launcher, and its removal lowers it', async ({ page, portal }) => {
  await page.goto(portal.baseUrl + '/generic/table-banner.html');
  await expect(launcher(page)).toHaveAttribute('data-placed', 'true');
  await expect(launcher(page)).toHaveAttribute('data-status', 'none');
  await page.evaluate(() => {
    const row = document.createElement('tr');
    row.dataset.id = 'dc-3500';
    row.innerHTML =
      '<td>2026-11-20</td><td>Dr A. Whitfield, Consultant</td>' +
      '<td>Patient asks for a second opinion at another hospital before starting the new insulin regimen.</td>';
    document.querySelector('table.notes tbody')!.prepend(row);
  });
  await expect(launcher(page)).toHaveAttribute('data-status', 'requested');
  await expect(launcher(page)).toHaveAttribute('data-flagged', 'true');
  await page.evaluate(() => document.querySelector('tr[data-id="dc-3500"]')!.remove());
  await expect(launcher(page)).toHaveAttribute('data-status', 'none');
  await expect(launcher(page)).toHaveAttribute('data-flagged', 'false');
  await expect(page.locator('second-opinion-sidebar iframe')).toBeHidden();
});
