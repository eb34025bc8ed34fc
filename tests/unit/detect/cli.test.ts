import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(args: string[], input = '') {
  const result = spawnSync(TSX, ['scripts/detect.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts a Node process; on a loaded machine that alone can take longer than vitest's
// default 5 s, so the test waits as long as the spawn itself may take.
describe('detect CLI', { timeout: 30_000 }, () => {
  it('writes exactly one JSON line per valid input line and nothing else', () => {
    const input = [
      JSON.stringify({ id: 'n1', text: 'Patiënt vraagt om een second opinion bij een andere cardioloog.', lang: 'nl' }),
      JSON.stringify({ id: 'n2', text: 'Second dose of the vaccine given today.' }),
      JSON.stringify({ id: 'n3', text: 'She declined a second opinion.' }),
    ].join('\n');
    const { code, stdout, stderr } = run(['--jsonl'], input + '\n');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.id, l.status])).toEqual([
      ['n1', 'requested'],
      ['n2', 'none'],
      ['n3', 'declined'],
    ]);
    expect(Object.keys(lines[0]!).sort()).toEqual(['evidence', 'id', 'status']);
    const evidence = (lines[0]!.evidence as Array<Record<string, unknown>>)[0]!;
    expect(Object.keys(evidence).sort()).toEqual(['cues', 'end', 'start', 'text']);
    expect(evidence.cues).toContain('request');
    expect(lines[1]!.evidence).toEqual([]);
  });

  it('reports bad lines on stderr by line number, keeps going, and exits non-zero', () => {
    const input = [
      '{"id":"ok1","text":"Pt wil geen second opinion."}',
      '{not json',
      '{"text":"no id here"}',
      '{"id":"x","text":42}',
      '{"id":"y","text":"fine","lang":"de"}',
      '[1,2]',
      '{"id":"ok2","text":"Second opinion obtained at the university hospital."}',
    ].join('\n');
    const { code, stdout, stderr } = run(['--jsonl'], input);
    expect(code).not.toBe(0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; status: string });
    expect(out.map((o) => [o.id, o.status])).toEqual([
      ['ok1', 'declined'],
      ['ok2', 'completed'],
    ]);
    expect(stderr).toMatch(/line 2: invalid JSON/);
    expect(stderr).toMatch(/line 3: missing "id"/);
    expect(stderr).toMatch(/line 4: "text" must be a string/);
    expect(stderr).toMatch(/line 5: "lang"/);
    expect(stderr).toMatch(/line 6: expected a JSON object/);
  });

  it('prints a readable summary per file with status, evidence and cues', () => {
    const dir = mkdtempSync(join(tmpdir(), 'detect-cli-'));
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, 'S: mw. twijfelt aan de diagnose.\nP: mw. wil een second opinion, verwijzing volgt.\n');
    writeFileSync(b, 'Controle over 3 maanden, bloeddruk goed ingesteld.\n');
    const { code, stdout } = run([a, b]);
    expect(code).toBe(0);
    expect(stdout).toContain(`${a}: requested (nl)`);
    expect(stdout).toContain('"P: mw. wil een second opinion, verwijzing volgt."');
    expect(stdout).toMatch(/cues: .*request/);
    expect(stdout).toContain(`${b}: none (nl)`);
  });

  it('fails clearly on a missing file but still summarizes the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'detect-cli-'));
    const a = join(dir, 'a.txt');
    writeFileSync(a, 'Patient declines a second opinion.');
    const { code, stdout, stderr } = run([join(dir, 'missing.txt'), a]);
    expect(code).not.toBe(0);
    expect(stderr).toContain('missing.txt: cannot read');
    expect(stdout).toContain(`${a}: declined (en)`);
  });
});
