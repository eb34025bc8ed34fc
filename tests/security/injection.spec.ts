import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Frame, Page } from '@playwright/test';
import { expect, openSidebar, sidebarFrame, test } from '../e2e/fixtures';
import { HOSPITAL, HOSPITAL_PATIENT, sidebarPageFrame } from './flow';
import { asOneLine, comparable, HOSTILE_STRINGS, SHORT_HOSTILE_STRINGS } from './hostile-strings';

// One browser per worker; each test's drafts are deleted after it.
test.use({ profile: 'per-worker-drafts' });

/**
 * Issue point 3: nothing the portal writes or sends runs or changes anything. A page on the portal's
 * origin (served by route, so the content script runs on a real navigation) holds the whole hostile
 * corpus as text in its patient banner and notes; the page also carries its own trap (`alert`
 * counts calls) so that execution in the page shows up even when no dialog would open.
 */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const NAME = 'Sanne "><img src=x onerror=alert(1)> {{constructor.constructor(\'alert(2)\')()}} ${alert(3)} de Wit';
const EVIDENCE_STRINGS = SHORT_HOSTILE_STRINGS.slice(0, 12);

function corpusPage(): string {
  const notes = HOSTILE_STRINGS.map(
    (text, i) => `<article class="rz-note" data-note-id="SEC-${i}"><div class="rz-meta"><time datetime="2026-10-${String((i % 28) + 1).padStart(2, '0')}">x</time> · <span class="rz-author">${escape(text.slice(0, 200))}</span></div>
      <h3 class="rz-title">${escape(text.slice(0, 300))}</h3><div class="rz-note-body"><p>${escape(text)}</p></div></article>`,
  ).join('\n');
  // The request sentences themselves hold hostile text, so it is quoted in the sidebar as evidence.
  const request = EVIDENCE_STRINGS.map((text) => `<p>Patiënte vraagt om een second opinion over ${escape(text)} bij een andere reumatoloog.</p>`).join('');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="application-name" content="Rijnoever Patiëntendossier">
<title>${escape(NAME)}</title>
<script id="trap">window.__trap = 0; window.alert = window.confirm = window.prompt = function () { window.__trap++; };</script></head>
<body><div class="rz-dossier"><section class="rz-patientbanner"><h1 class="rz-pb-name">${escape(NAME)}</h1><dl>
<div><dt>Geboortedatum</dt><dd data-field="geboortedatum">30-06-1990</dd></div><div><dt>BSN</dt><dd data-field="bsn">683041009</dd></div>
<div><dt>Patiëntnummer</dt><dd data-field="patientnummer">${escape('"><svg/onload=alert(9)>')}</dd></div></dl></section>
<main><article class="rz-note" data-note-id="SEC-REQ"><div class="rz-meta"><time datetime="2026-11-18">18-11-2026</time></div>
<h3 class="rz-title">Consult</h3><div class="rz-note-body">${request}</div></article>
${notes}</main></div></body></html>`;
}

const ACTIVE = 'img, svg, script:not([src]):not(#trap), iframe, object, embed, math, base, form, input[autofocus], details, [onerror], [onload], [onfocus], [ontoggle]';

async function countActive(frame: Frame | Page, selector = ACTIVE): Promise<number> {
  return frame.evaluate((s) => document.querySelectorAll(s).length, selector);
}

test('page text shaped like markup, templates or script runs nowhere and shows as literal text', async ({ page, portal }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const url = `${portal.baseUrl}/security/corpus.html`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: corpusPage() }));
  await page.goto(url);
  const frame = await openSidebar(page);
  await expect(frame.getByTestId('so-flag')).toHaveAttribute('data-status', 'requested');

  const shownName = await page.evaluate(() => document.querySelector('.rz-pb-name')!.textContent!);
  await expect(frame.getByTestId('so-patient')).toHaveAttribute('data-patient-name', asOneLine(shownName));
  await expect(frame.getByTestId('so-patient')).toContainText('<img src=x onerror=alert(1)>');
  const evidence = (await frame.getByTestId('so-evidence').allTextContents()).join('\n');
  const missing = EVIDENCE_STRINGS.filter((s) => !comparable(evidence).includes(comparable(s)));
  expect(missing, 'hostile text in the quoted evidence, shown literally').toEqual([]);
  await expect(frame.getByTestId('so-letter')).toContainText('<img src=x onerror=alert(1)>');

  // Nothing ran and nothing was created: the page holds only the elements of its own markup, the
  // launcher's shadow root holds the launcher and the sidebar frame, the sidebar no payload element.
  const sidebar = sidebarPageFrame(page);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __trap: number }).__trap)).toBe(0);
  expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
  expect(await countActive(page)).toBe(0);
  expect(
    await page.evaluate((s) => document.querySelector('second-opinion-sidebar')!.shadowRoot!.querySelectorAll(s).length, ACTIVE),
  ).toBe(1); // the sidebar iframe itself
  // The sidebar's own UI uses <details> for collapsed lists and module scripts from the package.
  const inSidebar = await sidebar.evaluate(
    (s) => [...document.querySelectorAll(s)].filter((el) => !(el.tagName === 'DETAILS' && el.className)).map((el) => el.outerHTML.slice(0, 80)),
    ACTIVE.replace('svg, ', ''),
  );
  expect(inSidebar).toEqual([]);
  expect(await sidebar.evaluate(() => [...document.querySelectorAll('svg')].filter((s) => s.closest('[data-testid="so-letter"], [data-testid="so-evidence"], [data-testid="so-patient"]')).length)).toBe(0);
  expect(await sidebar.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();

  // The .html export holds the text escaped; opened as a file it shows the text and runs nothing.
  const [file] = await Promise.all([page.waitForEvent('download'), frame.getByTestId('so-export-download-html').click()]);
  const path = (await file.path())!;
  const html = readFileSync(path, 'utf8');
  const tags = html.match(/<[^>]*>/g) ?? [];
  expect(tags.filter((t) => /^<\/?(script|img|svg|iframe|object|embed|base|form|input|math|template|details|a)\b/i.test(t))).toEqual([]);
  expect(tags.filter((t) => /\son\w+\s*=/i.test(t) || /javascript:/i.test(t))).toEqual([]);
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');

  const opened = await page.context().newPage();
  opened.on('dialog', (d) => {
    dialogs.push(`export: ${d.message()}`);
    void d.dismiss();
  });
  // Saved under its own name: the download's temporary path has no extension and would open as plain text.
  const saved = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(saved);
  expect(saved).toMatch(/\.html$/);
  await opened.goto(pathToFileURL(saved).href);
  expect(await opened.evaluate(() => document.querySelectorAll('section[data-section]').length)).toBeGreaterThan(5);
  expect(await countActive(opened)).toBe(0);
  expect(await opened.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(comparable(await opened.evaluate(() => document.body.textContent ?? ''))).toContain(comparable(shownName));
  await opened.close();

  const [fhir] = await Promise.all([page.waitForEvent('download'), frame.getByTestId('so-export-fhir').click()]);
  const bundle = JSON.parse(readFileSync((await fhir.path())!, 'utf8')) as { entry: Array<{ resource: { resourceType: string; name?: Array<{ text: string }> } }> };
  expect(bundle.entry.find((e) => e.resource.resourceType === 'Patient')?.resource.name?.[0]?.text).toBe(asOneLine(shownName));
  expect(dialogs).toEqual([]);
});

test('forged messages and synthetic events from the page change nothing in the sidebar', async ({ page, portal }) => {
  await page.goto(portal.baseUrl + HOSPITAL);
  const frame = await openSidebar(page);
  const patient = frame.getByTestId('so-patient');
  await expect(patient).toHaveAttribute('data-patient-name', HOSPITAL_PATIENT.name!);
  const panelOpen = () => page.locator('second-opinion-sidebar .panel').getAttribute('data-open');
  expect(await panelOpen()).toBe('true');

  const forge = () =>
    page.evaluate(() => {
      const fake = {
        seq: 1e9,
        pageTitle: 'forged',
        origin: location.origin,
        adapter: 'hospital',
        patient: { name: 'Mallory Forged', birthDate: '1900-01-01', identifiers: [{ system: 'bsn', value: '111222333' }], confidence: 'certain' },
        patientKey: 'pk_forged',
        entries: [],
        status: 'declined',
        evidence: [],
        warnings: [],
        reading: false,
      };
      const messages: unknown[] = [
        { type: 'snapshot', snapshot: fake },
        { type: 'confirm-patient', patient: fake.patient },
        { type: 'close-sidebar' },
        { type: 'toggle-sidebar' },
        { type: 'resize-sidebar', width: 1200 },
        { type: 'store', op: 'deleteAll' },
      ];
      const iframe = document.querySelector('second-opinion-sidebar')!.shadowRoot!.querySelector('iframe')!;
      for (const message of messages) {
        window.postMessage(message, '*');
        iframe.contentWindow!.postMessage(message, '*');
      }
      const launcher = document.querySelector('second-opinion-sidebar')!.shadowRoot!.querySelector('[data-testid="so-launcher"]') as HTMLElement;
      launcher.click();
      launcher.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      for (const init of [{ altKey: true, shiftKey: true }, { ctrlKey: true, shiftKey: true }, {}]) {
        for (const target of [window, document, launcher]) {
          target.dispatchEvent(new KeyboardEvent('keydown', { key: 'S', code: 'KeyS', bubbles: true, composed: true, ...init }));
          target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, ...init }));
        }
      }
    });

  // No externally_connectable: the page has no runtime channel to the background's draft store at all.
  expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');

  await forge();
  await page.waitForTimeout(800);
  expect(await panelOpen()).toBe('true');
  await expect(patient).toHaveAttribute('data-patient-name', HOSPITAL_PATIENT.name!);
  await expect(frame.getByTestId('so-flag')).toHaveAttribute('data-status', 'requested');
  await expect(frame.getByTestId('so-sidebar')).not.toContainText('Mallory');

  // Closed by the user, the forgeries do not open it either.
  await page.getByTestId('so-launcher').click();
  expect(await panelOpen()).toBe('false');
  await forge();
  await page.waitForTimeout(800);
  expect(await panelOpen()).toBe('false');
  await page.getByTestId('so-launcher').click();
  await expect(sidebarFrame(page).getByTestId('so-patient')).toHaveAttribute('data-patient-name', HOSPITAL_PATIENT.name!);
});

// Regression (denial of service by the page): WXT's ContentScriptContext invalidates a content script
// when the document receives a CustomEvent `<extension id>:content:wxt:content-script-started` with
// another messageId, and the page can dispatch that event itself (the id is public: it is in the sidebar
// frame's src). The content script used to tear the launcher and sidebar down on that signal.
test('a forged WXT "content script started" event from the page does not remove the sidebar', async ({ page, portal, extensionId }) => {
  await page.goto(portal.baseUrl + HOSPITAL);
  const frame = await openSidebar(page);
  await page.evaluate((id) => {
    document.dispatchEvent(
      new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'forged-by-page' } }),
    );
  }, extensionId);
  await page.waitForTimeout(800);
  await expect(page.locator('second-opinion-sidebar')).toHaveCount(1);
  await expect(frame.getByTestId('so-patient')).toHaveAttribute('data-patient-name', HOSPITAL_PATIENT.name!);
});

// Regression (clickjacking surface): sidebar.html is web-accessible on every http(s) page, so a page can
// create its own <iframe src="chrome-extension://<id>/sidebar.html">. Such a frame used to connect to the
// content script and show the live patient and draft, which the page could hide under a decoy to
// harvest clicks. Only the frame the content script mounted may receive page data.
test('a sidebar frame created by the page itself receives no patient data', async ({ page, portal, extensionId }) => {
  await page.goto(portal.baseUrl + HOSPITAL);
  await page.evaluate((id) => {
    const frame = document.createElement('iframe');
    frame.id = 'page-made';
    frame.src = `chrome-extension://${id}/sidebar.html`;
    frame.style.cssText = 'width: 400px; height: 600px';
    document.body.prepend(frame);
  }, extensionId);
  const pageMade = page.locator('#page-made').contentFrame();
  await page.waitForTimeout(2000);
  await expect(pageMade.locator(`[data-patient-name="${HOSPITAL_PATIENT.name!}"]`)).toHaveCount(0);
  await expect(pageMade.getByTestId('so-letter')).toHaveCount(0);
});
