import { normaliseBsn, isValidBsn } from './bsn';
import { cleanLine } from './dom-text';

/**
 * Patient identifiers as banners write them. Where a number carries a checksum it is checked (BSN
 * 11-check, NHS number modulus 11), so that a typo or another number in the banner never identifies a
 * patient; masked values ("afgeschermd", "***") are not identifiers at all.
 */

const MASKED = /^(?:[*•●x×#.\s-]{3,}|afgeschermd|verborgen|geheim|masked|hidden|redacted|n\/?a|onbekend|unknown|-+)$/i;

/** A value a portal shows instead of the real number. */
export function isMaskedValue(value: string): boolean {
  const text = cleanLine(value);
  return text === '' || MASKED.test(text) || /\*{2,}|•{2,}|●{2,}/.test(text);
}

/** NHS number: ten digits, weights 10..2 on the first nine, check digit 11 - (sum mod 11), 11 -> 0, 10 invalid. */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits) || /^(\d)\1{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[9]);
}

/** The BSN written in a value ("2741.81.009", "171 56 71 58", "BSN 274181009 (geverifieerd)"), digits only. */
export function bsnIn(value: string): string | undefined {
  const match = /\d[\d.\s\u00a0]{6,13}\d/.exec(value);
  const digits = match ? normaliseBsn(match[0]) : undefined;
  return digits && isValidBsn(digits) ? digits : undefined;
}

/** The NHS number written in a value ("943 476 5919", "943-476-5919"), digits only. */
export function nhsNumberIn(value: string): string | undefined {
  const match = /\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b/.exec(value);
  const digits = match?.[0].replace(/[\s-]/g, '');
  return digits && isValidNhsNumber(digits) ? digits : undefined;
}

/**
 * A portal's own record number: the first token that holds a digit ("Z2093114", "C-0045821",
 * "PN 30-1187", "00451001"), without a trailing remark in brackets.
 */
export function recordNumberIn(value: string): string | undefined {
  const text = cleanLine(value.replace(/\([^)]*\)/g, ' '));
  if (!text || isMaskedValue(text)) return undefined;
  // Letters-then-digits with inner separators, as hospitals write them; a short prefix word may be separate ("PN 30-1187").
  const match = /(?:^|\s)((?:[A-Za-z]{1,4}\s)?[A-Za-z]{0,4}[-/.]?\d[\dA-Za-z./-]{0,30})/.exec(text);
  const found = match?.[1]?.replace(/[.,;:]+$/, '');
  return found && /\d/.test(found) ? found : undefined;
}
