import { describe, expect, it } from 'vitest';
import { PAGE_STATE_RECORDS, PAGE_STATE_TOP_CHARS, pageStateOf, quickPageState, type PageStateParts } from '../../../lib/page-state';

const base: PageStateParts = {
  url: 'http://127.0.0.1:5175/ward/index.html?bed=3#notes',
  title: 'Ward round',
  top: 'Ward round\nBed 3\nDilated cardiomyopathy, ejection fraction 30 percent.',
  records: ['Dilated cardiomyopathy, ejection fraction 30 percent.', 'Echo: left ventricle dilated.'],
};

describe('page state fingerprint', () => {
  it('is the same for the same page, whatever the whitespace', () => {
    expect(pageStateOf(base)).toBe(pageStateOf({ ...base }));
    expect(pageStateOf(base)).toBe(pageStateOf({ ...base, title: '  Ward   round ', top: base.top.replace(/ /g, '  \n '), records: base.records.map((r) => ` ${r}\n`) }));
    expect(pageStateOf(base)).toMatch(/^ps_[0-9a-f]{16}$/);
    expect(quickPageState(base)).toMatch(/^pq_[0-9a-f]{16}$/);
  });

  it('changes with the path, the query and the hash of the address', () => {
    const state = pageStateOf(base);
    for (const url of [
      'http://127.0.0.1:5175/ward/other.html?bed=3#notes',
      'http://127.0.0.1:5175/ward/index.html?bed=4#notes',
      'http://127.0.0.1:5175/ward/index.html?bed=3#letters',
      'http://127.0.0.1:5175/ward/index.html?bed=3',
    ]) {
      expect(pageStateOf({ ...base, url }), url).not.toBe(state);
      expect(quickPageState({ ...base, url }), url).not.toBe(quickPageState(base));
    }
  });

  it('changes with the title, the banner text and any of the first entries', () => {
    const state = pageStateOf(base);
    expect(pageStateOf({ ...base, title: 'Ward round · bed 4' })).not.toBe(state);
    expect(pageStateOf({ ...base, top: base.top.replace('Bed 3', 'Bed 4') })).not.toBe(state);
    expect(pageStateOf({ ...base, records: [base.records[0]!, 'Echo: left ventricle normal.'] })).not.toBe(state);
    expect(pageStateOf({ ...base, records: [base.records[0]!] })).not.toBe(state);
    expect(pageStateOf({ ...base, records: [...base.records, 'A third note.'] })).not.toBe(state);
    // The quick part does not see the entries; the full one does.
    expect(quickPageState({ url: base.url, title: base.title, top: base.top })).toBe(quickPageState(base));
  });

  it('keeps parts apart: moving text from one part to another changes it', () => {
    expect(pageStateOf({ ...base, title: 'ab', top: 'c' })).not.toBe(pageStateOf({ ...base, title: 'a', top: 'bc' }));
    expect(pageStateOf({ ...base, records: ['ab', 'c'] })).not.toBe(pageStateOf({ ...base, records: ['a', 'bc'] }));
    expect(pageStateOf({ ...base, records: ['a', ''] })).not.toBe(pageStateOf({ ...base, records: ['a'] }));
  });

  it('looks only at the top of the page and the first entries, so a long record costs the same', () => {
    const top = 'x'.repeat(PAGE_STATE_TOP_CHARS);
    expect(pageStateOf({ ...base, top })).toBe(pageStateOf({ ...base, top: `${top} further down the page` }));
    const records = Array.from({ length: PAGE_STATE_RECORDS }, (_, i) => `note ${i}`);
    expect(pageStateOf({ ...base, records })).toBe(pageStateOf({ ...base, records: [...records, 'an old note far below'] }));
    expect(pageStateOf({ ...base, records })).not.toBe(pageStateOf({ ...base, records: ['a new note at the top', ...records] }));
  });

  it('tells many similar pages apart', () => {
    const seen = new Set<string>();
    for (let bed = 0; bed < 5000; bed++) seen.add(pageStateOf({ ...base, url: `${base.url}&bed=${bed}` }));
    expect(seen.size).toBe(5000);
  });
});
