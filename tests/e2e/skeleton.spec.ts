import { expect, launcher, openSidebar, sidebarFrame, test } from './fixtures';

// These tests only read pages: they share one browser per worker (fixtures.ts).
test.use({ profile: 'per-worker' });

const DEMO = '/hospital/index.html';

test('launcher appears on the demo portal and opens and closes the sidebar', async ({ page, portal }) => {
  await page.goto(portal.baseUrl + DEMO);
  await expect(launcher(page)).toBeVisible();
  const frame = await openSidebar(page);
  await expect(frame.getByTestId('so-sidebar')).toContainText(await page.title());
  await expect(launcher(page)).toHaveAttribute('aria-expanded', 'true');
  await launcher(page).click();
  await expect(page.locator('second-opinion-sidebar iframe')).toBeHidden();
  await openSidebar(page);
  await frame.getByTestId('so-close').click();
  await expect(page.locator('second-opinion-sidebar iframe')).toBeHidden();
});

test('the keyboard command toggles the sidebar', async ({ page, portal }) => {
  await page.goto(portal.baseUrl + DEMO);
  await expect(launcher(page)).toBeVisible();
  await page.keyboard.press('Alt+Shift+S');
  await expect(sidebarFrame(page).getByTestId('so-sidebar')).toBeVisible();
  await page.keyboard.press('Alt+Shift+S');
  await expect(page.locator('second-opinion-sidebar iframe')).toBeHidden();
});

test('the sidebar pushes the page aside and remembers open/closed per site', async ({ page, portal }) => {
  await page.goto(portal.baseUrl + DEMO);
  await openSidebar(page);
  const margin = await page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
  expect(parseInt(margin, 10)).toBeGreaterThanOrEqual(300);
  await page.reload();
  await expect(sidebarFrame(page).getByTestId('so-sidebar')).toBeVisible();
  await launcher(page).click();
  // Closed, the page has its own margin back.
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
  await page.reload();
  await expect(launcher(page)).toBeVisible();
  await expect(page.locator('second-opinion-sidebar iframe')).toHaveCount(0);
});

test('the sidebar can be resized from the keyboard and keeps its width', async ({ page, portal }) => {
  await page.goto(portal.baseUrl + DEMO);
  await openSidebar(page);
  const panelWidth = () => page.locator('second-opinion-sidebar .panel').evaluate((el) => el.getBoundingClientRect().width);
  const before = await panelWidth();
  await page.locator('second-opinion-sidebar .resize').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(panelWidth).toBe(before + 40);
  await page.reload();
  await expect.poll(panelWidth).toBe(before + 40);
});

test('nothing appears on a site that is not enabled', async ({ page, portal }) => {
  const port = new URL(portal.baseUrl).port;
  // Same pages, but on a host name the user never enabled (mapped to loopback by the browser).
  await page.goto(`http://portal.test:${port}${DEMO}`);
  await expect(page.locator('h1, header').first()).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(page.locator('second-opinion-sidebar')).toHaveCount(0);
});

test('portal pages cannot open the sidebar with synthetic events', async ({ page, portal }) => {
  await page.goto(portal.baseUrl + DEMO);
  await expect(launcher(page)).toBeVisible();
  await page.evaluate(() => {
    const host = document.querySelector('second-opinion-sidebar');
    (host?.shadowRoot?.querySelector('[data-testid="so-launcher"]') as HTMLElement | null)?.click();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true }));
  });
  await page.waitForTimeout(500);
  await expect(page.locator('second-opinion-sidebar iframe')).toHaveCount(0);
});

test('the launcher and sidebar survive a portal with aggressive global CSS', async ({ page, portal }) => {
  await page.goto(portal.baseUrl + '/aggressive/index.html');
  const button = launcher(page);
  await expect(button).toBeVisible();
  const box = await button.boundingBox();
  expect(box && box.width).toBeGreaterThan(20);
  expect(box && box.height).toBeGreaterThan(40);
  // The host sits in the top layer, above every stacking context of the portal, and the portal's
  // style for every ::backdrop does not dim the page behind it; Escape does not take it away.
  const host = page.locator('second-opinion-sidebar');
  await page.keyboard.press('Escape');
  expect(await host.evaluate((el) => ({ top: el.matches(':popover-open'), backdrop: getComputedStyle(el, '::backdrop').display }))).toEqual({ top: true, backdrop: 'none' });
  const frame = await openSidebar(page);
  const frameBox = await page.locator('second-opinion-sidebar iframe').boundingBox();
  expect(frameBox && frameBox.width).toBeGreaterThanOrEqual(300);
  expect(frameBox && frameBox.height).toBeGreaterThan(400);
  // The portal's red 30px text rule must not reach the sidebar.
  const color = await frame.getByTestId('so-sidebar').evaluate((el) => getComputedStyle(el).color);
  expect(color).not.toBe('rgb(255, 0, 0)');
});
