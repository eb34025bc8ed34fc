import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../lib/format';

describe('formatDate', () => {
  it('writes ISO dates the Dutch clinical way', () => {
    expect(formatDate('2026-09-15')).toBe('15-09-2026');
    expect(formatDate('2026-09-15T10:00:00Z')).toBe('15-09-2026');
  });
  it('leaves anything else alone', () => {
    expect(formatDate('gisteren')).toBe('gisteren');
  });
});
