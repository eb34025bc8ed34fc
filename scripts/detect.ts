/**
 * Command line for the second-opinion detector.
 *
 *   npm run --silent detect -- --jsonl < notes.jsonl   one {"id","text","lang"?} per line in,
 *                                                       one {"id","status","evidence"} per line out
 *   npm run detect -- note1.txt note2.txt               readable summary per file
 *
 * Bad lines are reported on stderr with their line number; the other lines are still processed and the
 * exit code is 1 at the end.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { detectLanguage, detectText, type DetectLang, type TextDetection } from '../lib/detect';

interface InputLine {
  id: string;
  text: string;
  lang?: DetectLang;
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
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    if (typeof parsed === 'string') {
      errors++;
      process.stderr.write(`line ${lineNo}: ${parsed}\n`);
      continue;
    }
    process.stdout.write(toOutput(parsed.id, detectText(parsed.text, parsed.lang)) + '\n');
  }
  if (errors > 0) process.stderr.write(`${errors} of ${lineNo} line(s) rejected\n`);
  return errors > 0 ? 1 : 0;
}

function summarize(file: string, d: TextDetection): string {
  const out = [`${file}: ${d.status} (${d.lang})`];
  for (const e of d.evidence) {
    const quote = e.text.replace(/\s+/g, ' ');
    out.push(`  [${e.start}-${e.end}] ${e.status}  "${quote}"`);
    out.push(`      trigger: "${e.trigger}"; cues: ${e.cues.length ? e.cues.join(', ') : '(none)'}`);
  }
  return out.join('\n');
}

function runFiles(files: string[]): number {
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      failed++;
      process.stderr.write(`${file}: cannot read (${(error as Error).message})\n`);
      continue;
    }
    // The summary names the language, which detectText leaves at its default for texts without a trigger.
    process.stdout.write(summarize(file, detectText(text, detectLanguage(text))) + '\n');
  }
  return failed > 0 ? 1 : 0;
}

const USAGE = 'usage: detect --jsonl < input.jsonl | detect FILE...\n';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (argv.includes('--jsonl')) {
    if (argv.length > 1) {
      process.stderr.write('--jsonl reads stdin and takes no other arguments\n' + USAGE);
      return 2;
    }
    return runJsonl();
  }
  if (argv.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  return runFiles(argv);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`detect: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
