/**
 * Command line for the second-opinion detector.
 *
 *   npm run --silent detect -- --jsonl < notes.jsonl   one {"id","text","lang"?} per line in,
 *                                                       one {"id","status","evidence"} per line out
 *   npm run detect -- note1.txt note2.txt               readable summary per file
 *
 * Bad lines are reported on stderr with their line number; the other lines are still processed and the
 * exit code is 1 at the end. A file that is not text (NUL bytes, invalid UTF-8) is refused rather than
 * scanned: binary bytes can spell a trigger ("SO") by chance. Every message escapes control characters,
 * so a hostile file name or note cannot move the cursor or recolour the terminal.
 */
import { readFileSync } from 'node:fs';
import { TextDecoder } from 'node:util';
import { createInterface } from 'node:readline';
import { detectLanguage, detectText, type DetectLang, type TextDetection } from '../lib/detect';

interface InputLine {
  id: string;
  text: string;
  lang?: DetectLang;
}

/**
 * C0 and C1 control characters, DEL, the byte-order mark and the bidirectional overrides, shown as
 * `\\u001b`-style escapes: what a terminal would act on, or what would be invisible in a message.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

function escapeControls(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const BOM = '\ufeff';
/** Control bytes no text file holds: everything below space except tab, line breaks, form feed and escape. */
const BINARY_CONTROL = /[\u0001-\u0008\u000e-\u001a\u001c-\u001f]/;
const stripBom = (text: string) => (text.startsWith(BOM) ? text.slice(1) : text);

/** The file's text, or why it is not a text file. UTF-8 only, with or without a byte-order mark. */
function decodeTextFile(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.includes(0)) return { problem: 'not a text file (it contains NUL bytes)' };
  let text: string;
  try {
    text = stripBom(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    return { problem: 'not a text file (it is not valid UTF-8)' };
  }
  if (BINARY_CONTROL.test(text)) return { problem: 'not a text file (it contains control bytes)' };
  return { text };
}

function parseLine(line: string): InputLine | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `invalid JSON (${(error as Error).message})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object';
  const { id, text, lang } = value as Record<string, unknown>;
  if (id === undefined) return 'missing "id"';
  if (typeof id !== 'string' || id.length === 0) return '"id" must be a non-empty string';
  if (text === undefined) return 'missing "text"';
  if (typeof text !== 'string') return '"text" must be a string';
  if (lang !== undefined && lang !== 'nl' && lang !== 'en') return '"lang" must be "nl" or "en" when given';
  return { id, text, ...(lang ? { lang } : {}) };
}

function toOutput(id: string, d: TextDetection): string {
  return JSON.stringify({
    id,
    status: d.status,
    evidence: d.evidence.map((e) => ({ start: e.start, end: e.end, text: e.text, cues: e.cues })),
  });
}

async function runJsonl(): Promise<number> {
  let lineNo = 0;
  let errors = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const raw of lines) {
    lineNo++;
    // Editors on Windows start UTF-8 files with a byte-order mark, which JSON.parse does not accept.
    const line = lineNo === 1 ? stripBom(raw) : raw;
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    if (typeof parsed === 'string') {
      errors++;
      process.stderr.write(`line ${lineNo}: ${escapeControls(parsed)}\n`);
      continue;
    }
    process.stdout.write(toOutput(parsed.id, detectText(parsed.text, parsed.lang)) + '\n');
  }
  if (errors > 0) process.stderr.write(`${errors} of ${lineNo} line(s) rejected\n`);
  return errors > 0 ? 1 : 0;
}

function summarize(file: string, d: TextDetection): string {
  const out = [`${escapeControls(file)}: ${d.status} (${d.lang})`];
  for (const e of d.evidence) {
    const quote = escapeControls(e.text.replace(/\s+/g, ' '));
    out.push(`  [${e.start}-${e.end}] ${e.status}  "${quote}"`);
    out.push(`      trigger: "${escapeControls(e.trigger ?? '')}"; cues: ${e.cues.length ? e.cues.join(', ') : '(none)'}`);
  }
  return out.join('\n');
}

function runFiles(files: string[]): number {
  let failed = 0;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      failed++;
      process.stderr.write(escapeControls(`${file}: cannot read (${(error as Error).message})`) + '\n');
      continue;
    }
    const decoded = decodeTextFile(bytes);
    if ('problem' in decoded) {
      failed++;
      process.stderr.write(escapeControls(`${file}: ${decoded.problem}; skipped`) + '\n');
      continue;
    }
    const { text } = decoded;
    // The summary names the language, which detectText leaves at its default for texts without a trigger.
    process.stdout.write(summarize(file, detectText(text, detectLanguage(text))) + '\n');
  }
  return failed > 0 ? 1 : 0;
}

const USAGE = 'usage: detect --jsonl < input.jsonl | detect [--] FILE... | detect --help\n';
const KNOWN_FLAGS = new Set(['--jsonl', '--help', '-h']);

async function main(argv: string[]): Promise<number> {
  // Everything after `--` is a file name, even when it starts with a dash.
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  const files = end === -1 ? argv.filter((a) => !a.startsWith('-')) : [...options.filter((a) => !a.startsWith('-')), ...argv.slice(end + 1)];
  const flags = options.filter((a) => a.startsWith('-'));
  const unknown = flags.find((f) => !KNOWN_FLAGS.has(f));
  if (unknown !== undefined) {
    process.stderr.write(`detect: unknown option ${escapeControls(unknown)}\n` + USAGE);
    return 2;
  }
  if (flags.includes('--help') || flags.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (flags.includes('--jsonl')) {
    if (argv.length > 1) {
      process.stderr.write('detect: --jsonl reads stdin and takes no other arguments\n' + USAGE);
      return 2;
    }
    return runJsonl();
  }
  if (files.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  return runFiles(files);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`detect: ${escapeControls((error as Error).message)}\n`);
    process.exitCode = 1;
  },
);
