import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { BASE_ARGS, ensureChromium, extensionArgs } from './chromium.mjs';
import { startPortalServer } from './portal-server.mjs';

/**
 * `npm start`: build the extension, serve the demo portal on 127.0.0.1 and open Chromium with the
 * extension loaded. Without a display it runs headless, opens the sidebar on the demo pages and saves
 * under demo-output/, per demo portal, the portal with the sidebar and the whole sidebar (flag, data to
 * share, checklist, letter, exports) at full height, and the letter's print view once.
 */
const EXTENSION = resolve('.output/chrome-mv3');
const PORT = Number(process.env.PORT ?? 5175);
const VIEWPORT = { width: 1400, height: 900 };
const DEMO_PAGES = [
  ['hospital', '/hospital/index.html'],
  ['gp', '/gp/index.html'],
  ['dental', '/dental/index.html'],
  ['clinic-spa', '/clinic-spa/index.html'],
  ['medplum', '/medplum/dist/index.html'],
];

const browserPath = ensureChromium();
console.log('Building the extension…');
execSync('npm run --silent build', { stdio: 'inherit' });
if (!existsSync('tests/portals/medplum/dist/index.html')) execSync('npm run --silent build:medplum', { stdio: 'inherit' });
if (!existsSync('tests/portals/generated/large.html')) execSync('node scripts/generate-large.mjs', { stdio: 'inherit' });

const server = await startPortalServer({ port: PORT }).catch(() => startPortalServer({ port: 0 }));
const home = `${server.baseUrl}/index.html`;
console.log(`Demo portal: ${home}`);

if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
  const profile = resolve('.demo-profile');
  const child = spawn(browserPath, [`--user-data-dir=${profile}`, ...extensionArgs(EXTENSION), '--no-first-run', home], {
    stdio: 'ignore',
  });
  console.log('Chromium is open with the extension loaded. Click the "Second opinion" tab at the right edge, or press Alt+Shift+S.');
  console.log('Press Ctrl+C here to stop the demo portal.');
  child.on('exit', () => void server.close().then(() => process.exit(0)));
  process.on('SIGINT', () => {
    child.kill();
    void server.close().then(() => process.exit(0));
  });
} else {
  console.log('No display found: running headless and saving screenshots of the open sidebar instead.');
  mkdirSync('demo-output', { recursive: true });
  const profile = resolve('.demo-profile-headless');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: false,
    viewport: VIEWPORT,
    args: [...BASE_ARGS, ...extensionArgs(EXTENSION)],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const saved = [];
  for (const [name, path] of DEMO_PAGES) {
    await page.setViewportSize(VIEWPORT);
    await page.goto(server.baseUrl + path);
    const launcher = page.getByTestId('so-launcher');
    await launcher.waitFor({ timeout: 15_000 });
    const frameElement = page.locator('second-opinion-sidebar iframe');
    if ((await frameElement.count()) === 0 || !(await frameElement.isVisible())) await launcher.click();
    const frame = frameElement.contentFrame();
    await frame.getByTestId('so-flag').waitFor({ timeout: 15_000 }).catch(() => undefined);
    await openWorkspace(frame);
    await page.waitForTimeout(400);
    const portalFile = `demo-output/portal-${name}.png`;
    await page.screenshot({ path: portalFile });
    saved.push(portalFile);
    saved.push(await saveWholeSidebar(page, frameElement, `demo-output/sidebar-${name}.png`));
    if (name === 'hospital') saved.push(await saveLetterPrintView(context, frame, 'demo-output/letter-print-hospital.png'));
  }
  await context.close();
  await server.close();
  console.log(`Saved ${saved.length} screenshots (portal with sidebar, the whole sidebar, the letter as printed):\n  ${saved.join('\n  ')}`);
}

/** The flag, the data to share, the checklist, the letter and the exports: start a draft where none shows. */
async function openWorkspace(frame) {
  const letter = frame.getByTestId('so-letter');
  if (!(await letter.isVisible())) {
    const start = frame.getByRole('button', { name: /referral draft|conceptverwijzing/i }).first();
    if (await start.isVisible().catch(() => false)) await start.click();
  }
  await letter.waitFor({ timeout: 15_000 }).catch(() => undefined);
  await frame.getByTestId('so-export-print').waitFor({ timeout: 15_000 }).catch(() => undefined);
}

/**
 * The sidebar scrolls inside its frame, so a screenshot of the window shows only its top. The window
 * is made as tall as the sidebar's content for one screenshot of the sidebar panel alone.
 */
async function saveWholeSidebar(page, frameElement, file) {
  const frame = frameElement.contentFrame();
  const height = await frame.locator('html').evaluate((html) => html.scrollHeight);
  await page.setViewportSize({ width: VIEWPORT.width, height: Math.min(Math.max(VIEWPORT.height, height + 8), 16_000) });
  await page.waitForTimeout(300);
  const box = await frameElement.boundingBox();
  await page.screenshot({ path: file, clip: { x: box.x, y: 0, width: box.width, height: box.height } });
  await page.setViewportSize(VIEWPORT);
  return file;
}

/** The letter as it comes off the printer: the sidebar's print view and print stylesheet on a page of its own. */
async function saveLetterPrintView(context, frame, file) {
  const { css, html, lang } = await frame.locator('html').evaluate((root) => ({
    css: [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
    html: document.querySelector('.print-only')?.outerHTML ?? '',
    lang: document.querySelector('[data-testid="so-letter"]')?.getAttribute('lang') ?? root.lang,
  }));
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 794, height: 1123 });
  await sheet.emulateMedia({ media: 'print' });
  await sheet.setContent(`<!doctype html><html lang="${lang}"><head><style>${css}</style><style>html,body{background:#fff}body{padding:48px 64px}</style></head><body data-print="letter"><div id="app">${html}</div></body></html>`);
  await sheet.screenshot({ path: file, fullPage: true });
  await sheet.close();
  return file;
}
