/**
 * The features the learned re-scorer reads (model.ts): what the rules answered — the status, the cues
 * of their evidence, the language — and the words around the trigger candidates, single and in pairs,
 * folded as the rules fold them. The same functions feed training (train.ts) and reading.
 */
import { foldText } from '../../lib/detect/fold';
import { ABBREVIATIONS } from '../../lib/detect/lexicon';
import { namesSecondLookElsewhere } from '../../lib/detect/elsewhere';
import { candidatePositions } from '../../lib/detect/prefilter';
import { splitSentences } from '../../lib/detect/sentences';
import type { Cue, DetectLang, DetectionStatus } from '../../lib/detect/types';

export interface RulesAnswer {
  status: DetectionStatus;
  cues: readonly Cue[];
}

const WORD = /[a-z0-9]+/g;

export function featuresOf(text: string, lang: DetectLang, rules: RulesAnswer): string[] {
  const features = new Set<string>();
  visitFeatures(text, lang, rules, (f) => features.add(f));
  return [...features];
}

/** Each feature of the text in turn (a feature may come more than once: words repeat). */
export function visitFeatures(text: string, lang: DetectLang, rules: RulesAnswer, visit: (feature: string) => void): void {
  visit(`R=${rules.status}`);
  visit(`L=${lang}`);
  visit(`RL=${rules.status}|${lang}`);
  for (const cue of rules.cues) visit(`C=${cue}`);
  let previous = '';
  for (const [word] of foldText(text).matchAll(WORD)) {
    visit(`w=${word}`);
    if (previous) visit(`b=${previous}_${word}`);
    previous = word;
  }
}

/** The cues of every evidence hit, once each, in the order first seen. */
export function cuesOf(evidence: ReadonlyArray<{ cues: readonly Cue[] }>): Cue[] {
  return [...new Set(evidence.flatMap((hit) => hit.cues))];
}

/**
 * The trigger candidates of a text the rules read (detectVisible in ../index.ts): none where the text has
 * no candidate, or only looks and verdicts without another place named ("seen at the fracture clinic").
 */
export function readPositions(text: string): readonly number[] {
  const { positions, onlyElsewhere } = candidatePositions(text);
  return positions.length === 0 || (onlyElsewhere && !namesSecondLookElsewhere(text)) ? [] : positions;
}

/**
 * The part of a text the model reads: the sentences that hold a trigger candidate and the sentence on
 * either side of each (the candidates the rules read, see readPositions). A long note is mostly about other things; read whole, its ordinary words would
 * outweigh the few that speak of a second look. Empty when the text has no candidate.
 */
export function localText(text: string, positions: readonly number[] = readPositions(text), spans?: () => ReadonlyArray<{ start: number; end: number }>): string {
  if (positions.length === 0) return '';
  const sentences = spans ? spans() : splitSentences(text, ABBREVIATIONS);
  return localSpans(positions, sentences)
    .map((span) => text.slice(span.start, span.end))
    .join('\n');
}

/** The sentences localText joins, in order. */
export function localSpans<T extends { start: number; end: number }>(positions: readonly number[], sentences: readonly T[]): T[] {
  const keep = new Uint8Array(sentences.length);
  let p = 0;
  sentences.forEach((span, i) => {
    while (p < positions.length && positions[p]! < span.start) p++;
    if (p < positions.length && positions[p]! < span.end) {
      if (i > 0) keep[i - 1] = 1;
      keep[i] = 1;
      if (i + 1 < sentences.length) keep[i + 1] = 1;
    }
  });
  return sentences.filter((_, i) => keep[i] === 1);
}
