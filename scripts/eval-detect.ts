/**
 * Scores the second-opinion detector on the labelled data in ../shared/data and exits non-zero when a
 * score falls below its floor, so a change cannot quietly make detection worse.
 *
 *   npm run eval:detect                 all sets, aggregate scores
 *   npm run eval:detect -- --errors     also list the wrong items of the tune part, the old dev set and
 *                                       the background notes (never of the blind part)
 *   npm run eval:detect -- --skip-blind  leave the blind part out (while tuning: every look at it counts)
 *
 * The blind part of second-opinion-dev-v2.jsonl (items whose id's SHA-1 starts with 0-3, the same rule as
 * ../shared/tools/score-detect) is only ever reported in aggregate: no per-item, per-genre or
 * per-phenomenon lines. Without ../shared beside the repository there is nothing to score and it says so.
 *
 * The held-out parts of the probe sets (tests/held-out/*.jsonl.gz: the quarter of each set whose id's
 * SHA-1 starts with 0-3, set apart before any rule changed) are scored the same way, in aggregate only.
 * They are kept compressed so that no search through the sources ever shows one of their texts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { detectText, type DetectionStatus } from '../lib/detect';
import { CASES } from '../tests/unit/detect/cases';
import { findLexiconCopies } from '../tests/unit/detect/lexicon-copies';
import { score, STATUSES, type Scores } from '../tests/unit/detect/score';

const DATA = new URL('../../shared/data/', import.meta.url);
const showErrors = process.argv.includes('--errors');
const skipBlind = process.argv.includes('--skip-blind');

interface Item {
  id: string;
  lang?: 'nl' | 'en';
  text: string;
  status: DetectionStatus;
  genre?: string;
  phenomena?: string[];
  kind?: string;
}

/**
 * Floors: the targets where they are reached, else the level reached (see docs/detection.md). The blind
 * flag target (0.90) is not reached yet; the blind floors hold the level reached (macro above its target
 * of 0.80 since row 37, raised at row 49), so it cannot fall back.
 */
const FLOORS = {
  blind: { flagF1: 0.82, macroF1: 0.822 },
  tune: { flagF1: 0.95, macroF1: 0.9 },
  dev: { flagF1: 0.95, macroF1: 0.9 },
  backgroundPer1000: 5,
  plainFalseFlags: 0,
};

const HELD_OUT = new URL('../tests/held-out/', import.meta.url);

const isBlind = (id: string) => '0123'.includes(createHash('sha1').update(id).digest('hex')[0]!);
const isFlag = (s: DetectionStatus) => s === 'requested' || s === 'considering';

function load(name: string): Item[] {
  return readFileSync(new URL(name, DATA), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
}

const run = (items: Item[]) => items.map((i) => ({ item: i, got: detectText(i.text, i.lang).status }));
type Result = ReturnType<typeof run>[number];
const pairs = (rs: Result[]) => rs.map((r) => [r.item.status, r.got] as [DetectionStatus, DetectionStatus]);
const f = (x: number) => x.toFixed(3);

function summary(name: string, s: Scores, n: number): string {
  const per = STATUSES.map((st) => `${st}=${s.perStatus[st].toFixed(2)}`).join(' ');
  return `${name}: n=${n} flagF1=${f(s.flagF1)} macroF1=${f(s.macroF1)}\n  ${per}`;
}

function breakdown(rs: Result[], keys: (i: Item) => string[]): string[] {
  const groups = new Map<string, Result[]>();
  for (const r of rs) for (const k of keys(r.item)) groups.set(k, [...(groups.get(k) ?? []), r]);
  return [...groups]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([k, g]) => {
      const right = g.filter((r) => r.got === r.item.status).length;
      return `  ${k.padEnd(26)} ${String(g.length).padStart(3)}  accuracy ${(right / g.length).toFixed(2)}  flagF1 ${f(score(pairs(g)).flagF1)}`;
    });
}

function errors(rs: Result[]): string[] {
  return rs
    .filter((r) => r.got !== r.item.status)
    .map((r) => `  WRONG ${r.item.id} gold ${r.item.status} got ${r.got} | ${r.item.text.replace(/\s+/g, ' ').slice(0, 220)}`);
}

const failures: string[] = [];
function check(label: string, value: number, floor: number, higherIsBetter = true): void {
  const ok = higherIsBetter ? value >= floor : value <= floor;
  if (!ok) failures.push(`${label} ${value.toFixed(3)} ${higherIsBetter ? '<' : '>'} floor ${floor}`);
}

/**
 * Each held-out probe part in aggregate (its own floor: the score it had when it was set apart, or
 * higher). Returns the texts, by part and id only, for the lexicon-copy check.
 */
function scoreHeldOut(): Array<{ source: string; text: string }> {
  const texts: Array<{ source: string; text: string }> = [];
  if (skipBlind) {
    console.log('held-out probe parts: skipped');
    return texts;
  }
  const floors = JSON.parse(readFileSync(new URL('floors.json', HELD_OUT), 'utf8')) as Record<string, { flagF1: number; macroF1: number }>;
  for (const name of readdirSync(HELD_OUT).filter((f) => f.endsWith('.jsonl.gz')).sort()) {
    const items = gunzipSync(readFileSync(new URL(name, HELD_OUT)))
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; lang: 'nl' | 'en'; label: DetectionStatus; text: string });
    texts.push(...items.map((i) => ({ source: `${name}:${i.id}`, text: i.text })));
    const s = score(items.map((i) => [i.label, detectText(i.text, i.lang).status]));
    console.log(summary(`held-out probe part ${name} (aggregate only)`, s, items.length));
    const floor = floors[name];
    if (!floor) {
      failures.push(`held-out part ${name} has no floor in tests/held-out/floors.json`);
      continue;
    }
    check(`held-out ${name} flagF1`, s.flagF1, floor.flagF1);
    check(`held-out ${name} macroF1`, s.macroF1, floor.macroF1);
  }
  return texts;
}

function main(): number {
  const heldOut = scoreHeldOut();
  if (!existsSync(DATA)) {
    console.log(`eval:detect: ${DATA.pathname} is absent, nothing more to score (the labelled data lives beside the repository)`);
    return failures.length ? 1 : 0;
  }
  const v2 = run(load('second-opinion-dev-v2.jsonl'));
  const blind = v2.filter((r) => isBlind(r.item.id));
  const tune = v2.filter((r) => !isBlind(r.item.id));
  const dev = run(load('second-opinion-dev.jsonl'));
  const background = run(load('background-dev.jsonl'));

  if (skipBlind) {
    console.log('v2 blind part: skipped');
    failures.push('blind part not scored (--skip-blind)');
  } else {
    const sBlind = score(pairs(blind));
    console.log(summary('v2 blind part (aggregate only)', sBlind, blind.length));
    console.log(sBlind.matrix);
    check('blind flagF1', sBlind.flagF1, FLOORS.blind.flagF1);
    check('blind macroF1', sBlind.macroF1, FLOORS.blind.macroF1);
  }

  for (const [name, rs, floor] of [
    ['v2 tune part', tune, FLOORS.tune],
    ['old dev set', dev, FLOORS.dev],
  ] as const) {
    const s = score(pairs(rs));
    console.log('\n' + summary(name, s, rs.length));
    console.log(s.matrix);
    if (rs === tune) {
      console.log('per genre:\n' + breakdown(rs, (i) => [i.genre ?? '?']).join('\n'));
      console.log('per phenomenon:\n' + breakdown(rs, (i) => i.phenomena ?? []).join('\n'));
    }
    if (showErrors) console.log(errors(rs).join('\n'));
    check(`${name} flagF1`, s.flagF1, floor.flagF1);
    check(`${name} macroF1`, s.macroF1, floor.macroF1);
  }

  const falseFlags = background.filter((r) => isFlag(r.got));
  const per1000 = (1000 * falseFlags.length) / background.length;
  const plain = falseFlags.filter((r) => r.item.kind === 'plain').length;
  console.log(`\nbackground-dev: n=${background.length} false flags per 1,000 notes ${per1000.toFixed(1)} (${falseFlags.length}; plain ${plain})`);
  console.log('per kind:\n' + breakdown(background, (i) => [i.kind ?? '?']).join('\n'));
  if (showErrors) console.log(errors(background).join('\n'));
  check('background false flags per 1,000', per1000, FLOORS.backgroundPer1000, false);
  check('false flags on plain notes', plain, FLOORS.plainFalseFlags, false);

  // Carried over from the old dev-set unit test: the language guess changes no answer, and every quoted
  // sentence lies inside its text at its offsets.
  const all = [...v2, ...dev, ...background];
  const langFlips = all.filter((r) => r.item.lang && detectText(r.item.text).status !== r.got).length;
  const badEvidence = all.filter((r) => {
    const d = detectText(r.item.text, r.item.lang);
    return (d.status !== 'none' && d.evidence.length === 0) || d.evidence.some((h) => r.item.text.slice(h.start, h.end) !== h.text);
  }).length;
  console.log(`\nanswers that change when the language is guessed: ${langFlips}; items with misplaced or missing evidence: ${badEvidence}`);
  if (badEvidence) failures.push(`${badEvidence} items with misplaced or missing evidence`);

  const texts = [...v2, ...dev, ...background].map((r) => ({ source: r.item.id, text: r.item.text }));
  texts.push(...CASES.map((c) => ({ source: c.id, text: c.text })), ...heldOut);
  const copies = findLexiconCopies(texts);
  console.log(`\nlexicon entries of four or more words found in the data, the test cases or the held-out probe parts: ${copies.length}`);
  for (const c of copies) failures.push(`lexicon entry "${c.entry}" (${c.lang}) occurs in labelled text or a test case`);

  console.log(failures.length ? `\nBELOW FLOOR:\n  ${failures.join('\n  ')}` : '\nall floors hold');
  return failures.length ? 1 : 0;
}

process.exitCode = main();
