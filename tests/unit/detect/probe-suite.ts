/**
 * The checks every probe set gets (probes-round3.ts … probes-round11.ts): its size and balance, no probe
 * twice, every probe read right except the listed misses (each with what the rules answer instead), no
 * listed miss that now passes, and the scores written in docs/detection.md. A miss can neither be added nor
 * disappear unnoticed, so each list stays an honest account of what the rules cannot read.
 */
import { describe, expect, it } from 'vitest';
import { detectText, type DetectLang, type DetectionStatus } from '../../../lib/detect';
import { score } from './score';

/** One probe: expected status, language, genre (each set names its own), text. */
export type ProbeRow = [DetectionStatus, DetectLang, string, string];

export interface ProbeSuite {
  title: string;
  probes: ProbeRow[];
  /** Probe text → the status the rules give it today (wrong). */
  knownMisses: Record<string, DetectionStatus>;
  minSize: number;
  maxSize?: number;
  /** Fewest probes of each status (20 unless said). */
  minPerStatus?: number;
  /** Largest difference between the Dutch and the English count (10 unless said: the SHA-1 split is random). */
  maxLanguageGap?: number;
  flagFloor: number;
  macroFloor: number;
}

export function describeProbeSuite(suite: ProbeSuite): void {
  const { probes, knownMisses } = suite;
  const results = probes.map(([want, lang, , text]) => ({ want, text, got: detectText(text, lang).status }));

  describe(suite.title, () => {
    it(`holds about as many Dutch as English probes, at least ${suite.minSize} in all, every status`, () => {
      expect(probes.length).toBeGreaterThanOrEqual(suite.minSize);
      if (suite.maxSize !== undefined) expect(probes.length).toBeLessThanOrEqual(suite.maxSize);
      const nl = probes.filter((p) => p[1] === 'nl').length;
      expect(Math.abs(2 * nl - probes.length)).toBeLessThanOrEqual(suite.maxLanguageGap ?? 10);
      for (const s of ['requested', 'considering', 'declined', 'completed', 'none'] as const) {
        expect(probes.filter((p) => p[0] === s).length).toBeGreaterThanOrEqual(suite.minPerStatus ?? 20);
      }
    });

    it('holds no probe twice', () => {
      expect(new Set(probes.map((p) => p[3])).size).toBe(probes.length);
    });

    it('reads every probe right except the listed misses', () => {
      const wrong = results.filter((r) => r.got !== r.want && knownMisses[r.text] !== r.got).map((r) => `${r.want} -> ${r.got}: ${r.text}`);
      expect(wrong).toEqual([]);
    });

    it('lists no miss that is no longer one', () => {
      const fixed = Object.keys(knownMisses).filter((t) => !results.some((r) => r.text === t && r.got !== r.want));
      expect(fixed).toEqual([]);
    });

    it('keeps the scores recorded in docs/detection.md', () => {
      const s = score(results.map((r) => [r.want, r.got]));
      expect(s.flagF1).toBeGreaterThanOrEqual(suite.flagFloor);
      expect(s.macroF1).toBeGreaterThanOrEqual(suite.macroFloor);
    });
  });
}
