import { describe, expect, it } from 'vitest';
import { clipForSidebar, MAX_NARRATIVE, MAX_TEXT, sidebarEntryIds } from '../../../lib/analysis/clip';
import type { PageEntry } from '../../../lib/portals/types';

const entry = (id: string, kind: PageEntry['kind'], date: string | undefined, text = `text ${id}`): PageEntry => ({
  id,
  kind,
  date,
  text,
  locate: () => null,
});

describe('clipForSidebar', () => {
  it('keeps every structured entry and only the newest narrative ones', () => {
    const notes = Array.from({ length: MAX_NARRATIVE + 50 }, (_, i) => entry(`n${i}`, 'note', `2020-01-01`.replace('01-01', `${String((i % 12) + 1).padStart(2, '0')}-01`)));
    const structured = [entry('m1', 'medication', '2019-01-01'), entry('a1', 'allergy', undefined)];
    const clipped = clipForSidebar([...notes, ...structured], new Set());
    expect(clipped.filter((e) => e.kind === 'note')).toHaveLength(MAX_NARRATIVE);
    expect(clipped.map((e) => e.id)).toEqual(expect.arrayContaining(['m1', 'a1']));
    const kept = clipped.filter((e) => e.kind === 'note').map((e) => e.date!);
    const dropped = notes.filter((n) => !clipped.some((c) => c.id === n.id)).map((n) => n.date!);
    const oldestKept = kept.reduce((a, b) => (a < b ? a : b));
    const newestDropped = dropped.reduce((a, b) => (a > b ? a : b));
    expect(oldestKept >= newestDropped).toBe(true);
  });

  it('always keeps the entries that carry the evidence, however old', () => {
    const notes = Array.from({ length: MAX_NARRATIVE + 10 }, (_, i) => entry(`n${i}`, 'note', '2026-01-01'));
    const old = entry('old', 'message', '2001-01-01');
    const clipped = clipForSidebar([old, ...notes], new Set(['old']));
    expect(clipped.some((e) => e.id === 'old')).toBe(true);
  });

  it('sends plain data only: no locate function, text clipped', () => {
    const [plain] = clipForSidebar([entry('x', 'note', undefined, 'y'.repeat(MAX_TEXT + 100))], new Set());
    expect(plain!.text).toHaveLength(MAX_TEXT);
    expect(Object.keys(plain!)).not.toContain('locate');
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
  });
});

describe('sidebarEntryIds', () => {
  it('names the chosen entries in page order, evidence included', () => {
    const notes = Array.from({ length: MAX_NARRATIVE + 5 }, (_, i) => entry(`n${i}`, 'note', `2020-01-${String((i % 28) + 1).padStart(2, '0')}`));
    const ids = sidebarEntryIds([entry('old', 'letter', '1999-01-01'), ...notes, entry('m', 'medication', undefined)], new Set(['old']));
    expect(ids[0]).toBe('old');
    expect(ids[ids.length - 1]).toBe('m');
    expect(ids).toHaveLength(MAX_NARRATIVE + 2);
  });
});
