/**
 * Patient-level view over many entries: the newest entry that says anything about a second opinion
 * decides. Undated entries take the date of the nearest earlier dated entry, so "later index = newer"
 * holds among them without breaking the date order.
 */
import type { EntryDetection, PatientDetection } from './types';

export function combineEntries(entries: EntryDetection[]): PatientDetection {
  const byOrder = [...entries].sort((a, b) => a.order - b.order);
  let lastDate = '';
  const keyed = byOrder.map((entry) => {
    if (entry.date) lastDate = entry.date;
    return { entry, date: entry.date ?? lastDate };
  });
  keyed.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.entry.order - b.entry.order));

  const newestFirst = keyed.reverse().map((k) => k.entry);
  const deciding = newestFirst.find((e) => e.detection.status !== 'none');
  const history: PatientDetection['history'] = [];
  for (const entry of newestFirst) {
    const hits = entry.detection.evidence.filter((h) => h.status !== 'none');
    for (let i = hits.length - 1; i >= 0; i--) {
      const hit = hits[i]!;
      history.push({
        ...hit,
        entryId: entry.entryId,
        ...(entry.date ? { date: entry.date } : {}),
        ...(entry.source ? { source: entry.source } : {}),
      });
    }
  }
  return deciding
    ? { status: deciding.detection.status, decidingEntryId: deciding.entryId, history }
    : { status: 'none', history };
}
