/**
 * What the rules answered on each probe text before any rule was written on it: for every probe suite
 * (tests/unit/detect/probes-*.ts), the detector as it stood just before the commit that took the suite in
 * is run on the suite's texts, in a temporary git worktree. The learned re-scorer is trained on these
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
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { probeKey } from './probe-key';

const ROOT = resolve(import.meta.dirname, '../..');
const SUITES = join(ROOT, 'tests/unit/detect');
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

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
} finally {
  for (const dir of readdirSync(work)) git('worktree', 'remove', '--force', join(work, dir));
  rmSync(work, { recursive: true, force: true });
}
const sorted = Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(join(import.meta.dirname, 'unseen-rules.json'), `${JSON.stringify(sorted)}\n`);
console.log(`${Object.keys(sorted).length} texts written`);
