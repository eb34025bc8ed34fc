import { describe, expect, it } from 'vitest';
import { auditEntryForExport, ExportAuditEntrySchema } from '../../../lib/letter';

describe('auditEntryForExport', () => {
  it('records what was exported, when, and which categories, as a plain record', () => {
    const entry = auditEntryForExport('fhir', ['imaging', 'problems', 'imaging'], '2025-06-02T10:15:00+02:00');
    expect(entry).toEqual({ action: 'fhir', at: '2025-06-02T10:15:00+02:00', categories: ['imaging', 'problems'] });
    expect(ExportAuditEntrySchema.parse(JSON.parse(JSON.stringify(entry)))).toEqual(entry);
  });

  it('does not share the caller\'s array', () => {
    const categories = ['b', 'a'];
    const entry = auditEntryForExport('print', categories, '2025-06-02T10:15:00Z');
    categories.push('c');
    expect(entry.categories).toEqual(['a', 'b']);
  });

  it('rejects an unknown export kind', () => {
    expect(() => auditEntryForExport('email' as never, [], '2025-06-02T10:15:00Z')).toThrow();
  });
});
