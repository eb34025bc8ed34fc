import type { ClinicalEntry } from '../messages';
import type { QuestionType } from '../letter/schemas';
import { entryText } from './assign';
import { QUESTION_CUES, QUESTION_PRIORITY } from './question-lexicon';
import { containsWord, normaliseText } from './word-match';

/** The patient's own words decide; the record only breaks the silence when they say nothing usable. */
const EVIDENCE_WEIGHT = 10;
/** Record kinds where a proposal or doubt is written down; lab values and allergies say nothing about the question. */
const RECORD_KINDS = new Set<ClinicalEntry['kind']>(['message', 'note', 'letter', 'care-plan', 'problem', 'procedure']);

export function inferQuestion(evidenceTexts: string[], entries: ClinicalEntry[]): QuestionType {
  const scores = new Map<QuestionType, number>();
  const add = (type: QuestionType, points: number) => scores.set(type, (scores.get(type) ?? 0) + points);

  const evidence = evidenceTexts.map(normaliseText);
  const record = entries.filter((e) => RECORD_KINDS.has(e.kind)).map(entryText);
  for (const cue of QUESTION_CUES) {
    for (const word of cue.words) {
      const inEvidence = evidence.filter((t) => containsWord(t, word)).length;
      add(cue.type, inEvidence * cue.weight * EVIDENCE_WEIGHT);
      // A word counts once for the whole record, so a long surgical file does not drown the patient's question.
      if (record.some((t) => containsWord(t, word))) add(cue.type, cue.weight);
    }
  }

  let best: QuestionType = 'unknown';
  let bestScore = 0;
  for (const type of QUESTION_PRIORITY) {
    const score = scores.get(type) ?? 0;
    if (score > bestScore) {
      best = type;
      bestScore = score;
    }
  }
  return best;
}
