import type { Identifier, PagePatient } from '../messages';

const PRIORITY: Identifier['system'][] = ['bsn', 'mrn', 'practice', 'medplum', 'other'];

/** The identifier the sidebar shows next to the name: the national number first, then the portal's own. */
export function primaryIdentifier(p: PagePatient): Identifier | undefined {
  for (const system of PRIORITY) {
    const found = p.identifiers.find((identifier) => identifier.system === system);
    if (found) return found;
  }
  return undefined;
}
