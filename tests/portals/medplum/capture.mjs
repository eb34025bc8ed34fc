// Renders the built Medplum test portal in headless Chromium and saves what Medplum's components
// produced as the adapter's unit-test fixture (snapshot.html). It also fails when the page asks for
// anything beyond the local server, because the test portal must work without the network.
//
//   npm run build:medplum && node tests/portals/medplum/capture.mjs
import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';

const portalsRoot = fileURLToPath(new URL('..', import.meta.url));
const snapshotPath = fileURLToPath(new URL('./snapshot.html', import.meta.url));
const contentTypes = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serveStatic(request, response) {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname));
  const file = join(portalsRoot, path);
  if (!file.startsWith(portalsRoot) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
}

const server = createServer(serveStatic);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
try {
  // A fixed locale and zone keep the timeline's toLocaleString() dates identical on every machine.
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const started = Date.now();
  await page.goto(`${origin}/medplum/dist/index.html`);
  await page.locator('[data-testid="timeline-item"]', { hasText: 'second opinion' }).waitFor();
  await page.waitForLoadState('networkidle');
  const renderMs = Date.now() - started;

  const remote = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
  const html = await page.evaluate(() => document.body.innerHTML);
  writeFileSync(snapshotPath, html.trim() + '\n');

  process.stdout.write(
    `rendered in ${renderMs} ms; ${requests.length} requests, ${remote.length} remote; ` +
      `${pageErrors.length} page errors; snapshot ${html.length} chars\n`,
  );
  for (const url of remote) process.stdout.write(`remote request: ${url}\n`);
  for (const message of pageErrors) process.stdout.write(`page error: ${message}\n`);
  if (remote.length > 0 || pageErrors.length > 0) process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
