import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/browser';
import { expect, test as base } from '../e2e/fixtures';
import { runFullFlow, sidebarPageFrame } from './flow';

/**
 * Issue point 1: the extension makes no request to any host. Two independent watchers:
 *  - Playwright's context-wide `request` event, which in 1.65 covers every page, every frame
 *    (including the out-of-process extension frame) and service workers (CRServiceWorker attaches a
 *    network manager unless PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK is set);
 *  - a recording proxy the browser is started with: any request to a non-loopback host, from any
 *    target or from the browser itself, arrives there (HTTPS as CONNECT), and is refused.
 */
interface Recorder {
  port: number;
  seen: string[];
  server: Server;
}

async function startRecorder(): Promise<Recorder> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { port: (server.address() as AddressInfo).port, seen, server };
}

/**
 * Chromium itself (not a page, frame or worker: the context watcher never sees these) still calls
 * Google service hosts despite --disable-background-networking: sign-in (accounts.google.com), component
 * updates (redirector.gvt1.com, update.googleapis.com), device checks (android.clients.google.com). Which
 * ones varies by build and timing, so the browser's own Google service domains are set aside here; every
 * other host fails the test. The extension cannot reach these either: connect-src 'none' (tested below).
 */
const BROWSER_OWN = /^CONNECT (?:[a-z0-9-]+\.)*(?:google\.com|googleapis\.com|gvt1\.com|gstatic\.com):443$/;

const test = base.extend<{ recorder: Recorder }>({
  recorder: async ({}, use) => {
    const recorder = await startRecorder();
    await use(recorder);
    await new Promise((done) => recorder.server.close(done));
  },
  // Loopback is not proxied by Chromium, so the portal on 127.0.0.1 is still reached directly.
  context: async ({ userDataDir, recorder }, use) => {
    const context = await launchWithExtension(userDataDir, [`--proxy-server=http://127.0.0.1:${recorder.port}`]);
    await use(context);
    await context.close();
  },
});

test('a full flow makes no request outside the portal page and the extension package', async ({ context, page, portal, extensionId, recorder }) => {
  const requests: Array<{ url: string; by: string; worker: boolean }> = [];
  context.on('request', (request) => {
    let by = '';
    try {
      by = request.frame().url();
    } catch {
      by = request.serviceWorker()?.url() ?? '';
    }
    requests.push({ url: request.url(), by, worker: request.serviceWorker() !== null });
  });

  await runFullFlow(page, context, portal.baseUrl, extensionId);
  await page.reload();
  await page.waitForTimeout(500);

  // The sidebar frame is loaded through Chrome's dynamic URL: a random alias of the extension that
  // hides its id, and that only the extension's own web-accessible sidebar can be reached by.
  const own = `chrome-extension://${extensionId}/`;
  const dynamicSidebar = /^chrome-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/sidebar\.html$/;
  const isOwn = (url: string) => url.startsWith(own) || dynamicSidebar.test(url);
  const portalOrigin = new URL(portal.baseUrl).origin;
  expect(requests.length, 'the watcher saw the flow at all').toBeGreaterThan(3);
  expect(requests.some((r) => r.url.startsWith(own)), 'the extension frame is watched').toBe(true);
  // The portal's own resources may be loaded, but only by the portal page itself (its navigation starts in about:blank).
  const byPortalPage = (r: { by: string; worker: boolean }) => !r.worker && (r.by === 'about:blank' || r.by.startsWith(`${portalOrigin}/`));
  const outside = requests.filter((r) => !isOwn(r.url) && !(r.url.startsWith(`${portalOrigin}/`) && byPortalPage(r)));
  expect(outside, 'requests to anything but the portal origin or chrome-extension://<id>/').toEqual([]);
  const leftTheMachine = recorder.seen.filter((line) => !BROWSER_OWN.test(line));
  expect(leftTheMachine, 'requests that left the machine (seen by the recording proxy)').toEqual([]);
});

test('the recording proxy does catch a request to a remote host (control)', async ({ page, recorder, portal }) => {
  await page.goto(portal.baseUrl + '/no-patient.html');
  await page.evaluate(() => fetch('http://example.invalid/probe').catch(() => undefined));
  await expect.poll(() => recorder.seen.join('\n')).toContain('example.invalid');
});

test.describe('content security policy of the extension pages', () => {
  const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8')) as {
    content_security_policy?: { extension_pages?: string };
  };
  const csp = manifest.content_security_policy?.extension_pages ?? '';
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map((parts) => [parts[0]!, parts.slice(1)]),
  );

  test('the built manifest sets script-src self, object-src none and connect-src none', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    // Nothing loads from a remote host: no host source anywhere except frame-ancestors (who may embed the sidebar).
    for (const [name, sources] of directives) {
      if (name === 'frame-ancestors') continue;
      expect(sources.filter((s) => /^(https?:|\*|[a-z0-9.-]+\.[a-z]{2,})/i.test(s)), name).toEqual([]);
    }
  });

  /** Fetches a remote URL and reports whether a CSP violation of connect-src stopped it. */
  const probe = (target: Frame, url: string) =>
    target.evaluate(async (u) => {
      const violations: string[] = [];
      const scope = globalThis as unknown as EventTarget;
      const record = (e: Event) => violations.push((e as SecurityPolicyViolationEvent).effectiveDirective);
      scope.addEventListener('securitypolicyviolation', record);
      let outcome = 'fetched';
      try {
        await fetch(u);
      } catch (error) {
        outcome = String(error);
      }
      await new Promise((r) => setTimeout(r, 50));
      scope.removeEventListener('securitypolicyviolation', record);
      return { outcome, violations };
    }, url);

  test('fetch from the sidebar, the options page and the service worker is refused by CSP', async ({ context, page, portal, extensionId }) => {
    await page.goto(portal.baseUrl + '/hospital/index.html');
    await page.getByTestId('so-launcher').click();
    await expect(page.locator('second-opinion-sidebar iframe').contentFrame().getByTestId('so-sidebar')).toBeVisible();
    const sidebar = sidebarPageFrame(page);
    for (const url of ['https://example.org/', `${portal.baseUrl}/hospital/index.html`]) {
      const result = await probe(sidebar, url);
      expect(result.outcome, url).toMatch(/TypeError/);
      expect(result.violations, url).toContain('connect-src');
    }

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const fromOptions = await probe(options.mainFrame(), 'https://example.org/');
    expect(fromOptions.outcome).toMatch(/TypeError/);
    expect(fromOptions.violations).toContain('connect-src');

    // The service worker has no DOM events for violations; its fetch must fail all the same.
    const [worker] = context.serviceWorkers();
    const fromWorker = await worker!.evaluate(async (u) => {
      try {
        await fetch(u);
        return 'fetched';
      } catch (error) {
        return String(error);
      }
    }, `${portal.baseUrl}/hospital/index.html`);
    expect(fromWorker).toMatch(/TypeError/);
  });
});
