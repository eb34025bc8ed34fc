import { readFileSync } from 'node:fs';
import { EXTENSION_DIR } from '../e2e/browser';
import { expect, test } from '../e2e/fixtures';
import { HOSPITAL_PATIENT, runFullFlow, TYPED } from './flow';

/**
 * Issue point 2: after a full flow with a typed letter, the portal page's own scripts (page.evaluate
 * runs in the page's main world) find nothing of the draft, the patient key or the letter anywhere
 * they can look. The init script runs before any extension code and records every message the page
 * receives and the window's own property names at document start.
 */
test('the portal page finds no draft, patient key or letter text anywhere it can read', async ({ context, page, portal, extensionId }) => {
  await page.addInitScript(() => {
    if (!location.protocol.startsWith('http')) return;
    const w = window as unknown as { __seen: string[]; __keysAtStart: string[] };
    w.__keysAtStart = Object.keys(window);
    w.__seen = [];
    window.addEventListener('message', (event) => {
      let data: string;
      try {
        data = JSON.stringify(event.data);
      } catch {
        data = String(event.data);
      }
      w.__seen.push(`${event.origin} ${data}`);
    });
  });
  await runFullFlow(page, context, portal.baseUrl, extensionId);
  await page.bringToFront();

  const found = await page.evaluate(async () => {
    const w = window as unknown as { __seen: string[]; __keysAtStart: string[] };
    const storage = (s: Storage) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`);
    const shadowHtml: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          shadowHtml.push(el.shadowRoot.innerHTML);
          visit(el.shadowRoot);
        }
      }
    };
    visit(document);
    const host = document.querySelector('second-opinion-sidebar');
    const frame = host?.shadowRoot?.querySelector('iframe') ?? null;
    let frameDocument: string;
    try {
      frameDocument = frame?.contentDocument === null ? 'null' : 'readable';
    } catch {
      frameDocument = 'threw';
    }
    return {
      local: storage(localStorage),
      session: storage(sessionStorage),
      databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
      cookie: document.cookie,
      html: document.documentElement.outerHTML,
      shadowHtml,
      hostChildren: host?.shadowRoot ? [...host.shadowRoot.children].map((c) => c.tagName.toLowerCase() + '.' + c.className) : [],
      frameSrc: frame?.src ?? '',
      frameDocument,
      newKeys: Object.keys(window).filter((k) => !w.__keysAtStart.includes(k) && k !== '__seen' && k !== '__keysAtStart'),
      messages: w.__seen,
    };
  });

  const pageText = (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ');
  expect(found.local).toEqual([]);
  expect(found.session).toEqual([]);
  expect(found.databases).toEqual([]);
  expect(found.cookie).toBe('');
  expect(found.newKeys).toEqual([]);

  // The launcher host holds only the launcher, the panel and the frame: no patient data, no letter.
  expect(found.shadowHtml.length).toBe(1);
  const shadow = found.shadowHtml.join('\n');
  for (const secret of [TYPED, 'pk_', HOSPITAL_PATIENT.name!, HOSPITAL_PATIENT.patientId!, HOSPITAL_PATIENT.birthDate!]) {
    expect(shadow, `shadow root holds ${secret}`).not.toContain(secret);
  }
  expect(found.hostChildren.every((c) => /^(style|button|div)\./.test(c)), found.hostChildren.join()).toBe(true);
  // The whole page, shadow roots included, never shows the letter or a patient key; the patient's name
  // is the portal's own text and is only where the portal put it.
  for (const text of [found.html, shadow, pageText]) {
    expect(text).not.toContain(TYPED);
    expect(text).not.toMatch(/pk_[A-Za-z0-9]/);
  }
  expect(found.messages.filter((m) => m.includes(TYPED) || /pk_[A-Za-z0-9]/.test(m) || m.includes('XQ-7731'))).toEqual([]);

  // A per-session dynamic URL: the page sees an extension frame, but not the extension's id.
  expect(found.frameSrc).toMatch(/^chrome-extension:\/\/[0-9a-f-]{36}\/sidebar\.html$/);
  expect(found.frameSrc).not.toContain(extensionId);
  expect(found.frameDocument).toBe('null');
});

test('only sidebar.html is web-accessible', () => {
  const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8')) as {
    web_accessible_resources?: Array<{ resources: string[]; matches: string[]; use_dynamic_url?: boolean }>;
  };
  const resources = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources);
  expect(resources).toEqual(['sidebar.html']);
  // Chrome supports dynamic URLs: the stable extension id stays hidden from pages.
  expect(manifest.web_accessible_resources?.[0]?.use_dynamic_url).toBe(true);
});

test('a portal page cannot load extension files by the extension id, not even the sidebar', async ({ page, portal, extensionId }) => {
  await page.goto(portal.baseUrl + '/no-patient.html');
  const results = await page.evaluate(async (id) => {
    const out: Record<string, string> = {};
    for (const file of ['sidebar.html', 'manifest.json', 'background.js', 'options.html', 'content-scripts/content.js']) {
      try {
        const response = await fetch(`chrome-extension://${id}/${file}`);
        out[file] = `status ${response.status}`;
      } catch {
        out[file] = 'blocked';
      }
    }
    return out;
  }, extensionId);
  expect(Object.values(results).every((v) => v === 'blocked'), JSON.stringify(results)).toBe(true);
});
