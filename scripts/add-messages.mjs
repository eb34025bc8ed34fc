// Adds UI strings to both locale files from `key|English|Dutch` lines on stdin (keeps existing keys).
import { readFileSync, writeFileSync } from 'node:fs';

const lines = readFileSync(0, 'utf8').split('\n').filter((l) => l.includes('|'));
for (const [lang, column] of [['en', 1], ['nl', 2]]) {
  const file = `public/_locales/${lang}/messages.json`;
  const messages = JSON.parse(readFileSync(file, 'utf8'));
  for (const line of lines) {
    const parts = line.split('|');
    if (!messages[parts[0]]) messages[parts[0]] = { message: parts[column] };
  }
  writeFileSync(file, `${JSON.stringify(messages, null, 2)}\n`);
}
console.log(`${lines.length} strings checked`);
