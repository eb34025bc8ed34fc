/**
 * The Dutch citizen service number (BSN) carries the "11-proef": weights 9..2 on the first eight digits
 * and -1 on the last, the sum divisible by 11. A number that fails it is a typo or not a BSN at all,
 * so it must never be used to identify a patient.
 */
export function isValidBsn(value: string): boolean {
  const digits = normaliseBsn(value);
  if (!digits || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** Digits only, eight-digit numbers left-padded (older BSNs are written without the leading zero). */
export function normaliseBsn(value: string): string | undefined {
  const digits = value.replace(/[\s.\u00a0-]/g, '');
  if (!/^\d{8,9}$/.test(digits)) return undefined;
  return digits.padStart(9, '0');
}
