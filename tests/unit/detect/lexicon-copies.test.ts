import { describe, expect, it } from 'vitest';
import { CASES } from './cases';
import { findLexiconCopies } from './lexicon-copies';
import { PROBES as ROUND3 } from './probes-round3';
import { PROBES as ROUND4 } from './probes-round4';
import { PROBES as ROUND5 } from './probes-round5';
import { PROBES as ROUND6 } from './probes-round6';
import { PROBES as ROUND7 } from './probes-round7';
import { PROBES as ROUND8 } from './probes-round8';

// The same check over the labelled data beside the repository runs in `npm run eval:detect` (called by
// CI), so `npm test` reads nothing outside the clone.
describe('lexicon entries are terms and short patterns, not copied sentences', () => {
  it('no entry of four or more words occurs verbatim in the project test cases', () => {
    expect(findLexiconCopies(CASES.map((c) => ({ source: `cases.ts:${c.id}`, text: c.text })))).toEqual([]);
  });

  it('nor in any probe set', () => {
    const probes = [
      ...ROUND3.map((p, i) => ({ source: `probes-round3.ts:${i}`, text: p[3] })),
      ...ROUND4.map((p, i) => ({ source: `probes-round4.ts:${i}`, text: p[3] })),
      ...ROUND5.map((p, i) => ({ source: `probes-round5.ts:${i}`, text: p[3] })),
      ...ROUND6.map((p, i) => ({ source: `probes-round6.ts:${i}`, text: p[3] })),
      ...ROUND7.map((p, i) => ({ source: `probes-round7.ts:${i}`, text: p[3] })),
      ...ROUND8.map((p, i) => ({ source: `probes-round8.ts:${i}`, text: p[3] })),
    ];
    expect(findLexiconCopies(probes)).toEqual([]);
  });
});
