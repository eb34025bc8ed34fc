import type { Frame, FrameLocator, Page } from '@playwright/test';
import { EXPECTED } from './expected';
import { expect, openSidebar, sidebarFrame, test } from './fixtures';

// One browser per worker; each test's drafts are deleted after it.
test.use({ profile: 'per-worker-drafts' });

// The patient on screen changes without a page load — by a link, history back, a hash change or a
// swap of the DOM — and the sidebar never shows one patient's name with another patient's record,
// draft, suggestions or letter. A recorder inside the sidebar keeps every state it rendered.

const UNLABELLED = '/unlabelled-spa/index.html';
const GRACE = { name: 'Grace Okafor', birthDate: '1984-05-09', id: '00451001', note: 'university heart centre' };
const ERIK = { name: 'Erik Lindqvist', birthDate: '1949-02-17', id: '00452277', note: 'declines a second opinion' };
type Person = typeof GRACE;

interface Seen {
  name: string | null;
  state: string | null;
  text: string;
}

/** Starts recording every state the sidebar renders: each DOM change of the app is one state. */
async function startRecorder(page: Page): Promise<Frame> {
  const sidebar = page.frames().find((f) => f.url().endsWith('/sidebar.html'));
  if (!sidebar) throw new Error('sidebar frame not found');
  await sidebar.evaluate(() => {
    const seen: Seen[] = [];
    (window as unknown as { __seen: Seen[] }).__seen = seen;
    const record = () => {
      const patient = document.querySelector('[data-testid="so-patient"]');
      seen.push({ name: patient?.getAttribute('data-patient-name') ?? null, state: patient?.getAttribute('data-state') ?? null, text: document.body.innerText });
    };
    record();
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return sidebar;
}

/** No recorded state names `shown` while it shows anything of `other`'s record (and the reverse). */
async function expectNeverPaired(sidebar: Frame, a: { name: string; note: string }, b: { name: string; note: string }): Promise<Seen[]> {
  const seen = await sidebar.evaluate(() => (window as unknown as { __seen: Seen[] }).__seen);
  expect(seen.length).toBeGreaterThan(1);
  for (const state of seen) {
    const names = [state.name, state.text];
    if (names.some((n) => n?.includes(a.name))) expect(state.text, 'a state pairs the first patient with the second one\'s record').not.toContain(b.note);
    if (names.some((n) => n?.includes(b.name))) expect(state.text, 'a state pairs the second patient with the first one\'s record').not.toContain(a.note);
  }
  return seen;
}

async function confirmByHand(frame: FrameLocator, person: Pick<Person, 'name' | 'birthDate' | 'id'>): Promise<void> {
  const patient = frame.getByTestId('so-patient');
  await expect(patient).toHaveAttribute('data-state', 'unknown');
  await patient.getByLabel(/^(Name|Naam)$/).fill(person.name);
  await patient.getByLabel(/birth|geboorte/i).fill(person.birthDate);
  await patient.getByLabel(/patient number|patiëntnummer/i).fill(person.id);
  await patient.getByRole('button', { name: /this is the patient|dit is de patiënt/i }).click();
}

/** Nothing patient-bound is on show: no flag, no suggestions, no letter, no way to start a draft. */
async function expectNothingOfAPatient(frame: FrameLocator): Promise<void> {
  await expect(frame.getByTestId('so-patient')).toHaveAttribute('data-state', 'unknown');
  await expect(frame.getByTestId('so-flag')).toHaveCount(0);
  await expect(frame.getByTestId('so-category')).toHaveCount(0);
  await expect(frame.getByTestId('so-letter')).toHaveCount(0);
  await expect(frame.getByRole('button', { name: /start a referral draft|verwijsbrief|concept/i })).toHaveCount(0);
}

/** Opens the unlabelled portal on a bed, opens the sidebar and confirms that bed's patient by hand. */
async function confirmedOn(page: Page, baseUrl: string, address: string, person: Person): Promise<FrameLocator> {
  await page.goto(baseUrl + address);
  await expect(page.locator('#hc-view')).toContainText(person.note);
  const frame = await openSidebar(page);
  await expect(frame.getByRole('button', { name: /this is the patient|dit is de patiënt/i })).toBeVisible();
  await confirmByHand(frame, person);
  await expect(frame.getByTestId('so-patient')).toHaveAttribute('data-patient-name', person.name);
  await expect(frame.getByTestId('so-flag')).toHaveAttribute('data-status', person === GRACE ? 'requested' : 'declined');
  return frame;
}

/** After a switch: the patient is asked for again, and stays unknown once the new patient has rendered. */
async function expectAskedAgain(page: Page, frame: FrameLocator, next: Person): Promise<void> {
  await expect(frame.getByTestId('so-patient')).toHaveAttribute('data-state', 'unknown');
  await expect(page.locator('#hc-view')).toContainText(next.note);
  await expect(frame.locator('[data-testid="so-error"][data-code="patient-confirmation-ended"]')).toBeVisible();
  await expect(frame.getByRole('button', { name: /this is the patient|dit is de patiënt/i })).toBeVisible();
  await expectNothingOfAPatient(frame);
}

test.describe('a patient confirmed by hand on a portal whose banner cannot be read', () => {
  test('ends when another patient opens by its own link', async ({ page, portal }) => {
    const frame = await confirmedOn(page, portal.baseUrl, `${UNLABELLED}?bed=3`, GRACE);
    await expect(frame.getByRole('button', { name: /start a referral draft/i }).first()).toBeVisible();
    const sidebar = await startRecorder(page);
    await page.locator('[data-bed-link="4"]').click();
    await expectAskedAgain(page, frame, ERIK);
    // The clinician confirms the new patient, whose own record and flag then show.
    await confirmByHand(frame, ERIK);
    await expect(frame.getByTestId('so-patient')).toHaveAttribute('data-patient-name', ERIK.name);
    await expect(frame.getByTestId('so-flag')).toHaveAttribute('data-status', 'declined');
    const seen = await expectNeverPaired(sidebar, GRACE, ERIK);
    expect(seen.some((s) => s.state === 'unknown')).toBe(true);
  });

  test('ends on history back', async ({ page, portal }) => {
    await page.goto(portal.baseUrl + `${UNLABELLED}?bed=3`);
    await expect(page.locator('#hc-view')).toContainText(GRACE.note);
    await page.locator('[data-bed-link="4"]').click();
    await expect(page.locator('#hc-view')).toContainText(ERIK.note);
    const frame = await openSidebar(page);
    await confirmByHand(frame, ERIK);
    await expect(frame.getByTestId('so-flag')).toHaveAttribute('data-status', 'declined');
    const sidebar = await startRecorder(page);
    await page.goBack();
    await expectAskedAgain(page, frame, GRACE);
    await expectNeverPaired(sidebar, ERIK, GRACE);
  });

  test('ends on a hash change', async ({ page, portal }) => {
    const frame = await confirmedOn(page, portal.baseUrl, `${UNLABELLED}?bed=3`, GRACE);
    const sidebar = await startRecorder(page);
    await page.evaluate(() => {
      location.hash = '#bed-4';
    });
    await expectAskedAgain(page, frame, ERIK);
    await expectNeverPaired(sidebar, GRACE, ERIK);
  });

  test('ends when the portal swaps the patient in place, without changing the address', async ({ page, portal }) => {
    const frame = await confirmedOn(page, portal.baseUrl, `${UNLABELLED}?bed=3`, GRACE);
    const address = page.url();
    const sidebar = await startRecorder(page);
    await page.locator('#hc-next').click();
    await expectAskedAgain(page, frame, ERIK);
    expect(page.url()).toBe(address);
    await expectNeverPaired(sidebar, GRACE, ERIK);
  });

  test('ends on a reload', async ({ page, portal }) => {
    await confirmedOn(page, portal.baseUrl, `${UNLABELLED}?bed=3`, GRACE);
    await page.reload();
    await expect(page.locator('#hc-view')).toContainText(GRACE.note);
    const frame = sidebarFrame(page);
    await expect(frame.getByTestId('so-sidebar')).toBeVisible();
    await expectNothingOfAPatient(frame);
  });

  test('a draft never opens for a patient whose name or birth date differs from the one it was started for', async ({ page, portal }) => {
    const frame = await confirmedOn(page, portal.baseUrl, `${UNLABELLED}?bed=3`, GRACE);
    const box = frame.getByTestId('so-letter').locator('[data-section="question"] [role="textbox"]');
    await box.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Is a defibrillator the right choice now?');
    await expect(frame.getByTestId('so-save-status')).toHaveAttribute('data-state', 'saved');

    await page.locator('#hc-next').click();
    await expectAskedAgain(page, frame, ERIK);
    // The clinician confirms Erik but types Grace's number: the draft stored under that number is hers.
    await confirmByHand(frame, { ...ERIK, id: GRACE.id });
    await expect(frame.getByTestId('so-patient')).toHaveAttribute('data-patient-name', ERIK.name);
    await expect(frame.locator('[data-testid="so-error"][data-code="draft-patient-mismatch"]')).toBeVisible();
    await expect(frame.getByTestId('so-letter')).toHaveCount(0);
    await expect(frame.getByTestId('so-category')).toHaveCount(0);
    await expect(frame.getByTestId('so-sidebar')).not.toContainText('defibrillator');
  });
});

test.describe('the single-page demo portal, whose banner is read', () => {
  const a = { ...EXPECTED['/clinic-spa/index.html#a']!, note: 'second opinion from another spinal surgeon' };
  const b = { ...EXPECTED['/clinic-spa/index.html#b']!, note: 'usual pharmacy in Northbridge' };
  const named = (p: typeof a) => ({ name: p.name!, note: p.note });

  async function openOnA(page: Page, address: string): Promise<{ frame: FrameLocator; sidebar: Frame }> {
    await page.goto(address);
    const frame = await openSidebar(page);
    await expect(frame.getByTestId('so-patient')).toHaveAttribute('data-patient-name', a.name!);
    await expect(frame.getByTestId('so-flag')).toHaveAttribute('data-status', a.status!);
    await expect(frame.getByTestId('so-letter')).toBeVisible();
    return { frame, sidebar: await startRecorder(page) };
  }

  async function expectOnB(frame: FrameLocator): Promise<void> {
    await expect(frame.getByTestId('so-patient')).toHaveAttribute('data-patient-name', b.name!);
    await expect(frame.getByTestId('so-flag')).toHaveAttribute('data-status', b.status!);
  }

  test('history back and forth never pairs one patient with the other', async ({ page, portal }) => {
    const { frame, sidebar } = await openOnA(page, portal.baseUrl + '/clinic-spa/index.html?patient=a');
    await page.locator('[data-patient-link="b"]').click();
    await expectOnB(frame);
    await page.goBack();
    await expect(frame.getByTestId('so-patient')).toHaveAttribute('data-patient-name', a.name!);
    await expect(frame.getByTestId('so-letter')).toBeVisible();
    await page.goForward();
    await expectOnB(frame);
    await expectNeverPaired(sidebar, named(a), named(b));
  });

  test('a hash change never pairs one patient with the other', async ({ page, portal }) => {
    const { frame, sidebar } = await openOnA(page, portal.baseUrl + '/clinic-spa/index.html#a');
    await page.evaluate(() => {
      location.hash = '#b';
    });
    await expectOnB(frame);
    const seen = await expectNeverPaired(sidebar, named(a), named(b));
    // The address changed first: the sidebar re-read the patient before showing the new one.
    expect(seen.some((s) => s.state === 'unknown')).toBe(true);
  });

  test('a DOM swap without a change of address never pairs one patient with the other', async ({ page, portal }) => {
    await page.goto(portal.baseUrl + '/clinic-spa/index.html?patient=b');
    await expect(page.locator('.nb-banner')).toContainText(b.name!);
    const viewOfB = await page.locator('#nb-view').innerHTML();
    const { frame, sidebar } = await openOnA(page, portal.baseUrl + '/clinic-spa/index.html?patient=a');
    const address = page.url();
    await page.evaluate((html) => {
      document.getElementById('nb-view')!.innerHTML = html;
    }, viewOfB);
    await expectOnB(frame);
    expect(page.url()).toBe(address);
    await expectNeverPaired(sidebar, named(a), named(b));
  });
});
