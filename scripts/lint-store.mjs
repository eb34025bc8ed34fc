import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import linter from 'addons-linter';

/**
 * Mozilla's addons-linter on the Firefox store build, as the add-ons store runs it. Fails on any error
 * and on any warning or notice except the ones listed below, which come from libraries bundled into the
 * build (each explained in SECURITY.md, "Store review"). A warning is matched to a library by the code
 * around the reported position, so the same warning from our own code still fails.
 */
const dir = process.argv[2] ?? '.output/firefox-mv3-store';

const LIBRARY_WARNINGS = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: "Preact's dangerouslySetInnerHTML branch (our code never passes dangerouslySetInnerHTML)",
    marker: '.__html',
  },
];

function contextOf(message) {
  if (!message.file || !message.line) return '';
  const line = readFileSync(join(dir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const at = (message.column ?? 1) - 1;
  return line.slice(Math.max(0, at - 400), at + 200);
}

const instance = linter.createInstance({
  config: { _: [dir], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: true, selfHosted: false },
  runAsBinary: false,
});
const result = await instance.run();

const fromLibrary = (message) => {
  const context = contextOf(message);
  return LIBRARY_WARNINGS.find((known) => known.code === message.code && context.includes(known.marker));
};
const ours = [...result.warnings, ...result.notices].filter((m) => !fromLibrary(m));
const known = result.warnings.filter((m) => fromLibrary(m));

for (const m of known) console.log(`library warning (known): ${m.code} in ${m.file}: ${fromLibrary(m).library}`);
for (const m of result.errors) console.log(`ERROR ${m.code} ${m.file ?? ''}: ${m.message}`);
for (const m of ours) console.log(`WARNING ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column}` : ''}: ${m.message}`);
console.log(`addons-linter ${dir}: ${result.errors.length} errors, ${ours.length} warnings or notices from our own code, ${known.length} known library warnings`);
process.exit(result.errors.length + ours.length > 0 ? 1 : 0);
