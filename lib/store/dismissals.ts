/**
 * "Dismiss for this patient": one extension-storage entry per dismissed patient,
 * `dismissed:<patient key>` = `{ at: ISO date-time }`. It lives under the same rules as drafts: it is
 * deleted `retentionDays` after the dismissal, by "Delete all", and by "Show the flag again".
 * Builds before this stored `true` without a date; such an entry gets today's date at the first purge
 * and expires one retention period later.
 */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const DISMISSED_PREFIX = 'dismissed:';
const DAY_MS = 86_400_000;

const entryKey = (patientKey: string) => `${DISMISSED_PREFIX}${patientKey}`;

export async function isDismissed(area: KeyValueArea, patientKey: string): Promise<boolean> {
  const value = (await area.get(entryKey(patientKey)))[entryKey(patientKey)];
  return value === true || isDated(value);
}

export async function dismiss(area: KeyValueArea, patientKey: string, now: Date): Promise<void> {
  await area.set({ [entryKey(patientKey)]: { at: now.toISOString() } });
}

/** "Show the flag again". */
export async function undismiss(area: KeyValueArea, patientKey: string): Promise<void> {
  await area.remove(entryKey(patientKey));
}

/** Deletes dismissals older than the retention period; returns how many went. */
export async function purgeExpiredDismissals(area: KeyValueArea, now: Date, retentionDays: number): Promise<number> {
  const limit = now.getTime() - retentionDays * DAY_MS;
  const expired: string[] = [];
  const dated: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(await area.get(null))) {
    if (!key.startsWith(DISMISSED_PREFIX)) continue;
    if (isDated(value)) {
      if (Date.parse(value.at) < limit) expired.push(key);
    } else if (value === true) dated[key] = { at: now.toISOString() };
    else expired.push(key); // not a dismissal this build wrote: nothing to keep
  }
  if (expired.length) await area.remove(expired);
  if (Object.keys(dated).length) await area.set(dated);
  return expired.length;
}

/** "Delete all": every dismissal goes. */
export async function removeAllDismissals(area: KeyValueArea): Promise<void> {
  const keys = Object.keys(await area.get(null)).filter((key) => key.startsWith(DISMISSED_PREFIX));
  if (keys.length) await area.remove(keys);
}

/** Moves a dismissal filed under an earlier key of the same patient to the current key. */
export async function rekeyDismissal(area: KeyValueArea, from: string, to: string, now: Date): Promise<void> {
  const value = (await area.get(entryKey(from)))[entryKey(from)];
  if (value === undefined) return;
  await area.set({ [entryKey(to)]: isDated(value) ? value : { at: now.toISOString() } });
  await area.remove(entryKey(from));
}

function isDated(value: unknown): value is { at: string } {
  return typeof value === 'object' && value !== null && typeof (value as { at?: unknown }).at === 'string' && !Number.isNaN(Date.parse((value as { at: string }).at));
}

