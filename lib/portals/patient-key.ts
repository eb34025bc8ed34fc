import type { PagePatient } from '../messages';

function normalise(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The identity a patient is recognised by: the identifiers the page shows (sorted, so their order on
 * the page does not matter), or name and birth date when the page shows no identifier. In memory only.
 */
export function identityOf(p: PagePatient | null): string | null {
  if (!p) return null;
  const identifiers = p.identifiers
    .map((identifier) => `${identifier.system}:${normalise(identifier.value).replace(/\s/g, '')}`)
    .filter((item, index, all) => all.indexOf(item) === index)
    .sort();
  if (identifiers.length > 0) return identifiers.join('|');
  const name = normalise(p.name);
  if (!name && !p.birthDate) return null;
  return `name:${name}|birth:${p.birthDate ?? ''}`;
}

/**
 * A key to store drafts under without storing who the patient is: SHA-256 over the identity, so the
 * raw BSN never reaches IndexedDB. 'pk_' + 160 bits in hex.
 */
export async function patientKey(p: PagePatient): Promise<string> {
  const identity = identityOf(p) ?? `name:${normalise(p.name)}|birth:${p.birthDate ?? ''}`;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(identity));
  const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `pk_${hex.slice(0, 40)}`;
}
