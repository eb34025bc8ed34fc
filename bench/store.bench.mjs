// Drafts store benchmark in a real browser (real IndexedDB, not fake-indexeddb).
// Run: node bench/store.bench.mjs   — the last stdout line is JSON for scripts.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { CHROMIUM } from '../scripts/chromium.mjs';
import { startPortalServer } from '../scripts/portal-server.mjs';

const BUDGET = { saveP95Ms: 15, listOpenMs: 100 };
const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, 'store');
const outDir = resolve(root, 'dist');

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true, target: 'es2022', minify: true },
});

// The same loopback static server the demo and the browser tests use, rooted at the built bench page.
const server = await startPortalServer({ port: 0, root: outDir });

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
let result;
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${server.baseUrl}/`);
  await page.waitForFunction(() => typeof window.runStoreBench === 'function');
  result = await page.evaluate(() => window.runStoreBench());
} finally {
  await browser.close();
  await server.close();
}

const ok = result.saveP95Ms <= BUDGET.saveP95Ms && result.listOpenMs <= BUDGET.listOpenMs;
console.log(
  `drafts store (Chromium, real IndexedDB, ${result.drafts} drafts, letter ${(result.letterBytes / 1024).toFixed(1)} KB): ` +
    `save p95 ${result.saveP95Ms} ms (median ${result.saveMedianMs}, budget ${BUDGET.saveP95Ms}), ` +
    `list ${result.listOpenMs} ms on a fresh open (open ${result.openMs} ms, budget ${BUDGET.listOpenMs}), ` +
    `search ${result.searchMs} ms (${result.found} hits), fill ${Math.round(result.fillMs)} ms, revisions kept ${result.revisionsKept}; ` +
    `reference: one bare put per transaction p95 ${result.bareP95Ms} ms (median ${result.bareMedianMs}) — ${ok ? 'within budget' : 'OVER BUDGET'}`,
);
console.log(JSON.stringify({ saveP95Ms: result.saveP95Ms, listOpenMs: result.listOpenMs, drafts: result.drafts }));
if (!ok) process.exitCode = 1;
