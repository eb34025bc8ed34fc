import type { ClinicalEntry } from '../../messages';
import type { LetterLang } from '../schemas';
import { defuseMarkers } from '../placeholders';
import { cleanEntry } from './clean';
import { ABBREVIATIONS, INLINE_PROPOSAL, LATERALITY, PSYCHIATRIC_DRUGS, QUALIFIER, SURGICAL_WORDS } from './lexicon';
import { segmentsOf, sentencesOf } from './segments';
import { containsAnyPart, containsAnyWord } from './words';

/**
 * What the second opinion is about, as the record states it: the condition (an "E/" line, a
 * "Conclusie:", an "Assessment:", the newest problem) and the proposal (a "P/" line, "Voorstel:",
 * "Beleid:", "Recommended:", a care plan). Several may be found; the clinician picks one in the
 * sidebar, and the first is the default.
 */
export interface QuestionFocus {
  /** Stable while the record does not change; the draft keeps the clinician's pick by it. */
  key: string;
  /** The condition as the question names it: laterality left to the proposal when that names it. */
  condition?: string;
  /** The condition in full, for the working diagnosis. */
  diagnosis?: string;
  proposal?: string;
  surgical: boolean;
  entryId?: string;
  date?: string;
}

/** Kinds a clinician writes an assessment or a proposal in; portal messages are the patient's. */
const CLINICIAN_KINDS = new Set<ClinicalEntry['kind']>(['note', 'letter', 'care-plan', 'procedure', 'other', 'dental']);
const MAX_PHRASE = 120;
/** "Fase 2:", "Stap 1:", "Phase 3:" in front of a care-plan line. */
const STEP_PREFIX = /^(?:fase|stap|phase|step|stage)\s*\d+\s*[:.)-]\s*/i;

export function findFocusCandidates(entries: readonly ClinicalEntry[], lang: LetterLang): QuestionFocus[] {
  const found: QuestionFocus[] = [];
  const newest = [...entries].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  let latestCondition: string | undefined;
  for (const entry of newest) {
    if (!CLINICIAN_KINDS.has(entry.kind)) continue;
    const { condition, proposal } = readEntry(entry, lang);
    latestCondition ??= condition;
    if (condition || proposal) found.push(focus(condition, proposal, entry));
  }
  const problem = newest.find((e) => e.kind === 'problem');
  const problemCondition = problem ? conditionPhrase(cleanEntry(problem).title ?? cleanEntry(problem).text, lang) : undefined;
  // A proposal written without its condition borrows the newest one the record states.
  const fallback = latestCondition ?? problemCondition;
  for (const f of found) {
    if (!f.condition && fallback) Object.assign(f, focus(fallback, f.proposal, { id: f.entryId, date: f.date }));
  }
  if (problem && problemCondition) found.push(focus(problemCondition, undefined, problem));
  const unique = new Map<string, QuestionFocus>();
  const rank = (f: QuestionFocus) => (f.proposal && f.condition ? 0 : f.proposal ? 1 : 2);
  for (const f of [...found].sort((a, b) => rank(a) - rank(b))) if (!unique.has(f.key)) unique.set(f.key, f);
  return [...unique.values()].slice(0, 8);
}

/** "Verdenking multiple sclerose" is asked as "is multiple sclerose juist"; the hedge stays in the working diagnosis. */
const HEDGE = /^(?:verdenking(?:\s+op)?|vermoedelijk|waarschijnlijk|mogelijk|suspected|suspicion of|probable|possible|presumed)\s+/i;

function focus(diagnosis: string | undefined, proposal: string | undefined, from: { id?: string; date?: string }): QuestionFocus {
  const condition = diagnosis ? withoutLaterality(diagnosis, proposal).replace(HEDGE, '') : undefined;
  const key = `${(condition ?? '').toLowerCase()}|${(proposal ?? '').toLowerCase()}`;
  return {
    key,
    ...(condition ? { condition } : {}),
    ...(diagnosis ? { diagnosis } : {}),
    ...(proposal ? { proposal } : {}),
    surgical: !!proposal && containsAnyPart(proposal, SURGICAL_WORDS),
    ...(from.id ? { entryId: from.id } : {}),
    ...(from.date ? { date: from.date } : {}),
  };
}

function readEntry(entry: ClinicalEntry, lang: LetterLang): { condition?: string; proposal?: string } {
  const segments = segmentsOf(entry);
  let proposalText = segments.find((s) => s.role === 'proposal')?.text;
  if (!proposalText) {
    for (const segment of segments) {
      const inline = INLINE_PROPOSAL.exec(segment.text);
      if (inline?.[1] && proposalLike(inline[1])) {
        proposalText = inline[1];
        break;
      }
    }
  }
  if (!proposalText && entry.kind === 'care-plan') {
    const text = cleanEntry(entry).text.replace(STEP_PREFIX, '');
    if (proposalLike(text)) proposalText = text;
  }
  if (!proposalText) {
    // A plan line proposes what it starts with ("P/ TKP rechts"), not what it mentions in passing
    // ("verdere behandeling afhankelijk van het besluit over de operatie").
    const plans = segments.filter((s) => s.role === 'plan').flatMap((s) => sentencesOf(s.text));
    proposalText = plans.find((sentence) => operationLike(sentence.split(/\s+/).slice(0, 4).join(' ')));
  }
  const proposal = proposalText ? proposalPhrase(proposalText, lang) : undefined;
  const assessment = segments.find((s) => s.role === 'assessment')?.text;
  const condition = assessment ? conditionPhrase(assessment, lang) : undefined;
  return { condition, proposal };
}

/** An operation, an implant, or a named drug: a stated proposal worth asking a second opinion about. */
function proposalLike(raw: string): boolean {
  return operationLike(raw) || containsAnyWord(raw, PSYCHIATRIC_DRUGS);
}

/** A plan line names drug steps taken as well as proposals; only an operation or implant in it is a proposal. */
function operationLike(raw: string): boolean {
  const text = `${expand(raw, 'nl')} ${expand(raw, 'en')}`;
  return containsAnyPart(text, SURGICAL_WORDS) || /implant/i.test(text);
}

/** "TKP re." → "totale knieprothese rechts": abbreviations spelled out, first sentence, no closing mark. */
export function proposalPhrase(text: string, lang: LetterLang): string {
  const first = (sentencesOf(expand(text.replace(STEP_PREFIX, ''), lang))[0] ?? '').replace(/[.!?;:]+$/, '').trim();
  return lowerFirst(limit(lang === 'en' ? sideFirst(first) : first));
}

/** English puts the side first: "TKR right" reads "right total knee replacement". */
function sideFirst(phrase: string): string {
  const m = /^(.+?)\s+(right|left|bilateral)$/i.exec(phrase);
  return m ? `${m[2]!.toLowerCase()} ${m[1]}` : phrase;
}

/**
 * "Gonartrose rechts, KL-graad 4, conservatief uitbehandeld" → "gonartrose rechts (KL-graad 4)":
 * the condition and its grade, without the clinician's remarks.
 */
export function conditionPhrase(text: string, lang: LetterLang): string | undefined {
  const first = (sentencesOf(expand(text, lang))[0] ?? '').replace(/[.!?;:]+$/, '').replace(/^[A-Z]\d{2}(?:\.\d{1,2})?\s+/, '');
  const [main, ...rest] = first.split(/,\s*/).map((p) => p.trim()).filter(Boolean);
  if (!main) return undefined;
  const qualifiers = rest.filter((p) => QUALIFIER.test(p) && p.split(' ').length <= 4);
  const base = lowerFirst(main);
  return limit(qualifiers.length ? `${base} (${qualifiers.join(', ')})` : base);
}

/** Laterality is named once, with the proposal, when the proposal names it. */
function withoutLaterality(condition: string, proposal: string | undefined): string {
  if (!proposal) return condition;
  const side = LATERALITY.find((w) => new RegExp(`\\b${w}\\b`, 'i').test(proposal));
  if (!side) return condition;
  // Only a trailing side ("gonartrose rechts"); inside the name it belongs to it ("osteoarthritis right knee").
  const stripped = condition.replace(new RegExp(`\\s+${side}(?=\\s*(?:\\(|$))`, 'i'), '').trim();
  return stripped || condition;
}

function expand(text: string, lang: LetterLang): string {
  const table = ABBREVIATIONS[lang];
  return text.replace(/[\p{L}][\p{L}-]*\.?/gu, (word) => {
    const bare = word.replace(/\.$/, '');
    const full = table[bare];
    return full ? full + (word.endsWith('.') && !/\b(re|li|rt|lt)$/.test(bare) ? '.' : '') : word;
  });
}

/** Lower-case the first letter unless the first word is an acronym or a name with digits (MS, HIV, COPD). */
function lowerFirst(text: string): string {
  const first = text.split(/\s/)[0] ?? '';
  if (/^\p{Lu}[\p{Lu}\d-]+$/u.test(first) || /\d/.test(first)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Page text must not pose as a marker, and a phrase stays short enough to read inside a question. */
function limit(raw: string): string {
  const text = defuseMarkers(raw);
  if (text.length <= MAX_PHRASE) return text;
  const room = text.slice(0, MAX_PHRASE);
  return room.slice(0, room.lastIndexOf(' ')).replace(/[\s,;:]+$/, '');
}
