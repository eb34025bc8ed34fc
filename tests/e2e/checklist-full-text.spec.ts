import { expect, openSidebar, test } from './fixtures';

// One browser per worker; each test's drafts are deleted after it.
test.use({ profile: 'per-worker-drafts' });

/**
 * A checklist item names its record entry in a line the sidebar can hold, shortened at a word; the whole
 * name shows when the pointer rests on it and when the keyboard reaches it. The hospital page with
 * `?long-tokens` gives its entries names far longer than any line.
 */
test.describe.configure({ timeout: 120_000 });

test('a shortened checklist item shows its whole text on hover and on keyboard focus', async ({ page, portal }) => {
  await page.goto(portal.baseUrl + '/hospital/?long-tokens');
  const frame = await openSidebar(page);
  await expect(frame.getByTestId('so-checklist-item').first()).toBeVisible();

  const item = frame.getByTestId('so-checklist-item').filter({ has: frame.locator('.item-label.short-text') }).first();
  const label = item.locator('.item-label');
  const short = label.locator('.short-text-short');
  const full = label.locator('.short-text-full');
  await expect(short).toBeVisible();
  await expect(full).toBeHidden();
  const shortText = (await short.textContent()) ?? '';
  const fullText = (await full.textContent()) ?? '';
  expect(shortText).toContain('…');
  expect(fullText.length).toBeGreaterThan(shortText.length);
  expect(fullText.startsWith(shortText.split('…')[0]!.trimEnd())).toBe(true);
  await expect(label).toHaveAttribute('title', fullText);

  // Pointer: the whole text replaces the short one while the pointer rests on it.
  await label.hover();
  await expect(full).toBeVisible();
  await expect(short).toBeHidden();
  await frame.locator('#so-checklist-h').hover();
  await expect(full).toBeHidden();
  await expect(short).toBeVisible();

  // Keyboard: back from the item's state select with Shift+Tab until the label has focus.
  await frame.locator('#so-checklist-h').hover();
  const select = item.locator('select');
  await select.focus();
  for (let step = 0; step < 3; step++) {
    if (await label.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Shift+Tab');
  }
  await expect(label).toBeFocused();
  await expect(full).toBeVisible();
  await expect(short).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(label).not.toBeFocused();
  await expect(full).toBeHidden();
});
