import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, launcher, openSidebar, test } from './fixtures';
// @ts-expect-error plain ESM scorer shared with scripts/eval-reader.mjs
import { nameKey } from '../../scripts/eval-reader-score.mjs';

// These tests only read pages: they share one browser per worker (fixtures.ts), and being independent
// of each other they spread over the workers instead of queueing in one.
test.use({ profile: 'per-worker' });
test.describe.configure({ mode: 'parallel' });

// Every zoo page (tests/portals/zoo): the sidebar opens on it, shows the patient the page shows (or
// says it does not know and flags nothing), as the built extension reads it in Chromium.
interface ZooExpected {
  layout: string;
  patient: { name: string; birthDate?: string } | null;
  query?: string;
}

const ZOO = 'tests/portals/zoo';
const PAGES = readdirSync(ZOO, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.expected.json'))
  .sort()
  .map((file) => ({ path: `/zoo/${file.replace(/\.expected\.json$/, '.html')}`, expected: JSON.parse(readFileSync(join(ZOO, file), 'utf8')) as ZooExpected }));

for (const { path, expected } of PAGES) {
  test(`opens the sidebar on ${path}`, async ({ page, portal }) => {
    await page.goto(portal.baseUrl + path + (expected.query ?? ''));
    const frame = await openSidebar(page);
    const patient = frame.getByTestId('so-patient');
    if (!expected.patient) {
      await expect(patient).toHaveAttribute('data-state', 'unknown');
      await expect(frame.getByTestId('so-flag')).toHaveCount(0);
      await expect(launcher(page)).toHaveAttribute('data-flagged', 'false');
      return;
    }
    await expect(patient).toHaveAttribute('data-state', 'known');
    const name = await patient.getAttribute('data-patient-name');
    expect(nameKey(name)).toBe(nameKey(expected.patient.name));
    if (expected.patient.birthDate) await expect(patient).toHaveAttribute('data-birth-date', expected.patient.birthDate);
    await expect(frame.getByTestId('so-flag')).toHaveAttribute('data-status', /requested|considering|declined|completed|none/);
  });
}
