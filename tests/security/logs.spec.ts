import type { ConsoleMessage, Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';
import { HOSPITAL, runFullFlow, TYPED } from './flow';

/**
 * Issue point 4: nothing of the patient reaches a console. Every console is collected during a full
 * flow: the portal tab (the sidebar frame's messages arrive on its page), the options page, any other
 * page, and the service worker. The needles come from the portal page itself (name, BSN in both
 * forms, birth date in both forms, sentences of its notes) and from the typed letter text.
 */
test('no console of any page, frame or the service worker shows patient data or letter text', async ({ context, page, portal, extensionId }) => {
  const lines: string[] = [];
  const record = (where: string) => (message: ConsoleMessage) => lines.push(`${where} ${message.type()}: ${message.text()}`);
  const watch = (p: Page) => {
    p.on('console', record(`page ${p.url()}`));
    p.on('pageerror', (error) => lines.push(`pageerror ${error.message}`));
  };
  watch(page);
  context.on('page', watch);
  const [worker] = context.serviceWorkers();
  expect(worker, 'the service worker is watched').toBeTruthy();
  worker!.on('console', record('worker'));

  await runFullFlow(page, context, portal.baseUrl, extensionId);

  const needles = await page.evaluate(() => {
    const banner = document.querySelector('.rz-patientbanner')!;
    const field = (name: string) => banner.querySelector(`[data-field="${name}"]`)?.textContent?.trim() ?? '';
    const notes = [...document.querySelectorAll('.rz-note-body p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
    // A distinctive stretch of every note: its first 40 characters.
    return [
      banner.querySelector('.rz-pb-name')!.textContent!.trim(),
      field('bsn'),
      field('bsn').replace(/\D/g, ''),
      field('geboortedatum').slice(0, 10),
      field('patientnummer'),
      ...notes.filter((n) => n.length >= 40).map((n) => n.slice(0, 40)),
    ].filter((n) => n.length >= 6);
  });
  needles.push(TYPED, '1961-07-22', 'Bakker');
  expect(needles.length).toBeGreaterThan(8);

  // A control: the collectors work for the sidebar frame and for the worker.
  const sidebar = page.frames().find((f) => f.url().endsWith('/sidebar.html'))!;
  await sidebar.evaluate(() => console.info('security-probe sidebar'));
  await worker!.evaluate(() => console.info('security-probe worker'));
  await expect.poll(() => lines.some((l) => l.startsWith('page') && l.includes('security-probe sidebar'))).toBe(true);
  await expect.poll(() => lines.some((l) => l.startsWith('worker') && l.includes('security-probe worker'))).toBe(true);

  const leaks = lines.filter((line) => needles.some((needle) => line.includes(needle)));
  expect(leaks, `console lines with patient data (page ${HOSPITAL})`).toEqual([]);
});
