import { describe, expect, it } from 'vitest';
import { isOwnExtensionSender, parseMessage, RuntimeMessageSchema, SnapshotSchema, ToContentSchema, ToSidebarSchema } from '../../../lib/messages';

const snapshot = {
  seq: 1,
  pageTitle: 'Dossier',
  origin: 'http://127.0.0.1:5175',
  adapter: 'hospital',
  patient: { name: 'Jan de Vries', birthDate: '1958-03-14', identifiers: [{ system: 'bsn', value: '123456782' }] },
  entries: [{ id: 'n1', kind: 'note', text: 'Patiënt wil een second opinion.' }],
  status: 'requested',
  evidence: [{ entryId: 'n1', start: 0, end: 31, text: 'Patiënt wil een second opinion.', status: 'requested', cues: ['request'] }],
  warnings: [],
};

describe('message protocol', () => {
  it('accepts a well-formed snapshot and fills defaults', () => {
    const parsed = parseMessage(ToSidebarSchema, { type: 'snapshot', snapshot });
    expect(parsed?.snapshot.patient?.confidence).toBe('certain');
    expect(parsed?.snapshot.reading).toBe(false);
  });

  it('drops anything malformed instead of throwing', () => {
    expect(parseMessage(ToSidebarSchema, { type: 'snapshot', snapshot: { ...snapshot, status: 'maybe' } })).toBeUndefined();
    expect(parseMessage(ToSidebarSchema, { type: 'evil' })).toBeUndefined();
    expect(parseMessage(ToSidebarSchema, null)).toBeUndefined();
    expect(parseMessage(ToSidebarSchema, '{"type":"snapshot"}')).toBeUndefined();
    expect(parseMessage(SnapshotSchema, { ...snapshot, patient: { ...snapshot.patient, birthDate: '14-03-1958' } })).toBeUndefined();
  });

  it('bounds sizes so a hostile page cannot flood the sidebar', () => {
    const huge = { ...snapshot, pageTitle: 'x'.repeat(301) };
    expect(parseMessage(SnapshotSchema, huge)).toBeUndefined();
    expect(parseMessage(ToContentSchema, { type: 'resize-sidebar', width: 10_000 })).toBeUndefined();
  });

  it('knows the commands the sidebar and background may send', () => {
    expect(parseMessage(ToContentSchema, { type: 'locate-entry', entryId: 'n1' })).toEqual({ type: 'locate-entry', entryId: 'n1' });
    expect(parseMessage(RuntimeMessageSchema, { type: 'toggle-sidebar' })).toEqual({ type: 'toggle-sidebar' });
    expect(parseMessage(RuntimeMessageSchema, { type: 'toggle-sidebar-now' })).toBeUndefined();
  });

  it('accepts messages from this extension only', () => {
    expect(isOwnExtensionSender({ id: 'abc' }, 'abc')).toBe(true);
    expect(isOwnExtensionSender({ id: 'other' }, 'abc')).toBe(false);
    expect(isOwnExtensionSender({}, 'abc')).toBe(false);
    expect(isOwnExtensionSender(undefined, 'abc')).toBe(false);
  });
});
