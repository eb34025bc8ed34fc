import type { PagePatient, Snapshot } from '../../lib/messages';

// Temporary reader until the adapters and the detector land: title only.
export interface PageReader {
  scan(): Promise<void>;
  current(): Snapshot | undefined;
  locate(entryId: string): Element | null;
  confirmPatient(patient: PagePatient): void;
}

export function createPageReader(options: { onSnapshot(snapshot: Snapshot): void }): PageReader {
  let latest: Snapshot | undefined;
  let seq = 0;
  return {
    async scan() {
      latest = {
        seq: ++seq,
        pageTitle: document.title.slice(0, 300),
        origin: location.origin,
        adapter: 'none',
        patient: null,
        patientKey: null,
        entries: [],
        status: 'none',
        evidence: [],
        warnings: [],
        reading: false,
      };
      options.onSnapshot(latest);
    },
    current: () => latest,
    locate: () => null,
    confirmPatient: () => undefined,
  };
}
