/**
 * Trains the re-scorer on all of its training data (train.ts) with the settings cross-validation chose,
 * and scores, in aggregate only, what it never trained on: the held-out probe parts (tests/held-out),
 * any further labelled JSONL file named on the command line (fields lang, text, status or label), and —
 * with --blind, which counts as a look at the blind part — the blind quarter of second-opinion-dev-v2.
 * It also counts the answers it changes over the bench corpus (ordinary notes with about 2% mentions).
 *
 *   npm run eval:learned -- [file.jsonl …] [--blind]
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { generateCorpusWithMentions } from '../../bench/corpus';
import { detectText, readCandidates, type DetectLang, type DetectionStatus } from '../../lib/detect';
import { ABBREVIATIONS } from '../../lib/detect/lexicon';
import { splitSentences } from '../../lib/detect/sentences';
import { score } from '../../tests/unit/detect/score';
import { makeModel, rescoreWith, type Model } from './model';
import { fit, loadExamples } from './train';

const ROOT = resolve(import.meta.dirname, '../..');
/** Chosen by cross-validation, the project's test sentences and the bench corpus (docs/detection.md). */
const SETTINGS = { l2: 1e-4, margin: 0.3, maxFeatures: 12000 };

interface Labelled {
  lang: DetectLang;
  text: string;
  label: DetectionStatus;
}

const json = fit(await loadExamples(), SETTINGS);
const model = makeModel({ ...json, margin: SETTINGS.margin });
console.log(`model: ${json.features.length} features, ${(JSON.stringify(json).length / 1024).toFixed(0)} KB as JSON`);

const learned = (m: Model, text: string, lang: DetectLang) => rescoreWith(m, text, lang, detectText(text, lang), readCandidates(text), () => splitSentences(text, ABBREVIATIONS)).status;
function report(name: string, items: Labelled[]): void {
  const rules = score(items.map((i) => [i.label, detectText(i.text, i.lang).status]));
  const both = score(items.map((i) => [i.label, learned(model, i.text, i.lang)]));
  console.log(`${name} (n=${items.length}): rules ${rules.flagF1.toFixed(3)} / ${rules.macroF1.toFixed(3)}; with the model ${both.flagF1.toFixed(3)} / ${both.macroF1.toFixed(3)}`);
}
const lines = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { lang: DetectLang; text: string; status?: DetectionStatus; label?: DetectionStatus; id?: string });
const labelled = (rows: ReturnType<typeof lines>): Labelled[] => rows.map((r) => ({ lang: r.lang, text: r.text, label: (r.label ?? r.status)! }));

const held = join(ROOT, 'tests/held-out');
for (const f of readdirSync(held).filter((f) => f.endsWith('.jsonl.gz')).sort()) report(`held-out ${f}`, labelled(lines(gunzipSync(readFileSync(join(held, f))).toString('utf8'))));
for (const f of process.argv.slice(2).filter((a) => !a.startsWith('--'))) report(f, labelled(lines(readFileSync(f, 'utf8'))));
const shared = resolve(ROOT, '../shared/data/second-opinion-dev-v2.jsonl');
if (process.argv.includes('--blind') && existsSync(shared)) {
  const blind = lines(readFileSync(shared, 'utf8')).filter((r) => createHash('sha1').update(r.id!).digest('hex')[0]! < '4');
  report('v2 blind part (aggregate only; a look)', labelled(blind));
}
let changed = 0;
const { notes } = generateCorpusWithMentions(12 * 1024 * 1024);
for (const n of notes) if (learned(model, n, detectText(n).lang) !== detectText(n).status) changed++;
console.log(`bench corpus: ${changed} of ${notes.length} answers changed by the model`);
