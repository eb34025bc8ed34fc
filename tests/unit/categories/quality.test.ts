import { describe, expect, it } from 'vitest';
import { qualityWarnings } from '../../../lib/categories';
import { monthsBefore } from '../../../lib/categories/quality';
import type { ClinicalEntry, PagePatient } from '../../../lib/messages';
import { SCENARIOS, TODAY, entry, patient } from './fixtures';

const codes = (ctx: Parameters<typeof qualityWarnings>[0]) => qualityWarnings(ctx).map((w) => w.code);
const base = (entries: ClinicalEntry[], extra: Partial<Parameters<typeof qualityWarnings>[0]> = {}) => ({
  entries,
  patient: patient('Tessa Testpersoon', '1968-09-14'),
  today: TODAY,
  question: 'surgery-indication' as const,
  selected: [] as string[],
  ...extra,
});
const fresh = () => [
  entry('medication', 'Paracetamol', { date: '2026-10-01' }),
  entry('allergy', 'Geen allergieën bekend', { date: '2026-10-01' }),
];

describe('qualityWarnings', () => {
  it('is silent on a complete, recent record', () => {
    expect(qualityWarnings(base(fresh()))).toEqual([]);
  });

  it('warns about a missing medication list and a missing allergy entry', () => {
    expect(codes(base([]))).toEqual(['medication-missing', 'allergy-missing']);
  });

  it('warns when the newest medication entry is older than 12 months', () => {
    const old = [entry('medication', 'Omeprazol', { date: '2025-06-01' }), entry('medication', 'Metformine', { date: '2025-11-19' }), entry('allergy', 'Geen')];
    const warnings = qualityWarnings(base(old));
    expect(warnings.map((w) => w.code)).toEqual(['medication-old']);
    expect(warnings[0]!.message.nl).toContain('19-11-2025');
    const justInTime = [entry('medication', 'Metformine', { date: '2025-11-20' }), entry('allergy', 'Geen')];
    expect(codes(base(justInTime))).toEqual([]);
  });

  it('warns about old imaging for a surgery question only when imaging is selected', () => {
    const back = SCENARIOS.find((s) => s.name === 'back surgery')!;
    const entries = back.ctx.entries;
    expect(codes(base(entries, { selected: ['imaging'] }))).toEqual(['entries-old']);
    const [warning] = qualityWarnings(base(entries, { selected: ['imaging'] }));
    expect(warning!.message.en).toBe(
      'Imaging: newest entry from 10-01-2023, older than 2 years; a surgery-indication question calls for more recent findings.',
    );
    expect(warning!.message.nl).toContain('Beeldvorming: nieuwste gegevens van 10-01-2023');
    expect(codes(base(entries, { selected: [] }))).toEqual([]);
    expect(codes(base(entries, { selected: ['imaging'], question: 'medication' }))).toEqual([]);
  });

  it('does not warn about recent imaging', () => {
    const knee = SCENARIOS.find((s) => s.name === 'knee replacement')!;
    expect(codes(base(knee.ctx.entries, { selected: ['imaging', 'lab-results', 'procedures'] }))).toEqual([]);
  });

  it('warns about conflicting identifiers of one system, not about one number written twice', () => {
    const two: PagePatient = {
      name: 'Tessa Testpersoon',
      identifiers: [
        { system: 'bsn', value: '628194821' },
        { system: 'bsn', value: '111222333' },
        { system: 'mrn', value: '12.34.567' },
        { system: 'mrn', value: '1234567' },
        { system: 'practice', value: 'P-1' },
      ],
      confidence: 'probable',
    };
    const warnings = qualityWarnings(base(fresh(), { patient: two }));
    expect(warnings.map((w) => w.code)).toEqual(['identifiers-conflict']);
    expect(warnings[0]!.message.en).toContain('628194821, 111222333');
    expect(codes(base(fresh(), { patient: null }))).toEqual([]);
  });
});

describe('monthsBefore', () => {
  it.each([
    ['2026-11-20', 12, '2025-11-20'],
    ['2026-03-31', 1, '2026-02-28'],
    ['2024-02-29', 12, '2023-02-28'],
    ['2026-01-15', 24, '2024-01-15'],
  ])('%s minus %i months is %s', (today, months, expected) => {
    expect(monthsBefore(today, months)).toBe(expected);
  });
});
