import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CASES } from './cases';
import { findLexiconCopies } from './lexicon-copies';

const SHARED_DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));

/** The held-back quarter (SHA-1 of the id starts with 0-3) is never named item by item. */
const isBlind = (id: string) => '0123'.includes(createHash('sha1').update(id).digest('hex')[0]!);

function sharedTexts(): Array<{ source: string; text: string }> {
  return readdirSync(SHARED_DATA)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(SHARED_DATA + f, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { id: string; text: string })
        .map((row) => ({ source: `${f}:${isBlind(row.id) ? '(blind part)' : row.id}`, text: row.text })),
    );
}

describe('lexicon entries are terms and short patterns, not copied sentences', () => {
  it('no entry of four or more words occurs verbatim in the project test cases', () => {
    expect(findLexiconCopies(CASES.map((c) => ({ source: `cases.ts:${c.id}`, text: c.text })))).toEqual([]);
  });

  const present = existsSync(SHARED_DATA);
  if (!present) console.warn(`note: ${SHARED_DATA} is absent; the lexicon-copy check on labelled data is skipped`);
  it.skipIf(!present)('no entry of four or more words occurs verbatim in ../shared/data', () => {
    expect(findLexiconCopies(sharedTexts())).toEqual([]);
  });
});
