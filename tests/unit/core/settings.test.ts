import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../lib/settings';

describe('parseSettings', () => {
  it('gives defaults for nothing stored', () => {
    const s = parseSettings(undefined);
    expect(s).toMatchObject({ language: 'auto', enabledOrigins: [], retentionDays: 30 });
    expect(s.profile.agbCode).toBe('');
  });

  it('keeps valid fields and replaces only the broken ones', () => {
    const s = parseSettings({ language: 'nl', retentionDays: -4, enabledOrigins: 'oops', profile: { name: 'Dr. A. Visser', agbCode: '01234567' } });
    expect(s.language).toBe('nl');
    expect(s.retentionDays).toBe(30);
    expect(s.enabledOrigins).toEqual([]);
    expect(s.profile.name).toBe('Dr. A. Visser');
    expect(s.profile.agbCode).toBe('01234567');
  });

  it('rejects an AGB code that is not 8 digits', () => {
    const s = parseSettings({ profile: { name: 'X', agbCode: '1234' } });
    expect(s.profile.agbCode).toBe('');
  });

  it('survives junk', () => {
    expect(parseSettings('junk').language).toBe('auto');
    expect(parseSettings(null).retentionDays).toBe(30);
  });
});
