import type { QuestionType } from '../letter/schemas';

/**
 * Phrases that point at the kind of question a patient brings to a second opinion. The types follow
 * the questions Dutch practice asks a second-opinion giver (GUIDE section 3): is the diagnosis right,
 * which other options exist, why does treatment stall, is the operation needed, is the medication
 * right, what is the outlook. Weight is how strongly one phrase speaks for its type; a phrase that
 * names a choice between options outweighs the name of one operation ("operatie of eerst chemo?").
 */
export interface QuestionCue {
  type: Exclude<QuestionType, 'unknown'>;
  weight: number;
  words: readonly string[];
}

export const QUESTION_CUES: readonly QuestionCue[] = [
  {
    type: 'diagnosis',
    weight: 3,
    words: [
      'twijfel aan de diagnose', 'twijfel over de diagnose', 'klopt de diagnose', 'juiste diagnose', 'verkeerde diagnose',
      'andere diagnose', 'wat er aan de hand', 'wat ik heb', 'geen verklaring', 'geen oorzaak', 'onverklaard', 'onduidelijke klachten',
      'doubt the diagnosis', 'doubts about the diagnosis', 'right diagnosis', 'wrong diagnosis', 'correct diagnosis', 'misdiagnos',
      'what is wrong with', 'no explanation', 'unexplained', 'no cause',
    ],
  },
  { type: 'diagnosis', weight: 1, words: ['diagnose', 'diagnosis', 'moeheid', 'vermoeid', 'fatigue', 'tired'] },
  {
    type: 'treatment-options',
    weight: 3,
    words: [
      'andere opties', 'andere mogelijkheden', 'enige optie', 'alternatie', 'andere behandel', 'welke behandeling', 'kiezen tussen',
      'keuze tussen', 'of eerst', 'in plaats van', 'behandelopties', 'other options', 'only option', 'other treatment',
      'which treatment', 'choose between', 'choice between', 'instead of', 'treatment options', 'versus',
    ],
  },
  {
    type: 'stalled-treatment',
    weight: 3,
    words: [
      'slaat niet aan', 'werkt niet', 'helpt niet', 'geen effect', 'zonder effect', 'niet verbeterd', 'niet beter',
      'vastgelopen', 'loopt vast', 'therapieresistent', 'behandelresistent', 'not working', "doesn't work", 'does not work',
      "doesn't help", 'does not help', 'no improvement', 'not improving', 'stalled', 'treatment-resistant',
      'treatment resistant', 'nothing helps', 'nothing has helped',
    ],
  },
  {
    type: 'surgery-indication',
    weight: 2,
    words: [
      'operatie', 'opereren', 'geopereerd', 'ingreep', 'prothese', 'rugoperatie', 'hernia-operatie', 'ablatie',
      'amputatie', 'chirurg', 'operation', 'surgery', 'surgical', 'operate', 'replacement', 'ablation', 'arthroplasty',
      'spinal fusion', 'implantaat', 'implant',
    ],
  },
  {
    type: 'medication',
    weight: 2,
    words: [
      'medicijn', 'medicatie', 'pillen', 'dosis', 'bijwerking', 'afbouwen', 'medication', 'medicine', 'pills', 'dose',
      'side effect', 'taper', 'remmers',
    ],
  },
  {
    type: 'prognosis',
    weight: 3,
    words: [
      'prognose', 'vooruitzicht', 'levensverwachting', 'hoe lang nog', 'kans op genezing', 'overlevingskans', 'prognosis',
      'outlook', 'life expectancy', 'how long', 'chance of cure', 'survival',
    ],
  },
];

/** When scores tie, the more specific question wins: a stalled treatment over a plain medication question. */
export const QUESTION_PRIORITY: readonly Exclude<QuestionType, 'unknown'>[] = [
  'stalled-treatment',
  'surgery-indication',
  'treatment-options',
  'diagnosis',
  'prognosis',
  'medication',
];
