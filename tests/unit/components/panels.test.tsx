// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { CategoryPanel } from '../../../components/CategoryPanel';
import { ChecklistPanel } from '../../../components/ChecklistPanel';
import { QuestionFocusPicker } from '../../../components/QuestionFocusPicker';
import { initialChoices, setConsent, suggestCategories, toggleCategory } from '../../../lib/categories';
import type { CategoryChoice, ChecklistItem, Reporting } from '../../../lib/draft-shapes';
import { createTranslator } from '../../../lib/i18n';
import type { QuestionFocus } from '../../../lib/letter';
import { entry, patient, TODAY } from '../categories/fixtures';

/**
 * The sidebar's panels as a clinician uses them: what they show, and what a click or a choice changes.
 * Each panel is driven by a small holder of its state, wired with the same pure updates the sidebar uses.
 */
const t = createTranslator('en');
afterEach(cleanup);

/** An invented knee record whose patient also saw a psychologist: some categories suggested, one sensitive. */
const RESULT = suggestCategories({
  patient: patient('Tessa Testpersoon', '1968-09-14'),
  adapterId: 'generic',
  today: TODAY,
  evidenceTexts: ['Ik wil graag een second opinion over de knieoperatie.'],
  entries: [
    entry('problem', 'Gonartrose rechts', { date: '2026-06-01' }),
    entry('imaging', 'Verslag: mediale gewrichtsspleetversmalling.', { title: 'MRI knie rechts', date: '2026-09-15' }),
    entry('medication', 'Paracetamol 1000 mg 3dd', { date: '2026-05-01' }),
    entry('note', 'Verwezen naar psycholoog wegens depressieve klachten.', { date: '2026-03-01' }),
  ],
});
const SENSITIVE = RESULT.suggestions.find((s) => s.sensitive)!;
const ORDINARY = RESULT.suggestions.find((s) => !s.sensitive && s.preselect)!;

function CategoryHolder(props: { onChoices?(choices: CategoryChoice[]): void }) {
  const [choices, setChoices] = useState(() => initialChoices(RESULT));
  const [reporting, setReporting] = useState<Reporting>({ selfReferred: false, informTreatingClinicianConsent: 'unknown' });
  const change = (next: CategoryChoice[]) => {
    setChoices(next);
    props.onChoices?.(next);
  };
  return (
    <CategoryPanel
      t={t}
      lang="en"
      result={RESULT}
      choices={choices}
      reporting={reporting}
      warnings={[]}
      onQuestion={() => undefined}
      onField={() => undefined}
      onToggle={(id, selected) => change(toggleCategory(choices, id, selected))}
      onConsent={(id, consent) => change(setConsent(choices, id, consent, TODAY))}
      onReporting={setReporting}
    />
  );
}

const row = (container: Element, id: string) => container.querySelector<HTMLElement>(`[data-testid="so-category"][data-category="${id}"]`)!;
const box = (r: HTMLElement) => within(r).getByRole('checkbox') as HTMLInputElement;
const consentSelect = (r: HTMLElement) => r.querySelector<HTMLSelectElement>('[data-testid="so-consent"] select')!;

describe('CategoryPanel', () => {
  it('lists every category once with its reason; sensitive ones are never ticked beforehand', () => {
    const { container } = render(<CategoryHolder />);
    const rows = [...container.querySelectorAll<HTMLElement>('[data-testid="so-category"]')];
    expect(rows.map((r) => r.dataset.category).sort()).toEqual(RESULT.suggestions.map((s) => s.id).sort());
    expect(SENSITIVE).toBeDefined();
    for (const r of rows.filter((r) => r.dataset.sensitive === 'true')) expect(box(r).checked).toBe(false);
    expect(box(row(container, ORDINARY.id)).checked).toBe(true);
    expect(row(container, ORDINARY.id).textContent).toContain(ORDINARY.reason.en);
    expect(within(row(container, SENSITIVE.id)).getByText('sensitive')).toBeTruthy();
  });

  it('ticking a sensitive category asks for consent and shares it only once consent is given', () => {
    const seen: CategoryChoice[][] = [];
    const { container } = render(<CategoryHolder onChoices={(c) => seen.push(c)} />);
    const sensitive = row(container, SENSITIVE.id);
    expect(sensitive.querySelector('[data-testid="so-consent"]')).toBeNull();
    fireEvent.click(box(sensitive));
    expect(box(sensitive).checked).toBe(true);
    expect(sensitive.querySelector('[data-testid="so-consent"]')?.getAttribute('data-consent')).toBe('unknown');
    expect(sensitive.textContent).toContain(t('sensitiveNeedsConsent'));

    fireEvent.change(consentSelect(sensitive), { target: { value: 'given' } });
    expect(sensitive.querySelector('[data-testid="so-consent"]')?.getAttribute('data-consent')).toBe('given');
    expect(sensitive.textContent).not.toContain(t('sensitiveNeedsConsent'));
    expect(sensitive.textContent).toContain('recorded');
    expect(seen.at(-1)!.find((c) => c.id === SENSITIVE.id)).toMatchObject({ selected: true, consent: 'given', consentDate: TODAY });

    fireEvent.change(consentSelect(sensitive), { target: { value: 'refused' } });
    expect(sensitive.textContent).toContain(t('sensitiveNeedsConsent'));
    fireEvent.click(box(sensitive));
    expect(box(sensitive).checked).toBe(false);
    expect(sensitive.querySelector('[data-testid="so-consent"]')).toBeNull();
  });

  it('an ordinary category the patient refused says it is not shared', () => {
    const { container } = render(<CategoryHolder />);
    const ordinary = row(container, ORDINARY.id);
    expect(ordinary.textContent).not.toContain(t('refusedNotShared'));
    fireEvent.change(consentSelect(ordinary), { target: { value: 'refused' } });
    expect(ordinary.textContent).toContain(t('refusedNotShared'));
  });

  it('asks for consent to inform the treating clinician only when the patient came on their own', () => {
    const { container } = render(<CategoryHolder />);
    const reporting = container.querySelector('fieldset.reporting') as HTMLElement;
    expect(within(reporting).queryByRole('combobox')).toBeNull();
    fireEvent.click(within(reporting).getByRole('checkbox', { name: t('selfReferred') }));
    const select = within(reporting).getByRole('combobox') as HTMLSelectElement;
    expect(select.dataset.consent).toBe('unknown');
    fireEvent.change(select, { target: { value: 'given' } });
    expect((within(reporting).getByRole('combobox') as HTMLSelectElement).dataset.consent).toBe('given');
  });
});

describe('ChecklistPanel', () => {
  const ITEMS: ChecklistItem[] = [
    { id: 'imaging:mri', categoryId: 'imaging', label: 'MRI knie rechts (15-09-2026)', state: 'to-collect', where: 'Radiologie' },
    { id: 'medication:list', categoryId: 'medication', label: 'Medicatieoverzicht', state: 'collected' },
  ];

  function ChecklistHolder(props: { onPrint(): void }) {
    const [items, setItems] = useState(ITEMS);
    return <ChecklistPanel t={t} items={items} onState={(id, state) => setItems(items.map((i) => (i.id === id ? { ...i, state } : i)))} onPrint={props.onPrint} />;
  }

  it('with nothing selected says what to do and offers no print', () => {
    render(<ChecklistPanel t={t} items={[]} onState={() => undefined} onPrint={() => undefined} />);
    expect(screen.getByText(t('checklistEmpty'))).toBeTruthy();
    expect((screen.getByRole('button', { name: t('checklistPrint') }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('lists each item with where to find it, moves it along, and prints', () => {
    const onPrint = vi.fn();
    render(<ChecklistHolder onPrint={onPrint} />);
    const items = screen.getAllByTestId('so-checklist-item');
    expect(items.map((i) => i.dataset.state)).toEqual(['to-collect', 'collected']);
    expect(items[0]!.textContent).toContain('MRI knie rechts (15-09-2026)');
    expect(items[0]!.textContent).toContain('Radiologie');
    fireEvent.change(screen.getByRole('combobox', { name: t('checklistStateLabel', 'MRI knie rechts (15-09-2026)') }), { target: { value: 'sent' } });
    expect(screen.getAllByTestId('so-checklist-item').map((i) => i.dataset.state)).toEqual(['sent', 'collected']);
    fireEvent.click(screen.getByRole('button', { name: t('checklistPrint') }));
    expect(onPrint).toHaveBeenCalledTimes(1);
  });
});

describe('QuestionFocusPicker', () => {
  const CANDIDATES: QuestionFocus[] = [
    { key: 'k1', condition: 'gonartrose', diagnosis: 'gonartrose rechts (KL-graad 4)', proposal: 'totale knieprothese rechts', surgical: true, date: '2026-10-12' },
    { key: 'k2', condition: 'meniscusletsel', proposal: 'artroscopie', surgical: true },
  ];

  it('says so when the record names no condition', () => {
    render(<QuestionFocusPicker t={t} candidates={[]} selectedKey={undefined} leftOut={[]} onPick={() => undefined} />);
    const none = screen.getByTestId('so-question-focus');
    expect(none.dataset.state).toBe('none');
    expect(none.textContent).toBe(t('focusNone'));
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('offers each condition with its proposal, starts on the first or the kept pick, and reports a new pick', () => {
    const onPick = vi.fn();
    const { rerender } = render(<QuestionFocusPicker t={t} candidates={CANDIDATES} selectedKey={undefined} leftOut={[]} onPick={onPick} />);
    const select = screen.getByTestId('so-question-focus') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['gonartrose rechts (KL-graad 4) — totale knieprothese rechts (12-10-2026)', 'meniscusletsel — artroscopie']);
    expect(select.value).toBe('k1');
    fireEvent.change(select, { target: { value: 'k2' } });
    expect(onPick).toHaveBeenCalledWith('k2');
    rerender(<QuestionFocusPicker t={t} candidates={CANDIDATES} selectedKey="k2" leftOut={[]} onPick={onPick} />);
    expect((screen.getByTestId('so-question-focus') as HTMLSelectElement).value).toBe('k2');
    // A kept pick the record no longer offers falls back to the first.
    rerender(<QuestionFocusPicker t={t} candidates={CANDIDATES} selectedKey="gone" leftOut={[]} onPick={onPick} />);
    expect((screen.getByTestId('so-question-focus') as HTMLSelectElement).value).toBe('k1');
  });

  it('names what the letter left out as unrelated, outside the letter', () => {
    render(<QuestionFocusPicker t={t} candidates={CANDIDATES} selectedKey={undefined} leftOut={['Enkeldistorsie links (2019)']} onPick={() => undefined} />);
    const leftOut = screen.getByTestId('so-left-out');
    expect(leftOut.textContent).toContain(t('leftOutHeading', 1));
    expect(leftOut.textContent).toContain('Enkeldistorsie links (2019)');
  });
});
