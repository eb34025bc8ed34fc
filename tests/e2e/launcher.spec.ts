import type { Page } from '@playwright/test';
import { expect, launcher, test } from './fixtures';

// These tests only read pages: they share one browser per worker (fixtures.ts).
test.use({ profile: 'per-worker' });

/**
 * The launcher never covers the portal: it sits in a free margin, or shrinks to a handle at a free
 * height, and the clinician can move it along the edge; the place is remembered per site.
 */
const GP = '/gp/index.html';

/** Where the launcher used to sit on every page: the right edge, 40 % down, a 32 × 140 px tab. */
const OLD_PLACE = { right: 32, top: 0.4, height: 140 };

async function placed(page: Page) {
  await expect(launcher(page)).toHaveAttribute('data-placed', 'true');
  return (await launcher(page).boundingBox())!;
}

/** Portal text whose glyphs intersect the box, with the point where it does; our own host is skipped. */
function textUnder(page: Page, box: { x: number; y: number; width: number; height: number }) {
  return page.evaluate((b) => {
    const hits: Array<{ text: string; x: number; y: number }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.nodeValue?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        const left = Math.max(r.left, b.x);
        const right = Math.min(r.right, b.x + b.width);
        const top = Math.max(r.top, b.y);
        const bottom = Math.min(r.bottom, b.y + b.height);
        if (right - left > 1 && bottom - top > 1) hits.push({ text: node.nodeValue.trim(), x: (left + right) / 2, y: (top + bottom) / 2 });
      }
    }
    return hits;
  }, box);
}

test('the launcher leaves the portal text under its old place visible and clickable', async ({ page, portal }) => {
  await page.goto(portal.baseUrl + GP);
  const box = await placed(page);
  const viewport = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: innerHeight }));
  const old = { x: viewport.width - OLD_PLACE.right, y: viewport.height * OLD_PLACE.top, width: OLD_PLACE.right, height: OLD_PLACE.height };
  // The journal's author column runs to the right edge: the old tab covered it.
  const covered = await textUnder(page, old);
  expect(covered.map((h) => h.text)).toContain('AK');
  for (const hit of covered) {
    const owner = await page.evaluate(({ x, y }) => {
      const element = document.elementFromPoint(x, y);
      return element?.nodeName.toLowerCase() === 'second-opinion-sidebar' ? 'launcher' : (element?.textContent ?? '');
    }, hit);
    expect(owner, `"${hit.text}" at ${hit.x},${hit.y}`).toContain(hit.text);
  }
  // Nothing of the portal's text lies under the launcher where it is now.
  expect(await textUnder(page, box)).toEqual([]);
});

test('the launcher shows only where it stays: it never appears at one place and then jumps', async ({ page, portal }) => {
  // Every frame from the page's start: where the launcher is drawn while it can be seen. One that moved
  // or shrank after it appeared would take a click meant for the portal, or lose the clinician's.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { launcherSeen: string[] }).launcherSeen = seen;
    const sample = () => {
      const el = document.querySelector('second-opinion-sidebar')?.shadowRoot?.querySelector('.launcher');
      if (el && getComputedStyle(el).visibility === 'visible') {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) seen.push(`${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)}`);
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.goto(portal.baseUrl + GP);
  const box = await placed(page);
  await page.waitForTimeout(400);
  const seen = await page.evaluate(() => (window as unknown as { launcherSeen: string[] }).launcherSeen);
  expect(seen.length).toBeGreaterThan(0);
  expect([...new Set(seen)]).toEqual([`${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)}`]);
});

test('the launcher keeps to free space on every demo portal', async ({ page, portal }) => {
  for (const path of ['/hospital/index.html', GP, '/dental/index.html', '/clinic-spa/index.html']) {
    await page.goto(portal.baseUrl + path);
    const box = await placed(page);
    expect(box.width, path).toBeGreaterThanOrEqual(24);
    expect(await textUnder(page, box), path).toEqual([]);
  }
});

test('the launcher moves along the edge by drag and by keyboard, and each site keeps its place', async ({ page, portal }) => {
  // Three page loads on two origins.
  test.slow();
  await page.goto(portal.baseUrl + GP);
  const start = await placed(page);
  // Drag it down into the free space below the journal; a drag does not open the sidebar.
  await page.mouse.move(start.x + start.width / 2, start.y + 10);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2, start.y + 60, { steps: 4 });
  await page.mouse.move(start.x + start.width / 2, 760, { steps: 6 });
  await page.mouse.up();
  await page.mouse.move(10, 10);
  await expect(launcher(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('second-opinion-sidebar iframe')).toHaveCount(0);
  const dragged = (await launcher(page).boundingBox())!;
  expect(dragged.y).toBeGreaterThan(start.y + 150);

  // Two steps up with the arrow keys.
  await launcher(page).focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await launcher(page).boundingBox())!.y).toBeLessThan(dragged.y - 40);
  const moved = (await launcher(page).boundingBox())!;
  await expect(launcher(page)).toHaveAttribute('aria-expanded', 'false');

  // Remembered on this site after a reload…
  await page.reload();
  const again = await placed(page);
  expect(Math.abs(again.y - moved.y)).toBeLessThan(4);
  // …and not on another site (localhost is a different origin from 127.0.0.1).
  await page.goto(portal.baseUrl.replace('127.0.0.1', 'localhost') + GP);
  const elsewhere = await placed(page);
  expect(Math.abs(elsewhere.y - start.y)).toBeLessThan(4);
});
