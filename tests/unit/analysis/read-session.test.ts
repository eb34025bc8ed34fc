import { describe, expect, it } from 'vitest';
import { createReadSession } from '../../../lib/analysis/read-session';
import { detectText } from '../../../lib/detect';
import type { ClinicalEntry, HostToReader, ReadVerdict } from '../../../lib/messages';

const ASKED = 'Patiënte vraagt om een second opinion in het academisch ziekenhuis.';
const PLAIN = 'Controle bloeddruk, geen bijzonderheden. Medicatie ongewijzigd voortgezet.';
const DECLINED = 'Patient declines a second opinion and wishes to go ahead with the operation.';

const note = (id: string, text: string, date?: string): ClinicalEntry => ({ id, kind: 'note', text, ...(date ? { date } : {}) });

/** A session whose detector counts the texts it reads. */
function counted() {
  const read: string[] = [];
  const session = createReadSession((text, lang) => {
    read.push(text);
    return detectText(text, lang);
  });
  return { session, read };
}

function post(session: ReturnType<typeof createReadSession>, scan: number, entries: ClinicalEntry[], order: string[], full = true, pageState = 'ps_a'): HostToReader | undefined {
  expect(session.receive({ type: 'read-start', scan, full })).toBeUndefined();
  if (entries.length) expect(session.receive({ type: 'read-entries', scan, entries })).toBeUndefined();
  return session.receive({ type: 'read-end', scan, pageState, order });
}

describe('read session', () => {
  it('decides the flag for a whole read, with the quote and the entries the sidebar gets', () => {
    const { session } = counted();
    const answer = post(session, 1, [note('a', PLAIN, '2026-01-02'), note('b', ASKED, '2026-01-03')], ['a', 'b']) as ReadVerdict;
    expect(answer.type).toBe('read-verdict');
    expect(answer.scan).toBe(1);
    expect(answer.pageState).toBe('ps_a');
    expect(answer.status).toBe('requested');
    expect(answer.evidence[0]?.entryId).toBe('b');
    expect(answer.keep).toEqual(['a', 'b']);
  });

  it('after a small change detects only the changed entries and keeps the rest', () => {
    const { session, read } = counted();
    post(session, 1, [note('a', ASKED, '2026-01-01'), note('b', PLAIN, '2026-01-02')], ['a', 'b']);
    read.length = 0;
    const answer = post(session, 2, [note('c', DECLINED, '2026-02-01')], ['a', 'b', 'c'], false) as ReadVerdict;
    expect(read).toEqual([DECLINED]);
    // The newest entry that says anything decides.
    expect(answer.status).toBe('declined');
    expect(answer.keep).toEqual(['a', 'b', 'c']);
    // An entry no longer named is gone.
    const without = post(session, 3, [], ['a', 'b'], false) as ReadVerdict;
    expect(without.status).toBe('requested');
    expect(read).toEqual([DECLINED]);
  });

  it('drops every message of a read older than the newest one begun', () => {
    const { session } = counted();
    expect(session.receive({ type: 'read-start', scan: 5, full: true })).toBeUndefined();
    expect(session.receive({ type: 'read-start', scan: 6, full: true })).toBeUndefined();
    // Read 5's entries and end arrive late: nothing of them is answered or kept.
    expect(session.receive({ type: 'read-entries', scan: 5, entries: [note('x', ASKED)] })).toBeUndefined();
    expect(session.receive({ type: 'read-end', scan: 5, pageState: 'ps_old', order: ['x'] })).toBeUndefined();
    // A start older than the newest is ignored too.
    expect(session.receive({ type: 'read-start', scan: 4, full: true })).toBeUndefined();
    expect(session.receive({ type: 'read-entries', scan: 6, entries: [note('y', PLAIN)] })).toBeUndefined();
    const answer = session.receive({ type: 'read-end', scan: 6, pageState: 'ps_new', order: ['y'] }) as ReadVerdict;
    expect(answer).toMatchObject({ type: 'read-verdict', scan: 6, pageState: 'ps_new', status: 'none', keep: ['y'] });
  });

  it('a fresh session (the worker was restarted) sent only changes asks for the whole read', () => {
    const { session } = counted();
    expect(session.receive({ type: 'read-start', scan: 9, full: false })).toEqual({ type: 'read-resend', scan: 9 });
    // Whatever of read 9 still arrives is not answered.
    expect(session.receive({ type: 'read-end', scan: 9, pageState: 'ps_a', order: ['a'] })).toBeUndefined();
    const answer = post(session, 10, [note('a', ASKED)], ['a']) as ReadVerdict;
    expect(answer.status).toBe('requested');
  });

  it('asks for the whole read when a read names an entry it never got', () => {
    const { session } = counted();
    post(session, 1, [note('a', PLAIN)], ['a']);
    expect(post(session, 2, [], ['a', 'missing'], false)).toEqual({ type: 'read-resend', scan: 2 });
    // After that it holds nothing: changes alone are not enough.
    expect(session.receive({ type: 'read-start', scan: 3, full: false })).toEqual({ type: 'read-resend', scan: 3 });
  });

  it('a whole read replaces what the session held', () => {
    const { session } = counted();
    post(session, 1, [note('a', ASKED)], ['a']);
    const answer = post(session, 2, [note('b', PLAIN)], ['b']) as ReadVerdict;
    expect(answer.status).toBe('none');
    expect(answer.evidence).toEqual([]);
    expect(post(session, 3, [], ['a'], false)).toEqual({ type: 'read-resend', scan: 3 });
  });
});

describe('read session: a whole read streamed newest first', () => {
  it('answers a partial verdict as soon as a batch brings evidence, once, and the final verdict keeps it', () => {
    const { session } = counted();
    expect(session.receive({ type: 'read-start', scan: 1, full: true, pageState: 'ps_a' })).toBeUndefined();
    // Nothing yet: plain notes answer nothing.
    expect(session.receive({ type: 'read-entries', scan: 1, entries: [note('z', PLAIN, '2026-03-01')], positions: [3] })).toBeUndefined();
    const partial = session.receive({ type: 'read-entries', scan: 1, entries: [note('y', ASKED, '2026-02-01')], positions: [2] }) as ReadVerdict;
    expect(partial).toMatchObject({ type: 'read-verdict', scan: 1, pageState: 'ps_a', status: 'requested', partial: true, keep: [] });
    expect(partial.evidence.map((e) => e.entryId)).toEqual(['y']);
    // The same evidence again (an older copy of the request) changes no quote: nothing is answered.
    expect(session.receive({ type: 'read-entries', scan: 1, entries: [note('x', PLAIN, '2026-01-01')], positions: [1] })).toBeUndefined();
    const older = session.receive({ type: 'read-entries', scan: 1, entries: [note('w', DECLINED, '2025-01-01')], positions: [0] }) as ReadVerdict;
    // An older "declines" does not overrule the newer request; its quote is added.
    expect(older.status).toBe('requested');
    expect(older.evidence.map((e) => e.entryId)).toEqual(['y', 'w']);
    const final = session.receive({ type: 'read-end', scan: 1, pageState: 'ps_a', order: ['w', 'x', 'y', 'z'] }) as ReadVerdict;
    expect(final.partial).toBeUndefined();
    expect(final.status).toBe('requested');
    expect(final.evidence.map((e) => e.entryId)).toEqual(['y', 'w']);
    expect(final.keep).toEqual(['w', 'x', 'y', 'z']);
  });

  it('answers no partial verdict for a read that did not say its page state or the entries places', () => {
    const { session } = counted();
    session.receive({ type: 'read-start', scan: 1, full: true });
    expect(session.receive({ type: 'read-entries', scan: 1, entries: [note('y', ASKED)], positions: [0] })).toBeUndefined();
    session.receive({ type: 'read-start', scan: 2, full: true, pageState: 'ps_a' });
    expect(session.receive({ type: 'read-entries', scan: 2, entries: [note('y', ASKED)] })).toBeUndefined();
  });
});
