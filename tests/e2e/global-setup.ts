import { execSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
// @ts-expect-error plain ESM helper shared with the demo runner
import { ensureChromium } from '../../scripts/chromium.mjs';

/** Makes sure Debian's Chromium is there, then builds what the browser tests load: the Chrome extension, the Medplum portal and the 10,000-note page. */
export default function globalSetup(): void {
  // Names this run's browser policy files, so the global teardown removes exactly those (policy-files.ts).
  process.env.SO_E2E_RUN_ID ??= randomUUID();
  ensureChromium();
  if (process.env.SO_SKIP_BUILD === '1' && existsSync('.output/chrome-mv3/manifest.json')) return;
  execSync('npm run --silent build', { stdio: 'inherit' });
  execSync('npm run --silent build:medplum', { stdio: 'inherit' });
  if (existsSync('scripts/generate-large.mjs')) execSync('node scripts/generate-large.mjs', { stdio: 'inherit' });
}
