import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/browser';
import { expect, test as base } from '../e2e/fixtures';
import { runFullFlow, sidebarPageFrame } from './flow';

/**
 * The extension makes no request to any host. What counts is what the extension and the portal page
 * request, attributed by the frame or worker that made it; the browser's own background traffic
 * (component updates, sign-in, device checks) is not the extension's and is set aside, but only when it
 * is provably the browser's. Two independent watchers:
 *  - Playwright's context-wide `request` event, which in 1.65 covers every page, every frame
 *    (including the out-of-process extension frame) and service workers (CRServiceWorker attaches a
 *    network manager unless PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK is set): each request comes with
 *    the frame or worker that made it;
 *  - a recording proxy the browser is started with: any request to a non-loopback host, from any
 *    target or from the browser itself, arrives there (HTTPS as CONNECT), and is refused.
 */
interface Proxied {
  line: string;
  /** Absolute URL for plain HTTP, `host:port` for CONNECT. */
  target: string;
  headers: Record<string, string | string[] | undefined>;
}

interface Recorder {
  port: number;
  seen: Proxied[];
  server: Server;
}

async function startRecorder(): Promise<Recorder> {
  const seen: Proxied[] = [];
  const server = createServer((req, res) => {
    seen.push({ line: `${req.method} ${req.url}`, target: req.url ?? '', headers: req.headers });
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push({ line: `CONNECT ${req.url}`, target: req.url ?? '', headers: req.headers });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { port: (server.address() as AddressInfo).port, seen, server };
}

/** Google service hosts Chromium itself calls despite --disable-background-networking; which ones varies by build and timing. */
const GOOGLE_SERVICE_HOST = /^(?:[a-z0-9-]+\.)*(?:google\.com|googleapis\.com|gvt1\.com|gstatic\.com)$/;
/**
 * Chromium's update client (component and extension updates) marks every request it sends with these
 * headers; since Chromium 156 it also sends some of them as plain HTTP, signed with CUP (`cup2key`).
 */
const UPDATER_HEADERS = ['x-goog-update-appid', 'x-goog-update-interactivity', 'x-goog-update-updater'];

function hostOf(request: Proxied): string {
  if (request.line.startsWith('CONNECT ')) return request.target.replace(/:\d+$/, '');
  try {
    return new URL(request.target).hostname;
  } catch {
    return '';
  }
}

/**
 * A proxied request is the browser's own when no page, frame or worker made it (none of them requested
 * that host) and it is provably the browser's: a TLS tunnel to a Google service host (headers are
 * inside the tunnel), or a plain request there that carries the update client's own headers.
 */
function isBrowserOwn(request: Proxied, hostsRequestedByTargets: ReadonlySet<string>): boolean {
  const host = hostOf(request);
  if (!GOOGLE_SERVICE_HOST.test(host) || hostsRequestedByTargets.has(host)) return false;
  if (request.line.startsWith('CONNECT ')) return /:443$/.test(request.target);
  return UPDATER_HEADERS.some((name) => request.headers[name] !== undefined);
}

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

  const requestedByTargets = new Set(requests.flatMap((r) => (/^https?:/.test(r.url) ? [new URL(r.url).hostname] : [])));
  const browserOwn = recorder.seen.filter((r) => isBrowserOwn(r, requestedByTargets));
  if (browserOwn.length) test.info().annotations.push({ type: "browser's own traffic, set aside", description: browserOwn.map((r) => r.line.slice(0, 120)).join('\n') });
  const leftTheMachine = recorder.seen.filter((r) => !browserOwn.includes(r)).map((r) => r.line);
  expect(leftTheMachine, 'requests that left the machine (seen by the recording proxy)').toEqual([]);
});

test("the browser's-own rule sets aside only the update client and Google TLS tunnels nobody else asked for", () => {
  const plain = (url: string, headers: Record<string, string> = {}): Proxied => ({ line: `POST ${url}`, target: url, headers });
  const updater = { 'x-goog-update-appid': 'abc', 'x-goog-update-updater': 'chromium-156' };
  expect(isBrowserOwn(plain('http://update.googleapis.com/service/update2/json', updater), new Set())).toBe(true);
  expect(isBrowserOwn({ line: 'CONNECT accounts.google.com:443', target: 'accounts.google.com:443', headers: {} }, new Set())).toBe(true);
  // Without the update client's headers, to another host, or to a host a page or the extension requested: counted.
  expect(isBrowserOwn(plain('http://update.googleapis.com/service/update2/json'), new Set())).toBe(false);
  expect(isBrowserOwn(plain('http://example.org/collect', updater), new Set())).toBe(false);
  expect(isBrowserOwn(plain('http://update.googleapis.com/x', updater), new Set(['update.googleapis.com']))).toBe(false);
  expect(isBrowserOwn({ line: 'CONNECT www.google.com:443', target: 'www.google.com:443', headers: {} }, new Set(['www.google.com']))).toBe(false);
  expect(isBrowserOwn({ line: 'CONNECT www.google.com:8443', target: 'www.google.com:8443', headers: {} }, new Set())).toBe(false);
});

test('the recording proxy does catch a request to a remote host (control)', async ({ page, recorder, portal }) => {
  await page.goto(portal.baseUrl + '/no-patient.html');
  await page.evaluate(() => fetch('http://example.invalid/probe').catch(() => undefined));
  await expect.poll(() => recorder.seen.map((r) => r.line).join('\n')).toContain('example.invalid');
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
