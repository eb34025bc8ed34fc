// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { ConnectFn, SidebarProps } from '../../../components/SidebarApp';
import { createTranslator } from '../../../lib/i18n';
import type { ClinicalEntry, EvidenceRef, PagePatient, Snapshot, ToContent } from '../../../lib/messages';
import { parseSettings } from '../../../lib/settings';
import { startBackground, type Background } from './extension-runtime';

vi.mock('wxt/browser', async () => ({ browser: (await import('./extension-runtime')).fakeBrowser }));
const { SidebarApp } = await import('../../../components/SidebarApp');

/**
 * The whole sidebar app as a clinician meets it: the page's snapshots come in over a fake page
 * connection, drafts go to the real background store host over a fake IndexedDB. Invented patients only.
 */
const t = createTranslator('en');
const WAIT = { timeout: 5000 };

let background: Background;
beforeAll(async () => {
  // The sidebar loads its letter and categories after the first paint; load the module once up front.
  await import('../../../components/ReferralWorkspace');
});
beforeEach(() => {
  background = startBackground();
});
afterEach(() => {
  cleanup();
  background.close();
});

const TESSA: PagePatient = { name: 'Tessa Testpersoon', birthDate: '1968-09-14', identifiers: [{ system: 'bsn', value: '628194821' }], confidence: 'certain' };
const KEES: PagePatient = { name: 'Kees Voorbeeld', birthDate: '1950-02-03', identifiers: [{ system: 'bsn', value: '111222333' }], confidence: 'certain' };
const REQUEST = 'I would like a second opinion about the knee operation.';
const ENTRIES: ClinicalEntry[] = [
  { id: 'm1', kind: 'message', date: '2026-11-02', text: `${REQUEST} I am not sure it is needed.` },
  { id: 'p1', kind: 'problem', date: '2026-06-01', text: 'Osteoarthritis of the right knee' },
  { id: 'n1', kind: 'note', date: '2026-10-12', text: 'Assessment: osteoarthritis right knee. Plan: total knee replacement right.' },
];
const EVIDENCE: EvidenceRef[] = [{ entryId: 'm1', start: 0, end: REQUEST.length, text: REQUEST, status: 'requested', cues: ['request'] }];

let seq = 0;
/** A snapshot as the content script sends it; the fields a test does not name are those of a quiet page. */
function snapshot(fields: Partial<Snapshot>): Snapshot {
  seq += 1;
  return {
    seq,
    pageTitle: 'Demo portal',
    origin: 'http://127.0.0.1:8080',
    adapter: 'generic',
    lang: 'en',
    patient: null,
    entries: [],
    status: 'none',
    evidence: [],
    warnings: [],
    reading: false,
    pageState: 'state-1',
    ...fields,
  } as Snapshot;
}

const flagged = (patient: PagePatient, pageState = `page-of-${patient.name}`) =>
  snapshot({ patient, entries: ENTRIES, status: 'requested', evidence: EVIDENCE, pageState });

/** The page side of the sidebar's connection: the test shows snapshots and reads what the sidebar sent. */
function fakePage(reachable = true) {
  let handlers: Parameters<ConnectFn>[0] | undefined;
  const sent: ToContent[] = [];
  const connect: ConnectFn = async (h) => {
    handlers = h;
    return reachable ? { send: (message) => void sent.push(message), close: () => undefined } : undefined;
  };
  return {
    connect,
    sent,
    async show(next: Snapshot) {
      await waitFor(() => expect(handlers).toBeDefined(), WAIT);
      act(() => handlers!.onSnapshot(next));
    },
  };
}

function sidebar(page: ReturnType<typeof fakePage>, overrides: Partial<SidebarProps> = {}) {
  const dismissed = new Set<string>();
  const props: SidebarProps = {
    lang: 'en',
    settings: parseSettings({}),
    connect: page.connect,
    services: { now: () => new Date('2026-11-20T10:00:00.000Z') },
    dismissals: {
      isDismissed: async (key) => dismissed.has(key),
      dismiss: async (key) => void dismissed.add(key),
      undismiss: async (key) => void dismissed.delete(key),
    },
    patientKeyOf: async (patient) => `pk-${patient.identifiers[0]?.value ?? patient.name}`,
    ...overrides,
  };
  return render(<SidebarApp {...props} />);
}

const patientBlock = () => screen.getByTestId('so-patient');
const firstSection = () => screen.getByTestId('so-letter').querySelector<HTMLElement>('[role="textbox"]')!;

function type(box: HTMLElement, text: string) {
  box.textContent = text;
  fireEvent.input(box);
}

describe('SidebarApp', () => {
  it('says plainly when it cannot reach the page', async () => {
    sidebar(fakePage(false));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(t('notConnected')), WAIT);
  });

  it('with no patient on the page: says so, flags nothing and drafts nothing', async () => {
    const page = fakePage();
    sidebar(page);
    expect(patientBlock().textContent).toContain(t('connecting'));
    await page.show(snapshot({ patient: null }));
    expect(patientBlock().dataset.state).toBe('unknown');
    expect(patientBlock().textContent).toContain(t('noPatientFound'));
    expect(screen.queryByTestId('so-flag')).toBeNull();

    // A patient page, then a page without one: nothing of the patient stays.
    await page.show(flagged(TESSA));
    await waitFor(() => expect(screen.getByTestId('so-letter')).toBeTruthy(), WAIT);
    await page.show(snapshot({ patient: null, pageState: 'state-2' }));
    expect(patientBlock().dataset.state).toBe('unknown');
    expect(screen.queryByTestId('so-flag')).toBeNull();
    expect(screen.queryByTestId('so-letter')).toBeNull();
    expect(document.body.textContent).not.toContain(TESSA.name);
  });

  it('with an unclear patient: asks, and sends the confirmation for the page state it was given on', async () => {
    const page = fakePage();
    sidebar(page);
    await page.show(snapshot({ patient: { ...TESSA, birthDate: undefined, confidence: 'unsure' }, entries: ENTRIES, status: 'requested', evidence: EVIDENCE }));
    expect(patientBlock().dataset.state).toBe('unknown');
    expect(patientBlock().textContent).toContain(t('patientUnsure'));
    expect(screen.queryByTestId('so-flag')).toBeNull();
    const form = within(patientBlock());
    expect((form.getByLabelText(t('confirmPatientName')) as HTMLInputElement).value).toBe(TESSA.name);
    fireEvent.click(form.getByRole('button', { name: t('confirmPatientButton') }));
    expect(form.getByRole('alert').textContent).toBe(t('confirmPatientInvalid'));
    expect(page.sent).toEqual([]);
    fireEvent.input(form.getByLabelText(t('birthDateLabel')), { target: { value: '1968-09-14' } });
    fireEvent.click(form.getByRole('button', { name: t('confirmPatientButton') }));
    expect(page.sent).toEqual([
      { type: 'confirm-patient', pageState: 'state-1', patient: expect.objectContaining({ name: TESSA.name, birthDate: '1968-09-14', confidence: 'certain' }) },
    ]);
  });

  it('with a confirmed patient: shows them for that page state only', async () => {
    const page = fakePage();
    sidebar(page);
    const confirmed: PagePatient = { name: TESSA.name, birthDate: TESSA.birthDate, identifiers: [], confidence: 'certain' };
    await page.show(snapshot({ patient: confirmed, confirmedOn: 'state-1', pageState: 'state-1', entries: ENTRIES, status: 'requested', evidence: EVIDENCE }));
    expect(patientBlock().dataset.state).toBe('known');
    expect(patientBlock().dataset.patientName).toBe(TESSA.name);
    expect(screen.getByTestId('so-flag').dataset.status).toBe('requested');
    // The page changed under the confirmation (another record swapped in): unknown again, no flag.
    await page.show(snapshot({ patient: confirmed, confirmedOn: 'state-1', pageState: 'state-2', entries: ENTRIES, status: 'requested', evidence: EVIDENCE }));
    expect(patientBlock().dataset.state).toBe('unknown');
    expect(screen.queryByTestId('so-flag')).toBeNull();
    expect(screen.queryByTestId('so-letter')).toBeNull();
  });

  it('with a known patient who asked: flags with the quote, drafts the letter, saves what is typed, and undoes it', async () => {
    const page = fakePage();
    sidebar(page);
    await page.show(flagged(TESSA));
    expect(patientBlock().dataset.patientName).toBe(TESSA.name);
    expect(patientBlock().dataset.birthDate).toBe('1968-09-14');
    expect(screen.getByTestId('so-flag').dataset.status).toBe('requested');
    expect(screen.getByTestId('so-evidence').textContent).toContain(REQUEST);
    fireEvent.click(screen.getByTestId('so-evidence'));
    expect(page.sent).toContainEqual(expect.objectContaining({ type: 'locate-entry', entryId: 'm1' }));

    await waitFor(() => expect(screen.getByTestId('so-letter').textContent).toContain(TESSA.name), WAIT);
    await waitFor(() => expect(screen.getAllByTestId('so-category').length).toBeGreaterThan(0), WAIT);
    const original = firstSection().textContent!;
    expect((screen.getByTestId('so-undo') as HTMLButtonElement).disabled).toBe(true);

    type(firstSection(), 'Is a knee replacement the right choice now?');
    await waitFor(() => expect(screen.getByTestId('so-save-status').dataset.state).toBe('saved'), WAIT);
    const stored = await (await background.store()).findForPatient('pk-628194821');
    expect(stored?.letter.sections.map((s) => s.text)).toContain('Is a knee replacement the right choice now?');

    fireEvent.click(screen.getByTestId('so-undo'));
    await waitFor(() => expect(firstSection().textContent).toBe(original), WAIT);
    await waitFor(async () => {
      const again = await (await background.store()).findForPatient('pk-628194821');
      expect(again?.letter.sections.map((s) => s.text)).not.toContain('Is a knee replacement the right choice now?');
    }, WAIT);
  });

  it("another patient opened in the same tab never shows the previous patient's letter, and the first one's comes back", async () => {
    const page = fakePage();
    sidebar(page);
    await page.show(flagged(TESSA));
    await waitFor(() => expect(screen.getByTestId('so-letter')).toBeTruthy(), WAIT);
    type(firstSection(), 'Typed for Tessa only.');
    await waitFor(() => expect(screen.getByTestId('so-save-status').dataset.state).toBe('saved'), WAIT);

    await page.show(flagged(KEES));
    expect(patientBlock().dataset.patientName).toBe(KEES.name);
    await waitFor(() => expect(screen.getByTestId('so-letter').textContent).toContain(KEES.name), WAIT);
    expect(document.body.textContent).not.toContain('Typed for Tessa only.');
    expect(document.body.textContent).not.toContain(TESSA.name);

    await page.show(flagged(TESSA));
    await waitFor(() => expect(screen.getByTestId('so-letter').textContent).toContain('Typed for Tessa only.'), WAIT);
    expect(document.body.textContent).not.toContain(KEES.name);
  });

  it('offers "Dismiss" only once the patient key it is filed under is known, so a click is never lost', async () => {
    const page = fakePage();
    let giveKey: (key: string) => void = () => {};
    sidebar(page, { patientKeyOf: () => new Promise<string>((resolve) => (giveKey = resolve)) });
    await page.show(flagged(TESSA));
    await waitFor(() => expect(screen.getByTestId('so-flag').dataset.status).toBe('requested'), WAIT);
    expect(screen.queryByTestId('so-flag-dismiss')).toBeNull();
    giveKey('pk-tessa');
    await waitFor(() => expect(screen.getByTestId('so-flag-dismiss')).toBeTruthy(), WAIT);
    fireEvent.click(screen.getByTestId('so-flag-dismiss'));
    await waitFor(() => expect(screen.getByTestId('so-flag-dismissed')).toBeTruthy(), WAIT);
  });

  it('a dismissed flag folds the letter away until the clinician starts a draft', async () => {
    const page = fakePage();
    sidebar(page);
    await page.show(flagged(TESSA));
    await waitFor(() => expect(screen.getByTestId('so-letter')).toBeTruthy(), WAIT);
    fireEvent.click(screen.getByTestId('so-flag-dismiss'));
    await waitFor(() => expect(screen.getByTestId('so-flag-dismissed')).toBeTruthy(), WAIT);
    expect(screen.queryByTestId('so-letter')).toBeNull();
    fireEvent.click(screen.getByTestId('so-flag-show-again'));
    await waitFor(() => expect(screen.getByTestId('so-letter')).toBeTruthy(), WAIT);
  });
});
