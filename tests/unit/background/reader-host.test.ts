import { describe, expect, it, vi } from 'vitest';
import { acceptReaderPort } from '../../../entrypoints/background/reader-host';
import { createReadLink } from '../../../entrypoints/content/background-link';
import { createReadSession } from '../../../lib/analysis/read-session';
import { detectText } from '../../../lib/detect';
import type { ClinicalEntry } from '../../../lib/messages';
import { background, EXTENSION_BASE, OWN_ID, portPair } from '../content/reader-ports';

const ASKED = 'Patient asked for a second opinion at the university hospital before surgery.';
const PLAIN = 'Blood pressure checked, no changes. Medication continued as before.';
const note = (id: string, text: string): ClinicalEntry => ({ id, kind: 'note', text });
const pause = () => Promise.resolve();

describe('reader host: who may post reads', () => {
  const accepts = (sender: Parameters<typeof portPair>[0]) => acceptReaderPort(portPair(sender).host, OWN_ID, EXTENSION_BASE);

  it('takes the port of our own content script in a tab top frame', () => {
    expect(accepts({ id: OWN_ID, tab: { id: 3 }, frameId: 0, url: 'https://portal.example/record' })).toBe(true);
  });

  it('refuses other extensions, frames inside the page, extension pages and ports without a tab', () => {
    expect(accepts({ id: 'someone-else', tab: { id: 3 }, frameId: 0, url: 'https://portal.example/' })).toBe(false);
    expect(accepts({ id: OWN_ID, tab: { id: 3 }, frameId: 2, url: 'https://portal.example/' })).toBe(false);
    expect(accepts({ id: OWN_ID, tab: { id: 3 }, frameId: 0, url: `${EXTENSION_BASE}sidebar.html` })).toBe(false);
    expect(accepts({ id: OWN_ID, frameId: 0, url: 'https://portal.example/' })).toBe(false);
    const anonymous = portPair();
    delete anonymous.host.sender;
    expect(acceptReaderPort(anonymous.host, OWN_ID, EXTENSION_BASE)).toBe(false);
  });

  it('drops messages that are not reads and answers nothing to them', async () => {
    const pair = portPair();
    acceptReaderPort(pair.host, OWN_ID, EXTENSION_BASE);
    const answers: unknown[] = [];
    pair.content.onMessage.addListener((m) => answers.push(m));
    pair.content.postMessage({ type: 'read-start', scan: -1, full: true } as never);
    pair.content.postMessage({ type: 'read-end', scan: 1, pageState: 'x'.repeat(65), order: [] } as never);
    pair.content.postMessage({ type: 'store', op: 'delete-all' } as never);
    await new Promise((r) => setTimeout(r, 20));
    expect(answers).toEqual([]);
  });
});

describe('reader link and host together', () => {
  it('a verdict for the read, then only changes are sent', async () => {
    const bg = background();
    const link = createReadLink({ connect: bg.connect, pause });
    const first = await link.analyze({ pageState: 'ps_1', entries: [note('a', PLAIN), note('b', ASKED)] });
    expect(first).toMatchObject({ status: 'requested', pageState: 'ps_1', keep: ['a', 'b'] });
    const sent: unknown[] = [];
    bg.pairs[0]!.host.onMessage.addListener((m) => sent.push(m));
    const second = await link.analyze({ pageState: 'ps_1', entries: [note('a', PLAIN), note('b', PLAIN)] });
    expect(second?.status).toBe('none');
    const entries = sent.flatMap((m) => ((m as { type: string }).type === 'read-entries' ? (m as { entries: ClinicalEntry[] }).entries : []));
    expect(entries.map((e) => e.id)).toEqual(['b']);
    expect(bg.pairs).toHaveLength(1);
  });

  it('rebuilds after the service worker was stopped: the whole read goes again on a new port', async () => {
    let sessions = 0;
    const bg = background(() => {
      sessions++;
      return createReadSession();
    });
    const link = createReadLink({ connect: bg.connect, pause });
    await link.analyze({ pageState: 'ps_1', entries: [note('a', ASKED), note('b', PLAIN)] });
    bg.stop();
    await new Promise((r) => setTimeout(r, 5));
    // The same link after the stop: it notices the dropped port and posts everything again on a new one.
    const again = await link.analyze({ pageState: 'ps_1', entries: [note('a', ASKED), note('b', PLAIN)] });
    expect(again).toMatchObject({ status: 'requested', keep: ['a', 'b'] });
    expect(sessions).toBe(2);
  });

  it('a restarted background sent only changes asks again, and the link sends the whole read', async () => {
    // The port stays but the session behind it lost what it held (as after a restart with a stale port).
    let session = createReadSession();
    const proxy = { receive: (m: Parameters<typeof session.receive>[0]) => session.receive(m) };
    const bg = background(() => proxy);
    const link = createReadLink({ connect: bg.connect, pause });
    await link.analyze({ pageState: 'ps_1', entries: [note('a', PLAIN)] });
    session = createReadSession();
    const verdict = await link.analyze({ pageState: 'ps_2', entries: [note('a', PLAIN), note('b', ASKED)] });
    expect(verdict).toMatchObject({ status: 'requested', pageState: 'ps_2', keep: ['a', 'b'] });
  });

  it('an answer for an older read never resolves a newer one', async () => {
    const pair = portPair();
    const link = createReadLink({ connect: () => pair.content, pause });
    const posted: Array<{ type: string; scan: number }> = [];
    pair.host.onMessage.addListener((m) => posted.push(m as { type: string; scan: number }));
    const pending = link.analyze({ pageState: 'ps_2', entries: [note('a', PLAIN)] });
    await vi.waitFor(() => expect(posted.some((m) => m.type === 'read-end')).toBe(true));
    const scan = posted[0]!.scan;
    let settled = false;
    void pending.then(() => (settled = true));
    // A verdict of another read (an older page state) arrives first: it is dropped.
    pair.host.postMessage({ type: 'read-verdict', scan: scan - 1, pageState: 'ps_1', status: 'requested', evidence: [], keep: ['a'] });
    // So is anything malformed.
    pair.host.postMessage({ type: 'read-verdict', scan, pageState: 'ps_2', status: 'maybe', evidence: [], keep: [] } as never);
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false);
    const verdict = createReadSession(detectText);
    verdict.receive({ type: 'read-start', scan, full: true });
    verdict.receive({ type: 'read-entries', scan, entries: [note('a', PLAIN)] });
    pair.host.postMessage(verdict.receive({ type: 'read-end', scan, pageState: 'ps_2', order: ['a'] })!);
    expect(await pending).toMatchObject({ scan, pageState: 'ps_2', status: 'none' });
  });
});

describe('reader host: a page left in the middle of a long read', () => {
  it('detects none of the batches still waiting once the port has dropped', async () => {
    let received = 0;
    const session = createReadSession();
    const pair = portPair();
    acceptReaderPort(pair.host, OWN_ID, EXTENSION_BASE, {
      receive(message) {
        received++;
        return session.receive(message);
      },
    });
    pair.content.postMessage({ type: 'read-start', scan: 1, full: true, pageState: 'ps_1' });
    for (let i = 0; i < 50; i++) pair.content.postMessage({ type: 'read-entries', scan: 1, entries: [note(`n${i}`, PLAIN)], positions: [i] });
    // The clinician opens the next patient: the page and its port go.
    pair.content.disconnect();
    await new Promise((r) => setTimeout(r, 50));
    expect(received).toBeLessThan(10);
  });
});

describe('reader link: a whole read streamed while it is read', () => {
  it('shows the flag from the first batch, then gives the final verdict on the read', async () => {
    const link = createReadLink({ connect: background().connect, pause });
    const partials: string[] = [];
    const stream = link.begin({ pageState: 'ps_1' }, (verdict) => partials.push(verdict.status));
    await stream.push([note('b', ASKED)], [1]);
    await vi.waitFor(() => expect(partials).toEqual(['requested']));
    await stream.push([note('a', PLAIN)], [0]);
    const final = await stream.finish({ pageState: 'ps_1', entries: [note('a', PLAIN), note('b', ASKED)] });
    expect(final).toMatchObject({ status: 'requested', keep: ['a', 'b'] });
    expect(final?.partial).toBeUndefined();
  });

  it('sends the whole read again when the service worker stopped during the stream', async () => {
    const bg = background();
    const link = createReadLink({ connect: bg.connect, pause });
    const stream = link.begin({ pageState: 'ps_1' }, () => undefined);
    await stream.push([note('b', ASKED)], [1]);
    bg.stop();
    await new Promise((r) => setTimeout(r, 5));
    await stream.push([note('a', PLAIN)], [0]);
    const final = await stream.finish({ pageState: 'ps_1', entries: [note('a', PLAIN), note('b', ASKED)] });
    expect(final).toMatchObject({ status: 'requested', keep: ['a', 'b'] });
    expect(bg.pairs).toHaveLength(2);
  });
});
