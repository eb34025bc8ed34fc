/**
 * Throughput of the detector against a bare trigger-word regex over the same notes.
 * Run: npx tsx bench/detector.bench.ts [MB]   (last stdout line is JSON for scripts)
 *
 * On a shared, loaded machine the speed of a whole pass swings by a factor of two or more between
 * passes. So each run walks the corpus in small chunks and times the detector and the regex on the same
 * chunk back to back (alternating which goes first): a load change then hits both sides alike. The
 * ratio is the median over runs of (regex time / detector time); median speeds are printed too.
 */
import { detectText, TRIGGER_WORDS } from '../lib/detect';
import { generateCorpusWithMentions } from './corpus';

const RUNS = Number(process.env.BENCH_DETECTOR_RUNS ?? 9);
const CHUNK = 500;
const targetMb = Number(process.argv[2] ?? 12);
const { notes, mentions } = generateCorpusWithMentions(targetMb * 1024 * 1024);
const bytes = notes.reduce((sum, n) => sum + Buffer.byteLength(n, 'utf8'), 0);
const corpusMB = bytes / (1024 * 1024);

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const baselineRe = new RegExp(TRIGGER_WORDS.map(escape).join('|'), 'gi');

function runDetector(from: number, to: number): number {
  let flagged = 0;
  for (let i = from; i < to; i++) if (detectText(notes[i]!).status !== 'none') flagged++;
  return flagged;
}

function runBaseline(from: number, to: number): number {
  let matches = 0;
  for (let i = from; i < to; i++) {
    baselineRe.lastIndex = 0;
    while (baselineRe.exec(notes[i]!)) matches++;
  }
  return matches;
}

interface Run {
  detectorMs: number;
  baselineMs: number;
  flagged: number;
  matches: number;
}

function timed(fn: (from: number, to: number) => number, from: number, to: number): [number, number] {
  const t0 = performance.now();
  const result = fn(from, to);
  return [performance.now() - t0, result];
}

function run(): Run {
  const r: Run = { detectorMs: 0, baselineMs: 0, flagged: 0, matches: 0 };
  for (let from = 0, k = 0; from < notes.length; from += CHUNK, k++) {
    const to = Math.min(from + CHUNK, notes.length);
    const order = k % 2 === 0 ? (['d', 'b'] as const) : (['b', 'd'] as const);
    for (const side of order) {
      if (side === 'd') {
        const [ms, n] = timed(runDetector, from, to);
        r.detectorMs += ms;
        r.flagged += n;
      } else {
        const [ms, n] = timed(runBaseline, from, to);
        r.baselineMs += ms;
        r.matches += n;
      }
    }
  }
  return r;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (let i = 0; i < 2; i++) run();
const runs: Run[] = [];
for (let i = 0; i < RUNS; i++) runs.push(run());

const mbPerSec = corpusMB / (median(runs.map((r) => r.detectorMs)) / 1000);
const baselineMbPerSec = corpusMB / (median(runs.map((r) => r.baselineMs)) / 1000);
const ratio = median(runs.map((r) => r.baselineMs / r.detectorMs));
const { flagged, matches } = runs[0]!;
const round = (x: number, d = 2) => Number(x.toFixed(d));
console.log(
  `${notes.length} notes, ${corpusMB.toFixed(1)} MB, ${mentions.length} with a statement or near-miss ` +
    `(${((100 * mentions.length) / notes.length).toFixed(1)} %, ${new Set(mentions).size} different): ` +
    `detector ${mbPerSec.toFixed(1)} MB/s (${flagged} flagged), bare regex ${baselineMbPerSec.toFixed(1)} MB/s (${matches} matches), ` +
    `ratio ${ratio.toFixed(2)}; median of ${RUNS}`,
);
console.log(
  JSON.stringify({
    mbPerSec: round(mbPerSec),
    baselineMbPerSec: round(baselineMbPerSec),
    ratio: round(ratio, 3),
    corpusMB: round(corpusMB),
    notes: notes.length,
    notesWithStatement: mentions.length,
    differentStatements: new Set(mentions).size,
    // One value per run, for the spread: each run is one full pass over the corpus, both sides.
    runs: runs.map((r) => ({ ratio: round(r.baselineMs / r.detectorMs, 3), mbPerSec: round(corpusMB / (r.detectorMs / 1000)), baselineMbPerSec: round(corpusMB / (r.baselineMs / 1000)) })),
  }),
);
