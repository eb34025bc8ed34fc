import type { PagePatient } from '../messages';
import { normalizeSpace } from '../text';

function normalise(value: string): string {
  return normalizeSpace(value.normalize('NFKC').toLowerCase());
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

function identityForKey(p: PagePatient): string {
  return identityOf(p) ?? `name:${normalise(p.name)}|birth:${p.birthDate ?? ''}`;
}

/** Extension storage key (chrome.storage.local) of the per-install secret the patient keys are made with. */
export const PATIENT_KEY_SECRET = 'patientKeySecret';

/** 256 random bits, hex: made once per install, dropped by "Delete all". */
export function newPatientKeySecret(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(32)));
}

export function isPatientKeySecret(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}

/**
 * The key drafts and dismissals are filed under: HMAC-SHA-256 of the patient's identity under the
 * per-install secret, 'pk_' + 64 hex. Without the secret a key cannot be tied to a BSN by trying all
 * nine-digit numbers, and keys of two installs never match. It is a pseudonym for finding a patient's
 * draft again, not a way of keeping the patient out of storage: the draft itself holds the letter,
 * which names the patient and may quote the BSN (see SECURITY.md, "Where data is stored").
 */
export async function patientKey(p: PagePatient, secretHex: string): Promise<string> {
  if (!isPatientKeySecret(secretHex)) throw new Error('patientKey needs the 256-bit per-install secret');
  const key = await crypto.subtle.importKey('raw', fromHex(secretHex), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(identityForKey(p)));
  return `pk_${toHex(new Uint8Array(mac))}`;
}

/**
 * The key builds before the per-install secret used: an unsalted SHA-256 of the identity, 'pk_' + 40 hex.
 * Only computed to find drafts and dismissals stored under it and re-file them under `patientKey`.
 */
export async function legacyPatientKey(p: PagePatient): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(identityForKey(p)));
  return `pk_${toHex(new Uint8Array(digest)).slice(0, 40)}`;
}

function toHex(bytes: Uint8Array): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
