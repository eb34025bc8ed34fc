import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(args: string[], input: string | Buffer = '') {
  const result = spawnSync(TSX, ['scripts/detect.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What a terminal would act on or hide: C0/C1 controls and DEL. Tabs and line ends are allowed. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufeff]/;

function tempFile(name: string, content: string | Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'detect-cli-')), name);
  writeFileSync(file, content);
  return file;
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

// Each test starts the command line several times; on a busy machine one start alone can take seconds.
describe('detect CLI: input that is not what it should be', { timeout: 60_000 }, () => {
  it('refuses a file with NUL bytes as not text, instead of reading triggers out of binary bytes', () => {
    // "SO" between control bytes once read as a second-opinion abbreviation.
    const binary = tempFile('scan.bin', Buffer.from([0x89, 0x50, 0x00, 0x0e, 0x53, 0x4f, 0x0f, 0x00, 0x1b, 0x5b, 0x32, 0x4a, 0x74, 0x77, 0x69, 0x6a, 0x66, 0x65, 0x6c]));
    const { code, stdout, stderr } = run([binary]);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('scan.bin: not a text file (it contains NUL bytes)');
    expect(stderr).not.toMatch(RAW_CONTROL);
  });

  it('refuses invalid UTF-8 and text full of control bytes, and still summarizes the good files', () => {
    const latin1 = tempFile('latin1.txt', Buffer.from('Pati\xebnt twijfelt aan de diagnose, wil second opinion.', 'latin1'));
    const controls = tempFile('controls.txt', Buffer.from('abc\x0eSO\x0f\x02def', 'latin1'));
    const good = tempFile('good.txt', 'Patient declines a second opinion.');
    const { code, stdout, stderr } = run([latin1, controls, good]);
    expect(code).not.toBe(0);
    expect(stderr).toContain('latin1.txt: not a text file (it is not valid UTF-8)');
    expect(stderr).toContain('controls.txt: not a text file (it contains control bytes)');
    expect(stdout).not.toContain('considering');
    expect(stdout).toContain(`${good}: declined (en)`);
  });

  it('accepts a UTF-8 byte-order mark in a file and on the first JSONL line', () => {
    const file = tempFile('bom.txt', '\ufeffPatiënt wil een second opinion.');
    const summary = run([file]);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain(`${file}: requested (nl)`);
    expect(summary.stdout).toContain('[0-31] requested  "Patiënt wil een second opinion."');
    expect(summary.stdout).not.toMatch(RAW_CONTROL);

    const jsonl = run(['--jsonl'], '\ufeff' + JSON.stringify({ id: 'b1', text: 'She wants a second opinion.' }) + '\n');
    expect(jsonl.code).toBe(0);
    expect(jsonl.stderr).toBe('');
    expect(JSON.parse(jsonl.stdout) as unknown).toMatchObject({ id: 'b1', status: 'requested' });
  });

  it('escapes control characters in file names, quotes and error messages', () => {
    const file = tempFile('na\u001b[2Jme.txt', 'Mw. vraagt om een second opinion.\u001b[31m');
    const { stdout } = run([file]);
    expect(stdout).toContain('na\\u001b[2Jme.txt: requested');
    expect(stdout).not.toMatch(RAW_CONTROL);

    const missing = run(['/nonexistent/\u0007bell.txt']);
    expect(missing.stderr).toContain('\\u0007bell.txt: cannot read');
    expect(missing.stderr).not.toMatch(RAW_CONTROL);

    const bad = run(['--jsonl'], '{"id":"x\u0001","text":\u0001}\n\u001b[2J\n');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/line 2: invalid JSON/);
    expect(bad.stderr).not.toMatch(RAW_CONTROL);
  });

  it('refuses unknown options with the usage line, prints it for --help, and reads names after --', () => {
    const file = tempFile('note.txt', 'Patient declines a second opinion.');
    const unknown = run(['--json', file]);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('unknown option --json');
    expect(unknown.stderr).toMatch(/^usage: detect --jsonl/m);
    expect(unknown.stderr).not.toContain('cannot read');

    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: detect --jsonl < input\.jsonl \| detect \[--\] FILE\.\.\./);
    expect(run(['-h']).stdout).toBe(help.stdout);

    const dashed = tempFile('-dash.txt', 'Patient declines a second opinion.');
    const afterDashes = run(['--', dashed]);
    expect(afterDashes.code).toBe(0);
    expect(afterDashes.stdout).toContain('-dash.txt: declined (en)');
  });
});
