import { formatDate } from '../../format';
import type { ClinicalEntry } from '../../messages';
import { cutAtWord } from '../entry-lines';
import { defuseMarkers } from '../placeholders';
import { cleanEntry } from './clean';
import {
  COST_PATTERN,
  EFFECT_WORDS,
  PERIODONTAL_WORDS,
  PSYCHIATRIC_DRUGS,
  PSYCHOTHERAPY_WORDS,
  QUESTIONNAIRES,
  SUICIDALITY_WORDS,
  TREATMENT_WORDS,
} from './lexicon';
import type { Relevance } from './relevance';
import { segmentsOf, sentencesOf, type Segment } from './segments';
import type { LetterTemplate } from './template';
import { containsAnyPart, containsAnyWord } from './words';
import { normalizeSpace } from '../../text';

/**
 * The facts of the record for the letter's clinical sections, each a clean item: one per entry and
 * bucket, its own date once, cut between words. Every sentence of a note goes to one bucket only, so
 * nothing is told twice: suicidality, questionnaires, medication steps and psychotherapy first (the
 * mental-health letter asks for them by name), then the effect of treatment, then by the label the
 * clinician wrote (history, findings, plan). Items are ordered by relevance to the question; episodes
 * that bear no relation to it are left out and listed for the clinician.
 */
export interface RecordFacts {
  history: string[];
  findings: string[];
  treatments: string[];
  effects: string[];
  medicationSteps: string[];
  psychotherapy: string[];
  questionnaires: string[];
  suicidality: string[];
  periodontal: string[];
  carePlan: string[];
  cost: string[];
  /** Unrelated episodes the clinician may want to check; never written into the letter. */
  leftOut: string[];
}

type Bucket = Exclude<keyof RecordFacts, 'leftOut'>;

const ITEM_MAX = 240;
const NOTE_KINDS = new Set<ClinicalEntry['kind']>(['note', 'letter', 'care-plan', 'other', 'procedure']);
const FINDING_KINDS = new Set<ClinicalEntry['kind']>(['imaging', 'pathology', 'result', 'vital-sign']);
/**
 * Kinds that form an episode of care (a journal entry, a consult, a letter); an unrelated one is
 * listed as left out. Results, images and plans the clinician shared stay, ordered by relevance: a
 * brain MRI need not name the suspected diagnosis to be its main finding.
 */
const EPISODE_KINDS = new Set<ClinicalEntry['kind']>(['note', 'letter', 'other']);

interface Item {
  bucket: Bucket;
  text: string;
  date?: string;
  score: number;
}

export interface FactOptions {
  template: LetterTemplate;
  /** The questionnaires category is not shared: scores quoted in notes stay out too. */
  questionnairesWithheld: boolean;
}

/** Drug and therapy steps read as a sequence; everything else by relevance to the question. */
const STEP_BUCKETS = new Set<Bucket>(['medicationSteps', 'psychotherapy', 'carePlan']);

export function collectFacts(
  entries: readonly ClinicalEntry[],
  relevance: Relevance,
  options: FactOptions,
  /** Category items without entries (a treatment-history list kept by hand), already screened. */
  treatmentItems: readonly string[],
): RecordFacts {
  const { template } = options;
  const items: Item[] = [];
  const leftOut: string[] = [];
  for (const entry of entries) {
    const score = relevance.score(entry);
    if (score === 0 && EPISODE_KINDS.has(entry.kind)) {
      leftOut.push(label(entry));
      continue;
    }
    items.push(...itemsOf(entry, score, options));
  }
  for (const text of treatmentItems) items.push({ bucket: treatmentBucket(text, template), text, score: 1 });
  const facts: RecordFacts = {
    history: [], findings: [], treatments: [], effects: [], medicationSteps: [], psychotherapy: [], questionnaires: [],
    suicidality: [], periodontal: [], carePlan: [], cost: [], leftOut,
  };
  const seen = new Set<string>();
  const byDate = (undated: string) => (a: Item, b: Item) => (a.date ?? undated).localeCompare(b.date ?? undated);
  // Most relevant first; among equals the course reads oldest to newest. Steps keep their sequence,
  // a hand-kept list of earlier steps (undated) before the steps the page dates.
  const ordered = [...items].sort((a, b) =>
    STEP_BUCKETS.has(a.bucket) && STEP_BUCKETS.has(b.bucket) ? byDate('0000')(a, b) : b.score - a.score || byDate('9999')(a, b),
  );
  for (const item of ordered) {
    const key = normalise(item.text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    facts[item.bucket].push(line(item));
  }
  return facts;
}

function itemsOf(entry: ClinicalEntry, score: number, options: FactOptions): Item[] {
  const { template } = options;
  const clean = cleanEntry(entry);
  const date = clean.date;
  const titled = (text: string) => (clean.title && !normalise(text).startsWith(normalise(clean.title)) ? `${clean.title}: ${text}` : text);
  if (entry.kind === 'questionnaire') return options.questionnairesWithheld ? [] : [{ bucket: template === 'mental-health' ? 'questionnaires' : 'findings', text: titled(clean.text), date, score }];
  if (FINDING_KINDS.has(entry.kind)) return [{ bucket: 'findings', text: titled(clean.text), date, score }];
  if (entry.kind === 'dental') {
    const bucket: Bucket = containsAnyWord(`${clean.title ?? ''} ${clean.text}`, PERIODONTAL_WORDS) ? 'periodontal' : 'findings';
    return [{ bucket, text: titled(clean.text), date, score }];
  }
  if (entry.kind === 'medication') {
    return template === 'mental-health' && containsAnyWord(clean.text, PSYCHIATRIC_DRUGS)
      ? [{ bucket: 'medicationSteps', text: clean.text, date, score }]
      : [];
  }
  if (!NOTE_KINDS.has(entry.kind)) return [];
  const grouped = new Map<Bucket, string[]>();
  for (const segment of segmentsOf({ ...entry, text: clean.text })) {
    for (const sentence of sentencesOf(segment.text)) {
      const bucket = sentenceBucket(sentence, segment, entry.kind, options);
      if (bucket) grouped.set(bucket, [...(grouped.get(bucket) ?? []), sentence]);
    }
  }
  const found = [...grouped].map(([bucket, sentences]) => ({ bucket, text: sentences.join(' '), date, score }));
  // A letter or procedure that says nothing sortable is still part of the course, by its name.
  if (!found.length && (entry.kind === 'letter' || entry.kind === 'procedure')) found.push({ bucket: 'history', text: clean.title ?? clean.text, date, score });
  if (entry.kind === 'letter' && clean.title && !found.some((f) => f.bucket === 'history')) found.push({ bucket: 'history', text: clean.title, date, score });
  return found;
}

function sentenceBucket(sentence: string, segment: Segment, kind: ClinicalEntry['kind'], options: FactOptions): Bucket | undefined {
  const { template } = options;
  // The assessment is the working diagnosis and the proposal is the question: both stated once, above.
  if (segment.role === 'assessment' || segment.role === 'proposal') return undefined;
  if (containsAnyPart(sentence, SUICIDALITY_WORDS)) return 'suicidality';
  // Scores quoted in a note are questionnaire data: they follow that category's consent.
  if (containsAnyWord(sentence, QUESTIONNAIRES)) return options.questionnairesWithheld ? undefined : template === 'mental-health' ? 'questionnaires' : 'findings';
  if (template === 'mental-health' && containsAnyWord(sentence, PSYCHIATRIC_DRUGS)) return 'medicationSteps';
  if (template === 'mental-health' && containsAnyWord(sentence, PSYCHOTHERAPY_WORDS)) return 'psychotherapy';
  if (template === 'dental' && COST_PATTERN.test(sentence) && /\d/.test(sentence)) return 'cost';
  // A periodontal chart is a measurement that starts with what it measures ("PSI 3-3-4 …"), not a
  // sentence that mentions the periodontal state in passing.
  if (template === 'dental' && periodontalMeasure(sentence) && segment.role !== 'plan') return kind === 'care-plan' ? 'carePlan' : 'periodontal';
  if (kind === 'care-plan') return template === 'dental' ? 'carePlan' : 'treatments';
  if (containsAnyWord(sentence, EFFECT_WORDS)) return 'effects';
  switch (segment.role) {
    case 'history':
      return 'history';
    case 'findings':
      return 'findings';
    case 'plan':
      return containsAnyWord(sentence, TREATMENT_WORDS) ? 'treatments' : undefined;
    default:
      return kind === 'procedure' ? 'treatments' : 'history';
  }
}

function periodontalMeasure(sentence: string): boolean {
  return /\d/.test(sentence) && containsAnyWord(sentence.split(/\s+/).slice(0, 4).join(' '), PERIODONTAL_WORDS);
}

function treatmentBucket(text: string, template: LetterTemplate): Bucket {
  if (template === 'mental-health' && containsAnyWord(text, PSYCHIATRIC_DRUGS)) return 'medicationSteps';
  if (template === 'mental-health' && containsAnyWord(text, PSYCHOTHERAPY_WORDS)) return 'psychotherapy';
  return 'treatments';
}

function line(item: Item): string {
  const flat = defuseMarkers(normalizeSpace(item.text));
  const cut = flat.length > ITEM_MAX ? cutAtWord(flat, ITEM_MAX) : flat;
  // A segment read after its label ("Anamnese: sinds ruim een jaar …") starts an item of its own.
  const text = cut.charAt(0).toUpperCase() + cut.slice(1);
  return item.date ? `${formatDate(item.date)} ${text}` : text;
}

function label(entry: ClinicalEntry): string {
  const clean = cleanEntry(entry);
  const name = clean.title ?? clean.text;
  const flat = normalizeSpace(name);
  const short = flat.length > 80 ? cutAtWord(flat, 80) : flat;
  return clean.date ? `${formatDate(clean.date)} ${short}` : short;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\d{1,2}-\d{1,2}-\d{4}/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
