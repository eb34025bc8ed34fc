// Drafts store benchmark in a real browser (real IndexedDB, not fake-indexeddb).
// Run: node bench/store.bench.mjs   — the last stdout line is JSON for scripts.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from '@playwright/test';

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

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer(async (req, res) => {
  if (req.url === '/favicon.ico') return res.writeHead(204).end();
  const path = normalize(join(outDir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
  const file = path.endsWith(sep) ? join(path, 'index.html') : path;
  if (!file.startsWith(outDir)) return res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const { port } = server.address();

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
let result;
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => typeof window.runStoreBench === 'function');
  result = await page.evaluate(() => window.runStoreBench());
} finally {
  await browser.close();
  server.close();
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
