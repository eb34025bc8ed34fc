/**
 * The features the learned re-scorer reads (model.ts): what the rules answered — the status, the cues
 * of their evidence, the language — and the words around the trigger candidates, single and in pairs,
 * folded as the rules fold them. The same functions feed training (train.ts) and reading.
 */
import { foldText } from '../../lib/detect/fold';
import { ABBREVIATIONS } from '../../lib/detect/lexicon';
import { readCandidates } from '../../lib/detect';
import { splitSentences } from '../../lib/detect/sentences';
import type { Cue, DetectLang, DetectionStatus } from '../../lib/detect/types';

export interface RulesAnswer {
  status: DetectionStatus;
  cues: readonly Cue[];
}

const WORD = /[a-z0-9]+/g;

export function featuresOf(text: string, lang: DetectLang, rules: RulesAnswer): string[] {
  const features = new Set<string>([`R=${rules.status}`, `L=${lang}`, `RL=${rules.status}|${lang}`]);
  for (const cue of rules.cues) features.add(`C=${cue}`);
  let previous = '';
  for (const [word] of foldText(text).matchAll(WORD)) {
    features.add(`w=${word}`);
    if (previous) features.add(`b=${previous}_${word}`);
    previous = word;
  }
  return [...features];
}

/** The cues of every evidence hit, once each, in the order first seen. */
export function cuesOf(evidence: ReadonlyArray<{ cues: readonly Cue[] }>): Cue[] {
  return [...new Set(evidence.flatMap((hit) => hit.cues))];
}

/**
 * The part of a text the model reads: the sentences that hold a trigger candidate and the sentence on
 * either side of each (the candidates the rules read, readCandidates in lib/detect). A long note is mostly
 * about other things; read whole, its ordinary words would outweigh the few that speak of a second look.
 * Empty when the text has no candidate.
 */
export function localText(text: string, positions: readonly number[] = readCandidates(text), spans?: () => ReadonlyArray<{ start: number; end: number }>): string {
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
