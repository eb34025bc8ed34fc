#!/usr/bin/env node
// `npm run bench`: builds what it needs, runs every measurement, prints a table, writes
// bench/results.json, and exits non-zero when a budget is missed (saying which).
//
// Shared machines are noisy, so every timing is a median of several runs after a warm-up, and every
// comparison (detector vs bare regex, page with vs without the extension) is measured side by side in
// this one run rather than against a figure from another day. A part that fails to run is recorded
// in `failures` and counts as a missed budget; the other parts still run.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { measureBundle } from './bundle.mjs';
import { measurePage } from './page.mjs';
import { CHROMIUM } from '../scripts/chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const RESULTS = resolve(ROOT, 'bench/results.json');

export const BUDGETS = {
  detectorRatio: { min: 0.5, unit: '×' },
  longTasksOver50ms: { max: 0, unit: '' },
  flagVisibleMs: { max: 500, unit: 'ms' },
  contentScriptGzipKB: { max: 15, unit: 'KB' },
  sidebarGzipKB: { max: 80, unit: 'KB' },
  saveP95Ms: { max: 15, unit: 'ms' },
  listOpenMs: { max: 100, unit: 'ms' },
};

const failures = [];
const started = Date.now();
const say = (line) => console.log(line);

function step(name, fn) {
  say(`\n== ${name}`);
  const t0 = Date.now();
  try {
    const value = fn();
    if (value instanceof Promise) {
      return value.then(
        (v) => (say(`   (${((Date.now() - t0) / 1000).toFixed(1)} s)`), v),
        (error) => fail(name, error),
      );
    }
    say(`   (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    return value;
  } catch (error) {
    return fail(name, error);
  }
}

function fail(part, error) {
  const message = error instanceof Error ? error.message.split('\n').slice(0, 6).join('\n') : String(error);
  failures.push({ part, error: message });
  say(`   FAILED: ${message}`);
  return { failed: true, error: message };
}

/** Runs a child benchmark whose last stdout line is JSON; its other output is passed through. */
function childJson(command, args) {
  const child = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.error) throw child.error;
  const lines = (child.stdout ?? '').trim().split('\n');
  for (const line of lines.slice(0, -1)) say(`   ${line}`);
  if (child.stderr?.trim()) say(child.stderr.trim().split('\n').map((l) => `   ${l}`).join('\n'));
  let parsed;
  try {
    parsed = JSON.parse(lines.at(-1) ?? '');
  } catch {
    throw new Error(`${[command, ...args].join(' ')} exited ${child.status} without a JSON result line`);
  }
  // A child that measured but missed its own budget still exits 1; the figures are what we want.
  return { ...parsed, exitCode: child.status };
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsx = resolve(ROOT, 'node_modules/.bin/tsx');

step('build the extension', () => execFileSync(npm, ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] }));
// Everything below measures a private copy of this build, so that someone rebuilding .output while
// the bench runs cannot swap the chunks under the browser or the size count.
const snapshotDir = mkdtempSync(join(tmpdir(), 'so-bench-build-'));
const extensionDir = join(snapshotDir, 'chrome-mv3');
cpSync(resolve(ROOT, '.output/chrome-mv3'), extensionDir, { recursive: true });
process.on('exit', () => rmSync(snapshotDir, { recursive: true, force: true }));

step('generate the 10,000-note portal page', () => execFileSync(process.execPath, ['scripts/generate-large.mjs'], { stdio: 'inherit' }));

const bundle = step('bundle sizes', () => {
  const result = measureBundle(extensionDir);
  for (const file of result.sidebarFiles) say(`   sidebar loads ${file.file}: ${file.gzipKB} KB gzip`);
  return result;
});

const detector = step('detector throughput (bench/detector.bench.ts)', () => childJson(tsx, ['bench/detector.bench.ts']));
const store = step('drafts store (bench/store.bench.mjs)', () => childJson(process.execPath, ['bench/store.bench.mjs']));
const page = await step('portal page with and without the extension (bench/page.mjs)', () =>
  measurePage({ runs: Number(process.env.BENCH_RUNS ?? 5), tracedRuns: Number(process.env.BENCH_TRACED_RUNS ?? 3), extensionDir, log: say }),
);

// metric, value, budget key
const rows = [
  ['detector MB/s', detector?.mbPerSec, null],
  ['bare regex MB/s (same text, same run)', detector?.baselineMbPerSec, null],
  ['detector / bare regex', detector?.ratio, 'detectorRatio'],
  ['long tasks > 50 ms caused by extension', page?.longTasksOver50ms, 'longTasksOver50ms'],
  ['  by its script / by layouts it set off', page ? `${page.longTasksByExtensionScript} / ${page.longLayoutTasksAfterExtensionInvalidation}` : undefined, null],
  ['  long tasks observed with / without', page ? `${page.longTasksObservedWith} / ${page.longTasksObservedWithout}` : undefined, null],
  ['extension script time on page (ms)', page?.extensionScriptMs, null],
  ['  main thread busy with / without (ms)', page ? `${page.mainThreadBusyWithMs} / ${page.mainThreadBusyWithoutMs}` : undefined, null],
  ['flag visible after load event (ms)', page?.flagVisibleMs, 'flagVisibleMs'],
  ['  flag after navigation start (ms)', page?.flagFromNavigationStartMs, null],
  ['  load event with / without (ms)', page ? `${page.loadEventWithMs} / ${page.loadEventWithoutMs}` : undefined, null],
  ['content script gzip (KB)', bundle?.contentScriptGzipKB, 'contentScriptGzipKB'],
  ['sidebar gzip, lazy chunks included (KB)', bundle?.sidebarGzipKB, 'sidebarGzipKB'],
  ['  before its first paint (KB)', bundle?.sidebarFirstPaintGzipKB, null],
  ['draft save p95, 1,000 drafts (ms)', store?.saveP95Ms, 'saveP95Ms'],
  ['drafts list open (ms)', store?.listOpenMs, 'listOpenMs'],
];

const missed = [];
const table = rows.map(([metric, value, key]) => {
  const budget = key ? BUDGETS[key] : null;
  let ok = '';
  if (budget) {
    const known = typeof value === 'number' && Number.isFinite(value);
    const within = known && (budget.max !== undefined ? value <= budget.max : value >= budget.min);
    ok = within ? 'ok' : known ? 'MISSED' : 'FAILED';
    if (!within) missed.push(`${metric}: ${known ? value : 'not measured'} (budget ${budgetText(budget)})`);
  }
  return { metric, value: value ?? '—', budget: budget ? budgetText(budget) : '', ok };
});

function budgetText(budget) {
  return budget.max !== undefined ? `≤ ${budget.max}${budget.unit ? ' ' + budget.unit : ''}` : `≥ ${budget.min}${budget.unit}`;
}

function printTable(tableRows) {
  const cols = ['metric', 'value', 'budget', 'ok'];
  const widths = cols.map((c) => Math.max(c.length, ...tableRows.map((r) => String(r[c]).length)));
  const line = (r) => cols.map((c, i) => String(r[c]).padEnd(widths[i])).join('  ');
  say('\n' + line(Object.fromEntries(cols.map((c) => [c, c]))));
  say(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of tableRows) say(line(r));
}

printTable(table);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  chromium: page?.chromium ?? chromiumVersion(),
  machine: `${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM`,
  durationSec: Math.round((Date.now() - started) / 1000),
  detector,
  page,
  bundle,
  store,
  budgets: BUDGETS,
  table,
  missed,
  failures,
};
writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
say(`\nwrote ${RESULTS} in ${results.durationSec} s`);

function chromiumVersion() {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

if (missed.length > 0) {
  say(`\n${missed.length} budget(s) missed:`);
  for (const m of missed) say(`  - ${m}`);
  process.exitCode = 1;
} else {
  say('\nall budgets met');
}
