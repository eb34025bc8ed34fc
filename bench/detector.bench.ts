/**
 * Throughput of the detector against a bare trigger-word regex over the same notes.
 * Run: npx tsx bench/detector.bench.ts [MB]   (last stdout line is JSON for scripts)
 *
 * The ratio is the median of per-run ratios: each run times the detector and the regex back to back, so
 * a load change on a shared machine between runs moves both sides alike. The ratio of the two median
 * speeds is printed as well.
 */
import { detectText, TRIGGER_WORDS } from '../lib/detect';
import { generateCorpus } from './corpus';

const RUNS = 11;
const targetMb = Number(process.argv[2] ?? 12);
const notes = generateCorpus(targetMb * 1024 * 1024);
const bytes = notes.reduce((sum, n) => sum + Buffer.byteLength(n, 'utf8'), 0);
const corpusMB = bytes / (1024 * 1024);

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const baselineRe = new RegExp(TRIGGER_WORDS.map(escape).join('|'), 'gi');

function runDetector(): number {
  let flagged = 0;
  for (const note of notes) if (detectText(note).status !== 'none') flagged++;
  return flagged;
}

function runBaseline(): number {
  let matches = 0;
  for (const note of notes) {
    baselineRe.lastIndex = 0;
    while (baselineRe.exec(note)) matches++;
  }
  return matches;
}

function time(fn: () => number): { ms: number; result: number } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (let i = 0; i < 2; i++) {
  runDetector();
  runBaseline();
}
const detectorMs: number[] = [];
const baselineMs: number[] = [];
let flagged = 0;
let matches = 0;
for (let i = 0; i < RUNS; i++) {
  const d = time(runDetector);
  const b = time(runBaseline);
  detectorMs.push(d.ms);
  baselineMs.push(b.ms);
  flagged = d.result;
  matches = b.result;
}

const mbPerSec = corpusMB / (median(detectorMs) / 1000);
const baselineMbPerSec = corpusMB / (median(baselineMs) / 1000);
const ratio = median(detectorMs.map((d, i) => baselineMs[i]! / d));
const ratioOfMedians = mbPerSec / baselineMbPerSec;
const round = (x: number, d = 2) => Number(x.toFixed(d));
console.log(
  `${notes.length} notes, ${corpusMB.toFixed(1)} MB: detector ${mbPerSec.toFixed(1)} MB/s (${flagged} flagged), ` +
    `bare regex ${baselineMbPerSec.toFixed(1)} MB/s (${matches} matches), ratio ${ratio.toFixed(2)} ` +
    `(ratio of medians ${ratioOfMedians.toFixed(2)}); median of ${RUNS}`,
);
console.log(
  JSON.stringify({
    mbPerSec: round(mbPerSec),
    baselineMbPerSec: round(baselineMbPerSec),
    ratio: round(ratio, 3),
    ratioOfMedians: round(ratioOfMedians, 3),
    corpusMB: round(corpusMB),
  }),
);
