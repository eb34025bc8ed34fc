import type { ClinicalEntry } from '../../messages';
import type { QuestionFocus } from './focus';
import { CONDITION_SITES, MOOD_WORDS, PERIODONTAL_WORDS, PSYCHIATRIC_DRUGS, PSYCHOTHERAPY_WORDS, QUESTIONNAIRES, RELEVANCE_STOP } from './lexicon';
import type { LetterTemplate } from './template';

/**
 * Which episodes of the record bear on the question. A GP journal holds a back-pain episode and a
 * cold beside the knee; the giver needs the knee (GUIDE section 3: relevant, not the whole record).
 * Terms come from the condition and the proposal the letter asks about, widened by the joint a
 * condition is named after and, for mental health, by the drugs, therapies and questionnaires of the
 * depression protocol. Without a focus nothing can be judged, and everything counts as relevant.
 */
export interface Relevance {
  terms: string[];
  /** How many terms an entry names; 0 is an unrelated episode. */
  score(entry: ClinicalEntry): number;
  judged: boolean;
}

const MIN_TERM = 4;

export function relevanceFor(focus: QuestionFocus | undefined, template: LetterTemplate): Relevance {
  const words = `${focus?.condition ?? ''} ${focus?.proposal ?? ''}`
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length >= MIN_TERM && !RELEVANCE_STOP.has(w));
  const terms = new Set(words);
  const phrase = `${focus?.condition ?? ''} ${focus?.proposal ?? ''}`.toLowerCase();
  for (const { stem, sites } of CONDITION_SITES) if (phrase.includes(stem)) sites.forEach((s) => terms.add(s.toLowerCase()));
  if (template === 'mental-health') {
    [...MOOD_WORDS, ...PSYCHIATRIC_DRUGS, ...PSYCHOTHERAPY_WORDS, ...QUESTIONNAIRES].forEach((w) => terms.add(w.toLowerCase()));
  }
  if (template === 'dental') PERIODONTAL_WORDS.forEach((w) => terms.add(w.toLowerCase()));
  const list = [...terms];
  const judged = list.length > 0 && template !== 'dental';
  return {
    terms: list,
    judged,
    score(entry) {
      if (!judged) return 1;
      const text = `${entry.title ?? ''} ${entry.text}`.toLowerCase();
      // Inside compounds too: "knie" in "rechterknie", "sertraline" in "sertralinespiegel".
      return list.filter((t) => (t.length <= 3 ? new RegExp(`\\b${t}\\b`).test(text) : text.includes(t))).length;
    },
  };
}
