/**
 * Compiles the JSON lexicons once at module load into the regular expressions the rules use.
 * Lexicon phrases may start with `pre:` (the cue must precede the trigger) or `post:` (must follow it),
 * the pre-/post-modifier split of NegEx and ConTextD.
 */
import nlJson from './lexicon/nl.json';
import enJson from './lexicon/en.json';
import rulesJson from './lexicon/rules.json';
import { alternationSource, type Classes } from './compile';
import type { CueKind, DetectLang, TriggerKind } from './types';

export interface LexiconFile {
  lang: DetectLang;
  stopwords: string[];
  abbreviations: string[];
  classes: Classes;
  triggers: Record<TriggerKind, string[]>;
  caseSensitiveTriggers: string[];
  pseudoTriggers: string[];
  cues: Record<CueKind, string[]>;
  terminators: string[];
  anaphora: string[];
  patientMarkers: string[];
}

export interface ScopeRule {
  direction: 'both' | 'before';
  /** Largest gap in characters between cue and trigger; 0 = the whole clause. */
  maxChars: number;
}

export type Placement = 'pre' | 'post' | 'any';

export interface CueMatcher {
  kind: CueKind;
  placement: Placement;
  re: RegExp;
}

export interface CompiledLexicon {
  lang: DetectLang;
  cueMatchers: CueMatcher[];
  terminators: RegExp;
  anaphora: RegExp;
  patientMarkers: RegExp;
}

export const LEXICON_FILES: Record<DetectLang, LexiconFile> = {
  nl: nlJson as LexiconFile,
  en: enJson as LexiconFile,
};
export const SCOPES = rulesJson.scopes as Record<Exclude<CueKind, 'pseudo'>, ScopeRule>;
export const GAP_WORDS = rulesJson.gapWords;

const NEVER = /$^/g;

function globalRegex(phrases: string[], classes: Classes, flags = 'g'): RegExp {
  if (phrases.length === 0) return NEVER;
  return new RegExp(alternationSource(phrases, classes, GAP_WORDS), flags);
}

function compileLanguage(file: LexiconFile): CompiledLexicon {
  const cueMatchers: CueMatcher[] = [];
  for (const [kind, entries] of Object.entries(file.cues) as Array<[CueKind, string[]]>) {
    const byPlacement: Record<Placement, string[]> = { pre: [], post: [], any: [] };
    for (const entry of entries) {
      if (entry.startsWith('pre:')) byPlacement.pre.push(entry.slice(4));
      else if (entry.startsWith('post:')) byPlacement.post.push(entry.slice(5));
      else byPlacement.any.push(entry);
    }
    for (const placement of ['pre', 'post', 'any'] as const) {
      if (byPlacement[placement].length > 0) {
        cueMatchers.push({ kind, placement, re: globalRegex(byPlacement[placement], file.classes) });
      }
    }
  }
  return {
    lang: file.lang,
    cueMatchers,
    terminators: globalRegex(file.terminators, file.classes),
    anaphora: globalRegex(file.anaphora, file.classes),
    patientMarkers: new RegExp(alternationSource(file.patientMarkers, file.classes, GAP_WORDS)),
  };
}

export const COMPILED: Record<DetectLang, CompiledLexicon> = {
  nl: compileLanguage(LEXICON_FILES.nl),
  en: compileLanguage(LEXICON_FILES.en),
};

export const FILES = [LEXICON_FILES.nl, LEXICON_FILES.en];

export function unionSource(pick: (f: LexiconFile) => string[]): string {
  return FILES.map((f) => alternationSource(pick(f), f.classes, GAP_WORDS)).join('|');
}

/** Trigger kinds are matched in both languages: Dutch notes use English terms and vice versa. */
export const TRIGGER_RES: Array<{ kind: TriggerKind; re: RegExp }> = (
  ['core', 'otherClinician', 'doubt'] as const
).map((kind) => ({ kind, re: new RegExp(unionSource((f) => f.triggers[kind]), 'g') }));
export const PSEUDO_TRIGGER_RE = new RegExp(unionSource((f) => f.pseudoTriggers), 'g');

/** Upper-case abbreviations such as "SO" are matched case-sensitively on the raw text. */
export const CASE_SENSITIVE_TRIGGERS = [...new Set(FILES.flatMap((f) => f.caseSensitiveTriggers))];
export const CASE_SENSITIVE_RE = CASE_SENSITIVE_TRIGGERS.length
  ? new RegExp(`(?<![A-Za-z0-9])(?:${CASE_SENSITIVE_TRIGGERS.join('|')})(?![A-Za-z0-9])`, 'g')
  : NEVER;

export const ABBREVIATIONS = new Set(FILES.flatMap((f) => f.abbreviations));

/**
 * The bare trigger words: the longest literal word of every trigger phrase (or the members of the class
 * it starts with). Every trigger match contains one of them, so a text without any cannot match. Single
 * words, so line breaks and hyphens inside a phrase do not hide it.
 */
