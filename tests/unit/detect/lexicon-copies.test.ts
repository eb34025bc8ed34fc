import { describe, expect, it } from 'vitest';
import { CASES } from './cases';
import { findLexiconCopies } from './lexicon-copies';

// The same check over the labelled data beside the repository runs in `npm run eval:detect` (called by
// CI), so `npm test` reads nothing outside the clone.
describe('lexicon entries are terms and short patterns, not copied sentences', () => {
  it('no entry of four or more words occurs verbatim in the project test cases', () => {
    expect(findLexiconCopies(CASES.map((c) => ({ source: `cases.ts:${c.id}`, text: c.text })))).toEqual([]);
  });
});
