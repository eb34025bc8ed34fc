import AxeBuilder from '@axe-core/playwright';
import { expect, openSidebar, test } from './fixtures';

// axe runs in the portal page and in every frame, the sidebar included; only findings inside our own
// UI (the launcher host and the sidebar frame) count here: the portal's own markup is not ours to fix.
function ours(target: unknown): boolean {
  const first = Array.isArray(target) ? target[0] : target;
  return JSON.stringify(first).includes('second-opinion-sidebar');
}

for (const path of ['/hospital/index.html', '/generic/two-patients.html']) {
  test(`axe finds no violations in the working sidebar on ${path}`, async ({ page, portal }) => {
    await page.goto(portal.baseUrl + path);
    const frame = await openSidebar(page);
    await expect(frame.getByTestId('so-patient')).toBeVisible();
    if (path.startsWith('/hospital')) {
      await expect(frame.getByTestId('so-letter')).toBeVisible();
      await frame.locator('details.not-relevant summary').click();
    }
    const results = await new AxeBuilder({ page }).analyze();
    const found = results.violations
      .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.filter((n) => ours(n.target)).map((n) => JSON.stringify(n.target)) }))
      .filter((v) => v.nodes.length > 0);
    expect(found).toEqual([]);
    // Sanity: axe did look inside the sidebar frame.
    const checked = [...results.passes, ...results.violations].some((r) =>
      r.nodes.some((n) => ours(n.target) && Array.isArray(n.target) && n.target.length >= 2 && JSON.stringify(n.target).includes('so-')),
    );
    expect(checked).toBe(true);
  });
}
