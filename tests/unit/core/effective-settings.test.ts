import { describe, expect, it } from 'vitest';
import { affectsSettings, loadSettings } from '../../../lib/effective-settings';

const local = (settings: unknown) => ({ get: async (key: string) => ({ [key]: settings }) });

describe('loadSettings', () => {
  it('merges the managed area over the user settings and keeps both apart', async () => {
    const loaded = await loadSettings({
      local: local({ retentionDays: 60, profile: { name: 'dr. A', organisation: 'Eigen' } }),
      managed: { get: async () => ({ retentionDays: 7, organisationName: 'Ziekenhuis Rijnoever', retentionDayz: 3 }) },
    });
    expect(loaded.settings.retentionDays).toBe(7);
    expect(loaded.settings.profile.organisation).toBe('Ziekenhuis Rijnoever');
    expect(loaded.own.retentionDays).toBe(60);
    expect(loaded.own.profile.organisation).toBe('Eigen');
    expect(loaded.warnings).toEqual([{ key: 'retentionDayz', problem: 'unknown-key' }]);
  });

  it('treats a managed area that rejects (Firefox without policies) or is missing as no policy', async () => {
    const rejecting = await loadSettings({ local: local(undefined), managed: { get: () => Promise.reject(new Error('Managed storage manifest not found')) } });
    expect(rejecting.policy).toEqual({});
    expect(rejecting.settings).toEqual(rejecting.own);
    const missing = await loadSettings({ local: local({ retentionDays: 12 }) });
    expect(missing.settings.retentionDays).toBe(12);
  });

  it('knows which storage changes can change the merged settings', () => {
    expect(affectsSettings({}, 'managed')).toBe(true);
    expect(affectsSettings({ settings: {} }, 'local')).toBe(true);
    expect(affectsSettings({ 'ui:https://x': {} }, 'local')).toBe(false);
    expect(affectsSettings({ settings: {} }, 'sync')).toBe(false);
  });
});
