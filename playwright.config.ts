import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests load the built extension into Debian Chromium (never a downloaded browser) with a
 * persistent profile; see tests/e2e/fixtures.ts. Global setup builds the extension and the test portals.
 */
export default defineConfig({
  testDir: './tests',
  testMatch: ['e2e/**/*.spec.ts', 'security/**/*.spec.ts'],
  globalSetup: './tests/e2e/global-setup.ts',
  globalTeardown: './tests/e2e/global-teardown.ts',
  fullyParallel: false,
  workers: 2,
  // No retries anywhere: a test that passes only on a second try is a bug to fix, not to hide.
  retries: 0,
  // Bounds for a test that hangs, not for a slow machine: tests wait for states. Under another
  // CPU-heavy job on a 2-core machine a browser launch alone took 12 s and a reload with the sidebar
  // over 10 s, so the earlier 60 s / 10 s failed tests that were still progressing step by step.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  // On failure: the trace's action log, console and network, and a screenshot of the end state. Screencast
  // frames and DOM snapshots of every step are left out: recording them doubled the suite's time.
  use: { trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false }, screenshot: 'only-on-failure' },
  projects: [
    { name: 'browser', testIgnore: ['e2e/policy.spec.ts'] },
    // The policy spec writes a browser policy for the test extension's id, which every Chromium that
    // runs meanwhile reads: it runs on its own, after all other specs. Alone: add --no-deps.
    { name: 'policy', testMatch: ['e2e/policy.spec.ts'], dependencies: ['browser'] },
  ],
});
