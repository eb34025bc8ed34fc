import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { expect, openSidebar, test } from './fixtures';

// These tests only read pages: they share one browser per worker (fixtures.ts).
test.use({ profile: 'per-worker' });

/**
 * An AxeBuilder that waits for axe to load in every frame instead of racing it against one second.
 * @axe-core/playwright gives a child frame 1 s to evaluate axe's ~560 KB source and silently skips the
 * frame when that takes longer (meant for lazy frames that never load). The sidebar frame is an
 * extension page in a process of its own; on a busy machine the injection there takes several seconds,
 * so the sidebar went untested without any error. Our frame is loaded before axe runs, so waiting for
 * the injection is waiting for a state; if it never completes the test times out rather than passing.
 */
function axeBuilder(page: Page): AxeBuilder {
  const builder = new AxeBuilder({ page });
  const internals = builder as unknown as {
    inject(frames: Frame[], shouldThrow?: boolean): Promise<void>;
    script(): string;
    axeConfigure(): Promise<string>;
  };
  internals.inject = async (frames) => {
    for (const frame of frames) {
      await frame.evaluate(internals.script());
      await frame.evaluate(await internals.axeConfigure());
    }
  };
  return builder;
}

// axe runs in the portal page and in every frame, the sidebar included; only findings inside our own
// UI (the launcher host and the sidebar frame) count here: the portal's own markup is not ours to fix.
function ours(target: unknown): boolean {
  const first = Array.isArray(target) ? target[0] : target;
  return JSON.stringify(first).includes('second-opinion-sidebar');
}

// axe is loaded into three documents (portal, sidebar frame, the blank page that merges the results) and
// runs every rule in the first two: on a busy machine that alone can take most of a minute.
test.slow();

for (const path of ['/hospital/index.html', '/generic/two-patients.html']) {
  test(`axe finds no violations in the working sidebar on ${path}`, async ({ page, portal }) => {
    await page.goto(portal.baseUrl + path);
    const frame = await openSidebar(page);
    await expect(frame.getByTestId('so-patient')).toBeVisible();
    if (path.startsWith('/hospital')) {
      await expect(frame.getByTestId('so-letter')).toBeVisible();
      await frame.locator('details.not-relevant summary').click();
    }
    const results = await axeBuilder(page).analyze();
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
