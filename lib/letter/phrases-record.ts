import { fillTemplate, PHRASE_FILES, type RecordPhraseData } from './phrase-data';
import type { QuestionFocus } from './record/focus';
import type { LetterTemplate } from './record/template';
import type { LetterLang, QuestionType } from './schemas';

/**
 * The letter's wording for what the record supplies: the precise question, the facts, the patient's
 * status and voice, the field's own requirements and what was not shared. Kept apart from the fixed
 * headings in phrases.ts; the wording is in the `record` part of `phrases/<lang>.json`, the choice
 * between its sentences here.
 */
export interface RecordPhrases {
  /** The first question, naming the condition and the proposal as the record states them. */
  focusQuestion: (template: LetterTemplate, type: QuestionType, focus: QuestionFocus) => string | undefined;
  /** The other questions of each template; the medical ones come from phrases.ts. */
  dentalQuestions: string[];
  mentalQuestions: string[];
  considers: (why: string, deliberation: string | undefined) => string;
  whyProposal: (proposal: string) => string;
  dentalWhy: string;
  reasonConsidering: string;
  reasonRequested: string;
  reasonTopic: Record<Exclude<QuestionType, 'unknown'> | 'dental', string>;
  since: string;
  historyFromRecord: string;
  medicationSteps: string;
  psychotherapy: string;
  questionnaires: string;
  suicidality: string;
  periodontal: string;
  otherFindings: string;
  moreFindings: string;
  carePlan: string;
  cost: string;
  comorbidity: string;
  /** "Uit de notitie van A. Kramer (20-10-2026)". */
  noteCitation: (author: string | undefined, date: string | undefined) => string;
  knmt: string;
  relativeInvited: string;
  notSharedHeading: string;
  notShared: { refused: string; unknown: string };
  sensitiveWithheld: string;
  recipients: { client: string; treatingDentist: string; referringDentist: string; gpReferrer: string };
  placeholder: { cost: string; suicidality: string; treatingDentist: string; treatmentAndEffect: string };
}

function recordPhrases(d: RecordPhraseData): RecordPhrases {
  const q = d.focusQuestion;
  return {
    ...d,
    focusQuestion: (template, type, f) => {
      const at = f.condition ? fillTemplate(q.atCondition, { condition: f.condition }) : '';
      if (template === 'dental' && f.proposal) return fillTemplate(q.dentalProposal, { proposal: f.proposal, at });
      if (template === 'mental-health' && f.condition) return fillTemplate(q.mentalHealthCondition, { condition: f.condition });
      if (f.proposal && f.surgical) {
        const article = /^[aeiou]/i.test(f.proposal) ? q.article.beforeVowel : q.article.otherwise;
        return fillTemplate(q.surgicalProposal, { article, proposal: f.proposal, at });
      }
      if (f.proposal) return fillTemplate(q.proposal, { proposal: f.proposal, at });
      if (!f.condition) return undefined;
      const condition = { condition: f.condition };
      if (type === 'diagnosis' || type === 'prognosis' || type === 'unknown') return fillTemplate(q.diagnosis, condition);
      if (type === 'stalled-treatment') return fillTemplate(q.stalledTreatment, condition);
      if (type === 'surgery-indication') return fillTemplate(q.surgeryIndication, condition);
      if (type === 'medication') return fillTemplate(q.medication, condition);
      return fillTemplate(q.treatmentPlan, condition);
    },
    considers: (why, deliberation) =>
      fillTemplate(d.considers, { why, deliberation: deliberation ? fillTemplate(d.considersDeliberation, { deliberation }) : '' }),
    whyProposal: (proposal) => fillTemplate(d.whyProposal, { proposal }),
    noteCitation: (author, date) =>
      fillTemplate(d.noteCitation, {
        author: author ? fillTemplate(d.noteCitationAuthor, { author }) : '',
        date: date ? fillTemplate(d.noteCitationDate, { date }) : '',
      }),
  };
}

const RECORD_PHRASES: Record<LetterLang, RecordPhrases> = {
  nl: recordPhrases(PHRASE_FILES.nl.record),
  en: recordPhrases(PHRASE_FILES.en.record),
};

export function recordPhrasesFor(lang: LetterLang): RecordPhrases {
  return RECORD_PHRASES[lang];
}
