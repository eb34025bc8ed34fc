import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/security/**/*.unit.test.ts'],
    environment: 'node',
    // A timeout only catches a test that hangs; what a test checks is never a wall-clock figure. On a
    // 2-core machine under another CPU-heavy job, reading the 10,000-note page in happy-dom or a large
    // fixture takes many times vitest's default 5 s (timing budgets live in `npm run bench`).
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
