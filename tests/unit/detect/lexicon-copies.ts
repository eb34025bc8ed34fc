/**
 * Lexicon entries must be terms and short patterns, never a sentence copied from labelled data. This
 * finds every entry of four or more words (class slots count as words, gaps do not) whose pattern occurs
 * in a given text. Used by the unit test (on the project's own test cases) and by `npm run eval:detect`
 * (on the labelled data and the test cases).
 */
import { alternationSource } from '../../../lib/detect/compile';
import { foldText } from '../../../lib/detect/fold';
import { GAP_WORDS, LEXICON_FILES, PLACEMENT_PREFIX, type LexiconFile } from '../../../lib/detect/lexicon';

const MIN_WORDS = 4;

function entries(file: LexiconFile): string[] {
  const all = [
    ...Object.values(file.triggers).flat(),
    ...file.pseudoTriggers,
    ...Object.values(file.cues).flat(),
    ...Object.values(file.classes).flat(),
    ...file.terminators,
    ...file.anaphora,
    ...file.patientMarkers,
    ...file.elsewhere.placeWords,
    ...file.elsewhere.signals,
    ...file.elsewhere.backReferences,
    ...file.elsewhere.visits,
    ...file.elsewhere.institutionHeads,
    ...file.resultReports,
    ...file.deliberative,
    ...file.urging,
    ...file.withWriter,
    ...file.withPatient,
    ...file.letters.subjects,
    ...file.letters.replies,
    ...file.afterWords,
    ...file.requestNouns,
    ...file.answers.no,
    ...file.answers.yes,
  ];
  return [...new Set(all.map((e) => e.replace(PLACEMENT_PREFIX, '')))];
}

const wordCount = (entry: string) => entry.split(/\s+/).filter((w) => w !== '...' && w !== '~').length;

export interface LexiconCopy {
  lang: string;
  entry: string;
  source: string;
}

/** Long lexicon entries that occur in any of the texts (each text named by its source). */
export function findLexiconCopies(texts: Array<{ source: string; text: string }>): LexiconCopy[] {
  const folded = texts.map((t) => ({ source: t.source, text: foldText(t.text) }));
  const out: LexiconCopy[] = [];
  for (const file of Object.values(LEXICON_FILES)) {
    for (const entry of entries(file)) {
      if (wordCount(entry) < MIN_WORDS) continue;
      const re = new RegExp(alternationSource([entry], file.classes, GAP_WORDS));
      const hit = folded.find((t) => re.test(t.text));
      if (hit) out.push({ lang: file.lang, entry, source: hit.source });
    }
  }
  return out;
}
