import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectText } from '../../../lib/detect';
import type { DetectionStatus } from '../../../lib/messages';
import { score } from './score';

const DEV_SET = new URL('../../../../shared/data/second-opinion-dev.jsonl', import.meta.url);

interface Row {
  id: string;
  lang: 'nl' | 'en';
  text: string;
  status: DetectionStatus;
}

const rows: Row[] = readFileSync(DEV_SET, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

describe('second-opinion dev set', () => {
  it('reaches flag F1 >= 0.95 and macro F1 >= 0.90', () => {
    const pairs = rows.map((r) => [r.status, detectText(r.text, r.lang).status] as [DetectionStatus, DetectionStatus]);
    const s = score(pairs);
    const misses = rows.filter((_, i) => pairs[i]![0] !== pairs[i]![1]).map((r) => `${r.id}: ${r.status}`);
    console.log(
      `dev set (${rows.length}): accuracy ${s.accuracy.toFixed(3)}, flag F1 ${s.flagF1.toFixed(3)}, macro F1 ${s.macroF1.toFixed(3)}\n${s.matrix}` +
        (misses.length ? `\nmisses: ${misses.join(', ')}` : ''),
    );
    expect(rows.length).toBeGreaterThanOrEqual(90);
    expect(s.flagF1).toBeGreaterThanOrEqual(0.95);
    expect(s.macroF1).toBeGreaterThanOrEqual(0.9);
  });

  it('gets the same answers when the language is detected instead of given', () => {
    const disagreements = rows.filter((r) => detectText(r.text).status !== detectText(r.text, r.lang).status);
    expect(disagreements.map((r) => r.id)).toEqual([]);
  });

  it('quotes evidence that lies inside the text at its offsets for every flagged row', () => {
    for (const r of rows) {
      const d = detectText(r.text, r.lang);
      if (d.status === 'none') continue;
      expect(d.evidence.length).toBeGreaterThan(0);
      for (const hit of d.evidence) expect(r.text.slice(hit.start, hit.end)).toBe(hit.text);
    }
  });
});
