/**
 * White space folded to single spaces and trimmed: the one way every part of the extension flattens
 * text for comparing, labels and letter lines.
 */

/** White space other than a single plain space: a tab, a line break, a no-break space, or two in a row. */
const SPACE_TO_FOLD = /[^\S ]|\s\s/;

export function normalizeSpace(text: string): string {
  // Most lines of a note have nothing to fold: a scan that finds nothing is far cheaper than a
  // replacement that visits every single space of a 10,000-note record.
  return SPACE_TO_FOLD.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}
