import type { EvidenceRef, HostToReader, Identifier, PagePatient, RuntimeMessage, ToContent } from './messages';

/**
 * Dependency-free checks for the messages the content script receives. The zod schemas in
 * messages.ts stay the one definition of each shape; these guards mirror them so the content script
 * (budget: 30 KB gzipped, and it runs on every portal page) need not carry a schema library. A unit
 * test runs both on the same valid, invalid and random inputs and requires identical results.
 * Each guard returns a fresh object with only the known fields, as zod's parse does.
 */
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
const isStr = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.length >= min && v.length <= max;
const SYSTEMS = new Set(['bsn', 'mrn', 'practice', 'medplum', 'other']);
const SEXES = new Set(['female', 'male', 'other', 'unknown']);
const CONFIDENCE = new Set(['certain', 'probable', 'unsure']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function identifier(v: unknown): Identifier | undefined {
  if (!isObj(v) || typeof v.system !== 'string' || !SYSTEMS.has(v.system) || !isStr(v.value, 1, 64)) return undefined;
  if (v.label !== undefined && !isStr(v.label, 0, 64)) return undefined;
  const out: Identifier = { system: v.system as Identifier['system'], value: v.value };
  if (v.label !== undefined) out.label = v.label as string;
  return out;
}

export function guardPagePatient(v: unknown): PagePatient | undefined {
  if (!isObj(v) || !isStr(v.name, 0, 200)) return undefined;
  if (v.birthDate !== undefined && !(typeof v.birthDate === 'string' && ISO_DATE.test(v.birthDate))) return undefined;
  if (v.sex !== undefined && !(typeof v.sex === 'string' && SEXES.has(v.sex))) return undefined;
  if (v.confidence !== undefined && !(typeof v.confidence === 'string' && CONFIDENCE.has(v.confidence))) return undefined;
  if (v.gp !== undefined && !isStr(v.gp, 0, 200)) return undefined;
  if (!Array.isArray(v.identifiers) || v.identifiers.length > 20) return undefined;
  const identifiers: Identifier[] = [];
  for (const raw of v.identifiers) {
    const id = identifier(raw);
    if (!id) return undefined;
    identifiers.push(id);
  }
  const out: PagePatient = { name: v.name, identifiers, confidence: (v.confidence as PagePatient['confidence']) ?? 'certain' };
  if (v.birthDate !== undefined) out.birthDate = v.birthDate as string;
  if (v.sex !== undefined) out.sex = v.sex as PagePatient['sex'];
  if (v.gp !== undefined) out.gp = v.gp as string;
  return out;
}

export function guardToContent(v: unknown): ToContent | undefined {
  if (!isObj(v)) return undefined;
  switch (v.type) {
    case 'hello':
      return isStr(v.token, 16, 100) ? { type: 'hello', token: v.token } : undefined;
    case 'close-sidebar':
      return { type: v.type };
    case 'resize-sidebar':
      return isInt(v.width) && v.width >= 240 && v.width <= 1200 ? { type: 'resize-sidebar', width: v.width } : undefined;
    case 'locate-entry': {
      if (!isStr(v.entryId, 0, 120)) return undefined;
      if ((v.start !== undefined && !isInt(v.start)) || (v.end !== undefined && !isInt(v.end))) return undefined;
      const out: Extract<ToContent, { type: 'locate-entry' }> = { type: 'locate-entry', entryId: v.entryId };
      if (v.start !== undefined) out.start = v.start as number;
      if (v.end !== undefined) out.end = v.end as number;
      return out;
    }
    case 'confirm-patient': {
      const patient = guardPagePatient(v.patient);
      return patient && isStr(v.pageState, 0, 64) ? { type: 'confirm-patient', patient, pageState: v.pageState } : undefined;
    }
    default:
      return undefined;
  }
}

export function guardRuntimeMessage(v: unknown): RuntimeMessage | undefined {
  if (!isObj(v)) return undefined;
  return v.type === 'toggle-sidebar' || v.type === 'get-shortcut' || v.type === 'open-options' ? { type: v.type } : undefined;
}

const STATUSES = new Set(['requested', 'considering', 'declined', 'completed', 'none']);
const isStatus = (v: unknown): v is EvidenceRef['status'] => typeof v === 'string' && STATUSES.has(v);
const optStr = (v: unknown, max: number) => v === undefined || isStr(v, 0, max);

function evidence(v: unknown): EvidenceRef | undefined {
  if (!isObj(v) || !isInt(v.start) || v.start < 0 || !isInt(v.end) || v.end < 0 || !isStr(v.text, 0, 2000) || !isStatus(v.status)) return undefined;
  if (!optStr(v.entryId, Infinity) || !optStr(v.trigger, 200) || !optStr(v.source, 300)) return undefined;
  if (v.date !== undefined && !(typeof v.date === 'string' && ISO_DATE.test(v.date))) return undefined;
  if (!Array.isArray(v.cues) || v.cues.length > 20 || !v.cues.every((cue) => isStr(cue, 0, 40))) return undefined;
  const out: EvidenceRef = { start: v.start, end: v.end, text: v.text, status: v.status, cues: [...(v.cues as string[])] };
  for (const key of ['entryId', 'trigger', 'date', 'source'] as const) if (v[key] !== undefined) out[key] = v[key] as string;
  return out;
}

/** The background's answer to a read (HostToReaderSchema). */
export function guardHostToReader(v: unknown): HostToReader | undefined {
  if (!isObj(v) || !isInt(v.scan) || v.scan < 0) return undefined;
  if (v.type === 'read-resend') return { type: 'read-resend', scan: v.scan };
  if (v.type !== 'read-verdict' || !isStr(v.pageState, 0, 64) || !isStatus(v.status)) return undefined;
  if (!Array.isArray(v.evidence) || v.evidence.length > 200 || !Array.isArray(v.keep) || v.keep.length > 20_000) return undefined;
  if (!v.keep.every((id) => isStr(id, 0, 120))) return undefined;
  const hits: EvidenceRef[] = [];
  for (const raw of v.evidence) {
    const hit = evidence(raw);
    if (!hit) return undefined;
    hits.push(hit);
  }
  const verdict: HostToReader = { type: 'read-verdict', scan: v.scan, pageState: v.pageState, status: v.status, evidence: hits, keep: [...(v.keep as string[])] };
  if (v.partial === true) verdict.partial = true;
  return verdict;
}
