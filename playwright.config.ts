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
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'browser', testIgnore: ['e2e/policy.spec.ts'] },
    // The policy spec writes a browser policy for the test extension's id, which every Chromium that
    // runs meanwhile reads: it runs on its own, after all other specs. Alone: add --no-deps.
    { name: 'policy', testMatch: ['e2e/policy.spec.ts'], dependencies: ['browser'] },
  ],
});
