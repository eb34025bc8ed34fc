/**
 * The re-scorer's training data and fit, shared by cross-validate.ts (which chooses the settings) and
 * evaluate.ts (which trains on all of it and scores what was never trained on).
 *
 * Training data is dev data only: the readable probe suites (with what the rules answered before any rule
 * was written on them, unseen-rules.json) and —
 * when ../shared sits beside the repository — the tune part of second-opinion-dev-v2 (never its blind
 * quarter), the old dev set and background-dev. Never the held-out probe parts in tests/held-out.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectText, type DetectLang, type DetectionStatus } from '../../lib/detect';
import { cuesOf, featuresOf, localText, type RulesAnswer } from './features';
import { LABELS, type ModelJson } from './model';
import { minimise } from './lbfgs';
import { probeKey } from './probe-key';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = resolve(ROOT, '../shared/data');
const DETECT_TESTS = join(ROOT, 'tests/unit/detect');

export interface Example {
  /** Where it comes from: a probe suite's file name, or "tune", "olddev", "background". */
  group: string;
  label: DetectionStatus;
  lang: DetectLang;
  text: string;
  rules: RulesAnswer;
}

const today = (text: string, lang: DetectLang): RulesAnswer => {
  const d = detectText(text, lang);
  return { status: d.status, cues: cuesOf(d.evidence) };
};

export async function loadExamples(): Promise<Example[]> {
  const unseen = JSON.parse(readFileSync(join(import.meta.dirname, 'unseen-rules.json'), 'utf8')) as Record<string, { s: DetectionStatus; c: RulesAnswer['cues'] }>;
  const examples: Example[] = [];
  const suites = readdirSync(DETECT_TESTS).filter((f) => /^probes-[\w-]+\.ts$/.test(f) && !f.endsWith('.test.ts') && f !== 'probe-suite.ts').sort();
  for (const file of suites) {
    const { PROBES } = (await import(join(DETECT_TESTS, file))) as { PROBES: Array<[DetectionStatus, DetectLang, string, string]> };
    for (const [label, lang, , text] of PROBES) {
      const before = unseen[probeKey(lang, text)];
      examples.push({ group: file, label, lang, text, rules: before ? { status: before.s, cues: before.c } : today(text, lang) });
    }
  }
  if (existsSync(DATA)) {
    const read = (f: string) => readFileSync(join(DATA, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const blind = (id: string) => createHash('sha1').update(id).digest('hex')[0]! < '4';
    // The v2 tune part and background-dev at the rules from before they arrived, as the probe suites; the
    // old dev set, on which the first rules were written, at today's.
    const earlier = (text: string, lang: DetectLang): RulesAnswer => {
      const before = unseen[probeKey(lang, text)];
      return before ? { status: before.s, cues: before.c } : today(text, lang);
    };
    for (const r of read('second-opinion-dev-v2.jsonl')) if (!blind(r.id)) examples.push({ group: 'tune', label: r.status, lang: r.lang, text: r.text, rules: earlier(r.text, r.lang) });
    for (const r of read('second-opinion-dev.jsonl')) examples.push({ group: 'olddev', label: r.status, lang: r.lang, text: r.text, rules: today(r.text, r.lang) });
    for (const r of read('background-dev.jsonl')) examples.push({ group: 'background', label: 'none', lang: r.lang, text: r.text, rules: earlier(r.text, r.lang) });
  }
  return examples;
}

export interface FitOptions {
  l2: number;
  /** A feature must occur in at least this many training texts. */
  minTexts?: number;
  /** Features kept, by their largest weight. */
  maxFeatures?: number;
}

/** A multinomial logistic regression over the examples' features, fitted by L-BFGS from zero. */
export function fit(examples: readonly Example[], { l2, minTexts = 2, maxFeatures = Infinity }: FitOptions): ModelJson {
  // Only what the model reads at work: the sentences around a trigger candidate (texts without one it never reads).
  const used = examples.flatMap((e) => {
    const local = localText(e.text);
    return local ? [{ e, features: featuresOf(local, e.lang, e.rules) }] : [];
  });
  const counts = new Map<string, number>();
  for (const { features } of used) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, c]) => c >= minTexts).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = used.map(({ features }) => Int32Array.from(features.flatMap((f) => (index.has(f) ? [index.get(f)!] : []))));
  const K = LABELS.length;
  const F = vocab.length;
  const y = used.map(({ e }) => LABELS.indexOf(e.label));
  if (y.some((k) => k < 0)) throw new Error('a training text has an unknown label');

  // Mean negative log-likelihood plus L2 on the feature weights (not the biases); x = [F×K weights, K biases].
  const z = new Float64Array(K);
  const objective = (x: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    const n = rows.length;
    for (let r = 0; r < n; r++) {
      for (let k = 0; k < K; k++) z[k] = x[F * K + k]!;
      for (const j of rows[r]!) for (let k = 0; k < K; k++) z[k]! += x[j * K + k]!;
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, z[k]!);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += Math.exp(z[k]! - max);
      loss += -(z[y[r]!]! - max - Math.log(sum)) / n;
      for (let k = 0; k < K; k++) {
        const d = (Math.exp(z[k]! - max) / sum - (k === y[r] ? 1 : 0)) / n;
        grad[F * K + k]! += d;
        for (const j of rows[r]!) grad[j * K + k]! += d;
      }
    }
    for (let i = 0; i < F * K; i++) {
      loss += l2 * x[i]! * x[i]!;
      grad[i]! += 2 * l2 * x[i]!;
    }
    return loss;
  };
  const x = minimise(objective, new Float64Array(F * K + K), { tolerance: 1e-12, maxIterations: 1000 });

  // Keep the features that weigh most, and store their weights as signed bytes on one scale.
  const strength = vocab.map((_, j) => {
    let top = 0;
    for (let k = 0; k < K; k++) top = Math.max(top, Math.abs(x[j * K + k]!));
    return top;
  });
  const kept = vocab
    .map((_, j) => j)
    .sort((a, b) => strength[b]! - strength[a]! || a - b)
    .slice(0, maxFeatures)
    .sort((a, b) => a - b);
  const scale = Math.max(...kept.map((j) => strength[j]!), 1e-9) / 127;
  const bytes = new Int8Array(kept.length * K);
  kept.forEach((j, i) => {
    for (let k = 0; k < K; k++) bytes[i * K + k] = Math.round(x[j * K + k]! / scale);
  });
  return {
    bias: Array.from({ length: K }, (_, k) => Number(x[F * K + k]!.toFixed(6))),
    scale: Number(scale.toPrecision(8)),
    features: kept.map((j) => vocab[j]!),
    weights: Buffer.from(bytes.buffer).toString('base64'),
  };
}
