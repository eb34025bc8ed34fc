import { expect, openSidebar, test } from './fixtures';
import { sidebarPageFrame } from '../security/flow';

// These tests only read pages: they share one browser per worker (fixtures.ts).
test.use({ profile: 'per-worker' });

/**
 * Layout holds for any text: on the demo hospital page with `?long-tokens` (tests/portals/hospital/
 * long-tokens.js) every page-derived field (patient name, alert, notes, the patient's message, problems,
 * medication, allergies, imaging, lab) carries a 5,000-character token with no break opportunity. The sidebar must wrap them: no horizontal scrolling
 * anywhere, and nothing pushed or clipped out of reach.
 */
const TOKEN = /(?:Lang){8}|(?:Knieprothese){4}/;

test.describe.configure({ timeout: 120_000 });

test('5,000-character unbroken tokens in every page-derived field never make the sidebar scroll sideways', async ({ page, portal }) => {
  await page.goto(portal.baseUrl + '/hospital/?long-tokens');
  const frame = await openSidebar(page);
  await expect(frame.getByTestId('so-flag')).toHaveAttribute('data-status', 'requested');
  await expect(frame.getByTestId('so-letter')).toBeVisible();
  await expect(frame.getByTestId('so-checklist-item').first()).toBeVisible();
  // Everything folded away is opened too: it must fit when the clinician opens it.
  const sidebar = sidebarPageFrame(page);
  await sidebar.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

  // The long tokens really reach each kind of field, so the checks below measure them.
  await expect(frame.getByTestId('so-patient')).toHaveAttribute('data-patient-name', TOKEN);
  await expect(frame.getByTestId('so-evidence').filter({ hasText: TOKEN }).first()).toBeVisible();
  await expect(frame.getByTestId('so-checklist-item').filter({ hasText: TOKEN }).first()).toBeVisible();
  await expect(frame.getByTestId('so-letter')).toContainText(TOKEN);
  await expect(frame.locator('[data-testid="so-category"]').filter({ hasText: TOKEN }).first()).toBeVisible();

  const report = await sidebar.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const problems: string[] = [];
    if (root.scrollWidth > width + 1) problems.push(`document scrolls sideways: ${root.scrollWidth}px in ${width}px`);
    if (document.body.scrollWidth > width + 1) problems.push(`body scrolls sideways: ${document.body.scrollWidth}px in ${width}px`);
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}.${[...el.classList].join('.')}`;
    for (const el of document.querySelectorAll('.sidebar *')) {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue; // not rendered (print view, closed parts)
      if (el.closest('.sr-only')) continue; // visually hidden on purpose, read by screen readers
      // Outside the frame's width: unreachable, since the frame does not scroll sideways.
      if (rect.right > width + 1 || rect.left < -1) problems.push(`${name(el)} reaches ${Math.round(rect.left)}..${Math.round(rect.right)}px of ${width}px`);
      // Content wider than its box and cut off or hidden behind a scrollbar inside the sidebar.
      const editable = el.matches('input, select, textarea');
      if (!editable && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && style.overflowX !== 'visible') {
        problems.push(`${name(el)} cuts off ${el.scrollWidth - el.clientWidth}px (overflow-x: ${style.overflowX})`);
      }
    }
    return { width, problems: problems.slice(0, 20), count: problems.length };
  });
  expect(report.width, 'the sidebar frame is a narrow column').toBeLessThan(500);
  expect(report.problems, `${report.count} layout problems`).toEqual([]);
});
