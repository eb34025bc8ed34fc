import type { ClinicalEntry } from '../../messages';
import { SEGMENT_LABELS, type SegmentRole } from './lexicon';
import { normalizeSpace } from '../../text';

/**
 * A note split at the labels clinicians write: SOEP lines ("S:", "E/", "P "), hospital consults
 * ("Anamnese:", "Conclusie:", "Voorstel:", "Beleid:") and English letters ("Assessment:", "Plan:",
 * "Recommended:"). Unlabelled text stays one segment with role `text`.
 */
export interface Segment {
  role: SegmentRole | 'text';
  text: string;
}

const ROLE_BY_LABEL = new Map<string, SegmentRole>(
  SEGMENT_LABELS.flatMap(({ role, labels }) => labels.map((l) => [l.toLowerCase(), role] as const)),
);
const WORD_LABELS = SEGMENT_LABELS.flatMap((g) => g.labels)
  .filter((l) => l.length > 1)
  .sort((a, b) => b.length - a.length)
  .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
/** Word labels end in a colon; single SOEP letters also in a slash ("E/ Gonartrose"). */
const LABEL = new RegExp(
  `(?:^|(?<=[.!?)]\\s+)|(?<=\\n\\s*))(?:(${WORD_LABELS.join('|')})\\s*:|([SOEPA])\\s*[:/])\\s*`,
  'giu',
);
/** A reader that lost the colon leaves "E Gonartrose re, …" at the start of a line. */
const BARE_SOEP = /^([SOEP])\s+(?=\p{Lu})/u;

export function segmentsOf(entry: ClinicalEntry): Segment[] {
  const raw = entry.text.replace(/\r/g, '');
  const bare = BARE_SOEP.exec(raw.trimStart());
  const text = bare ? `${bare[1]}: ${raw.trimStart().slice(bare[0].length)}` : raw;
  const marks = [...text.matchAll(LABEL)];
  if (!marks.length) {
    const whole = normalizeSpace(text);
    return whole ? [{ role: 'text', text: whole }] : [];
  }
  const segments: Segment[] = [];
  const lead = normalizeSpace(text.slice(0, marks[0]!.index));
  if (lead) segments.push({ role: 'text', text: lead });
  marks.forEach((m, i) => {
    const label = (m[1] ?? m[2] ?? '').toLowerCase();
    const end = i + 1 < marks.length ? marks[i + 1]!.index : text.length;
    const body = normalizeSpace(text.slice(m.index! + m[0].length, end));
    const role = ROLE_BY_LABEL.get(label) ?? 'text';
    if (body) segments.push({ role, text: body });
  });
  return segments;
}

/** The sentences of a text, each with its closing mark. */
export function sentencesOf(text: string): string[] {
  return (text.match(/(?:[^.!?]|[.!?](?![\s]|$))+(?:[.!?]+|$)/g) ?? []).map((s) => s.trim()).filter(Boolean);
}
