/**
 * Runs inside a zoo page (bundled by eval-reader.mjs): reads the page the way the content script does —
 * pick the reader, read the patient, read the entries, combine the detections — and returns plain data.
 */
import { combineEntries, detectText } from '../lib/detect';
import { pickAdapter } from '../lib/portals/registry';

function pageLanguage(): 'nl' | 'en' | undefined {
  const lang = document.documentElement.lang.toLowerCase();
  return lang.startsWith('nl') ? 'nl' : lang.startsWith('en') ? 'en' : undefined;
}

(globalThis as Record<string, unknown>).__readPage = () => {
  const adapter = pickAdapter(new URL(location.href), document);
  const { patient, warnings } = adapter.readPatient(document);
  const lang = adapter.language?.(document) ?? pageLanguage();
  const entries = patient ? adapter.readEntries(document).map(({ locate: _locate, ...entry }) => entry) : [];
  const combined = combineEntries(
    entries.map((entry, order) => ({ entryId: entry.id, date: entry.date, source: entry.kind, order, detection: detectText(entry.text, lang) })),
  );
  return { adapter: adapter.id, patient, warnings, entries, status: patient ? combined.status : 'none' };
};
