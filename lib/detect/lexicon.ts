/**
 * Compiles the JSON lexicons once at module load into the regular expressions the rules use.
 * Lexicon phrases may start with `pre:` (the cue must precede the trigger), `post:` (must follow it) or
 * `adj:` (must stand right before it: "na de" in "na de second opinion", not in "na de operatie … second opinion")
 * or `next:` (must stand right after it: "back" in "second opinion back", not in "second opinion about my back"),
 * the pre-/post-modifier split of NegEx and ConTextD.
 */
import nlJson from './lexicon/nl.json';
import enJson from './lexicon/en.json';
import rulesJson from './lexicon/rules.json';
import { alternationSource, phraseSource, withoutDroppableApostrophes, withSpelledOut, type Classes, type SourceOptions } from './compile';
import { foldText } from './fold';
import type { CueKind, DetectLang, TriggerKind } from './types';

export interface LexiconFile {
  lang: DetectLang;
  stopwords: string[];
  /** Words written with a full stop that ends no sentence; one ending in "#" ("no#") only before a number ("No. 5"). */
  abbreviations: string[];
  classes: Classes;
  triggers: Record<TriggerKind, string[]>;
  /** Word stems of which every trigger phrase contains at least one: the prefilter's first stage. */
  anchors: string[];
  caseSensitiveTriggers: string[];
  /**
   * Words that give the case-sensitive triggers their other meaning where they stand in the sentence or
   * the few before it: a note that names the "specialist ouderengeneeskunde" means that specialist by "SO".
   */
  caseSensitiveOtherMeaning: string[];
  pseudoTriggers: string[];
  cues: Record<CueKind, string[]>;
  terminators: string[];
  coordinators: string[];
  /** Terminators that open a reason ("omdat", "because"): the clause explains the state, it does not revise it. */
  reasons: string[];
  /**
   * Words that give a cause ("ivm", "vanwege", "because of"): a doubt right after one is why a wish or
   * a referral was made ("wil 2nd opinion ivm twijfel over dx"), not weighing still going on.
   */
  causes: string[];
  /** Third-person subject pronouns: a sentence opening with one continues the previous sentence's person. */
  pronouns: string[];
  /**
   * A result reported without naming the look ("Letter received: agrees with the diagnosis", "Inmiddels
   * gezien; onderschrijft het beleid"): after a second opinion was asked for, it reports that one.
   */
  resultReports: string[];
  /**
   * A question that opens with the writer weighing their own next step ("Zal ik …?", "Ga ik dan voor …,
   * of …?", "Should I …?"): the request or visit it names is weighed, not asked for.
   */
  deliberative: string[];
  /**
   * Someone else urging the writer towards a second opinion ("keeps telling me to", "blijft me maar
   * aanraden"): a sentence that holds it and the mention puts the question to the writer, so a next
   * sentence that is a bare yes or no ("No.", "Nee!") answers it; one that only opens with it ("No
   * referral made yet.") does not.
   */
  urging: string[];
  /** A parent acts for a minor patient: these words are the legal representative when the text is about a child. */
  parents: string[];
  anaphora: string[];
  patientMarkers: string[];
  /** The patient markers that may as well belong to someone else just named ("haar waardes", "his valve"). */
  thirdPerson: string[];
  /**
   * Text written to a reader rather than about a patient (an information page, a how-to, a column): it
   * speaks to "u" / "you" again and again, and nobody in it speaks for themselves or is spoken about.
   */
  /** `generic`: a person that stands for anyone ("hij of zij", "he or she"), who is no speaker. */
  readerAddress: { reader: string[]; speakers: string[]; generic: string[] };
  /** Words for animal care ("dierenarts", "vet"): a second look at a pet is no patient's second opinion. */
  animalCare: string[];
  /**
   * A letter's subject line (`subjects`: "Betreft:", "Re:") that names a second opinion makes the letter one
   * about the patient's; in it, a reply to the referring clinician (`replies`: "uw patiënte", "thank you for
   * referring") is the report of the one who gave it.
   */
  letters: { subjects: string[]; replies: string[] };
  /**
   * The writer or the patient joined to a relative named first ("mijn man en ik", "my husband and I",
   * "dochter en pt"): the wish that follows is the writer's or the patient's own too, so the relative is
   * no other person whose wish it is.
   */
  withWriter: string[];
  /**
   * The patient joined to a relative before it ("patiënt en zijn echtgenote", "she and her husband"): the
   * wish that follows is the patient's too, so the relative is no other person whose wish it is.
   */
  withPatient: string[];
  /**
   * Words that open a completed cue placed right before the mention and say "after" ("na de", "after a",
   * "following"): after a wish in the same clause they look ahead ("wants surgery after a second opinion").
   */
  afterWords: string[];
  /** Nouns that make the mention a request ("second opinion-aanvraag", "second opinion referral"). */
  requestNouns: string[];
  /**
   * Auxiliaries of the passive and the perfect ("was", "werd"): a look's participle right after one tells
   * what took place ("… and was seen by …"), not what a wish asks for ("wants the MRI looked at by …").
   */
  auxiliaries: string[];
  /**
   * The answer after a colon that ends a question put to the patient ("Asked if she would like another
   * view: no.", "Op de vraag of hij een andere cardioloog wil spreken: ja"): a refusal or a wish, not a form value.
   */
  answers: { no: string[]; yes: string[] };
  /** What makes an `elsewhere` trigger count: a place named after a preposition, and a sign of a second look. */
  elsewhere: {
    /**
     * Words after which a capitalised name is a place: prepositions, and the words that put the one who
     * looks right after them ("wil dat Kempenhaeghe … kijkt", "wants Leeds to go over the plan").
     */
    prepositions: string[];
    articles: string[];
    /** Places that are elsewhere without a name ("expertisecentrum", "teaching hospital"). */
    placeWords: string[];
    /**
     * A department or specialty that may stand, in lower case, between the preposition and the place's
     * name ("naar longoncologie Erasmus MC", "to neurosurgery Addenbrooke's").
     */
    departments: string[];
    /** Capitalised words after a preposition that are no place (titles, months, our own departments). */
    notPlaces: string[];
    /** Hospitals known by their letters; any other all-capital word is taken for a test ("the CXR"). */
    placeAcronyms: string[];
    /**
     * How the name of an institution ends, as written ("Erasmus MC", "Mayo Clinic"), or, after "*", the
     * end of a name written as one word ("Radboudumc", "Maartenskliniek"): such a name is a place
     * wherever it stands, also without a preposition, as telegram notes write it ("beoordeling Isala").
     */
    institutionHeads: string[];
    signals: string[];
    /**
     * A visit told without a look word ("ben in Nijmegen geweest bij", "went to see … at"): a sentence
     * after it that opens with "he", "she", "hij" points back to whom the patient saw there.
     */
    visits: string[];
    /** Words that point back to a place named a few sentences before ("Daar gaan ze …", "the surgeon there"). */
    backReferences: string[];
  };
}

export interface ScopeRule {
  direction: 'both' | 'before';
  /** Largest gap in characters between cue and trigger; 0 = the whole clause. */
  maxChars: number;
}

export type Placement = 'pre' | 'post' | 'adj' | 'next' | 'any';

/** The placement a cue entry starts with ("pre:", "post:", "adj:", "next:"), in group 1. */
export const PLACEMENT_PREFIX = /^(pre|post|adj|next):/;

export interface CueInfo {
  kind: CueKind;
  placement: Placement;
}

export interface CompiledLexicon {
  lang: DetectLang;
  /**
   * All cue phrases of every kind as one alternation, longest first, cut into consecutive parts that
   * each stay small enough for V8 to optimise (see scanSourceParts); scanned together by nextCue.
   */
  cueScan: RegExp[];
  /** Kind of a matched literal cue, by its text with whitespace and hyphens collapsed to one space. */
  cueByText: Map<string, CueInfo>;
  /** Cue phrases with classes or gaps, tried (sticky) where the scan matched something unknown. */
  cuePatterns: Array<CueInfo & { re: RegExp }>;
  terminators: RegExp;
  /** The terminators that join clauses with one subject ("and", "en"), sticky at a clause start. */
  coordinators: RegExp;
  reasons: RegExp;
  /** At the end of the text before a cue: a cause word and at most one word more (see LexiconFile.causes). */
  causeBefore: RegExp;
  pronounStart: RegExp;
  parents: Set<string>;
  anaphora: RegExp;
  patientMarkers: RegExp;
  /** The patient markers that name the patient or the writer, not a possessive of someone just named. */
  patientNamed: RegExp;
  reader: RegExp;
  speakers: RegExp;
  animalCare: RegExp;
  /** At a sentence's start: a letter's subject label and its colon (see LexiconFile.letters). */
  letterSubject: RegExp;
  /** A reply to the referring clinician (see LexiconFile.letters). */
  letterReply: RegExp;
  /** Right after an other-person cue: the writer or the patient is joined to the relative (see LexiconFile.withWriter). */
  withWriter: RegExp;
  /** At the end of the text before an other-person cue: the patient joined to the relative (see LexiconFile.withPatient). */
  withPatient: RegExp;
  /** Sticky at an adjacent completed cue's start: it says "after" (see LexiconFile.afterWords). */
  afterWord: RegExp;
  /** Sticky right after a mention: a noun that makes it a request (see LexiconFile.requestNouns). */
  requestNoun: RegExp;
  /** A cue that ends in one of those nouns ("op eigen verzoek", "at her own request"): a reason, no wish. */
  requestNounAtEnd: RegExp;
  /** One of those nouns anywhere: a request named by its noun ("trekt verzoek … in", "referral withdrawn"). */
  requestNounAnywhere: RegExp;
  /** A back-reference that names the request itself ("de aanvraag", "the referral"): the anaphora ending on a request noun. */
  requestBackReference: RegExp;
  /**
   * Right before a mention: "after" and a request noun ("na hun verzoek om heroordeling", "following
   * their request for review"). The request came before what the sentence reports.
   */
  afterRequest: RegExp;
  /** At the end of the text before a look: an auxiliary (see LexiconFile.auxiliaries). */
  auxiliaryBefore: RegExp;
  /** A possessive word ("my", "his", "haar"): the class `poss`. */
  possessive: RegExp;
  /** Sticky after a colon: the answer to a question (see LexiconFile.answers). */
  answerNo: RegExp;
  answerYes: RegExp;
  resultReport: RegExp;
  /** At a question's start, after a speaker's label or an opening quote: the writer weighs (see LexiconFile.deliberative). */
  deliberativeStart: RegExp;
  /** See LexiconFile.urging. */
  urging: RegExp;
  /**
   * A clause whose subject is a clinician or a hospital ("mijn uroloog vindt het niet nodig", "the
   * surgeon doesn't think it necessary", "en dat artsen dit niet persoonlijk opvatten"): a no in it is
   * their view, not the patient's refusal.
   */
  clinicianOpens: RegExp;
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

/**
 * V8 leaves a pattern of more than 20 KB unoptimised (RegExpImpl's kRegExpTooLargeToOptimize): a cue
 * alternation past that size made the detector more than twice as slow on every note. A part holds at
 * most this many characters of source, with room to spare.
 */
export const MAX_SCAN_SOURCE = 12_000;

/**
 * The alternation of `phrases`, longest first, cut into consecutive parts of about MAX_SCAN_SOURCE
 * characters. Taking the earliest match of all parts, and at the same start the earlier part's, finds
 * what the single alternation would find (its alternatives are tried in the same order).
 */
export function scanSourceParts(phrases: string[], classes: Classes, options: SourceOptions = {}): string[] {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const parts: string[][] = [];
  // Each phrase is measured once, by its own source, so cutting stays linear. That is an estimate: an
  // alternation that splits a leading class by its first letters ("{poss} {kin}") can come out longer
  // (the pseudo-triggers' parts do); the lexicon test holds every part below the size V8 optimises.
  const room = MAX_SCAN_SOURCE - 8;
  let used = room;
  for (const phrase of sorted) {
    const size = phraseSource(phrase, classes, GAP_WORDS, options).length + 1;
    if (used + size > room) {
      parts.push([]);
      used = 0;
    }
    parts[parts.length - 1]!.push(phrase);
    used += size;
  }
  return parts.map((p) => alternationSource(p, classes, GAP_WORDS, options));
}

/**
 * The next match of a split scan (scanSourceParts) at or after `from`: the earliest, the first part's at
 * a tie. `cache` keeps each part's last match for one text scanned with a rising `from`: a match that
 * starts at or after `from` is still that part's next one, so only the parts left behind search again.
 */
export function nextCue(parts: readonly RegExp[], text: string, from: number, cache: Array<RegExpExecArray | null | undefined> = []): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (let i = 0; i < parts.length; i++) {
    let m = cache[i];
    if (m === undefined || (m !== null && m.index < from)) {
      const re = parts[i]!;
      re.lastIndex = from;
      m = re.exec(text);
      cache[i] = m;
    }
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best;
}

/**
 * What may stand before a clause's subject: a conjunction ("maar", "and that"), a determiner or
 * possessive, "own" / "treating" ("haar eigen behandelend arts"). Both languages: notes mix them.
 */
const CLAUSE_LEAD =
  '[\\s,;:>]*(?:(?:dat|that|en|and|maar|but)\\s+)*(?:(?:de|het|haar|zijn|mijn|hun|onze|uw|the|her|his|my|their|our|your)\\s+)?(?:(?:eigen|own|behandelend[a-z]*|treating)\\s+)*';

/**
 * The clinician class as a clause's subject: without the bare "-ist" ending, which as the first word
 * of a clause is more often an adverb ("beslist", "juist") than an "internist".
 */
function subjectClinicians(classes: Classes): Classes {
  return { ...classes, clinician: (classes['clinician'] ?? []).filter((m) => m !== '*ist') };
}

/**
 * The matched text of a cue as its lexicon key: spaces as one, an apostrophe that may be left out left
 * out, and the shorthand "w/" written as "with".
 */
export function normalizeCue(text: string): string {
  return withSpelledOut(withoutDroppableApostrophes(text.replace(/[\s\-]+/g, ' ')));
}

function compileLanguage(file: LexiconFile): CompiledLexicon {
  const all: Array<CueInfo & { phrase: string }> = [];
  for (const [kind, entries] of Object.entries(file.cues) as Array<[CueKind, string[]]>) {
    for (const entry of entries) {
      const placement = (PLACEMENT_PREFIX.exec(entry)?.[1] ?? 'any') as Placement;
      all.push({ kind, placement, phrase: placement === 'any' ? entry : entry.slice(placement.length + 1) });
    }
  }
  const afterWords = alternationSource(file.afterWords, file.classes, GAP_WORDS);
  const requestNouns = alternationSource(file.requestNouns, file.classes, GAP_WORDS);
  const requestNounAtEnd = new RegExp(`\\b(?:${requestNouns})$`);
  // The anaphora that name the request itself ("de aanvraag", "the referral"); none: nothing points back.
  const requestAnaphora = file.anaphora.filter((a) => requestNounAtEnd.test(a));
  const cueByText = new Map<string, CueInfo>();
  const cuePatterns: CompiledLexicon['cuePatterns'] = [];
  for (const { kind, placement, phrase } of all) {
    if (/\{|\.\.\.|~/.test(phrase)) {
      cuePatterns.push({ kind, placement, re: new RegExp(alternationSource([phrase], file.classes, GAP_WORDS), 'y') });
    } else {
      cueByText.set(normalizeCue(foldText(phrase)), { kind, placement });
    }
  }
  return {
    lang: file.lang,
    cueScan: scanSourceParts(
      all.map((c) => c.phrase),
      file.classes,
    ).map((source) => new RegExp(source, 'g')),
    cueByText,
    cuePatterns,
    terminators: globalRegex(file.terminators, file.classes),
    parents: new Set(file.parents),
    reasons: new RegExp(`^(?:${alternationSource(file.reasons, file.classes, GAP_WORDS)})`),
    causeBefore: new RegExp(`(?:^|\\s)(?:${alternationSource(file.causes, file.classes, GAP_WORDS)})\\s+(?:[\\p{L}]+\\s+)?$`, 'u'),
    pronounStart: new RegExp(`^(?:${alternationSource(file.pronouns, file.classes, GAP_WORDS)})`),
    coordinators: new RegExp(`^(?:${alternationSource(file.coordinators, file.classes, GAP_WORDS)})`),
    anaphora: globalRegex(file.anaphora, file.classes),
    patientMarkers: new RegExp(alternationSource(file.patientMarkers, file.classes, GAP_WORDS)),
    patientNamed: new RegExp(alternationSource(file.patientMarkers.filter((m) => !file.thirdPerson.includes(m)), file.classes, GAP_WORDS)),
    reader: globalRegex(file.readerAddress.reader, file.classes),
    // The generic person comes first, so that at "hij of zij" it is found instead of "hij" (group 1).
    speakers: new RegExp(`(${alternationSource(file.readerAddress.generic, file.classes, GAP_WORDS)})|${alternationSource(file.readerAddress.speakers, file.classes, GAP_WORDS)}`, 'g'),
    animalCare: new RegExp(alternationSource(file.animalCare, file.classes, GAP_WORDS)),
    letterSubject: new RegExp(`^[\\s>]*(?:${alternationSource(file.letters.subjects, file.classes, GAP_WORDS)})\\s*:`),
    letterReply: new RegExp(`(?:^|[^\\p{L}])(?:${alternationSource(file.letters.replies, file.classes, GAP_WORDS)})(?![\\p{L}])`, 'u'),
    withWriter: new RegExp(`^[\\s,]*(?:${alternationSource(file.withWriter, file.classes, GAP_WORDS)})`),
    withPatient: new RegExp(`(?:^|[^\\p{L}])(?:${alternationSource(file.withPatient, file.classes, GAP_WORDS)})(?:\\s+${phraseSource('{poss}', file.classes, GAP_WORDS)})?\\s+$`, 'u'),
    afterWord: new RegExp(`^(?:${afterWords})`),
    requestNoun: new RegExp(`^[\\s-]*(?:${requestNouns})`),
    requestNounAtEnd,
    requestNounAnywhere: new RegExp(`\\b(?:${requestNouns})`),
    requestBackReference:
      requestAnaphora.length > 0 ? new RegExp(`\\b(?:${alternationSource(requestAnaphora, file.classes, GAP_WORDS)})\\b`) : NEVER,
    possessive: new RegExp(`\\b${phraseSource('{poss}', file.classes, GAP_WORDS)}\\b`),
    auxiliaryBefore: new RegExp(`\\b(?:${file.auxiliaries.join('|')})\\s+$`),
    afterRequest: new RegExp(
      `(?:^|[\\s(])(?:${afterWords})\\s+(?:[\\p{L}']+\\s+){0,2}(?:${requestNouns})(?:\\s+[\\p{L}]{1,4})?\\s*$`,
      'u',
    ),
    // "No idea how it works" is no answer.
    // "N/A", "n.v.t." is no answer: a letter answer ("J", "N", "Y") stands alone.
    answerNo: new RegExp(`^:\\s*(?:${alternationSource(file.answers.no, file.classes, GAP_WORDS)})(?![a-z]|[/.][a-z])(?!\\s+(?:idea|clue)\\b)`),
    answerYes: new RegExp(`^:\\s*(?:${alternationSource(file.answers.yes, file.classes, GAP_WORDS)})(?![a-z]|[/.][a-z])`),
    resultReport: new RegExp(alternationSource(file.resultReports, file.classes, GAP_WORDS)),
    deliberativeStart: new RegExp(`^(?:[^:\\n]{0,40}:)?[\\s"'“‘(]*(?:${alternationSource(file.deliberative, file.classes, GAP_WORDS)})\\b`),
    urging: new RegExp(`\\b(?:${alternationSource(file.urging, file.classes, GAP_WORDS)})\\b`),
    clinicianOpens: new RegExp(`^${CLAUSE_LEAD}${phraseSource('{clinician}', subjectClinicians(file.classes), GAP_WORDS)}`),
  };
}

export const COMPILED: Record<DetectLang, CompiledLexicon> = {
  nl: compileLanguage(LEXICON_FILES.nl),
  en: compileLanguage(LEXICON_FILES.en),
};

export const FILES = [LEXICON_FILES.nl, LEXICON_FILES.en];

export function unionSource(pick: (f: LexiconFile) => string[], options: SourceOptions = {}): string {
  return FILES.map((f) => alternationSource(pick(f), f.classes, GAP_WORDS, options)).join('|');
}

/** Trigger kinds are matched in both languages: Dutch notes use English terms and vice versa. */
export const TRIGGER_RES: Array<{ kind: TriggerKind; re: RegExp }> = (
  ['core', 'otherClinician', 'doubt', 'elsewhere', 'verdict'] as const
).map((kind) => ({ kind, re: new RegExp(unionSource((f) => f.triggers[kind], { plural: true }), 'g') }));
/**
 * Pseudo-triggers of both languages, each cut into parts of about MAX_SCAN_SOURCE characters
 * (scanSourceParts), scanned together (nextCue) exactly as their union would be — the union outgrew the
 * size V8 optimises.
 */
export const PSEUDO_TRIGGER_PARTS: RegExp[] = FILES.flatMap((f) => scanSourceParts(f.pseudoTriggers, f.classes, { plural: true }).map((source) => new RegExp(source, 'g')));

/** Upper-case abbreviations such as "SO" are matched case-sensitively on the raw text. */
export const CASE_SENSITIVE_TRIGGERS = [...new Set(FILES.flatMap((f) => f.caseSensitiveTriggers))];
/** See LexiconFile.caseSensitiveOtherMeaning; matched on folded text. */
export const CASE_SENSITIVE_OTHER_MEANING = new RegExp(
  `\\b(?:${FILES.map((f) => alternationSource(f.caseSensitiveOtherMeaning, f.classes, GAP_WORDS)).join('|')})\\b`,
);
/**
 * An abbreviation that stands as a word, not as part of a reference or code ("SO-44817",
 * "2024-SO-1182", "SO/2291"): a hyphen or slash joining it to a digit makes it a code.
 */
export const CASE_SENSITIVE_RE = CASE_SENSITIVE_TRIGGERS.length
  ? new RegExp(`(?<![A-Za-z0-9])(?<![0-9][-/])(?:${CASE_SENSITIVE_TRIGGERS.join('|')})(?![A-Za-z0-9])(?![-/][0-9])`, 'g')
  : NEVER;

export const ABBREVIATIONS = new Set(FILES.flatMap((f) => f.abbreviations));

/**
 * The bare trigger words: the longest literal word of every trigger phrase (or the members of the class
 * it starts with). Every trigger match contains one of them, so a text without any cannot match. Single
 * words, so line breaks and hyphens inside a phrase do not hide it.
 */

/**
 * An age under 18 ("Daan, 9 jr", "(12)", "4 y/o", "6-year-old") or a word for a child: the text is
 * about a minor, whose parents act for them (WGBO: parents decide for a child under 12, with the child
 * up to 16).
 */
const AGE = /(?:\(|\b)(\d{1,2})(?:\)|\s*(?:-?\s*(?:jr|jaar|j|yo|y\/o|y|yrs?|years?[\s-]old|year-old|mnd|maanden|months?)\b))/gi;
const CHILD = /\b(?:kind|kindje|baby|peuter|kleuter|zoontje|dochtertje|child|toddler|infant|boy|girl|(?:kinder|paediatric|pediatric)\w*)\b/i;
/**
 * A parent named by their role alone ("Mum requests …", "Ouders willen …"): how notes about a child
 * speak of the parents. About an adult's parent a note says whose ("her mum", "zijn moeder").
 */
const PARENT_ROLE = /(?<!\b(?:my|his|her|their|your|mijn|zijn|haar|hun|uw|je|jouw)\s)\b(?:mum|mummy|dad|daddy|mam|mama|papa|ouders|parents)\b/i;
/**
 * A span of time, not an age: "controle 6 mnd", "over 3 maanden", "sinds 2 jaar", "review in 3 months",
 * "for 10 years", "5 years ago". Notes are full of them, and they made adults' notes read as a child's.
 */
const SPAN_BEFORE = /(?:^|[^a-z])(?:over|in|na|binnen|sinds|al|ruim|bijna|ongeveer|afgelopen|laatste|elke|iedere|per|om|controle|after|for|within|every|past|last|since|nearly|about|around|approx|ca|review|f\/u|fu|follow-up|x)[\s.]*$/i;
const SPAN_AFTER = /^\s*(?:geleden|ago|later|lang|durend|terug|back|nadien|eerder|earlier|before|\+)/i;
/**
 * A message a son or daughter writes about a parent who is the patient: signed as such ("Karen
 * (daughter)", "- Rachel, dochter"), or written on the parent's behalf ("namens mijn vader", "on behalf
 * of my mum", "I'm writing about my dad").
 */
const BY_CHILD =
  /\((?:daughter|son|dochter|zoon)\)|[-\u2013,]\s*(?:daughter|son|dochter|zoon)\s*\)?\s*$|\b(?:namens|on behalf of|writing about|schrijf over|schrijven over)\s+(?:my|mijn|onze|our)\s+(?:vader|moeder|pa|ma|mam|mum|mom|mother|father|dad)\b/im;

/**
 * A text that opens with the writer's spouse or parent as the one being treated ("Mijn man (61) heeft
 * vorige week gehoord dat hij …", "My wife was told by her oncologist …") and in which the writer never
 * speaks as "ik" / "I": that relative is the patient it is about, not someone beside the patient.
 */
const RELATIVE_OPENS =
  /^[^.!?]{0,40}?\b(?:mijn|my)\s+(man|vrouw|echtgenoot|echtgenote|partner|husband|wife|vader|moeder|father|mother|dad|mum|mom)\b(?:\s*\(\d{1,3}\))?([^.!?\n]{0,200})/i;
const TREATED =
  /\b(?:te horen|gehoord dat|de diagnose|gediagnosticeerd|(?:zijn|haar)\s+\p{L}*(?:loog|arts|chirurg|specialist)|was told|diagnosed|(?:his|her)\s+\p{L}*(?:ologist|surgeon|consultant|specialist))/iu;
const WRITER_SPEAKS = /(?:^|[^\p{L}])(?:[Ii]k|I)(?![\p{L}])/u;
/**
 * A message that opens by addressing a doctor ("Geachte dokter,", "Hallo dokter,", "Dear Dr Lee,"): a
 * relative named right after it, by a writer who never speaks as "ik" / "I", is the one it is written about.
 */
const TO_DOCTOR = /^\s*(?:geachte|beste|hallo|hoi|dag|dear|hi|hello)\s+(?:dokter|doctor|dr\b|huisarts)/i;

/**
 * A message whose writer says they are the patient's relative, writing for them ("this is Martin
 * Feeney's wife writing", "I'm writing on behalf of my husband", "u spreekt met de vrouw van …"): the
 * relative named that way is the writer, and the patient's wish is told through them.
 */
const WRITER_IS_RELATIVE =
  /\b(?:(?:this is|i am|i'm|it's)\s+(?:(?!(?:my|his|her|our|their|your)\s)[A-Z][\p{L}'’-]*\s+){0,3}?(?!(?:my|his|her|our|their|your)\s)[A-Z][\p{L}-]*(?:'s|’s)\s+(wife|husband|partner|daughter|son)|(?:on behalf of|namens)\s+(?:my|mijn)\s+(husband|wife|partner|man|vrouw)|(?:ik ben|u spreekt met|hier is)\s+de\s+(vrouw|man|partner|dochter|zoon)\s+van)\b/iu;

/** The relative who is the patient or writes for them (see RELATIVE_OPENS, WRITER_IS_RELATIVE), as the cue's folded word, or null. */
export function openingRelativeOf(text: string): string | null {
  const writer = WRITER_IS_RELATIVE.exec(text);
  if (writer) return (writer[1] ?? writer[2] ?? writer[3]!).toLowerCase();
  const m = RELATIVE_OPENS.exec(text);
  if (!m || !(TREATED.test(m[2]!) || TO_DOCTOR.test(text)) || WRITER_SPEAKS.test(text)) return null;
  return m[1]!.toLowerCase();
}

export function writtenByChild(text: string): boolean {
  return BY_CHILD.test(text);
}

export function aboutMinor(text: string): boolean {
  if (CHILD.test(text) || PARENT_ROLE.test(text)) return true;
  AGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AGE.exec(text))) {
    if (Number(m[1]) >= 18) continue;
    if (m[0].startsWith('(')) return true;
    const end = m.index + m[0].length;
    if (SPAN_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index)) || SPAN_AFTER.test(text.slice(end, end + 12))) continue;
    return true;
  }
  return false;
}
