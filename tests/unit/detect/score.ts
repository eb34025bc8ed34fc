import type { DetectionStatus } from '../../../lib/messages';

export const STATUSES: DetectionStatus[] = ['requested', 'considering', 'declined', 'completed', 'none'];
const isFlag = (s: DetectionStatus) => s === 'requested' || s === 'considering';

export interface Scores {
  accuracy: number;
  flagF1: number;
  macroF1: number;
  perStatus: Record<DetectionStatus, number>;
  matrix: string;
}

function f1(tp: number, fp: number, fn: number): number {
  if (tp === 0) return fp === 0 && fn === 0 ? 1 : 0;
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return (2 * p * r) / (p + r);
}

/** Pairs of [gold, predicted]; also renders the confusion matrix (rows gold, columns predicted). */
export function score(pairs: Array<[DetectionStatus, DetectionStatus]>): Scores {
  const cell = (g: DetectionStatus, p: DetectionStatus) => pairs.filter(([a, b]) => a === g && b === p).length;
  const perStatus = {} as Record<DetectionStatus, number>;
  for (const s of STATUSES) {
    const tp = cell(s, s);
    const fp = pairs.filter(([g, p]) => p === s && g !== s).length;
    const fn = pairs.filter(([g, p]) => g === s && p !== s).length;
    perStatus[s] = f1(tp, fp, fn);
  }
  const tp = pairs.filter(([g, p]) => isFlag(g) && isFlag(p)).length;
  const fp = pairs.filter(([g, p]) => !isFlag(g) && isFlag(p)).length;
  const fn = pairs.filter(([g, p]) => isFlag(g) && !isFlag(p)).length;
  const width = 12;
  const header = 'gold \\ pred'.padEnd(width) + STATUSES.map((s) => s.padStart(width)).join('');
  const rows = STATUSES.map((g) => g.padEnd(width) + STATUSES.map((p) => String(cell(g, p)).padStart(width)).join(''));
  return {
    accuracy: pairs.filter(([g, p]) => g === p).length / pairs.length,
    flagF1: f1(tp, fp, fn),
    macroF1: STATUSES.reduce((sum, s) => sum + perStatus[s], 0) / STATUSES.length,
    perStatus,
    matrix: [header, ...rows].join('\n'),
  };
}
