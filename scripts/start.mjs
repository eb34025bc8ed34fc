import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { BASE_ARGS, ensureChromium, extensionArgs } from './chromium.mjs';
import { startPortalServer } from './portal-server.mjs';

/**
 * `npm start`: build the extension, serve the demo portal on 127.0.0.1 and open Chromium with the
 * extension loaded. Without a display it runs headless, opens the sidebar on the demo pages and saves
 * screenshots under demo-output/.
 */
const EXTENSION = resolve('.output/chrome-mv3');
const PORT = Number(process.env.PORT ?? 5175);
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
    viewport: { width: 1400, height: 900 },
    args: [...BASE_ARGS, ...extensionArgs(EXTENSION)],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const saved = [];
  for (const [name, path] of DEMO_PAGES) {
    await page.goto(server.baseUrl + path);
    const launcher = page.getByTestId('so-launcher');
    await launcher.waitFor({ timeout: 15_000 });
    const frame = page.locator('second-opinion-sidebar iframe');
    if ((await frame.count()) === 0 || !(await frame.isVisible())) await launcher.click();
    await frame.contentFrame().getByTestId('so-flag').waitFor({ timeout: 15_000 }).catch(() => undefined);
    await page.waitForTimeout(400);
    const file = `demo-output/sidebar-${name}.png`;
    await page.screenshot({ path: file });
    saved.push(file);
  }
  await context.close();
  await server.close();
  console.log(`Saved ${saved.length} screenshots of the open sidebar:\n  ${saved.join('\n  ')}`);
}
