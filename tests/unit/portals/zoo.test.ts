// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../lib/portals/generic';
import { loadPage, PORTALS_DIR } from './load-page';
// @ts-expect-error plain ESM scorer shared with scripts/eval-reader.mjs
import { scorePage } from '../../../scripts/eval-reader-score.mjs';

// One test per zoo layout, read in happy-dom the way the content script reads a page. Pages that need
// a browser (their own scripts, srcdoc frames) are read in Chromium by npm run eval:reader and the e2e zoo spec.
const ZOO = join(PORTALS_DIR, 'zoo');
const pages = readdirSync(ZOO, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.expected.json'))
  .sort()
  .map((file) => ({ file: file.replace(/\.expected\.json$/, '.html'), expected: JSON.parse(readFileSync(join(ZOO, file), 'utf8')) }));

function needsBrowser(html: string): boolean {
  return /<script\b/i.test(html) || /\ssrcdoc=/i.test(html);
}

describe('the zoo, layout by layout', () => {
  it('has at least twelve pages, four or more of them in the blind part', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(pages.filter((page) => page.file.startsWith('blind')).length).toBeGreaterThanOrEqual(4);
  });

  for (const { file, expected } of pages) {
    const html = readFileSync(join(ZOO, file), 'utf8');
    it.skipIf(needsBrowser(html))(`${file}: ${expected.layout}`, () => {
      loadPage(join('zoo', file));
      const { patient, warnings } = genericAdapter.readPatient(document);
      const entries = patient ? genericAdapter.readEntries(document) : [];
      const score = scorePage(file, 'unit', expected, { patient, warnings, entries, status: 'none' });
      expect(score.wrongPatient, score.problems.join('\n')).toBe(false);
      if (expected.patient) {
        expect(score.fieldsRight, score.problems.join('\n')).toBe(score.fields);
        for (const kind of ['allergy', 'medication', 'problem']) {
          const k = score.kinds[kind];
          expect(k.found, `${kind}: ${score.problems.join('\n')}`).toBe(k.expected);
        }
      } else {
        expect(patient === null || patient.confidence === 'unsure').toBe(true);
      }
    });
  }
});
