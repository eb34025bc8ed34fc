import { describe, expect, it } from 'vitest';
import { detectText, readCandidates } from '../../../lib/detect';
import { ABBREVIATIONS } from '../../../lib/detect/lexicon';
import { splitSentences } from '../../../lib/detect/sentences';
import { featuresOf, localSpans, localText } from '../../../scripts/learned/features';
import { minimise } from '../../../scripts/learned/lbfgs';
import { LABELS, makeModel, rescoreWith, type ModelJson } from '../../../scripts/learned/model';

// The learned re-scorer is not used by the detector (docs/detection.md, "Learned component", third try);
// its tooling is kept to be tried again, and these tests keep it honest.

describe('lbfgs', () => {
  it('finds the minimum of a convex quadratic, the same each time', () => {
    const target = [3, -2, 0.5];
    const f = (x: Float64Array, g: Float64Array) => {
      let v = 0;
      x.forEach((xi, i) => {
        const d = xi - target[i]!;
        v += (i + 1) * d * d;
        g[i] = 2 * (i + 1) * d;
      });
      return v;
    };
    const a = minimise(f, new Float64Array(3), { tolerance: 1e-14 });
    const b = minimise(f, new Float64Array(3), { tolerance: 1e-14 });
    a.forEach((v, i) => expect(v).toBeCloseTo(target[i]!, 5));
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});

describe('what the re-scorer reads', () => {
  it('reads the sentences around a trigger candidate, not the rest of a long note', () => {
    const note = 'Koorts sinds gisteren. Buik soepel. Lab volgt. Pt wil een second opinion in het AMC. Controle over een week. Recept paracetamol meegegeven.';
    const local = localText(note);
    expect(local).toContain('second opinion');
    expect(local).toContain('Lab volgt.');
    expect(local).toContain('Controle over een week.');
    expect(local).not.toContain('Koorts');
    expect(local).not.toContain('paracetamol');
  });

  it('reads nothing of a text without a candidate the rules read', () => {
    expect(readCandidates('Bloeddruk goed, controle over drie maanden.')).toEqual([]);
    expect(localText('Seen at the fracture clinic; review the X-ray in six weeks.')).toBe('');
  });

  it('keeps the neighbours of each sentence with a candidate, in order', () => {
    const spans = [0, 10, 20, 30, 40].map((start) => ({ start, end: start + 10 }));
    expect(localSpans([25], spans).map((s) => s.start)).toEqual([10, 20, 30]);
    expect(localSpans([5, 45], spans).map((s) => s.start)).toEqual([0, 10, 30, 40]);
  });

  it('names the rules answer, its cues, the language, the words and the word pairs', () => {
    const f = featuresOf('Wil een ándere arts', 'nl', { status: 'requested', cues: ['request'] });
    expect(f).toEqual(expect.arrayContaining(['R=requested', 'L=nl', 'RL=requested|nl', 'C=request', 'w=andere', 'b=een_andere', 'b=andere_arts']));
  });
});

/** A model of one feature: the word "keen" weighs for requested. */
function tinyModel(margin: number): ReturnType<typeof makeModel> {
  const k = LABELS.length;
  const bytes = new Int8Array(k);
  bytes[LABELS.indexOf('requested')] = 127;
  const json: ModelJson = { margin, bias: [0, 0, 0, 0, 1], scale: 10 / 127, features: ['w=keen'], weights: Buffer.from(bytes.buffer).toString('base64') };
  return makeModel(json);
}

describe('the re-scorer', () => {
  const text = 'Pt keen on seeing someone else, another specialist perhaps. Otherwise well.';
  const rescored = (margin: number, lang: 'nl' | 'en' = 'en') => {
    const rules = { ...detectText(text, lang), status: 'none' as const, evidence: [] };
    return rescoreWith(tinyModel(margin), text, lang, rules, readCandidates(text), () => splitSentences(text, ABBREVIATIONS));
  };

  it('raises a flag the rules did not, quoting a sentence that lies in the text at its offsets', () => {
    const got = rescored(0.3);
    expect(got.status).toBe('requested');
    expect(got.evidence).toHaveLength(1);
    const [hit] = got.evidence;
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.text);
    expect(hit!.text).toContain('keen');
  });

  it('leaves a flag the rules raised, and never lowers one', () => {
    const rules = detectText('Pt wants a second opinion at UCLH.', 'en');
    expect(rules.status).toBe('requested');
    const text2 = 'Pt wants a second opinion at UCLH.';
    expect(rescoreWith(tinyModel(0), text2, 'en', rules, readCandidates(text2), () => splitSentences(text2, ABBREVIATIONS))).toBe(rules);
  });

  it('keeps the rules answer when it is not surer by the margin', () => {
    expect(rescored(0.9999).status).toBe('none');
  });
});
