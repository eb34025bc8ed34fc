import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
// @ts-expect-error plain ESM helper shared with the demo runner
import { ensureChromium } from '../../scripts/chromium.mjs';

/** Runs a command with its output shown; rejects when it fails. */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/**
 * Makes sure Debian's Chromium is there, then builds what the browser tests load: the Chrome extension,
 * the Medplum portal and the 10,000-note page. The three do not depend on each other and run side by side.
 */
export default async function globalSetup(): Promise<void> {
  // Names this run's browser policy files, so the global teardown removes exactly those (policy-files.ts).
  process.env.SO_E2E_RUN_ID ??= randomUUID();
  ensureChromium();
  if (process.env.SO_SKIP_BUILD === '1' && existsSync('.output/chrome-mv3/manifest.json')) return;
  await Promise.all([
    run('npm', ['run', '--silent', 'build']),
    run('npm', ['run', '--silent', 'build:medplum']),
    ...(existsSync('scripts/generate-large.mjs') ? [run('node', ['scripts/generate-large.mjs'])] : []),
  ]);
}
