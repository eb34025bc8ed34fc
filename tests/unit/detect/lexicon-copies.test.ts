import { describe, expect, it } from 'vitest';
import { CASES } from './cases';
import { findLexiconCopies } from './lexicon-copies';
import { PROBES as ROUND3 } from './probes-round3';
import { PROBES as ROUND4 } from './probes-round4';
import { PROBES as ROUND5 } from './probes-round5';
import { PROBES as ROUND6 } from './probes-round6';
import { PROBES as ROUND7 } from './probes-round7';
import { PROBES as ROUND8 } from './probes-round8';
import { PROBES as ROUND9 } from './probes-round9';
import { PROBES as ROUND10 } from './probes-round10';
import { PROBES as ROUND11 } from './probes-round11';
import { PROBES as ROUND12 } from './probes-round12';
import { PROBES as ROUND13 } from './probes-round13';
import { PROBES as ROUND14 } from './probes-round14';
import { PROBES as ROUND15 } from './probes-round15';
import { PROBES as ROUND16 } from './probes-round16';
import { PROBES as ROUND17 } from './probes-round17';
import { PROBES as ROUND18 } from './probes-round18';
import { PROBES as ROUND19 } from './probes-round19';
import { PROBES as ROUND21 } from './probes-round21';
import { PROBES as ROUND22 } from './probes-round22';
import { PROBES as ROUND23 } from './probes-round23';
import { PROBES as ROUND25 } from './probes-round25';
import { PROBES as ROUND26 } from './probes-round26';
import { PROBES as ROUND27 } from './probes-round27';
import { PROBES as ROUND28 } from './probes-round28';
import { PROBES as ROUND29 } from './probes-round29';
import { PROBES as ROUND30 } from './probes-round30';
import { PROBES as ROUND31 } from './probes-round31';
import { PROBES as ROUND32 } from './probes-round32';
import { PROBES as ROUND33 } from './probes-round33';
import { PROBES as ROUND34 } from './probes-round34';
import { PROBES as ROUND36 } from './probes-round36';
import { PROBES as ROUND37 } from './probes-round37';
import { PROBES as ROUND38 } from './probes-round38';
import { PROBES as ROUND39 } from './probes-round39';
import { PROBES as ROUND40 } from './probes-round40';
import { PROBES as ROUND41 } from './probes-round41';
import { PROBES as ROUND42 } from './probes-round42';
import { PROBES as ROUND43 } from './probes-round43';
import { PROBES as ROUND44 } from './probes-round44';
import { PROBES as ROUND45 } from './probes-round45';
import { PROBES as ROUND46 } from './probes-round46';
import { PROBES as ROUND47 } from './probes-round47';
import { PROBES as ROUND48 } from './probes-round48';
import { PROBES as ROUND49 } from './probes-round49';
import { PROBES as ROUND50 } from './probes-round50';
import { PROBES as SHORTHAND } from './probes-shorthand';

// The same check over the labelled data beside the repository runs in `npm run eval:detect` (called by
// CI), so `npm test` reads nothing outside the clone.
describe('lexicon entries are terms and short patterns, not copied sentences', () => {
  it('no entry of four or more words occurs verbatim in the project test cases', () => {
    expect(findLexiconCopies(CASES.map((c) => ({ source: `cases.ts:${c.id}`, text: c.text })))).toEqual([]);
  });

  it('nor in any probe set', () => {
    const rounds = { 3: ROUND3, 4: ROUND4, 5: ROUND5, 6: ROUND6, 7: ROUND7, 8: ROUND8, 9: ROUND9, 10: ROUND10, 11: ROUND11, 12: ROUND12, 13: ROUND13, 14: ROUND14, 15: ROUND15, 16: ROUND16, 17: ROUND17, 18: ROUND18, 19: ROUND19, 21: ROUND21, 22: ROUND22, 23: ROUND23, 25: ROUND25, 26: ROUND26, 27: ROUND27, 28: ROUND28, 29: ROUND29, 30: ROUND30, 31: ROUND31, 32: ROUND32, 33: ROUND33, 34: ROUND34, 36: ROUND36, 37: ROUND37, 38: ROUND38, 39: ROUND39, 40: ROUND40, 41: ROUND41, 42: ROUND42, 43: ROUND43, 44: ROUND44, 45: ROUND45, 46: ROUND46, 47: ROUND47, 48: ROUND48, 49: ROUND49, 50: ROUND50 };
    const probes = Object.entries(rounds).flatMap(([round, rows]) =>
      rows.map((p, i) => ({ source: `probes-round${round}.ts:${i}`, text: p[3] })),
    );
    expect(findLexiconCopies(probes)).toEqual([]);
  });

  it('nor in the shorthand lines', () => {
    expect(findLexiconCopies(SHORTHAND.map((p, i) => ({ source: `probes-shorthand.ts:${i}`, text: p[3] })))).toEqual([]);
  });
});
