#!/usr/bin/env node
// Scores the generic reader on the zoo of portal pages (tests/portals/zoo): each page is opened in Debian
// Chromium, read the way the content script reads it, and compared with the page's *.expected.json.
// Prints per page and overall: patient-field accuracy, entry-kind precision and recall, wrong-patient
// picks. Exits 1 when a target is missed. `--part blind` or `--part tune` scores one part only.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { BASE_ARGS, CHROMIUM } from './chromium.mjs';
import { PORTALS_ROOT, startPortalServer } from './portal-server.mjs';
import { scorePage, summarise, TARGETS } from './eval-reader-score.mjs';

const ZOO = join(PORTALS_ROOT, 'zoo');
const args = process.argv.slice(2);
const part = args.includes('--part') ? args[args.indexOf('--part') + 1] : undefined;
if (part !== undefined && part !== 'blind' && part !== 'tune') {
  console.error('usage: npm run eval:reader [-- --part blind|tune]');
  process.exit(2);
}

function zooPages(dir = ZOO) {
  const pages = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) pages.push(...zooPages(path));
    else if (entry.name.endsWith('.expected.json')) pages.push(path.replace(/\.expected\.json$/, '.html'));
  }
  return pages;
}

const bundle = await build({
  entryPoints: [fileURLToPath(new URL('./eval-reader-page.ts', import.meta.url))],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'chrome120',
  logLevel: 'silent',
});
const readerSource = bundle.outputFiles[0].text;

const server = await startPortalServer({ port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...BASE_ARGS, '--disable-extensions'] });
const results = [];
try {
  const page = await browser.newPage();
  for (const file of zooPages()) {
    const path = '/' + relative(PORTALS_ROOT, file).split('\\').join('/');
    const pagePart = path.startsWith('/zoo/blind/') ? 'blind' : 'tune';
    if (part && part !== pagePart) continue;
    const expected = JSON.parse(readFileSync(file.replace(/\.html$/, '.expected.json'), 'utf8'));
    await page.goto(server.baseUrl + path + (expected.query ?? ''));
    if (expected.ready) await page.waitForSelector(expected.ready, { state: 'attached' });
    await page.addScriptTag({ content: readerSource });
    const reading = await page.evaluate(() => globalThis.__readPage());
    results.push(scorePage(path, pagePart, expected, reading));
  }
} finally {
  await browser.close();
  await server.close();
}

const pad = (text, width) => String(text).padEnd(width);
const pct = (value) => (value === null ? '  n/a' : `${(value * 100).toFixed(0).padStart(4)}%`);
console.log(`${pad('page', 38)} ${pad('part', 5)} fields  alg-R  med-R  prb-R  kind-P kind-R wrong status`);
for (const r of results) {
  console.log(
    `${pad(r.path.replace('/zoo/', ''), 38)} ${pad(r.part, 5)} ${pct(r.fieldAccuracy)}  ${pct(r.recallOf('allergy'))}  ${pct(r.recallOf('medication'))}  ${pct(r.recallOf('problem'))}  ${pct(r.precision)} ${pct(r.recall)}  ${pad(r.wrongPatient ? 'YES' : '0', 5)} ${r.statusOk ? 'ok' : `got ${r.status}, want ${r.expectedStatus}`}`,
  );
  for (const problem of r.problems) console.log(`    - ${problem}`);
}
const total = summarise(results);
console.log('');
console.log(`overall (${results.length} pages${part ? `, ${part} part` : ''}):`);
console.log(`  patient-field accuracy  ${pct(total.fieldAccuracy)}  (${total.fieldsRight}/${total.fields})`);
console.log(`  wrong-patient picks     ${total.wrongPatients}`);
console.log(`  unknown pages unknown   ${total.unknownRight}/${total.unknownPages}`);
for (const [kind, k] of Object.entries(total.kinds)) {
  console.log(`  ${pad(kind, 11)} precision ${pct(k.precision)} (${k.truePositives}/${k.predicted})  recall ${pct(k.recall)} (${k.found}/${k.expected})`);
}
console.log(`  all kinds   precision ${pct(total.precision)}  recall ${pct(total.recall)}`);
console.log(`  stopped medication marked ${total.stoppedRight}/${total.stopped}`);
console.log(`  flag status right       ${total.statusRight}/${results.length}`);
const missed = TARGETS.filter((target) => !target.met(total));
console.log(missed.length === 0 ? '\ntargets met' : `\ntargets missed: ${missed.map((target) => target.name).join('; ')}`);
process.exit(missed.length === 0 ? 0 : 1);
