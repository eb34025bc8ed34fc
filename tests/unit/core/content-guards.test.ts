import { describe, expect, it } from 'vitest';
import { guardHostToReader, guardPagePatient, guardRuntimeMessage, guardToContent } from '../../../lib/content-guards';
import { HostToReaderSchema, PagePatientSchema, parseMessage, RuntimeMessageSchema, ToContentSchema } from '../../../lib/messages';

type Schema<T> = Parameters<typeof parseMessage<T>>[0];

/** The guard gives the schema's answer: the same parsed value for every valid message, nothing for every invalid one. */
function expectSameAsSchema<T>(guard: (message: unknown) => T | undefined, schema: Schema<T>, valid: readonly unknown[], invalid: readonly unknown[]): void {
  for (const message of valid) {
    const zod = parseMessage(schema, message);
    expect(zod, JSON.stringify(message)).toBeDefined();
    expect(guard(message)).toEqual(zod);
  }
  for (const message of invalid) {
    expect(parseMessage(schema, message), JSON.stringify(message)).toBeUndefined();
    expect(guard(message), JSON.stringify(message)).toBeUndefined();
  }
}

/** The guard and the schema agree on 3,000 random mutations of the seeds. */
function expectAgreesOnMutations<T>(guard: (message: unknown) => T | undefined, schema: Schema<T>, seeds: readonly unknown[], mutate: (value: unknown) => unknown): void {
  for (let i = 0; i < 3000; i++) {
    const message = mutate(seeds[i % seeds.length]);
    expect(guard(message), JSON.stringify(message)).toEqual(parseMessage(schema, message));
  }
}

// The content script's guards must accept exactly what the zod schemas accept, with the same result.
const patient = { name: 'Jan de Vries', birthDate: '1958-03-14', sex: 'male', identifiers: [{ system: 'bsn', value: '123456782', label: 'BSN' }] };

const TOKEN = '0123456789abcdef0123';
const VALID: unknown[] = [
  { type: 'hello', token: TOKEN },
  { type: 'close-sidebar' },
  { type: 'resize-sidebar', width: 240 },
  { type: 'resize-sidebar', width: 1200 },
  { type: 'locate-entry', entryId: 'n1' },
  { type: 'locate-entry', entryId: 'n1', start: 3, end: 40 },
  { type: 'confirm-patient', patient, pageState: 'ps_0123456789abcdef' },
  { type: 'confirm-patient', patient: { name: '', identifiers: [] }, pageState: '' },
  { type: 'confirm-patient', patient: { ...patient, confidence: 'unsure' }, pageState: 'ps_0123456789abcdef' },
  { type: 'hello', token: TOKEN, extra: 'dropped' },
  { type: 'confirm-patient', patient: { ...patient, gp: 'A. Kramer, Huisartsenpraktijk De Linde' }, pageState: 'ps_0123456789abcdef' },
];

const INVALID: unknown[] = [
  null,
  undefined,
  42,
  'hello',
  [],
  {},
  { type: 'HELLO' },
  { type: 'hello' },
  { type: 'hello', token: 'short' },
  { type: 'hello', token: 42 },
  { type: 'resize-sidebar', width: 239 },
  { type: 'resize-sidebar', width: 1201 },
  { type: 'resize-sidebar', width: 300.5 },
  { type: 'resize-sidebar', width: '300' },
  { type: 'locate-entry' },
  { type: 'locate-entry', entryId: 'x'.repeat(121) },
  { type: 'locate-entry', entryId: 'n1', start: 1.5 },
  { type: 'locate-entry', entryId: 'n1', end: '4' },
  { type: 'confirm-patient' },
  { type: 'confirm-patient', patient },
  { type: 'confirm-patient', patient, pageState: 42 },
  { type: 'confirm-patient', patient, pageState: 'x'.repeat(65) },
  { type: 'confirm-patient', patient: { ...patient, birthDate: '14-03-1958' } },
  { type: 'confirm-patient', patient: { ...patient, sex: 'M' } },
  { type: 'confirm-patient', patient: { ...patient, name: 'x'.repeat(201) } },
  { type: 'confirm-patient', patient: { ...patient, identifiers: [{ system: 'passport', value: '1' }] } },
  { type: 'confirm-patient', patient: { ...patient, identifiers: [{ system: 'bsn', value: '' }] } },
  { type: 'confirm-patient', patient: { ...patient, identifiers: Array.from({ length: 21 }, () => ({ system: 'mrn', value: '1' })) } },
  { type: 'confirm-patient', patient: { ...patient, confidence: 'very' } },
  { type: 'confirm-patient', patient: { ...patient, identifiers: 'bsn' } },
  { type: 'confirm-patient', patient: { ...patient, gp: 'x'.repeat(201) }, pageState: '' },
  { type: 'confirm-patient', patient: { ...patient, gp: 42 }, pageState: '' },
];

/** Seeded random mutations of a message: fields dropped, values swapped for `values`, down to `maxDepth`. */
function mutator(seed: number, values: unknown[], maxDepth: number, swapChance: number): (value: unknown) => unknown {
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const mutate = (value: unknown, depth: number): unknown => {
    if (depth > maxDepth || random() < swapChance) return values[Math.floor(random() * values.length)];
    if (Array.isArray(value)) return value.map((v) => mutate(v, depth + 1));
    if (value && typeof value === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) if (random() > 0.1) copy[k] = random() < 0.7 ? v : mutate(v, depth + 1);
      return copy;
    }
    return value;
  };
  return (value) => mutate(value, 0);
}

describe('content script guards', () => {
  it('accept what the schemas accept, with the same parsed result', () => {
    expectSameAsSchema(guardToContent, ToContentSchema, VALID, []);
  });

  it('reject what the schemas reject', () => {
    expectSameAsSchema(guardToContent, ToContentSchema, [], INVALID);
  });

  it('agree with the schemas on random mutations of valid messages', () => {
    const mutate = mutator(7, [undefined, null, 0, -1, 1.5, 240, 5000, '', 'x', '2020-01-01', 'bsn', 'male', 'certain', [], {}, true], 3, 0.15);
    expectAgreesOnMutations(guardToContent, ToContentSchema, VALID, mutate);
  });

  it('check patients and runtime messages the same way', () => {
    expect(guardPagePatient(patient)).toEqual(parseMessage(PagePatientSchema, patient));
    for (const message of [{ type: 'toggle-sidebar' }, { type: 'get-shortcut' }, { type: 'open-options' }, { type: 'x' }, null, 'toggle-sidebar']) {
      expect(guardRuntimeMessage(message)).toEqual(parseMessage(RuntimeMessageSchema, message));
    }
  });
});

// The background's answers to the content script's reads.
const HIT = { entryId: 'n1', start: 0, end: 30, text: 'Patient asked for a second opinion.', status: 'requested', trigger: 'second opinion', cues: ['request'], date: '2026-01-02', source: 'Note · Dr. A' };
const VERDICTS: unknown[] = [
  { type: 'read-verdict', scan: 1, pageState: 'ps_0123456789abcdef', status: 'requested', evidence: [HIT], keep: ['n1', 'n2'] },
  { type: 'read-verdict', scan: 0, pageState: '', status: 'none', evidence: [], keep: [] },
  { type: 'read-verdict', scan: 3, pageState: 'ps_x', status: 'declined', evidence: [{ start: 1, end: 2, text: '', status: 'declined', cues: [] }], keep: [], extra: 1 },
  { type: 'read-resend', scan: 4 },
];
const NOT_VERDICTS: unknown[] = [
  { type: 'read-verdict', scan: -1, pageState: '', status: 'none', evidence: [], keep: [] },
  { type: 'read-verdict', scan: 1.5, pageState: '', status: 'none', evidence: [], keep: [] },
  { type: 'read-verdict', scan: 1, pageState: 'x'.repeat(65), status: 'none', evidence: [], keep: [] },
  { type: 'read-verdict', scan: 1, pageState: '', status: 'maybe', evidence: [], keep: [] },
  { type: 'read-verdict', scan: 1, pageState: '', status: 'none', evidence: [{ ...HIT, cues: ['x'.repeat(41)] }], keep: [] },
  { type: 'read-verdict', scan: 1, pageState: '', status: 'none', evidence: [{ ...HIT, date: '02-01-2026' }], keep: [] },
  { type: 'read-verdict', scan: 1, pageState: '', status: 'none', evidence: [], keep: ['x'.repeat(121)] },
  { type: 'read-verdict', scan: 1, pageState: '', status: 'none', evidence: [] },
  { type: 'read-resend' },
  { type: 'snapshot', scan: 1 },
];

describe('content script guard for the background\'s verdicts', () => {
  it('accepts and rejects what the schema does, with the same result', () => {
    expectSameAsSchema(guardHostToReader, HostToReaderSchema, VERDICTS, NOT_VERDICTS);
  });

  it('agrees with the schema on random mutations', () => {
    const mutate = mutator(11, [undefined, null, 0, -1, 1.5, 7, '', 'x', '2020-01-01', 'none', 'requested', 'read-verdict', [], {}, true], 4, 0.12);
    expectAgreesOnMutations(guardHostToReader, HostToReaderSchema, VERDICTS, mutate);
  });
});
