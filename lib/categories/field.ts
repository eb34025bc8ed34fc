import type { ClinicalEntry } from '../messages';
import { entryText, wordsMatch } from './assign';
import { getCategory } from './catalogue';
import type { Field } from './types';
import { wordListPattern } from './word-match';

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

export function inferField(adapterId: string, entries: ClinicalEntry[]): Field {
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
