import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { BUILT_IN_CLASSES } from '../../../lib/detect/compile';
import { COMPILED, MAX_SCAN_SOURCE, nextCue, normalizeCue, PLACEMENT_PREFIX, PSEUDO_TRIGGER_PARTS, scanSourceParts, TRIGGER_RES } from '../../../lib/detect/lexicon';

const CUE_KINDS = [
  'negation',
  'refusal',
  'decided',
  'withdrawn',
  'completed',
  'other-person',
  'representative',
  'absent',
  'unasked',
  'awaiting',
  'asking',
  'conditional',
  'upcoming',
  'discussed',
  'general-info',
  'hypothetical',
  'doubt',
  'request',
  'pending',
  'pseudo',
] as const;

/** Lowercase phrases (matching runs on folded text), optional pre:/post:/adj:/next: placement, known classes. */
const Phrase = z.string().check(
  z.minLength(1),
  z.maxLength(80),
  z.refine((p) => p.replace(/\{\w+\}/g, '') === p.replace(/\{\w+\}/g, '').toLowerCase(), 'phrases are lowercase'),
  z.refine((p) => p.trim() === p && !/\s{2}/.test(p), 'single spaces only'),
);
const phrases = (min: number) => z.array(Phrase).check(z.minLength(min));
const words = (pattern: RegExp) => z.string().check(z.regex(pattern));

const LexiconSchema = z
  .strictObject({
    lang: z.enum(['nl', 'en']),
    stopwords: z.array(words(/^[a-z']+$/)).check(z.minLength(20)),
    abbreviations: z.array(words(/^[a-z.]+#?$/)),
    classes: z.record(words(/^\w+$/), phrases(1)),
    triggers: z.strictObject({
      core: phrases(5),
      otherClinician: phrases(3),
      doubt: phrases(1),
      elsewhere: phrases(5),
      verdict: phrases(5),
    }),
    anchors: z.array(words(/^(?:[a-z]{4,}|\d[a-z0-9]{1,3})$/)).check(z.minLength(5)),
    caseSensitiveTriggers: z.array(words(/^[A-Z0-9]{2,6}$/)),
    caseSensitiveOtherMeaning: phrases(2),
    pseudoTriggers: z.array(Phrase),
    cues: z.strictObject(Object.fromEntries(CUE_KINDS.map((k) => [k, phrases(1)])) as Record<(typeof CUE_KINDS)[number], ReturnType<typeof phrases>>),
    terminators: phrases(3),
    coordinators: phrases(1),
    reasons: phrases(1),
    causes: phrases(3),
    pronouns: phrases(2),
    resultReports: phrases(5),
    deliberative: phrases(3),
    urging: phrases(3),
    parents: phrases(2),
    anaphora: phrases(3),
    patientMarkers: phrases(3),
    thirdPerson: phrases(1),
    readerAddress: z.strictObject({ reader: phrases(3), speakers: phrases(5), generic: phrases(2) }),
    animalCare: phrases(3),
    letters: z.strictObject({ subjects: phrases(2), replies: phrases(3) }),
    withWriter: phrases(2),
    withPatient: phrases(3),
    afterWords: phrases(1),
    requestNouns: phrases(2),
    auxiliaries: z.array(words(/^[a-z]+$/)).check(z.minLength(4)),
    answers: z.strictObject({ no: phrases(2), yes: phrases(2) }),
    elsewhere: z.strictObject({
      prepositions: z.array(words(/^[a-z]+$/)).check(z.minLength(3)),
      articles: z.array(words(/^[a-z]+$/)).check(z.minLength(1)),
      placeWords: phrases(3),
      departments: phrases(1),
      notPlaces: z.array(words(/^[a-z0-9.&'-]+$/)).check(z.minLength(10)),
      placeAcronyms: z.array(words(/^[a-z+]{2,6}$/)).check(z.minLength(5)),
      // Written as they stand in a name: a capital first, or "*" and the lower-case end of a one-word name.
      institutionHeads: z.array(words(/^(?:[A-Z][A-Za-z]*(?: [A-Z][a-z]+)*|\*[a-z]{3,})$/)).check(z.minLength(3)),
      signals: phrases(10),
      backReferences: phrases(2),
      visits: phrases(4),
    }),
  })
  .check(
    z.superRefine((lex, ctx) => {
      const all = [...Object.values(lex.triggers).flat(), ...lex.pseudoTriggers, ...Object.values(lex.cues).flat()];
      for (const phrase of all) {
        for (const m of phrase.matchAll(/\{(\w+)\}/g)) {
          if (!BUILT_IN_CLASSES.includes(m[1]!) && !lex.classes[m[1]!]) ctx.addIssue({ code: 'custom', message: `unknown class ${m[1]} in "${phrase}"`, input: phrase });
        }
      }
      const seen = new Map<string, string>();
      for (const [kind, list] of Object.entries(lex.cues)) {
        for (const phrase of list) {
          const bare = phrase.replace(PLACEMENT_PREFIX, '');
          const other = seen.get(bare);
          if (other && other !== kind) ctx.addIssue({ code: 'custom', message: `"${bare}" is both ${other} and ${kind}`, input: phrase });
          seen.set(bare, kind);
        }
      }
    }),
  );

const RulesSchema = z.strictObject({
  scopes: z.record(z.string(), z.strictObject({ direction: z.enum(['both', 'before']), maxChars: z.int().check(z.nonnegative()) })),
  gapWords: z.int().check(z.minimum(1), z.maximum(8)),
});

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../lib/detect/lexicon/${name}`, import.meta.url), 'utf8')) as unknown;

describe('lexicon files', () => {
  it.each(['nl.json', 'en.json'])('%s matches the lexicon schema', (name) => {
    const result = LexiconSchema.safeParse(read(name));
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('rules.json gives a scope to every cue kind except pseudo', () => {
    const rules = RulesSchema.parse(read('rules.json'));
    expect(Object.keys(rules.scopes).sort()).toEqual(CUE_KINDS.filter((k) => k !== 'pseudo').sort());
  });

  it('the two languages carry the same cue kinds', () => {
    const nl = LexiconSchema.parse(read('nl.json'));
    const en = LexiconSchema.parse(read('en.json'));
    expect(Object.keys(nl.cues).sort()).toEqual(Object.keys(en.cues).sort());
  });
});

describe('compiled patterns', () => {
  // V8 leaves a pattern of more than 20 KB unoptimised; one such cue alternation made every note slower.
  const V8_OPTIMISE_LIMIT = 20 * 1024;

  it('keeps every pattern the rules scan with small enough for V8 to optimise', () => {
    const patterns: Array<[string, RegExp]> = [
      ...TRIGGER_RES.map((t): [string, RegExp] => [`trigger ${t.kind}`, t.re]),
      ...PSEUDO_TRIGGER_PARTS.map((re, i): [string, RegExp] => [`pseudo-triggers[${i}]`, re]),
      ...(['nl', 'en'] as const).flatMap((lang) =>
        Object.entries(COMPILED[lang]).flatMap(([name, value]): Array<[string, RegExp]> =>
          value instanceof RegExp ? [[`${lang} ${name}`, value]] : Array.isArray(value) && value[0] instanceof RegExp ? value.map((re, i): [string, RegExp] => [`${lang} ${name}[${i}]`, re as RegExp]) : [],
        ),
      ),
    ];
    const tooLarge = patterns.filter(([, re]) => re.source.length > V8_OPTIMISE_LIMIT).map(([name, re]) => `${name}: ${re.source.length}`);
    expect(tooLarge).toEqual([]);
    expect([...COMPILED.nl.cueScan, ...COMPILED.en.cueScan].every((re) => re.source.length <= MAX_SCAN_SOURCE)).toBe(true);
  });

  it('finds with the cue scan cut in parts what one alternation finds', () => {
    const phrases = ['wil graag', 'wil', 'graag een', 'niet meer willen', 'meer', 'een ... mening'];
    const whole = new RegExp(scanSourceParts(phrases, {})[0]!, 'g');
    // The extreme cut: one part per phrase, longest first as in the alternation.
    const parts = [...phrases].sort((a, b) => b.length - a.length).map((p) => new RegExp(scanSourceParts([p], {})[0]!, 'g'));
    const text = 'zij wil graag een andere mening en wil niet meer willen wachten, graag een tweede mening';
    const bySplit: string[] = [];
    for (let m = nextCue(parts, text, 0); m; m = nextCue(parts, text, m.index + m[0].length)) bySplit.push(`${m.index}:${m[0]}`);
    const byWhole = [...text.matchAll(whole)].map((m) => `${m.index}:${m[0]}`);
    expect(bySplit).toEqual(byWhole);
    expect(bySplit.length).toBeGreaterThan(4);
  });
});

describe('normalizeCue', () => {
  it('reads the shorthand "w/" and "w" as "with", so a matched cue finds its lexicon entry', () => {
    expect(normalizeCue('agrees w/')).toBe('agrees with');
    expect(normalizeCue('agreed w')).toBe('agreed with');
  });
  it('leaves "w/o" and words that start with "w" alone', () => {
    expect(normalizeCue('w/o')).toBe('w/o');
    expect(normalizeCue('wants a')).toBe('wants a');
  });
});

describe('clinicianOpens', () => {
  it('finds a clinician or a hospital as the subject that opens a clause', () => {
    expect(COMPILED.nl.clinicianOpens.test('mijn uroloog vindt het niet nodig')).toBe(true);
    expect(COMPILED.nl.clinicianOpens.test(' maar haar eigen behandelend arts ziet dat anders')).toBe(true);
    expect(COMPILED.en.clinicianOpens.test('and the surgeon does not think so')).toBe(true);
  });
  it('does not take an adverb ending in "-ist" or a clause about the patient for one', () => {
    expect(COMPILED.nl.clinicianOpens.test('beslist afgewezen')).toBe(false);
    expect(COMPILED.nl.clinicianOpens.test('mw. wil dat niet')).toBe(false);
    expect(COMPILED.en.clinicianOpens.test('she does not want one')).toBe(false);
  });
});
