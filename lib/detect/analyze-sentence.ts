/**
 * Context analysis of one sentence that holds a trigger candidate. Steps, after NegEx / ConText:
 * find triggers (minus pseudo-triggers that contain them), find cue phrases (longest match wins, cues
 * inside a trigger are ignored), cut the sentence into clauses at terminators ("maar", "but", ";"),
 * give each cue to the nearest trigger in its clause that its scope reaches, then decide per trigger.
 * A later clause without a trigger but with a back-reference ("dit", "it") and a decisive cue updates
 * the state ("Second opinion besproken; patiënt ziet hiervan af").
 */
import { COMPILED, CASE_SENSITIVE_OTHER_MEANING, CASE_SENSITIVE_RE, nextCue, PSEUDO_TRIGGER_PARTS, SCOPES, TRIGGER_RES } from './lexicon';
import { decide, supersedes, type Decision } from './decide';
import type { Cue, CueKind, DetectLang, DetectionStatus, TriggerKind } from './types';
import { normalizeCue, type CueInfo, type Placement } from './lexicon';
import { namesSecondLookElsewhere } from './elsewhere';
import { foldText } from './fold';
import { YES_NO_OPTIONS } from './sentences';

const isLookKind = (kind: TriggerKind) => kind === 'elsewhere' || kind === 'verdict';
/** Trigger kinds that name a second opinion, and the looks and verdicts that count only without them. */
const NAMING_TRIGGER_RES = TRIGGER_RES.filter((t) => !isLookKind(t.kind));
const LOOK_TRIGGER_RES = TRIGGER_RES.filter((t) => isLookKind(t.kind));

interface Found {
  start: number;
  end: number;
}
interface TriggerFound extends Found {
  kind: TriggerKind;
}
interface CueFound extends Found {
  kind: CueKind;
  placement: Placement;
  /** "after" right before the mention: it does not reach another clinician (see resultBeforeMention). */
  notClinician?: boolean;
  /** A completed cue that is the look itself, told by its participle ("seen by", "looked at by"). */
  look?: boolean;
}

export interface SentenceResult {
  status: DetectionStatus;
  trigger: string;
  cues: Cue[];
  /** False when the sentence held no trigger once pseudo-triggers were removed. */
  considered: boolean;
  /** The state comes from a clause that answers an earlier mention: it may revise even a request. */
  followUp?: boolean;
  /** Information text with no patient in it ("This is often called a second opinion."): nothing to answer. */
  informationOnly?: boolean;
}

function collect<T extends Found>(re: RegExp, text: string, make: (s: number, e: number) => T, out: T[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(make(m.index, m.index + m[0].length));
  }
}

/** collect() over a pattern scanned in parts (nextCue): the matches the parts' union would give. */
function collectParts(parts: readonly RegExp[], text: string, out: Found[]): void {
  const cache: Array<RegExpExecArray | null | undefined> = [];
  let from = 0;
  for (let m = nextCue(parts, text, from, cache); m; m = nextCue(parts, text, from, cache)) {
    from = m.index + Math.max(m[0].length, 1);
    if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length });
  }
}

/** Words for the reader ("you", "uw"): in a letter to the patient they speak of the patient. */
function speaksToReader(text: string, lang: DetectLang): boolean {
  const reader = COMPILED[lang].reader;
  reader.lastIndex = 0;
  return reader.test(text);
}

function overlaps(a: Found, b: Found): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Keep the longest of overlapping matches, scanning left to right. */
function longestNonOverlapping<T extends Found>(items: T[]): T[] {
  items.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: T[] = [];
  for (const item of items) {
    const last = kept[kept.length - 1];
    if (last && overlaps(last, item)) {
      if (item.end - item.start > last.end - last.start) kept[kept.length - 1] = item;
      continue;
    }
    kept.push(item);
  }
  return kept;
}

/** The text before a sentence: the sentence right before it, and the few before that (for a place pointed back to). */
export interface SentenceContext {
  previous: string;
  context: string;
  /**
   * The text is a letter or message to a person it names: the patient ("Dear Ms Adeyemi", "Beste mevrouw
   * Bakker") or a doctor ("Dag dokter Hoekstra"). Asked only of a sentence with information cues: a look
   * over the whole text that most sentences never need.
   */
  toNamedReader?: () => boolean;
}
const NO_CONTEXT: SentenceContext = { previous: '', context: '' };

/** The mention stands right after "after" and a request noun ("na hun verzoek om heroordeling"). */
function afterRequest(folded: string, t: Found, lang: DetectLang): boolean {
  return COMPILED[lang].afterRequest.test(folded.slice(Math.max(0, t.start - 60), t.start));
}

/** The sentence's mentions; `cancelled` when it held some and pseudo-triggers took every one away. */
function findTriggers(folded: string, raw: string, context: string, lang: DetectLang): { triggers: TriggerFound[]; cancelled: boolean } {
  const all: TriggerFound[] = [];
  for (const { kind, re } of NAMING_TRIGGER_RES) collect(re, folded, (start, end) => ({ start, end, kind }), all);
  // "SO: opgenomen, specialist ouderengeneeskunde ziet haar morgen": where the note names that
  // specialist, "SO" is them.
  const abbreviated: TriggerFound[] = [];
  collect(CASE_SENSITIVE_RE, raw, (start, end) => ({ start, end, kind: 'core' as const }), abbreviated);
  if (abbreviated.length > 0 && !CASE_SENSITIVE_OTHER_MEANING.test(folded) && !CASE_SENSITIVE_OTHER_MEANING.test(foldText(context))) all.push(...abbreviated);
  // A look or a verdict counts only where nothing else names the second opinion (its words stay cues
  // there: "…, die bevestigde de diagnose") and the sentence names another place and a second look.
  // The patient's doubt does not name it: a look stays beside a doubt ("… arranged at her wish because
  // she disagreed with the diagnosis"). Nor does a request told as what came before ("… de diagnose
  // heeft bevestigd, na hun verzoek om heroordeling"). Where something else names it, the looks are
  // not even looked for.
  if (!all.some((t) => t.kind !== 'doubt' && !afterRequest(folded, t, lang))) {
    const looks: TriggerFound[] = [];
    for (const { kind, re } of LOOK_TRIGGER_RES) collect(re, folded, (start, end) => ({ start, end, kind }), looks);
    if (looks.length > 0 && namesSecondLookElsewhere(raw, context)) all.push(...looks);
  }
  if (all.length === 0) return { triggers: all, cancelled: false };
  const pseudo: Found[] = [];
  collectParts(PSEUDO_TRIGGER_PARTS, folded, pseudo);
  const real = all.filter((t) => !pseudo.some((p) => overlaps(p, t)));
  return { triggers: longestNonOverlapping(real), cancelled: real.length === 0 };
}

function gap(cue: Found, trigger: Found): number {
  if (cue.end <= trigger.start) return trigger.start - cue.end;
  if (trigger.end <= cue.start) return cue.start - trigger.end;
  return 0;
}

/** Only white space between a phrase and the mention after it ("na de second opinion"). */
function standsRightBefore(phrase: Found, mention: Found, folded: string): boolean {
  return phrase.end <= mention.start && /^\s*$/.test(folded.slice(phrase.end, mention.start));
}

/** A "next:" cue follows its mention with only space, or a form's colon, between ("Second opinion: done"). */
const NEXT_TO = /^\s*:?\s*$/;

function reaches(cue: CueFound, trigger: Found & { kind?: TriggerKind }, folded: string, lang: DetectLang): boolean {
  if (cue.notClinician && trigger.kind === 'otherClinician') return false;
  const before = cue.end <= trigger.start;
  // A cue before the mention may end on its first word: "heeft zich … laten" before "laten beoordelen in …".
  if (cue.placement === 'pre' && !before && !(cue.start < trigger.start && cue.end <= trigger.end)) return false;
  // Only white space between ("na de second opinion"); the scope rule is not needed then.
  if (cue.placement === 'adj') return standsRightBefore(cue, trigger, folded);
  if (cue.placement === 'next') return !before && NEXT_TO.test(folded.slice(trigger.end, cue.start));
  if (cue.placement === 'post' && before) return false;
  if (cue.kind === 'pseudo') return false;
  const scope = SCOPES[cue.kind];
  if (scope.direction === 'before' && !before) return false;
  return scope.maxChars === 0 || gap(cue, trigger) - asidesBetween(folded, cue, trigger, lang) <= scope.maxChars;
}

/**
 * Characters of whole parenthetical asides between a cue and a mention: an aside ("Echtgenoot (elders
 * ingeschreven) kreeg …") puts no distance between the words around it — unless it brings in the
 * patient ("Call from pt's wife (pt present on speaker, consents): …").
 */
function asidesBetween(folded: string, a: Found, b: Found, lang: DetectLang): number {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  let total = 0;
  for (let open = folded.indexOf('(', from); open >= 0 && open < to; open = folded.indexOf('(', open + 1)) {
    const close = folded.indexOf(')', open);
    if (close < 0 || close >= to) break;
    if (!COMPILED[lang].patientMarkers.test(folded.slice(open, close + 1))) total += close + 1 - open;
    open = close;
  }
  return total;
}

function classifyCue(lang: DetectLang, folded: string, start: number, text: string): CueInfo | undefined {
  const lex = COMPILED[lang];
  const literal = lex.cueByText.get(normalizeCue(text));
  if (literal) return literal;
  for (const p of lex.cuePatterns) {
    p.re.lastIndex = start;
    if (p.re.test(folded) && p.re.lastIndex === start + text.length) return p;
  }
  return undefined;
}

/** The parenthetical aside around pos, if any. */
function parenthesesAround(text: string, pos: number): Found | null {
  const open = text.lastIndexOf('(', pos);
  if (open < 0) return null;
  const close = text.indexOf(')', open);
  return close < 0 || close > pos ? { start: open, end: close < 0 ? text.length : close + 1 } : null;
}

/** "asked the ward yesterday for": an ask, two or more words, no possessive, "for". */
function askedSomeone(cue: string, lang: DetectLang): boolean {
  const words = cue.split(/\s+/);
  return words.length >= 4 && /^ask/.test(words[0]!) && words[words.length - 1] === 'for' && !COMPILED[lang].possessive.test(cue);
}

/** Nothing but a line's start, a bullet, a date or a heading before: the statement has no subject. */
const SUBJECTLESS = /(?:^|\n)[ \t\-*•>]*(?:\d{1,4}(?:[-/.]\d{1,4}){0,2}[:.]?\s+)?(?:[\p{L}]+\s*:\s*)?$/u;
/** A line's start (bullets and numbering aside) before, and a colon or slash after: a section heading. */
const HEADING_BEFORE = /(?:^|\n)[ \t\-*•\d.)]*$/;
const HEADING_AFTER = /^\s*[:/]/;
/** A return visit after something ("terug na", "back after"), and a line that is a plan. */
const RETURN_AFTER = /^(?:terug na|retour na|back after)$/;
const PLAN_LINE = /^[\s\-*•]*(?:plan|p|beleid|afspraak|actie|vervolg|follow-up|f\/u)\s*:/;
/** The end of a form field: the line's end, or the next field's label ("…: N/A. Next of kin: …"). */
const FIELD_END = /^[\s.,;]*(?:\n|$)|^\s*[.;]\s+(?:[^\s.:;]+\s+){0,3}[^\s.:;]+:/;

/** A form's answer options as a whole cue: "ja/nee", "j/n", "yes/no", "y/n". */
const ANSWER_OPTIONS = new RegExp(`^${YES_NO_OPTIONS}$`);

/** The yes or no that opens a colon-led value (": nee", ": yes please"), or null. */
function answerAt(afterColon: string, lang: DetectLang): 'yes' | 'no' | null {
  const lex = COMPILED[lang];
  return lex.answerNo.test(afterColon) ? 'no' : lex.answerYes.test(afterColon) ? 'yes' : null;
}

/**
 * The speaker's name before an answer in an interview or a transcript ("Patient: No, never.", "A: Yes.",
 * "Gast: Nee."): a word or two and a colon, so the answer after it is read as a reply opens.
 */
const SPEAKER = /^\p{L}[\p{L}.'\u2019-]*(?:\s\p{L}[\p{L}.'\u2019-]*)?\s*:\s*/u;

/** The status and cue a yes or a no gives, by what the question before it asked (AskedAbout). */
const ANSWERED: Record<AskedAbout, Record<'yes' | 'no', { status: DetectionStatus; cue: Cue }>> = {
  wish: { yes: { status: 'requested', cue: 'request' }, no: { status: 'declined', cue: 'negation' } },
  declines: { yes: { status: 'declined', cue: 'negation' }, no: { status: 'declined', cue: 'negation' } },
  past: { yes: { status: 'completed', cue: 'completed' }, no: { status: 'none', cue: 'negation' } },
  asked: { yes: { status: 'requested', cue: 'request' }, no: { status: 'none', cue: 'negation' } },
};

/**
 * The yes or no a sentence opens with, after a speaker's name if any ("Ja.", "No, never.", "A: Yes, at
 * St Mary's."), read as a form's answer after a colon is read; null when it opens with neither.
 */
export function openingAnswer(folded: string, lang: DetectLang): 'yes' | 'no' | null {
  return answerAt(`:${folded.replace(/^[\s>]+/, '').replace(SPEAKER, '')}`, lang);
}

/** Cues of a question put to the patient, whose answer may follow a colon. */
const QUESTION: CueKind[] = ['asking', 'hypothetical'];

/** After a Dutch participle, an auxiliary of what may or will be done: "door … beoordeeld kan worden". */
const PASSIVE_TO_COME = /^\s+(?:kan|kon|zou|zal|moet|mag|moest|wordt|worden|te\s+worden)(?![\p{L}])/u;
/** Before it, the present passive: "… naar de scans wordt gekeken" is looked at now or still to come. */
const PASSIVE_PRESENT_BEFORE = /(?:^|\s)(?:wordt|worden)\s+$/;
/**
 * Before an English participle, "be" after what will, must or may happen ("will be sought", "is to be
 * obtained", "did not wish one to be sought", "could be arranged"): the look is still to come. Group 1
 * holds the words of what will happen, which make it pending; the rest only weigh it.
 */
const PASSIVE_INFINITIVE_BEFORE = /(?:^|\s)(?:(will|shall|to|going\s+to)|would|should|must|can|could|may|might)\s+be\s+$/;

/** A possessive that ends a phrase, with the space before it. */
const POSSESSIVE_END = /\s(?:haar|zijn|mijn|her|his|my)$/;

/** One scan over the sentence with every cue phrase; leftmost, then longest phrase wins. */
function findCues(folded: string, lang: DetectLang, triggers: TriggerFound[]): CueFound[] {
  const found: CueFound[] = [];
  const parts = COMPILED[lang].cueScan;
  let from = 0;
  const cache: Array<RegExpExecArray | null | undefined> = [];
  let m: RegExpExecArray | null;
  while ((m = nextCue(parts, folded, from, cache))) {
    const start = m.index;
    const end = start + m[0].length;
    // A phrase that ends on a possessive ("sinds haar", "since her") may share it with the next one ("haar
    // man", "her husband"): the scan goes on from that word.
    const shared = POSSESSIVE_END.exec(m[0]);
    from = shared ? start + shared.index + 1 : end;
    if (end === start) {
      from = start + 1;
      continue;
    }
    // A cue may end inside a trigger that starts with its last word ("heb ik … laten" before "laten
    // bekijken door"), but cannot swallow one ("zou … willen" around "tweede mening") or start inside one.
    const inside = triggers.find((t) => t.start < end && start < t.end && !(start < t.start && end <= t.end));
    // A look told by its participle alone is one that took place: "gezien door cardioloog St. Antonius",
    // "seen by neurology at Mayo", "Pt is elders beoordeeld" (an infinitive look, "to be seen by", is a
    // longer phrase).
    const lookTaken = inside !== undefined && (inside.kind === 'elsewhere' || inside.kind === 'otherClinician') && inside.start === start && inside.end === end;
    if (inside && !lookTaken) {
      // Look again just after it.
      from = start + 1;
      continue;
    }
    const info = classifyCue(lang, folded, start, m[0]);
    // A participle before an auxiliary of what may or will be done ("door een ander centrum beoordeeld
    // kan worden") tells a look still to come, not one that took place.
    if (info?.kind === 'completed' && (PASSIVE_TO_COME.test(folded.slice(end)) || PASSIVE_PRESENT_BEFORE.test(folded.slice(Math.max(0, start - 12), start)))) continue;
    // So does an English one after "will be", "to be", "could be": what will be done is pending.
    const toCome = info?.kind === 'completed' ? PASSIVE_INFINITIVE_BEFORE.exec(folded.slice(Math.max(0, start - 16), start)) : null;
    if (toCome) {
      if (toCome[1]) found.push({ start, end, kind: 'pending', placement: 'any' });
      continue;
    }
    // A result word that heads a line ("Conclusie/beleid: pt overweegt …", "Outcome: …") names the
    // section, not a result of the mention.
    if (info?.kind === 'completed' && HEADING_BEFORE.test(folded.slice(0, start)) && HEADING_AFTER.test(folded.slice(end))) continue;
    // In a plan, a return after it is still to come ("P: retour na second opinion", "Plan: see back after …").
    if (info?.kind === 'completed' && RETURN_AFTER.test(m[0]) && PLAN_LINE.test(folded.slice(folded.lastIndexOf('\n', start) + 1, start))) {
      found.push({ start, end, kind: 'awaiting', placement: 'any' });
      continue;
    }
    // "Asked tissue viability nurse for a second opinion": a note's subjectless "asked" with someone
    // named between is the writer's consult of a colleague — that colleague's opinion, not the patient's
    // second opinion, whatever the colleague then says ("…, agrees"); "Pt asked his GP for …" and "Asked
    // my GP for …" are the patient's.
    if (info?.kind === 'request' && askedSomeone(m[0], lang) && SUBJECTLESS.test(folded.slice(0, start))) {
      found.push({ start, end, kind: 'other-person', placement: 'any' });
      continue;
    }
    if (lookTaken && info?.kind !== 'completed') {
      from = start + 1;
      continue;
    }
    if (!info) continue;
    // "mijn man en ik willen …", "my husband and I would like …": the writer's own wish as well.
    if (info.kind === 'other-person' && COMPILED[lang].withWriter.test(folded.slice(end))) continue;
    // "patiënt en zijn echtgenote hebben … gevraagd", "she and her husband would like …": the patient's wish too.
    if (info.kind === 'other-person' && COMPILED[lang].withPatient.test(folded.slice(Math.max(0, start - 24), start))) continue;
    // After a question put to the patient, the value is the patient's answer: "Asked if he'd like to see
    // another cardiologist: no." turns it down; ": ja" asks for it, and the question no longer weighs it.
    // A question put to the reader in a form's own words asks it too ("Wilt u een second opinion?: nee",
    // "Heeft u …? ☐ Ja ☒ Nee"): once answered, those words are the form's, no information for anyone.
    // A field that only names the wish ("Second opinion gewenst?: nee") is read below.
    const formValue = info.kind === 'general-info' && m[0].startsWith(':');
    // A field or a question whether one took place ("Eerder second opinion gehad: ja", "Previous second
    // opinion: yes", "Have you had one before? ☐ Yes ☒ No") is answered by its value: yes reports it, no
    // says there was none. The field's own words are the form's, no information for anyone.
    if (formValue && found.some((c) => c.kind === 'completed') && FIELD_END.test(folded.slice(end))) {
      const yesOrNo = answerAt(folded.slice(start), lang);
      if (yesOrNo) {
        const lineStart = folded.lastIndexOf('\n', folded.slice(0, start).trimEnd().length - 1) + 1;
        for (let i = found.length - 1; i >= 0; i--) if (found[i]!.kind === 'general-info' && found[i]!.start >= lineStart) found.splice(i, 1);
        found.push({ start, end, kind: yesOrNo === 'yes' ? 'completed' : 'unasked', placement: 'any' });
        continue;
      }
    }
    const askedHere =
      formValue &&
      folded.slice(0, start).trimEnd().endsWith('?') &&
      found.some((c) => c.kind === 'general-info' && speaksToReader(folded.slice(c.start, c.end), lang));
    if (formValue && (askedHere || found.some((c) => QUESTION.includes(c.kind)))) {
      const yesOrNo = answerAt(folded.slice(start), lang);
      const answer = yesOrNo === 'no' ? 'refusal' : yesOrNo === 'yes' ? 'request' : null;
      if (answer) {
        if (askedHere) for (let i = found.length - 1; i >= 0; i--) if (found[i]!.kind === 'general-info') found.splice(i, 1);
        if (answer === 'request') for (let i = found.length - 1; i >= 0; i--) if (QUESTION.includes(found[i]!.kind)) found.splice(i, 1);
        found.push({ start, end, kind: answer, placement: 'any' });
        continue;
      }
    }
    // A field whose label asks whether it is wished or was requested ("Second opinion requested: yes",
    // "Second opinion gewenst: nee") is answered by its value: yes, it is asked for; no, none is asked for
    // (a form's no is no refusal of an offer).
    if (info.kind === 'general-info' && m[0].startsWith(':') && found.some((c) => c.kind === 'pending' || c.kind === 'request')) {
      const yesOrNo = answerAt(folded.slice(start), lang);
      const answer = yesOrNo === 'no' ? 'unasked' : yesOrNo === 'yes' ? 'request' : null;
      if (answer && FIELD_END.test(folded.slice(end))) {
        // The field's answer options ("(ja/nee)") are part of its question, not information text.
        for (let i = found.length - 1; i >= 0; i--) if (found[i]!.kind === 'general-info' && ANSWER_OPTIONS.test(folded.slice(found[i]!.start, found[i]!.end))) found.splice(i, 1);
        found.push({ start, end, kind: answer, placement: 'any' });
        continue;
      }
    }
    // Otherwise a form value (": nee", ": no", ": -") is the whole field; ": no further options" is a
    // finding, and the words after the colon are read again ("surgeon: no longer wants SO").
    if (info.kind === 'general-info' && m[0].startsWith(':') && !FIELD_END.test(folded.slice(end))) {
      from = start + 1;
      continue;
    }
    // A parenthetical aside ("(die zelf niet kan mailen)") does not modify the sentence around it,
    // unless it holds the mention itself ("(no second opinion)") or says who acts for the patient.
    // A form's answer options in brackets ("aangevraagd? (ja/nee):") belong to its field, no aside.
    const aside = info.kind === 'representative' || (info.kind === 'general-info' && ANSWER_OPTIONS.test(m[0])) ? null : parenthesesAround(folded, start);
    if (aside && !triggers.some((t) => overlaps(aside, t))) continue;
    found.push({ start, end, kind: info.kind, placement: info.placement, ...(lookTaken ? { look: true } : {}) });
  }
  return found;
}

/**
 * A wish stands before `pos` in its clause: a look told by its participle after it is what is wished
 * for, not what took place ("asked to have my results looked at by an oncologist at …", "We'd like her
 * echo and the MRI looked at by …" — the wish reaches over "and"). A participle after an auxiliary
 * ("… and was seen by …") tells what took place. A request named as a noun ("at her own request", "op
 * eigen verzoek") says why a look took place, and wishes nothing.
 */
function wishedBefore(cues: readonly CueFound[], pos: number, folded: string, lang: DetectLang, clauseOf: (pos: number) => number): boolean {
  const lex = COMPILED[lang];
  if (lex.auxiliaryBefore.test(folded.slice(Math.max(0, pos - 12), pos))) return false;
  // A colon or semicolon between them opens a finding of its own ("…: same advice").
  return cues.some(
    (o) => o.kind === 'request' && o.end <= pos && clauseOf(o.start) === clauseOf(pos) && !/[:;]/.test(folded.slice(o.end, pos)) && !lex.requestNounAtEnd.test(folded.slice(o.start, o.end)),
  );
}

/** "na haar verzoek om …", "following her request for …": the "after" is the request's, not a result's. */
function withoutAfterRequests(cues: CueFound[], folded: string, lang: DetectLang): CueFound[] {
  const lex = COMPILED[lang];
  return cues.filter((c) => c.kind !== 'completed' || !lex.afterWord.test(folded.slice(c.start, c.end)) || !lex.requestNoun.test(folded.slice(c.end)));
}

/**
 * A doubt given as the cause of a wish, a decision or an arrangement in its clause ("wil 2nd opinion
 * ivm twijfel over dx", "referred because of her doubts about the diagnosis") says why, and weighs
 * nothing any more.
 */
function withoutCausedDoubt(cues: CueFound[], folded: string, lang: DetectLang, clauseOf: (pos: number) => number): CueFound[] {
  const lex = COMPILED[lang];
  return cues.filter(
    (c) =>
      c.kind !== 'doubt' ||
      !lex.causeBefore.test(folded.slice(Math.max(0, c.start - 30), c.start)) ||
      !cues.some((o) => FIRM.includes(o.kind) && clauseOf(o.start) === clauseOf(c.start)),
  );
}

/** How close two mentions of one clause stand to be one phrase ("referral to a tertiary centre for a second opinion"). */
const NESTED_GAP = 40;

/**
 * "turned down our offer of referral to a tertiary centre for a second opinion", "vraagt om verwijzing
 * naar een ander centrum voor een second opinion": mentions that follow each other closely in one clause
 * name one second opinion, so what is said of one is said of all of them.
 */
function joinNestedMentions(triggers: readonly Found[], applied: Set<CueKind>[], clauseOf: (pos: number) => number): void {
  for (let i = 0; i + 1 < triggers.length; i++) {
    const [a, b] = [triggers[i]!, triggers[i + 1]!];
    if (clauseOf(a.start) !== clauseOf(b.start) || gap(a, b) > NESTED_GAP) continue;
    const joined = new Set([...applied[i]!, ...applied[i + 1]!]);
    applied[i] = joined;
    applied[i + 1] = new Set(joined);
  }
}

/**
 * "als (een) second opinion", "als tweede mening": right before the noun, "als" is "as", not "if" ("als
 * een andere chirurg ernaar kijkt" stays a condition).
 */
const AS_BEFORE = /^\s+(?:een\s+)?$/;
const AS_WORD = /^als$/;

/** "dezelfde conclusie als …", "hetzelfde advies als", "net als": after a comparison, "als" is "as" too. */
const COMPARISON_BEFORE = /(?:^|\s)(?:dezelfde|hetzelfde|zelfde|net|precies|eerder|anders|andere|ander)(?:\s+[\p{L}-]+){0,2}\s+$/u;

/** The conditional "als" that is "as": right before the noun, or after a comparison. */
function withoutAsThatIsNoIf(cues: CueFound[], triggers: readonly TriggerFound[], folded: string): CueFound[] {
  const isAs = (c: CueFound) =>
    triggers.some((t) => t.kind === 'core' && t.start >= c.end && AS_BEFORE.test(folded.slice(c.end, t.start))) ||
    COMPARISON_BEFORE.test(folded.slice(Math.max(0, c.start - 40), c.start));
  return cues.filter((c) => c.kind !== 'conditional' || !AS_WORD.test(folded.slice(c.start, c.end)) || !isAs(c));
}

/** A question mark that ends a question; one right before a word is a query ("re ?pulmonary hypertension"). */
const QUESTION_MARK = /\?(?![\p{L}\d])/u;

/**
 * Quoted speech: an opening quote after a line's start, a space, a bracket or a colon, closed by a quote
 * before a space, punctuation or the end (so "don't" and "there's" stay inside).
 */
const QUOTATION = /(?:^|[\s(:])(['"\u201c\u201e])(?:.(?!\1(?:[\s.,;:!?)]|$)))*.\1(?=[\s.,;:!?)]|$)/g;

/** The quoted stretches of a sentence. */
function quotations(folded: string): Found[] {
  const spans: Found[] = [];
  for (const m of folded.matchAll(QUOTATION)) {
    const start = m.index! + m[0].indexOf(m[1]!);
    spans.push({ start, end: m.index! + m[0].length });
  }
  return spans;
}

/** The quotation that holds `f` whole, if any. */
function quoteAround(quotes: readonly Found[], f: Found): Found | undefined {
  return quotes.find((q) => q.start <= f.start && f.end <= q.end);
}

/** A quote set after the mention's phrase by a colon or a dash, not told by a verb of saying ("she said"). */
const REASON_QUOTE = /^[^.;"]{0,60}?(?::|\s[-\u2013]|\(\d+\):)\s*$/;

/** What the words of a quotation may say that is no answer to a wish before it: a no, an if. */
const AGAINST: CueKind[] = ['negation', 'refusal', 'absent', 'conditional', 'hypothetical'];

/**
 * "Vraagt om een second opinion: 'ze is toch niet ziek'", "asks for a second opinion - 'I don't want a
 * bag if there's another way'": after a wish of the same clause, outside the quote, the patient's own
 * words say why; a no or an if inside them is about the illness or the treatment, not the second opinion.
 */
function withoutQuotedReasons(cues: CueFound[], triggers: readonly Found[], folded: string, clauseOf: (pos: number) => number): CueFound[] {
  if (!cues.some((c) => AGAINST.includes(c.kind))) return cues;
  const quotes = quotations(folded);
  if (quotes.length === 0) return cues;
  const inQuote = (f: Found) => quoteAround(quotes, f);
  return cues.filter((c) => {
    if (!AGAINST.includes(c.kind)) return true;
    const quote = inQuote(c);
    if (!quote) return true;
    const wish = cues.find((o) => FIRM.includes(o.kind) && o.end <= quote.start && !inQuote(o) && clauseOf(o.start) === clauseOf(quote.start));
    return !wish || !triggers.some((t) => t.end <= quote.start && !inQuote(t) && clauseOf(t.start) === clauseOf(wish.start) && REASON_QUOTE.test(folded.slice(t.end, quote.start)));
  });
}

/** A result cue that is a look's participle ("seen at", "looked at", "gezien door", "beoordeeld door"). */
const LOOK_PARTICIPLE = /^(?:seen|looked|reviewed|assessed|examined|gezien|bekeken|beoordeeld)(?![\p{L}])/u;

/**
 * A look's participle after a wish in its clause (wishedBefore) is no result: the look of a trigger
 * ("seen by neurology at …") and a result cue of the same form ("He would like her seen at another
 * hospital").
 */
function withoutWishedLooks(cues: CueFound[], folded: string, lang: DetectLang, clauseOf: (pos: number) => number): CueFound[] {
  const participle = (c: CueFound) => c.look || (c.kind === 'completed' && LOOK_PARTICIPLE.test(folded.slice(c.start, c.end)));
  return cues.filter((c) => !participle(c) || !wishedBefore(cues, c.start, folded, lang, clauseOf));
}

/** Where a mention's own phrase ends: a comma, a semicolon, a colon, a line break or a dash between words. */
const PHRASE_EDGE = /[,;:\n]|\s[-–]\s/g;

/**
 * The other language's cues in the phrase of a mention that none of the note's own language reaches:
 * notes mix languages phrase by phrase ("Pt declined SO; wil gewoon door", "Pt requests a second
 * opinion, wil vooral weten of …"). A phrase runs between commas, semicolons, colons, line breaks or
 * dashes between words.
 */
function withForeignPhrases(own: CueFound[], folded: string, foreign: DetectLang, triggers: TriggerFound[]): CueFound[] {
  const edges = [0];
  for (const m of folded.matchAll(PHRASE_EDGE)) edges.push(m.index!, m.index! + m[0].length);
  edges.push(folded.length);
  const phrases: Found[] = [];
  for (const t of triggers) {
    let start = 0;
    let end = folded.length;
    for (const e of edges) {
      if (e <= t.start) start = Math.max(start, e);
      else if (e >= t.end) end = Math.min(end, e);
    }
    const phrase = { start, end };
    if (!own.some((c) => overlaps(c, phrase)) && !phrases.some((p) => p.start === start)) phrases.push(phrase);
  }
  if (phrases.length === 0) return own;
  const extra = findCues(folded, foreign, triggers).filter((c) => phrases.some((p) => c.start >= p.start && c.end <= p.end));
  return extra.length === 0 ? own : [...own, ...extra].sort((a, b) => a.start - b.start);
}

/**
 * A wish, a decision or an arrangement before the mention ("requests a second opinion, …", "appt at
 * Mayo for 2nd op is 3/14, asking if we can hold chemo"): a question after it asks about something else.
 */
const FIRM: CueKind[] = ['request', 'decided', 'pending'];

/** Cues that weigh a wish or stand against it: after them a question still weighs it. */
const WEIGHING_OR_AGAINST: CueKind[] = ['hypothetical', 'asking', 'conditional', 'doubt', 'negation', 'refusal', 'absent'];

/**
 * A firm wish (or a decision, an arrangement) before the mention and a question after it, in one clause
 * ("Ik wil absoluut een second opinion, hoe kan ik dat aanvragen?", "I'd like to see a different heart
 * doctor about whether I really need this operation", "I still want them to look at my MRI, so could the
 * referral stay open"): the question asks how to arrange it or what it is to answer, and does not weigh
 * the wish.
 */
function withoutContentQuestions(cues: CueFound[], triggers: Found[], clauseOf: (pos: number) => number): CueFound[] {
  return cues.filter((c) => {
    if (c.kind !== 'hypothetical' && c.kind !== 'asking') return true;
    const clause = clauseOf(c.start);
    const mention = triggers.filter((t) => t.end <= c.start && clauseOf(t.start) === clause).pop();
    if (!mention) return true;
    const before = cues.filter((o) => o.end <= mention.start && clauseOf(o.start) === clause);
    return !before.some((o) => FIRM.includes(o.kind)) || before.some((o) => WEIGHING_OR_AGAINST.includes(o.kind));
  });
}

/** A place or a date: a capitalised name ("AMC", "Papworth", "Dr. Jansen") or a number, in brackets or not. */
const HEAD_TOKEN = String.raw`(?:[A-Z][\p{L}\d'’.&-]*|\(?\d{1,4}(?:[-/.]\d{1,4}){0,2}\)?)`;
/**
 * After the mention: a few short words ("in het", "at"), one to three heading tokens, a colon, and at
 * least two words of a finding on the same line that opens with a lower-case word. One word after the
 * colon is a form value ("ja", "n.v.t."); a name, a title or a date after it ("dr. de Vries", "12/3")
 * says who or when, not what was found — a planned second opinion is listed that way too.
 */
const HEADED_RESULT = new RegExp(String.raw`^(?:[ \t]+[a-z]{1,3}){0,2}(?:[ \t]+${HEAD_TOKEN}){1,3}[ \t]*:[ \t]*\p{Ll}[\p{L}\d-]*[ \t,]+[^\n]*?[\p{L}\d]`, 'u');

/**
 * The same with who or where in brackets and a dash or colon before the finding ("second opinion (Dr
 * Sato, St Brennan's) - no indication for ablation", "SO (UMCU, 3/2) – conservatief beleid"): the
 * bracket opens with a name or a date, and the finding again opens with a lower-case word.
 */
const HEADED_ASIDE_RESULT = new RegExp(String.raw`^[ 	]*\((?:[A-Z]|\d)[^()
]{0,60}\)[ 	]*[-–—:][ 	]*\p{Ll}[\p{L}\d-]*[ 	,]+[^
]*?[\p{L}\d]`, 'u');

/** See HEADED_RESULT: an explicit mention followed by its place or date, a colon and a finding. */
function headedResult(raw: string, t: TriggerFound): boolean {
  if (t.kind !== 'core') return false;
  const after = raw.slice(t.end);
  return HEADED_RESULT.test(after) || HEADED_ASIDE_RESULT.test(after);
}

/** The index of the clause that holds `pos`, given the sorted positions where clauses are cut. */
function clauseIn(cuts: number[], pos: number): number {
  let i = 0;
  while (i < cuts.length && cuts[i]! <= pos) i++;
  return i;
}

/** Cues of a wish or of weighing: an "after the second opinion" behind one looks ahead. */
const LOOKING_AHEAD: CueKind[] = ['request', 'decided', 'pending', 'awaiting', 'upcoming', 'hypothetical', 'asking', 'conditional'];
/** Cues that arrange a second opinion ("booked", "aangevraagd", "arranged"). */
const ARRANGED: CueKind[] = ['pending', 'awaiting', 'upcoming'];

/** Right after the mention, at most one word before it and no comma: it says what became of the mention. */
const RIGHT_AFTER = /^[\s-]*(?:[^\s,;:]+\s+)?$/;

/**
 * A result word right before the mention ("na de", "after a", "had") reports one that took place — unless
 * the mention is named as a request ("na de second opinion-aanvraag", "had second opinion referral
 * sent") or is arranged right after it ("had second opinion booked"); then it is still to come. So is
 * an "after" behind a wish or weighing in its clause ("wil pas beslissen na de second opinion", "wants
 * surgery after a second opinion"). Before another clinician an "after" names the first one ("after
 * another surgeon told me …") and reaches no mention.
 */
function resultBeforeMention(cues: CueFound[], triggers: Found[], folded: string, lang: DetectLang, clauseOf: (pos: number) => number): CueFound[] {
  const lex = COMPILED[lang];
  return cues.map((c) => {
    if (c.kind !== 'completed') return c;
    const mention = triggers.find((t) => standsRightBefore(c, t, folded));
    if (!mention) return c;
    const isAfter = lex.afterWord.test(folded.slice(c.start, c.end));
    const ahead =
      lex.requestNoun.test(folded.slice(mention.end)) ||
      (isAfter
        ? cues.some((o) => o.end <= c.start && LOOKING_AHEAD.includes(o.kind) && clauseOf(o.start) === clauseOf(c.start))
        : cues.some((o) => ARRANGED.includes(o.kind) && o.start >= mention.end && RIGHT_AFTER.test(folded.slice(mention.end, o.start))));
    if (!ahead && !isAfter) return c;
    return { ...c, kind: ahead ? 'upcoming' : c.kind, notClinician: isAfter };
  });
}

// Counted with the terminator that opens the clause ("but has since changed his mind").
const SHORT_CLAUSE_WORDS = 8;
/** The date that opens a line of a running log ("17/3", "10-02-2024:", "[24-04]"): no word of the statement. */
const LEADING_DATE = /^\s*(?:\[[^\]\n]{1,20}\]|\(?\d{1,4}(?:[-/.]\d{1,4}){1,2}\)?)[:.]?\s+/;
/** A refusal this near the start of a clause has the clause's subject as its actor ("Parents declined; …"). */
const LEADING_WORDS = 4;

/** The cue starts among the first words of the clause from `from` on (a log line's date not counted); it may end after them. */
function startsInLead(folded: string, from: number, cue: Found): boolean {
  return folded.slice(from, cue.start).replace(LEADING_DATE, '').trim().split(/\s+/).length <= LEADING_WORDS;
}
const DECISIVE: CueKind[] = ['refusal', 'withdrawn', 'doubt', 'completed'];
const LEADING: CueKind[] = ['refusal', 'withdrawn', 'doubt'];
/** Clause-wide cues that reach a mention in a phrase coordinated with theirs. */
const COORDINATED: CueKind[] = ['request', 'hypothetical', 'asking', 'conditional', 'decided'];
/** Cues that leave a verdict unsettled: still to come, awaited, asked about or in question. */
const UNSETTLED: CueKind[] = ['upcoming', 'awaiting', 'asking', 'hypothetical', 'conditional'];

/**
 * A refusal or withdrawal with nothing after it before a punctuation mark or its clause's end ("… and
 * would rather not - …", "In the end I said no -") has no object of its own: it answers what came
 * before. So does a negation that tells a change of mind, like a withdrawal ("… was dat niet meer nodig:",
 * "… no longer"); a plain "niet nodig" or "not needed" also ends clauses about other things. Not doubt:
 * a verb of weighing at a clause's end also describes a patient's capacity ("die de informatie kan
 * begrijpen en afwegen, …").
 */
const ELLIPTICAL: CueKind[] = ['refusal', 'withdrawn'];
const NO_LONGER = /(?:^|\s)(?:meer|longer)(?:\s|$)/;
const NOTHING_AFTER = /^\s*(?:[.,;:!?)\]"'\u2019\u201d\u2026\u2013\u2014-]|$)/;

function isElliptical(folded: string, cue: CueFound, clauseEnd: number): boolean {
  const answers = ELLIPTICAL.includes(cue.kind) || (cue.kind === 'negation' && NO_LONGER.test(folded.slice(cue.start, cue.end)));
  return answers && cue.placement === 'any' && NOTHING_AFTER.test(folded.slice(cue.end, Math.max(cue.end, clauseEnd)));
}

/**
 * A cue that answers the mention before it without a word pointing back: a withdrawal ("has changed her
 * mind", "cancelled") always takes back something said before, and an elliptical refusal has no object
 * of its own.
 */
function answersWithoutReference(folded: string, cue: CueFound, clauseEnd: number): boolean {
  return (cue.kind === 'withdrawn' && cue.placement === 'any') || isElliptical(folded, cue, clauseEnd);
}

/**
 * "which" that opens a relative clause after a noun of its own clause ("… a photosensitive rash, which
 * she feels were not explored") refers to that noun; only right after the clause's cut ("Second
 * opinion offered, which she declined") may it point back to the mention. (The Dutch back-references
 * are phrases — "die heeft", "die werd" — and are not touched.)
 */
const RELATIVE_PRONOUN = /^which$/;

function relativeAfterNoun(folded: string, word: Found, clauseStart: number): boolean {
  if (!RELATIVE_PRONOUN.test(folded.slice(word.start, word.end))) return false;
  const before = folded.slice(clauseStart, word.start).replace(/^[\s,;:]*(?:(?:and|but)(?![\p{L}]))?/u, '');
  return /[\p{L}\d]/u.test(before);
}

/**
 * A clause without a trigger that follows one ("…; patiënt ziet hiervan af", "…. Pt wil hier gebruik van
 * maken") updates the state when it refers back (anaphora) — or, for a refusal, when it is a short clause
 * with the patient as subject ("; patient declined"), since a refusal needs no object.
 */
function followUpDecision(folded: string, from: number, to: number, cues: CueFound[], lang: DetectLang, ownSentence = false, inReply = false): Decision | null {
  const lex = COMPILED[lang];
  const text = folded.slice(from, to);
  // A cue that must stand before or after a mention ("post:gegeven", "post:geadviseerd") has none beside
  // it in a sentence of its own: "Bedenktijd gegeven." after a question reports no result.
  // One that must stand right before or after a mention never applies to a clause without one.
  const inClause = cues.filter(
    (c) => c.start >= from && c.start < to && c.placement !== 'adj' && c.placement !== 'next' && (!ownSentence || c.placement === 'any'),
  );
  const pseudo = inClause.filter((c) => c.kind === 'pseudo');
  const anaphora: Found[] = [];
  collect(lex.anaphora, text, (start, end) => ({ start: start + from, end: end + from }), anaphora);
  const refersBack = anaphora.some(
    (a) => !pseudo.some((p) => overlaps(p, a)) && !placeAtEnd(folded, a) && !relativeAfterNoun(folded, a, from) && !goesAheadWithOther(folded, a),
  );
  const kinds = new Set(inClause.filter((c) => c.kind !== 'pseudo').map((c) => c.kind));
  // A clause that only says no, said by a clinician or a hospital, is their view ("mijn uroloog vindt het
  // niet nodig"), not the patient's refusal.
  if (kinds.size > 0 && [...kinds].every((k) => NEGATING.includes(k)) && lex.clinicianOpens.test(text)) return null;
  const decisive = DECISIVE.some((k) => kinds.has(k));
  const words = text.replace(LEADING_DATE, '').trim().split(/\s+/);
  // In a reply the writer is the patient, named or not ("Not sure yet tbh.").
  const shortStatement = decisive && (inReply || lex.patientMarkers.test(text)) && words.length <= SHORT_CLAUSE_WORDS;
  const leadingRefusal = inClause.some((c) => LEADING.includes(c.kind) && startsInLead(folded, from, c));
  if (!refersBack && !shortStatement && !leadingRefusal && !inClause.some((c) => answersWithoutReference(folded, c, to))) return null;
  const decision = decide(kinds, 'anaphora', false);
  return decision.status === 'none' ? null : decision;
}

/** Cue kinds that say no: a clinician's no is not the patient's (followUpDecision). */
const NEGATING: readonly CueKind[] = ['negation', 'refusal', 'absent'];

/** "… met de chemotherapie hier.", "… treated here": a "here" that ends its clause is the place, not the mention. */
const CLAUSE_END = /^\s*(?:[.,;:!?)]|$)/;
const HERE = /^(?:hier|here)$/;

function placeAtEnd(folded: string, word: Found): boolean {
  return HERE.test(folded.slice(word.start, word.end)) && CLAUSE_END.test(folded.slice(word.end));
}

/** "Go ahead" and "proceed" answer what came before only with nothing of their own after them. */
const GO_AHEAD = /^(?:go ahead|proceed)$/;
/** What may follow them: "with it", or a new clause with a subject of its own ("… proceed and a referral will be made"). */
const NOTHING_OF_THEIR_OWN = /^\s+(?:with\s+(?:it|that|this|the (?:referral|request))|(?:and|but)\s+(?:a|an|the|i|we|he|she|they|this|that|it))(?![\p{L}])/u;

/** "Please go ahead and book the first cycle", "Outcome: Proceed FLOT x4": going ahead with something else. */
function goesAheadWithOther(folded: string, word: Found): boolean {
  if (!GO_AHEAD.test(folded.slice(word.start, word.end))) return false;
  const after = folded.slice(word.end);
  return !CLAUSE_END.test(after) && !NOTHING_OF_THEIR_OWN.test(after);
}

/**
 * The follow-up's twin of withoutQuotedReasons (which reads a mention's own sentence): the patient's words
 * quoted after an answer give its reason ("Dhr. wijst dit af: 'dan zeggen ze toch hetzelfde'"), not a new
 * state, so their cues go when a decisive cue outside the quotation comes first.
 */
function withoutQuotedReasonOfAnswer(cues: CueFound[], folded: string): CueFound[] {
  const quotes = quotations(folded);
  if (quotes.length === 0) return cues;
  const inQuote = (c: CueFound) => quoteAround(quotes, c) !== undefined;
  const answer = cues.find((c) => DECISIVE.includes(c.kind) && !inQuote(c));
  return answer ? cues.filter((c) => c.start < answer.end || !inQuote(c)) : cues;
}

/**
 * What the question right before an answer asked, when it asked about the mention: whether the patient
 * wants one ("Second opinion gewenst?"), whether they no longer want one ("… you no longer want to be
 * referred …?": a yes confirms the refusal), or whether one already took place ("Eerder second opinion
 * gehad?", "Have you had a second opinion?": a yes reports it, a no says there was none — nothing refused),
 * or whether one was asked for ("Heeft u om een second opinion gevraagd?": a yes is the request, a no
 * says none was asked for).
 */
export type AskedAbout = 'wish' | 'declines' | 'past' | 'asked';

export interface FollowUpContext {
  /** The sentence is in a reply to a quoted message that ended with a mention. */
  inReply?: boolean;
  /** The sentence right before asked about the mention (or urged the writer towards one). */
  answersQuestion?: boolean;
  /** What that question asked; 'wish' when not said. */
  asked?: AskedAbout;
  speaksForPatient?: SpeaksForPatient;
}

/** A whole sentence read as a follow-up to the trigger sentence just before it. */
export function analyzeFollowUp(raw: string, folded: string, lang: DetectLang, context: FollowUpContext = {}): SentenceResult | null {
  const { inReply = false, answersQuestion = false, asked = 'wish', speaksForPatient = NOBODY } = context;
  // A reply that opens with yes or no answers the message it quotes ("ja graag, liefst snel", "No thanks."),
  // and so does the answer right after a question about it ("Second opinion gewenst? Nee.").
  if (inReply || answersQuestion) {
    const yesOrNo = openingAnswer(folded, lang);
    if (yesOrNo) {
      const { status, cue } = ANSWERED[asked][yesOrNo];
      return { status, trigger: '', cues: [cue], considered: true, followUp: true };
    }
  }
  // Without a back-reference only a short, leading or elliptical statement can answer.
  const anaphora = COMPILED[lang].anaphora;
  anaphora.lastIndex = 0;
  // A dated line of a running log ("17/3 pt rang: …", "[10-02] …") counts from after its date.
  const body = folded.replace(LEADING_DATE, '');
  const cues = withoutQuotedReasonOfAnswer(findCues(folded, lang, []), folded);
  // In a message a son or daughter writes about a parent ("… for my father", signed "(daughter)"), the
  // parent's answer is the patient's ("Dad has decided he doesn't want one after all").
  representRelatives(cues, folded, speaksForPatient);
  if (!anaphora.test(folded) && body.trim().split(/\s+/).length > SHORT_CLAUSE_WORDS) {
    // A leading cue may end after the first words ("Ik weet het zelf eigenlijk niet …").
    const leads = (c: CueFound) => LEADING.includes(c.kind) && startsInLead(folded, 0, c);
    if (!cues.some(leads) && !cues.some((c) => answersWithoutReference(folded, c, folded.length))) return null;
  }
  // Clause by clause, the latest state wins ("she changed her mind and asked for one").
  let decision: Decision | null = null;
  const cuts = [0, ...clauseCuts(folded, lang, [], cues), folded.length];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const next = followUpDecision(folded, cuts[i]!, cuts[i + 1]!, cues, lang, true, inReply);
    if (next && (!decision || supersedes(decision.status, next.status, true))) decision = next;
  }
  if (!decision) return null;
  return { status: decision.status, trigger: '', cues: decision.cues, considered: true, followUp: true };
}

/** What keeps a sentence from reporting a result: it is still to come, only weighed, turned down or someone else's. */
const UNSETTLED_RESULT: readonly CueKind[] = ['refusal', 'withdrawn', 'awaiting', 'pending', 'upcoming', 'other-person', 'general-info'];
/** Weighing that leaves a result open only when it comes before the report. */
const WEIGHING_BEFORE: readonly CueKind[] = ['hypothetical', 'conditional', 'asking'];

/** A need named by a result ("needs to come out", "is nodig"), not a wish. */
const NEED = /^(?:needs?|nodig)$/;

/** How close before a reported result a negation must stand to deny it ("did not agree with"). */
const NEGATION_REACH = 12;

/**
 * A later sentence of a note that reports the result of a second opinion asked for before, without
 * naming it again ("Letter received from Dr Lam: agrees with the diagnosis", "Inmiddels gezien door de
 * nefroloog; die adviseert …"): the request has been carried out. Only a plain report counts: one that
 * is awaited, wished for, weighed, turned down or about someone else does not, nor one denied right
 * before it ("has not agreed with"). What the result says may be a need ("the gallbladder needs to come out").
 */
export function analyzeResultReport(folded: string, lang: DetectLang): SentenceResult | null {
  const report = COMPILED[lang].resultReport.exec(folded);
  if (!report) return null;
  // A cue that must stand before or after a mention has none here ("zij adviseren in plaats van een
  // operatie actief volgen": "in plaats van" turns down a second opinion only right before one).
  // A report written to the patient ("De longarts daar heeft uw scans opnieuw bekeken …") tells what
  // happened to the reader, not information for anyone.
  const cues = findCues(folded, lang, []).filter(
    (c) => c.placement === 'any' && (c.kind !== 'general-info' || !speaksToReader(folded.slice(c.start, c.end), lang)),
  );
  // A negation says no result only right before the report ("has not agreed with"); elsewhere it is
  // part of the result ("agrees with the plan, no biopsy for now").
  const negates = (c: CueFound) => c.kind === 'negation' || c.kind === 'absent';
  const denied = cues.some((c) => negates(c) && c.end <= report.index && report.index - c.end <= NEGATION_REACH);
  // The report's words inside a longer phrase that means something else ("niet eens met", "does not agree").
  const inPseudo = cues.some((c) => c.kind === 'pseudo' && c.start <= report.index && report.index < c.end);
  // A wish still open ("agrees with the referral") is no result; a need the result names is one, and so
  // is a request named as the reason the look was made ("reviewed her scans at her request - agrees …").
  const wish = (c: CueFound) => c.kind === 'request' && !NEED.test(folded.slice(c.start, c.end)) && !requestAsReason(folded, c);
  // Weighing before the report makes it a question ("if the consultant there agrees"); after it, it is
  // what the result says ("the consultant there thinks a new drug may help").
  const weighs = (c: CueFound) => WEIGHING_BEFORE.includes(c.kind) && c.start < report.index;
  if (denied || inPseudo || cues.some((c) => wish(c) || weighs(c) || (!negates(c) && UNSETTLED_RESULT.includes(c.kind)))) return null;
  return { status: 'completed', trigger: '', cues: ['completed'], considered: true, followUp: true };
}

/** "at her (own) request", "at the patient's wish", "op eigen verzoek", "op wens van": why, not a wish still open. */
const REASON_NOUN = /^(?:request|wish|verzoek|wens)$/;
const REASON_BEFORE = /(?:^|[\s,(\-])(?:at|on|op)\s+(?:[\p{L}'\u2019.]+\s+){0,3}$/u;

function requestAsReason(folded: string, cue: CueFound): boolean {
  return REASON_NOUN.test(folded.slice(cue.start, cue.end)) && REASON_BEFORE.test(folded.slice(Math.max(0, cue.start - 40), cue.start));
}

/** Whose a withdrawal may be instead of the patient's, or a text that tells no one's. */
const NOT_THE_PATIENTS: readonly CueKind[] = ['other-person', 'general-info'];

/**
 * Whether a relative's cue (its folded words: "moeder", "mijn man") names the patient or one who acts for
 * them: a parent where parents stand for the patient, or the relative a text is written about.
 */
export type SpeaksForPatient = (relative: string) => boolean;
const NOBODY: SpeaksForPatient = () => false;

/** A relative who stands for the patient (see SpeaksForPatient) acts for them: their cue says so. */
function representRelatives(cues: CueFound[], folded: string, speaksForPatient: SpeaksForPatient): void {
  for (const c of cues) if (c.kind === 'other-person' && speaksForPatient(folded.slice(c.start, c.end))) c.kind = 'representative';
}

/**
 * A later sentence of a note that withdraws a request made before, naming it only by its noun ("Pt
 * trekt verzoek om verwijzing naar St. Aldegonde in", "Referral withdrawn at pt's wish"): the request
 * is withdrawn. So is a refusal that points back at the request itself ("Jullie hoeven de aanvraag dus
 * niet door te sturen", "No need to send the referral now"); a refusal of some other referral ("wil geen
 * verwijzing naar de fysio") names none of its own.
 */
export function analyzeWithdrawnRequest(folded: string, lang: DetectLang): SentenceResult | null {
  const lex = COMPILED[lang];
  if (!lex.requestNounAnywhere.test(folded)) return null;
  const cues = findCues(folded, lang, []);
  const withdraws = (c: CueFound) => c.kind === 'withdrawn' || (c.kind === 'refusal' && lex.requestBackReference.test(folded));
  if (!cues.some(withdraws) || cues.some((c) => NOT_THE_PATIENTS.includes(c.kind))) return null;
  return { status: 'declined', trigger: '', cues: ['withdrawn'], considered: true, followUp: true };
}

/** Contrast words that are adverbs when they stand inside a clause, not at its opening. */
const CLAUSE_ADVERB = /^(?:echter|however|doch)$/;
/** Before a word that opens a clause: the sentence's start, or punctuation. */
const CLAUSE_OPENING = /(?:^|[,;:.(\n-])\s*$/;

/** Clause starts: terminators ("maar", "but", ";") that are not part of a trigger or cue phrase. */
function clauseCuts(folded: string, lang: DetectLang, triggers: Found[], cues: Found[]): number[] {
  const terms: Found[] = [];
  collect(COMPILED[lang].terminators, folded, (start, end) => ({ start, end }), terms);
  // "seen on 2 and 9 April", "op 3 en 10 maart": a terminator between two numbers joins them.
  const betweenNumbers = (t: Found) => /\d\s*$/.test(folded.slice(Math.max(0, t.start - 4), t.start)) && /^\s*\d/.test(folded.slice(t.end, t.end + 4));
  // "Pt wenst echter een second opinion", "She however wants …": inside a clause these are adverbs.
  const adverbInClause = (t: Found) => CLAUSE_ADVERB.test(folded.slice(t.start, t.end)) && !CLAUSE_OPENING.test(folded.slice(0, t.start));
  return terms
    .filter((t) => !triggers.some((x) => overlaps(x, t)) && !cues.some((c) => overlaps(c, t)) && !betweenNumbers(t) && !adverbInClause(t))
    .map((t) => t.start);
}

/**
 * "Mijn broer is vorig jaar overleden. Hij heeft nog een second opinion gehad": a sentence that opens
 * with a third-person pronoun right after a sentence about a relative is about that relative.
 */
function relativeFromContext(folded: string, previousFolded: string, lang: DetectLang, speaksForPatient: SpeaksForPatient): boolean {
  if (!previousFolded || !COMPILED[lang].pronounStart.test(folded)) return false;
  const cues = findCues(previousFolded, lang, []);
  if (cues.some((c) => c.kind === 'representative')) return false;
  const relatives = cues.filter((c) => c.kind === 'other-person');
  // "Mum isn't convinced … She's wondering whether …" in a daughter's message: the parent is the patient.
  const standsForPatient = (c: CueFound) => speaksForPatient(previousFolded.slice(c.start, c.end));
  return relatives.some((c) => !standsForPatient(c));
}

/**
 * @param before the sentence before (for whose wish it is) and the few before that (for a place pointed back to)
 * @param speaksForPatient whether a relative named in the text stands for the patient: the parent of a
 *   child, the patient themselves in a message a son or daughter writes, or the relative a text is about
 */
export function analyzeSentence(
  raw: string,
  folded: string,
  lang: DetectLang,
  before: SentenceContext = NO_CONTEXT,
  speaksForPatient: SpeaksForPatient = NOBODY,
): SentenceResult | null {
  const { triggers, cancelled } = findTriggers(folded, raw, before.context, lang);
  // Only pseudo-mentions ("wilsbekwaam, beoordeeld door zaalarts"): no mention of its own, so the
  // sentence may still answer the one before it.
  if (cancelled) return { status: 'none', trigger: '', cues: [], considered: false };
  if (triggers.length === 0) return null;
  const lex = COMPILED[lang];
  const own = findCues(folded, lang, triggers);
  // A sentence in the other language inside a note ("Pt wil graag a 2nd opinion", "Wants a tweede
  // mening"): when the note's own language finds no cue, the other language's cues are read. So they
  // are for a mention whose own phrase has none ("Pt declined SO; wil gewoon door …").
  const foreign = lang === 'nl' ? 'en' : 'nl';
  const found = own.length > 0 ? withForeignPhrases(own, folded, foreign, triggers) : findCues(folded, foreign, triggers);
  // "I am writing to confirm that you have decided not to …": in a letter to the patient (or a message
  // to a doctor), "you" is that reader and no sign of information for anyone.
  const given =
    found.some((c) => c.kind === 'general-info') && before.toNamedReader?.()
      ? found.filter((c) => c.kind !== 'general-info' || !speaksToReader(folded.slice(c.start, c.end), lang))
      : found;
  representRelatives(given, folded, speaksForPatient);


  const cuts = clauseCuts(folded, lang, triggers, given);
  /** The clause that starts at this cut opens with a reason ("omdat", "because"). */
  const opensReason = (cut: number) => lex.reasons.test(folded.slice(cut, cut + 12));
  // Whose wish it is carries over a coordination ("mother … and sought a second opinion"), not over
  // a contrast ("daughter wants one, but the patient …").
  const coordinating = COMPILED[lang].coordinators;
  // A reason ("… naar een andere psychiater, omdat hij het niet eens was …") keeps its subject too, and
  // so does a clause after a semicolon that opens with "hij" / "she" ("Echtgenoot kreeg de diagnose …;
  // hij is net terug van een second opinion"), as a next sentence would.
  const samePerson = (c: number) => folded[c] === ';' && lex.pronounStart.test(folded.slice(c + 1).trimStart());
  const contrastCuts = cuts.filter((c) => !coordinating.test(folded.slice(c, c + 4)) && !opensReason(c) && !samePerson(c));
  const clauseOf = (pos: number) => clauseIn(cuts, pos);
  const wishClauseOf = (pos: number) => clauseIn(contrastCuts, pos);
  // The cues that say nothing of the mention go first: an "after" that belongs to a request, a doubt given
  // as a wish's cause, a question about something else, a look's participle that is wished for.
  let kept = withoutAfterRequests(given, folded, lang);
  kept = withoutCausedDoubt(kept, folded, lang, clauseOf);
  kept = withoutContentQuestions(kept, triggers, clauseOf);
  kept = withoutWishedLooks(kept, folded, lang, wishClauseOf);
  kept = withoutAsThatIsNoIf(kept, triggers, folded);
  kept = withoutQuotedReasons(kept, triggers, folded, clauseOf);
  const cues = resultBeforeMention(kept, triggers, folded, lang, clauseOf);

  // Each cue goes to the nearest trigger of its clause that its scope reaches; general information
  // ("wat is een second opinion", a leaflet title) colours every trigger of its clause.
  const applied = triggers.map(() => new Set<CueKind>());
  for (const cue of cues) {
    // Whose wish it is, and who acts for the patient, carry over a coordination alike.
    const experiencer = cue.kind === 'other-person' || cue.kind === 'representative';
    const cueClause = experiencer ? clauseIn(contrastCuts, cue.start) : clauseOf(cue.start);
    let best = -1;
    let bestGap = Infinity;
    triggers.forEach((t, i) => {
      if ((experiencer ? clauseIn(contrastCuts, t.start) : clauseOf(t.start)) !== cueClause || !reaches(cue, t, folded, lang)) return;
      // A clause-wide modifier ("als …", "whether …", a leaflet) colours every mention of its clause.
      if (SCOPES[cue.kind as Exclude<CueKind, 'pseudo'>].maxChars === 0) applied[i]!.add(cue.kind);
      const g = gap(cue, t);
      if (g < bestGap) {
        bestGap = g;
        best = i;
      }
    });
    if (best >= 0) applied[best]!.add(cue.kind);
  }

  // A mention that no cue of its own clause reaches (whose wish aside) takes the clause-wide cues of the
  // clause it is coordinated with ("vraagt … haar dossier en de voorgestelde behandeling te laten
  // beoordelen", "whether to ask them to repeat the scan and give their view"): "en" / "and" joins
  // phrases far more often than it starts a new statement about the same second opinion. Only the wish
  // and the weighing carry over: information, plans and waiting ("… en dat afwachten verstandig is")
  // belong to their own phrase. A doubt mention needs no cue.
  triggers.forEach((t, i) => {
    if (t.kind === 'doubt' || [...applied[i]!].some((k) => k !== 'representative' && k !== 'other-person')) return;
    for (const cue of cues) {
      if (!COORDINATED.includes(cue.kind)) continue;
      if (clauseIn(contrastCuts, cue.start) === clauseIn(contrastCuts, t.start) && reaches(cue, t, folded, lang)) applied[i]!.add(cue.kind);
    }
  });

  // A mention headed by where or when it was given, then a colon and a finding ("Second opinion AMC:
  // geen andere behandelopties", "SO UMCG (12/3): conservatief beleid") is a result in a record's list —
  // when no cue says anything else of it. A state after the colon ("SO UMCG: aangevraagd") is read as
  // before, even where it may be the finding ("advies afwachten"): a wish must never read as a result.
  triggers.forEach((t, i) => {
    if (applied[i]!.size === 0 && headedResult(raw, t)) applied[i]!.add('completed');
  });

  // A verdict from elsewhere ("they agreed with the diagnosis") reports a result — unless it is still
  // to come or in question ("they're going to tell us whether they agree with the plan"), or wished for.
  triggers.forEach((t, i) => {
    if (t.kind === 'verdict' && !UNSETTLED.some((k) => applied[i]!.has(k)) && !wishedBefore(cues, t.start, folded, lang, wishClauseOf)) applied[i]!.add('completed');
  });
  if (relativeFromContext(folded, before.previous && foldText(before.previous), lang, speaksForPatient)) applied.forEach((kinds) => kinds.add('other-person'));
  // Someone else's second opinion stays theirs in the rest of the clause ("mijn vriendin is naar een
  // andere orthopeed gegaan en daar kreeg ze heel ander advies").
  triggers.forEach((t, i) => {
    if (!applied[i]!.has('other-person') || applied[i]!.has('representative')) return;
    triggers.forEach((later, j) => {
      if (j > i && clauseIn(contrastCuts, later.start) === clauseIn(contrastCuts, t.start) && !applied[j]!.has('representative')) {
        applied[j]!.add('other-person');
      }
    });
  });

  joinNestedMentions(triggers, applied, clauseOf);

  // Information text ("Een second opinion is een …", a rights paragraph) is information for every
  // mention in the sentence and for its later clauses alike.
  // A patient who reports it ("my GP said I have the right to one; I'm not sure yet") still speaks for
  // themselves in the later clauses.
  const patientSpoken = lex.patientMarkers.test(folded);
  // Someone asking about it ("vraagt of zij recht heeft op een second opinion") is not information text.
  const asking = applied.some((kinds) => kinds.has('asking'));
  const information = !asking && applied.some((kinds) => kinds.has('general-info'));
  if (information) applied.forEach((kinds) => kinds.add('general-info'));
  const informationOnly = information && !patientSpoken;

  // A question weighs it ("Zou een ander ziekenhuis er anders over denken?"); a leaflet's "Wat is …?"
  // is information and was settled above.
  const question = !information && QUESTION_MARK.test(folded);
  // "Ga ik dan voor een second opinion, of vertrouw ik haar gewoon?", "Zal ik een second opinion
  // vragen?": the writer weighs their own next step; the request or visit it names is not asked for.
  if (question && lex.deliberativeStart.test(folded)) applied.forEach((kinds) => kinds.add('hypothetical'));
  const events: Array<{ pos: number; trigger: string; decision: Decision; followUp?: boolean; explains?: boolean }> = [];
  // Doubt in a reason clause ("… because she disagreed with the diagnosis") explains what came before it.
  const inReason = (pos: number) => {
    const clause = clauseOf(pos);
    return clause > 0 && opensReason(cuts[clause - 1]!);
  };
  triggers.forEach((t, i) => {
    // A doubt phrase only counts when the patient is in the sentence, not a clinician's differential.
    if (t.kind === 'doubt' && !patientSpoken) return;
    events.push({
      pos: t.start,
      trigger: raw.slice(t.start, t.end),
      decision: decide(applied[i]!, t.kind, question),
      // "… bevestigd, na hun verzoek om heroordeling", "… confirmed …, following their request for
      // review": the request came first and does not undo what the sentence reports.
      explains: (t.kind === 'doubt' && inReason(t.start)) || afterRequest(folded, t, lang),
    });
  });

  const clauseCount = cuts.length + 1;
  for (let clause = clauseOf(triggers[0]!.start) + 1; clause < (informationOnly ? 0 : clauseCount); clause++) {
    if (triggers.some((t) => clauseOf(t.start) === clause)) continue;
    const from = cuts[clause - 1]!;
    const to = clause < cuts.length ? cuts[clause]! : folded.length;
    const decision = followUpDecision(folded, from, to, cues, lang);
    const referent = triggers.filter((t) => t.start < from).pop() ?? triggers[0]!;
    // Someone else's second opinion stays theirs in a clause joined to it ("Mijn zus heeft een second
    // opinion gehad en kreeg daar een ander middel"), unless the patient is named in it.
    const kinds = applied[triggers.indexOf(referent)]!;
    const theirs = kinds.has('other-person') && !kinds.has('representative');
    if (decision && theirs && clauseIn(contrastCuts, from) === clauseIn(contrastCuts, referent.start) && !lex.patientNamed.test(folded.slice(from, to))) continue;
    // "… omdat hij niet zeker is dat die nodig is": a reason explains the request, it does not revise it.
    const revises = !opensReason(from);
    if (decision) events.push({ pos: from, trigger: raw.slice(referent.start, referent.end), decision, followUp: revises });
  }

  events.sort((a, b) => a.pos - b.pos);
  let status: DetectionStatus = 'none';
  let trigger = raw.slice(triggers[0]!.start, triggers[0]!.end);
  const cueSet = new Set<Cue>();
  let followUp = false;
  for (const e of events) {
    e.decision.cues.forEach((c) => cueSet.add(c));
    if (e.explains && status !== 'none') continue;
    // The same state again (a clause-wide cue on a second mention) keeps the first mention as the trigger.
    if (e.decision.status !== status && supersedes(status, e.decision.status, e.followUp)) {
      followUp = e.followUp ?? false;
      status = e.decision.status;
      trigger = e.trigger;
    }
  }
  return { status, trigger, cues: [...cueSet], considered: true, followUp, informationOnly };
}
