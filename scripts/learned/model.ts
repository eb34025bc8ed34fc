/**
 * A learned re-scorer of the rules' answer, tried and not adopted (docs/detection.md, "Learned
 * re-scorer, third try"): a multinomial logistic regression (train.ts, dev data only) that reads what the
 * rules answered together with the words around the trigger candidates, and may raise a flag the rules
 * did not. Kept with its training and evaluation so that it can be tried again on more data; the
 * detector does not use it.
 *
 * It only speaks where the rules read a candidate, and it never answers without a sentence to show:
 * where the rules quoted sentences, those stay the evidence; where they found none, the sentence whose
 * words weigh most for its answer is quoted.
 */
import { cuesOf, featuresOf, localText } from './features';
import type { DetectLang, DetectionStatus, EvidenceHit, TextDetection } from '../../lib/detect/types';

export const LABELS: readonly DetectionStatus[] = ['requested', 'considering', 'declined', 'completed', 'none'];

/** The weights as train.ts writes them: features, one signed byte per feature and status, one scale. */
export interface ModelJson {
  /** How much likelier the model's answer must be than the rules' before it replaces theirs. */
  margin?: number;
  bias: number[];
  scale: number;
  features: string[];
  weights: string;
}

export interface Model {
  margin: number;
  bias: number[];
  scale: number;
  index: Map<string, number>;
  weights: Int8Array;
}

export function makeModel(json: ModelJson): Model {
  const raw = atob(json.weights);
  const weights = new Int8Array(raw.length);
  for (let i = 0; i < raw.length; i++) weights[i] = (raw.charCodeAt(i) << 24) >> 24;
  return { margin: json.margin ?? 0, bias: json.bias, scale: json.scale, index: new Map(json.features.map((f, i) => [f, i])), weights };
}

const K = LABELS.length;
const FLAGGED: ReadonlySet<DetectionStatus> = new Set(['requested', 'considering']);

/** The model's score of each status for a list of features (before the softmax). */
function scores(m: Model, features: readonly string[], withBias = true): Float64Array {
  const z = new Float64Array(K);
  if (withBias) for (let k = 0; k < K; k++) z[k] = m.bias[k] ?? 0;
  for (const f of features) {
    const j = m.index.get(f);
    if (j === undefined) continue;
    for (let k = 0; k < K; k++) z[k]! += m.weights[j * K + k]! * m.scale;
  }
  return z;
}

function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  const e = z.map((v) => Math.exp(v - max));
  let sum = 0;
  for (const v of e) sum += v;
  return e.map((v) => v / sum);
}

function best(z: Float64Array): number {
  let top = 0;
  for (let k = 1; k < K; k++) if (z[k]! > z[top]!) top = k;
  return top;
}

/**
 * The rules' answer, re-scored by model `m`. `positions` are the text's trigger candidates the rules read
 * (readCandidates in lib/detect); `sentences` its sentence spans.
 */
export function rescoreWith(
  m: Model,
  text: string,
  lang: DetectLang,
  rules: TextDetection,
  positions: readonly number[],
  sentences: () => ReadonlyArray<{ start: number; end: number }>,
): TextDetection {
  // It only raises a flag the rules did not: what they miss on text they have never seen is mostly a wish
  // or a doubt put in words they have no phrase for. A flag the rules raised, a result and a refusal they
  // read from order and scope, which words alone do not tell ("the diagnosis of asthma was confirmed by
  // spirometry" is a test's result, not a second opinion's).
  if (m.index.size === 0 || FLAGGED.has(rules.status)) return rules;
  const spans = sentences();
  const local = localText(text, positions, () => spans);
  if (!local) return rules;
  const z = scores(m, featuresOf(local, lang, { status: rules.status, cues: cuesOf(rules.evidence) }));
  const top = best(z);
  const status = LABELS[top]!;
  if (!FLAGGED.has(status)) return rules;
  // The rules read order and scope ("first doubted, then decided to ask"), the model only words: it must
  // be clearly surer of its answer than of the rules' before it overrules them.
  if (m.margin > 0) {
    const p = softmax(z);
    if (p[top]! - p[LABELS.indexOf(rules.status)]! <= m.margin) return rules;
  }
  if (rules.evidence.length > 0) return { ...rules, status, evidence: rules.evidence.map((hit) => ({ ...hit, status })) };
  const quote = weightiest(m, text, lang, status, spans);
  return quote ? { ...rules, status, lang, evidence: [quote] } : rules;
}

/** The sentence whose words weigh most for `status` against none. */
function weightiest(m: Model, text: string, lang: DetectLang, status: DetectionStatus, spans: ReadonlyArray<{ start: number; end: number }>): EvidenceHit | null {
  const k = LABELS.indexOf(status);
  const none = LABELS.indexOf('none');
  let top: { start: number; end: number } | null = null;
  let topScore = -Infinity;
  for (const span of spans) {
    const raw = text.slice(span.start, span.end);
    if (!raw.trim()) continue;
    const z = scores(m, featuresOf(raw, lang, { status: 'none', cues: [] }).filter((f) => f.startsWith('w=') || f.startsWith('b=')), false);
    const score = z[k]! - z[none]!;
    if (score > topScore) {
      topScore = score;
      top = span;
    }
  }
  if (!top) return null;
  const quoted = text.slice(top.start, top.end);
  const start = top.start + (quoted.length - quoted.trimStart().length);
  const end = top.start + quoted.trimEnd().length;
  return { start, end, text: text.slice(start, end), status, trigger: '', cues: [] };
}
