/**
 * Chooses the re-scorer's settings: leave one probe suite out at a time, train on everything else, and
 * score the suite left out — the rules' answer there is the one they gave before any rule was written on
 * it (unseen-rules.json), so the comparison is the rules on text they had not seen against the rules with
 * the model. Only aggregates are printed.
 *
 *   npx tsx scripts/learned/cross-validate.ts [l2,…] [margin,…]
 */
import { makeModel, rescoreWith } from './model';
import { splitSentences } from '../../lib/detect/sentences';
import { ABBREVIATIONS } from '../../lib/detect/lexicon';
import { readCandidates, type EvidenceHit, type TextDetection } from '../../lib/detect';
import { score } from '../../tests/unit/detect/score';
import { fit, loadExamples } from './train';

const [l2Arg = '1e-4', marginArg = '0.3'] = process.argv.slice(2);
const margins = marginArg.split(',').map(Number);
const l2s = l2Arg.split(',').map(Number);
const examples = await loadExamples();
const suites = [...new Set(examples.map((e) => e.group).filter((g) => g.startsWith('probes-')))];
for (const l2 of l2s) {
  const rules: Array<[string, string]> = [];
  const learned = margins.map(() => [] as Array<[string, string]>);
  for (const suite of suites) {
    const json = fit(examples.filter((e) => e.group !== suite), { l2, maxFeatures: 12000 });
    const models = margins.map((margin) => makeModel({ ...json, margin }));
    for (const e of examples.filter((x) => x.group === suite)) {
      // The rules' answer as it was before the suite was read; its evidence only matters for the cues and for being there.
      const hit: EvidenceHit = { start: 0, end: 0, text: '', status: e.rules.status, trigger: '', cues: [...e.rules.cues] };
      const before: TextDetection = { status: e.rules.status, lang: e.lang, evidence: e.rules.status !== 'none' || e.rules.cues.length ? [hit] : [] };
      rules.push([e.label, e.rules.status]);
      models.forEach((model, i) => learned[i]!.push([e.label, rescoreWith(model, e.text, e.lang, before, readCandidates(e.text), () => splitSentences(e.text, ABBREVIATIONS)).status]));
    }
  }
  const r = score(rules as never);
  margins.forEach((margin, i) => {
    const m = score(learned[i] as never);
    console.log(`l2 ${l2}, margin ${margin}: rules on unseen suites ${r.flagF1.toFixed(3)} / ${r.macroF1.toFixed(3)}; with the model ${m.flagF1.toFixed(3)} / ${m.macroF1.toFixed(3)} (${rules.length} texts, ${suites.length} suites)`);
  });
}
