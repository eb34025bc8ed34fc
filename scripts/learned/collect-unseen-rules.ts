/**
 * What the rules answered on each probe text before any rule was written on it: for every probe suite
 * (tests/unit/detect/probes-*.ts), the detector as it stood just before the commit that took the suite in
 * is run on the suite's texts, in a temporary git worktree; likewise the tune part of v2 and background-dev
 * (from ../shared, when it sits beside the repository) at the rules from before they arrived. The learned re-scorer is trained on these
 * answers, not on today's rules — today's rules were written on those very texts and read nearly all of
 * them right, while on text they have never seen they miss about one flag in five; a model that learns
 * from today's answers learns to trust them.
 *
 *   npx tsx scripts/learned/collect-unseen-rules.ts   (needs the git history; writes unseen-rules.json)
 *
 * A probe suite added later gets its answers the same way: run this again after it is taken in, before
 * any rule is written on it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { probeKey } from './probe-key';

const ROOT = resolve(import.meta.dirname, '../..');
const SUITES = join(ROOT, 'tests/unit/detect');
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

/** The commit of the blind part's first score (docs/detection.md, row 1): no rule was yet written on v2 or background-dev. */
const V2_BASELINE = '59954b8';
const SHARED = resolve(ROOT, '../shared/data');

const suites = readdirSync(SUITES).filter((f) => /^probes-[\w-]+\.ts$/.test(f) && !f.endsWith('.test.ts') && f !== 'probe-suite.ts');
const out: Record<string, { s: string; c: string[] }> = {};
const work = mkdtempSync(join(tmpdir(), 'unseen-rules-'));
try {
  for (const file of suites) {
    const added = git('log', '--diff-filter=A', '--format=%H', '--', `tests/unit/detect/${file}`).split('\n').pop()!;
    const before = git('rev-parse', `${added}^`);
    const tree = join(work, before.slice(0, 12));
    if (!existsSync(tree)) {
      git('worktree', 'add', '--detach', tree, before);
      symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
    }
    const runner = join(tree, '_unseen.ts');
    writeFileSync(
      runner,
      `import { detectText } from './lib/detect';\n` +
        `const { PROBES } = await import(${JSON.stringify(join(SUITES, file))});\n` +
        `console.log(JSON.stringify(PROBES.map((p: any) => { const d = detectText(p[3], p[1]); return [p[1], p[3], d.status, [...new Set(d.evidence.flatMap((e: any) => e.cues ?? []))]]; })));\n`,
    );
    const rows = JSON.parse(execFileSync('npx', ['tsx', runner], { cwd: tree, encoding: 'utf8', maxBuffer: 64 << 20 })) as Array<[string, string, string, string[]]>;
    for (const [lang, text, status, cues] of rows) out[probeKey(lang, text)] = { s: status, c: cues };
    console.log(`${file}: ${rows.length} texts at the rules of ${before.slice(0, 7)}`);
  }
  // The tune part of v2 (never its blind quarter) and background-dev, at the rules from before either arrived.
  if (existsSync(SHARED)) {
    const blind = (id: string) => createHash('sha1').update(id).digest('hex')[0]! < '4';
    const read = (f: string) => readFileSync(join(SHARED, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; lang: string; text: string });
    const texts = [...read('second-opinion-dev-v2.jsonl').filter((r) => !blind(r.id)), ...read('background-dev.jsonl')].map((r) => [r.lang, r.text]);
    const tree = join(work, 'v2-baseline');
    git('worktree', 'add', '--detach', tree, V2_BASELINE);
    symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
    const input = join(tree, '_texts.json');
    writeFileSync(input, JSON.stringify(texts));
    const runner = join(tree, '_unseen.ts');
    writeFileSync(
      runner,
      `import { readFileSync } from 'node:fs';\nimport { detectText } from './lib/detect';\n` +
        `const texts = JSON.parse(readFileSync(${JSON.stringify(input)}, 'utf8'));\n` +
        `console.log(JSON.stringify(texts.map(([lang, text]: [any, string]) => { const d = detectText(text, lang); return [lang, text, d.status, [...new Set(d.evidence.flatMap((e: any) => e.cues ?? []))]]; })));\n`,
    );
    const rows = JSON.parse(execFileSync('npx', ['tsx', runner], { cwd: tree, encoding: 'utf8', maxBuffer: 64 << 20 })) as Array<[string, string, string, string[]]>;
    for (const [lang, text, status, cues] of rows) out[probeKey(lang, text)] = { s: status, c: cues };
    console.log(`v2 tune part and background-dev: ${rows.length} texts at the rules of ${V2_BASELINE}`);
  }
} finally {
  for (const dir of readdirSync(work)) git('worktree', 'remove', '--force', join(work, dir));
  rmSync(work, { recursive: true, force: true });
}
const sorted = Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(join(import.meta.dirname, 'unseen-rules.json'), `${JSON.stringify(sorted)}\n`);
console.log(`${Object.keys(sorted).length} texts written`);
