import { describe, expect, it } from 'vitest';
import { detectText } from '../../../lib/detect';
import type { DetectionStatus } from '../../../lib/messages';
import { CASES } from './cases';
import { STATUSES, score } from './score';

describe('held-out detector cases', () => {
  it('covers both languages and every status with enough cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    for (const lang of ['nl', 'en'] as const) {
      for (const status of STATUSES) expect(CASES.some((c) => c.lang === lang && c.status === status)).toBe(true);
    }
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  });

  it('scores flag F1 >= 0.9 and macro F1 >= 0.85 on text it was not tuned on', () => {
    const pairs = CASES.map((c) => [c.status, detectText(c.text, c.lang).status] as [DetectionStatus, DetectionStatus]);
    const s = score(pairs);
    const misses = CASES.map((c, i) => [c, pairs[i]![1]] as const)
      .filter(([c, got]) => c.status !== got)
      .map(([c, got]) => `${c.id}: ${c.status} -> ${got}`);
    console.log(
      `held-out cases (${CASES.length}): accuracy ${s.accuracy.toFixed(3)}, flag F1 ${s.flagF1.toFixed(3)}, macro F1 ${s.macroF1.toFixed(3)}\n${s.matrix}` +
        (misses.length ? `\nmisses:\n  ${misses.join('\n  ')}` : ''),
    );
    expect(s.flagF1).toBeGreaterThanOrEqual(0.9);
    expect(s.macroF1).toBeGreaterThanOrEqual(0.85);
  });
});
