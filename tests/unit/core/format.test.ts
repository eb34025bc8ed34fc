import { describe, expect, it } from 'vitest';
import { formatDate, mentionsDate } from '../../../lib/format';

describe('formatDate', () => {
  it('writes ISO dates the Dutch clinical way', () => {
    expect(formatDate('2026-09-15')).toBe('15-09-2026');
    expect(formatDate('2026-09-15T10:00:00Z')).toBe('15-09-2026');
  });
  it('leaves anything else alone', () => {
    expect(formatDate('gisteren')).toBe('gisteren');
  });
});

describe('mentionsDate', () => {
  it('finds a date however a portal writes it', () => {
    for (const text of ['Artrose knie rechts sinds 02-05-2026', 'sinds 2-5-2026', 'op 02/05/2026', '02.05.2026 controle', 'on 2026-05-02', '2 mei 2026', '2 May 2026', 'vanaf 2 mei. 2026'])
      expect(mentionsDate(text, '2026-05-02'), text).toBe(true);
  });
  it('does not take another date, or digits inside a longer number, for it', () => {
    for (const text of ['sinds 12-05-2026', '02-05-2025', '2026-05-21', 'id 102-05-20261', '2 juni 2026', 'geen datum'])
      expect(mentionsDate(text, '2026-05-02'), text).toBe(false);
    expect(mentionsDate('02-05-2026', 'gisteren')).toBe(false);
  });
});
