import { applyManagedPolicy, parseManagedPolicy, type ManagedPolicy, type PolicyWarning } from './managed-policy';
import { parseSettings, type Settings } from './settings';
import { SETTINGS_KEY } from './settings-key';

/** The two storage areas settings come from; `browser.storage` fits. */
export interface SettingsStorage {
  local: { get(key: string): Promise<Record<string, unknown>> };
  managed?: { get(keys?: null): Promise<Record<string, unknown>> };
}

export interface LoadedSettings {
  /** What every part of the extension works with: the user's own with the policy's values in place. */
  settings: Settings;
  /** The user's own settings, as stored; the options page saves only these. */
  own: Settings;
  policy: ManagedPolicy;
  warnings: PolicyWarning[];
}

/**
 * Reads the user's settings and the organisation's policy and merges them. Firefox rejects
 * `storage.managed.get()` when no policy is installed, and a browser without managed storage has no
 * `managed` area: both mean "no policy".
 */
export async function loadSettings(areas: SettingsStorage): Promise<LoadedSettings> {
  const own = parseSettings((await areas.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  let raw: unknown;
  try {
    raw = await areas.managed?.get(null);
  } catch {
    raw = undefined;
  }
  const { policy, warnings } = parseManagedPolicy(raw);
  return { settings: applyManagedPolicy(own, policy), own, policy, warnings };
}

/** Whether a `storage.onChanged` event can change the merged settings. */
export function affectsSettings(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (area === 'local' && SETTINGS_KEY in changes);
}
