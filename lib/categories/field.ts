import type { ClinicalEntry } from '../messages';
import { entryText, wordsMatch } from './assign';
import { getCategory } from './catalogue';
import type { Field } from './types';
import { normaliseText, wordListPattern } from './word-match';

/**
 * Which field the record comes from. A portal adapter written for one kind of practice says so in its
 * id; otherwise the record decides. The field matters because each field's second-opinion guidance
 * asks for different data (GUIDE section 3: the dental and mental-health examples).
 */
const ADAPTER_TOKENS: ReadonlyArray<{ field: Field; tokens: readonly string[] }> = [
  { field: 'dental', tokens: ['dental', 'dentist', 'tandarts', 'tand', 'mondzorg', 'orthodontie', 'kaakchirurgie'] },
  { field: 'mental-health', tokens: ['ggz', 'mental', 'psychiatry', 'psychiatrie', 'psy', 'psychologie'] },
  { field: 'gp', tokens: ['gp', 'huisarts', 'huisartsen', 'his', 'general', 'practice', 'nhg'] },
];

/** Share of entries that must point at a field before the record alone decides it. */
const DENTAL_SHARE = 0.3;
const MENTAL_SHARE = 0.4;
const GP_SHARE = 0.3;

/** Words only a dental record uses; X-ray words are left out because hospitals take X-rays too. */
const DENTAL_WORDS = [
  'gebit', 'tandarts', 'tandvlees', 'kies', 'OPG', 'bitewing', 'parodont', 'pocketdiepte', 'caries', 'wortelkanaal',
  'DPSI', 'dentist', 'tooth', 'teeth', 'molar', 'periodont', 'BPE', 'root canal',
];
const DENTAL_PATTERN = wordListPattern(DENTAL_WORDS);

/** ICPC-coded problems ("L90 Artrose knie") and SOEP notes are how Dutch GP systems write. */
const ICPC_PROBLEM = /^[A-Z]\d{2}(?:\.\d{2})?\s/;
const GP_PATTERNS = [/\bSOEP\b/i, /\bhuisarts(?:en)?praktijk\b/i, /\bgeneral practi(?:ce|tioner)\b/i, /^\s*[SOEP]:/m];

/**
 * Who gave the advice the patient doubts, and what it proposes, name the field a second opinion is
 * asked in: a GP's record of a patient weighing the orthopaedic surgeon's knee replacement calls for a
 * specialist's second opinion, not a GP's. Matched on normalised text (lower case, no accents).
 */
const FIELD_SIGNS: ReadonlyArray<{ field: Field; pattern: RegExp }> = [
  {
    field: 'dental',
    pattern:
      /\b(?:tandarts\w*|kaakchirurg\w*|mondhygien\w*|parodont\w*|orthodont\w*|implanta\w*|implants?|dentist\w*|dental|oral surgeon|periodont\w*|wortelkanaal\w*|root canal|tandvlees|gebit\w*|kiezen|tooth|teeth|gums?)\b/,
  },
  {
    field: 'mental-health',
    pattern: /\b(?:psychiat\w*|psycholo\w*|psychotherap\w*|ggz|mental health|depressi\w*|angststoorn\w*|anxiety|psychos[ei]\w*|ect)\b/,
  },
  {
    field: 'somatic',
    pattern:
      /\b(?:orthop(?:a)?ed\w*|cardiolo\w*|neurolo\w*|neurochirurg\w*|oncolo\w*|internist\w*|longarts\w*|urolo\w*|gyna?ecolo\w*|dermatolo\w*|reumatolo\w*|rheumatolo\w*|(?<!kaak)chirurg\w*|surgeon\w*|specialist\w*|ziekenhuis\w*|hospital\w*|polikliniek\w*|poli|(?:knie|heup|schouder|rug|hart)\w*(?:operatie|prothese|vervanging)|\w*prothese|replacement|opere\w*|operati\w*|surgery|surgical|fusion|chemo\w*|bestraling|radiotherap\w*)\b/,
  },
  { field: 'gp', pattern: /\b(?:huisarts\w*|general practi\w*|gp)\b/ },
];

/** Texts about the question, most telling first: the patient's words, the entries they stand in, the problem. */
export interface FieldFocus {
  evidence: readonly string[];
  evidenceEntries: readonly ClinicalEntry[];
  record: readonly ClinicalEntry[];
}
const FOCUS_WEIGHTS = { evidence: 3, evidenceEntries: 2, record: 1 } as const;

/** The field the question itself names, or undefined when its texts name none (or two equally). */
export function fieldOfQuestion(focus: FieldFocus): Field | undefined {
  const scores = new Map<Field, number>();
  const score = (text: string, weight: number) => {
    for (const { field, pattern } of FIELD_SIGNS) if (pattern.test(text)) scores.set(field, (scores.get(field) ?? 0) + weight);
  };
  for (const text of focus.evidence) score(normaliseText(text), FOCUS_WEIGHTS.evidence);
  for (const entry of focus.evidenceEntries) score(entryText(entry), FOCUS_WEIGHTS.evidenceEntries);
  for (const entry of focus.record) score(entryText(entry), FOCUS_WEIGHTS.record);
  // Ties go to the more specific field, in FIELD_SIGNS order: a dentist's record naming the hospital stays dental.
  let best: Field | undefined;
  let bestScore = 0;
  for (const { field } of FIELD_SIGNS) {
    const value = scores.get(field) ?? 0;
    if (value > bestScore) {
      best = field;
      bestScore = value;
    }
  }
  return best;
}

/**
 * The field of the second opinion: what the question names (fieldOfQuestion), else the portal's own
 * kind of practice, else what the record as a whole is about.
 */
export function inferField(adapterId: string, entries: ClinicalEntry[], focus?: FieldFocus): Field {
  const named = focus ? fieldOfQuestion(focus) : undefined;
  return named ?? fieldOfRecord(adapterId, entries);
}

function fieldOfRecord(adapterId: string, entries: ClinicalEntry[]): Field {
  const tokens = adapterId.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  for (const { field, tokens: known } of ADAPTER_TOKENS) {
    if (tokens.some((t) => known.includes(t))) return field;
  }
  if (entries.length === 0) return 'somatic';

  const mentalHealth = getCategory('mental-health')!;
  let dental = 0;
  let mental = 0;
  let gp = 0;
  for (const entry of entries) {
    const text = entryText(entry);
    if (entry.kind === 'dental' || DENTAL_PATTERN.test(text)) dental += 1;
    if (wordsMatch(mentalHealth, text)) mental += 1;
    const raw = `${entry.title ?? ''} ${entry.author ?? ''} ${entry.text}`;
    const icpc = entry.kind === 'problem' && ICPC_PROBLEM.test(entry.title ?? entry.text);
    if (icpc || GP_PATTERNS.some((re) => re.test(raw))) gp += 1;
  }
  const n = entries.length;
  if (dental / n >= DENTAL_SHARE) return 'dental';
  if (mental / n >= MENTAL_SHARE) return 'mental-health';
  if (gp / n >= GP_SHARE) return 'gp';
  return 'somatic';
}
