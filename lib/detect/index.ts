/**
 * Second-opinion detector: reads a note, portal message or letter and answers one status —
 * requested, considering, declined, completed or none (GUIDE §4) — with the sentences that decided it.
 *
 * Why rules and not a model: a clinician must be able to see why the flag is up, the content script must
 * stay small and offline, and Dutch clinical notes are too scarce to train on. The pipeline follows
 * NegEx (Chapman 2001), its ConText extension (Harkema 2009: negation, hypothetical, experiencer,
 * historical) and the Dutch adaptation ContextD (Afzal 2014):
 *
 *  1. Prefilter — one case-insensitive regex over all trigger phrases of both languages, compiled once.
 *     Texts without a candidate return `none` after that single linear scan; their language is not
 *     guessed (see NONE below).
 *  2. Sentences — split only texts with a candidate; line wraps, abbreviations (mevr., i.v.m., Mr.) and
 *     SOEP lines ("S:", "P:") are handled in sentences.ts.
 *  3. Triggers — explicit terms ("second opinion", "tweede mening", "2e opinie", "SO"), another clinician
 *     or hospital ("een andere cardioloog", "another specialist"), and the patient's doubt about the
 *     diagnosis or advice ("twijfel aan de diagnose"), and a look or verdict from a place named in the
 *     sentence, where the sentence also says it is a second look (elsewhere.ts). Pseudo-triggers
 *     ("tweede controle", "second look", "second dose", "overstappen naar een andere huisarts") cancel
 *     the trigger they contain.
 *  4. Cues — modifiers from the language's lexicon (negation, withdrawn, completed, other person,
 *     representative, general information, hypothetical, doubt, request, pending), each with a scope
 *     (rules.json) that ends at a terminator ("maar", "but", ";", "en"); longest phrase wins.
 *  5. Decision per trigger (decide.ts), then "the latest state of affairs wins" across clauses and
 *     sentences; a clause that refers back ("…; ziet hiervan af") updates the state.
 *
 * All vocabulary lives in lexicon/*.json; the code holds only the rules. No DOM, no runtime zod: this
 * module is bundled into the content script.
 */
import { foldText } from './fold';
import { withoutInvisible } from './invisible';
import { namesSecondLookElsewhere } from './elsewhere';
import { ABBREVIATIONS, aboutMinor, COMPILED, openingRelativeOf, writtenByChild } from './lexicon';
import { candidatePositions } from './prefilter';
import { analyzeFollowUp, analyzeResultReport, analyzeSentence, analyzeWithdrawnRequest, openingAnswer, type AskedAbout, type SentenceResult, type SpeaksForPatient } from './analyze-sentence';
import { splitSentences, type Span } from './sentences';
import { entriesOldestFirst } from './journal-order';
import { detectLanguage } from './language';
import { supersedes } from './decide';
import { withTickedAnswers } from './form-answers';
import type { DetectLang, DetectionStatus, EvidenceHit, TextDetection } from './types';

export type {
  Cue,
  DetectLang,
  DetectionStatus,
  EntryDetection,
  EvidenceHit,
  PatientDetection,
  TextDetection,
} from './types';
export { detectLanguage } from './language';
export { combineEntries } from './combine-entries';
export { TRIGGER_WORDS } from './prefilter';

export { hasTriggerCandidate } from './prefilter';

/**
 * The answer for the ~98% of texts without a trigger candidate: a shared frozen object. Its `lang` is the
 * given language, else Dutch (the product's home) — `lang` is the language the rules read the text in, and
 * for these texts no rule ran. Guessing it would cost more than the prefilter itself (about 0.3 µs a
 * note) for a value no caller uses: the page reader passes the page language and the sidebar never reads
 * it. A lazy getter was measured and rejected: an own getter per result is slower than the guess, and a
 * prototype getter is lost by spreading and structured clone. Call detectLanguage when you need it.
 */
const NO_EVIDENCE = Object.freeze([]) as unknown as EvidenceHit[];
const NONE: Record<DetectLang, TextDetection> = {
  nl: Object.freeze({ status: 'none', lang: 'nl', evidence: NO_EVIDENCE }),
  en: Object.freeze({ status: 'none', lang: 'en', evidence: NO_EVIDENCE }),
};

/** How many sentences back a look may find the place it points to ("There they looked at …"). */
const PLACE_CONTEXT_SENTENCES = 3;

/** `lang` defaults to a guess from function words, except for texts without a candidate (see NONE). */
export function detectText(text: string, lang?: DetectLang): TextDetection {
  const visible = withoutInvisible(text);
  if (!visible) return detectVisible(text, lang);
  const found = detectVisible(visible.text, lang);
  const toGiven = (hit: EvidenceHit): EvidenceHit => {
    const start = visible.toGiven(hit.start);
    const end = visible.toGiven(hit.end, true);
    return { ...hit, start, end, text: text.slice(start, end) };
  };
  return found.evidence.length === 0 ? found : { ...found, evidence: found.evidence.map(toGiven) };
}

const NO_CANDIDATES: readonly number[] = Object.freeze([]);

/**
 * The trigger candidates the rules read, in order: none where the text has no candidate, or only looks
 * and verdicts without another place named and a sign of a second look ("seen at the fracture clinic").
 */
export function readCandidates(text: string): readonly number[] {
  const { positions, onlyElsewhere } = candidatePositions(text);
  return positions.length === 0 || (onlyElsewhere && !namesSecondLookElsewhere(text)) ? NO_CANDIDATES : positions;
}

function detectVisible(text: string, lang?: DetectLang): TextDetection {
  const positions = readCandidates(text);
  if (positions.length === 0) return NONE[lang ?? 'nl'];
  const language = lang ?? detectLanguage(text);

  let status: DetectionStatus = 'none';
  const hits: EvidenceHit[] = [];
  let previousTrigger = '';
  /** The sentence before asked about the mention ("Second opinion gewenst?"): the next may answer yes or no. */
  let previousAsked = false;
  /** What that question asked: a wish, a refusal to confirm, or whether one already took place. */
  let asked: AskedAbout = 'wish';
  /**
   * The sentence before, folded, when it held a mention that is no information text (else ''): someone
   * urging the writer there ("My sister keeps telling me to …") is looked for only when a bare answer follows.
   */
  let previousMention = '';
  let previous = '';
  /** The text is a letter whose subject line names a second opinion. */
  let letterAboutIt = false;
  /** The message being read answers a quoted one that ended with a mention (its trigger), or ''. */
  let replyTo = '';
  let replyDepth = -1;
  // Where the last few sentences began: a look may point back to a place named in one of them.
  const starts: number[] = [];
  // Looks over the whole text that only a few sentences need: made once, when first asked.
  // The parent of a child acts for them; in a message a son or daughter writes, the parent is the patient.
  const childWrites = once(() => writtenByChild(text));
  const parentsSpeakForPatient = once(() => aboutMinor(text) || childWrites());
  // A text about the writer's spouse or parent as the one treated ("Mijn man kreeg te horen dat …"): that
  // relative is the patient, in every sentence.
  const relativeTreated = once(() => openingRelativeOf(text));
  const isParent = (relative: string) => COMPILED[language].parents.has(relative);
  const isRelativeTreated = (relative: string) => relativeTreated() !== null && relative.split(/\s+/).pop() === relativeTreated();
  // A sentence with its own mention lets parents stand for a child too; a follow-up answer only in a
  // son's or daughter's message (as before the treated relative joined them).
  const standingFor = (parentsStand: () => boolean): SpeaksForPatient => (relative) => (isParent(relative) && parentsStand()) || isRelativeTreated(relative);
  const speaksForPatient = standingFor(parentsSpeakForPatient);
  const answersForPatient = standingFor(childWrites);
  const toNamedReader = once(() => TO_NAMED_READER.test(text));
  const ordered = oldestFirst(text, entriesOldestFirst(text, splitSentences(text, ABBREVIATIONS)));
  for (let k = 0; k < ordered.length; k++) {
    const { span, depth } = ordered[k]!;
    // The last sentence of a quoted message: the next sentence read is another message, which answers it.
    const endsMessage = k + 1 < ordered.length && ordered[k + 1]!.depth !== depth;
    const candidate = holdsPosition(positions, span.start, span.end);
    const raw = text.slice(span.start, span.end);
    const before = previous;
    previous = raw;
    const contextStart = Math.min(starts[0] ?? span.start, span.start);
    starts.push(span.start);
    if (starts.length > PLACE_CONTEXT_SENTENCES) starts.shift();
    if (depth !== replyDepth) replyTo = '';
    // After a request, a later sentence may report its result without naming it again.
    const reportable: boolean = status === 'requested';
    if (!candidate && !previousTrigger && !replyTo && !reportable) continue;
    // A ticked box answers the question before it as a typed answer would ("☐ Yes ☒ No" → ": no").
    const folded = withTickedAnswers(foldText(raw));
    // The sentence right after a trigger sentence may answer it ("Second opinion besproken. Pt ziet hiervan af."),
    // also when all it mentions is a pseudo-mention ("Patiënte (wilsbekwaam, beoordeeld door zaalarts)
    // geeft aan dat zij dat niet wil").
    const endsInQuestion = raw.trimEnd().endsWith('?');
    // A question put to someone and answered at once by a bare yes or no ("Heeft u al een second opinion
    // gehad? Ja.", "Wilt u een second opinion? Nee.") is an interview or a filled-in form, not a leaflet's
    // "you": its reader is the one who answers.
    // What anyone may do ("Kunt u een second opinion aanvragen? Ja. U heeft …") stays a leaflet's question.
    // An offer put to the reader ("Wilt u dat wij … aanvragen?") is asked of them even with a "we" in it.
    const putToSomeone = !FIRST_PERSON.test(raw) || ADDRESSED.test(raw);
    const answeredAtOnce = candidate && endsInQuestion && putToSomeone && !ASKS_WHAT_MAY_BE.test(folded) && answeredBy(text, ordered[k + 1], depth, language);
    const sentenceContext = { previous: before, context: text.slice(contextStart, span.start), toNamedReader: answeredAtOnce ? () => true : toNamedReader };
    let result: SentenceResult | null = candidate ? analyzeSentence(raw, folded, language, sentenceContext, speaksForPatient) : null;
    // Asked whether one was asked for ("Heeft u al om een second opinion gevraagd? Nee.", "Did you ask
    // for a second opinion? Yes.") or whether one already took place, the question reports nothing yet:
    // its answer does.
    const answeredMention = answeredAtOnce && result !== null;
    const asksAsked = answeredMention && ASKS_WHETHER_ASKED.test(folded);
    const asksPast = answeredMention && !asksAsked && (result!.status === 'completed' || ((result!.status === 'considering' || result!.status === 'none') && ASKS_DID.test(folded)));
    if (asksAsked || asksPast) result = { ...result!, status: 'none' };
    // After someone urged the writer towards one, a bare "Nee." / "No." is the writer's answer.
    const answers = previousAsked || (previousMention !== '' && ONE_WORD_ANSWER.test(folded) && COMPILED[language].urging.test(previousMention));
    if ((!candidate || result?.considered === false) && (previousTrigger || replyTo)) result = analyzeFollowUp(raw, folded, language, { inReply: replyTo !== '', answersQuestion: answers, asked, speaksForPatient: answersForPatient });
    else if (result?.considered === false) result = null;
    // A mention whose own cues say nothing of it ("Carrick Royal review (letter 20/11): histology reviewed
    // by their haematopathologist …") may still report the result of the request before it.
    const saysNothing = result?.status === 'none' && !result.informationOnly && !result.cues.some((c) => c === 'other-person' || c === 'general-info');
    if (reportable && (!result?.considered || saysNothing)) result = analyzeResultReport(folded, language) ?? analyzeWithdrawnRequest(folded, language) ?? result;
    if (candidate && result?.status === 'requested') result = reportAfterRequest(folded, result, language) ?? result;
    // A letter whose subject line names a second opinion and no more ("Betreft: second opinion mw. De Vries")
    // is about the patient's; written back to the one who referred ("uw patiënte", "thank you for
    // referring"), it is the report of the one who gave it.
    if (candidate && result && bareMention(result) && COMPILED[language].letterSubject.test(folded)) {
      result = { ...result, status: 'requested', cues: ['request'] };
      letterAboutIt = true;
    } else if (letterAboutIt && reportable && !result?.considered && COMPILED[language].letterReply.test(folded)) {
      result = { status: 'completed', trigger: '', cues: ['completed'], considered: true, followUp: true };
    }
    const trigger = result?.trigger || previousTrigger || replyTo;
    // Information text ("This is often called a second opinion.") is no statement a next sentence answers.
    // A message that ends in a question without a mention ("Would you like us to?", "Laat u het ons
    // weten?") leaves the mention before it open for the reply that answers it.
    const asksForReply = endsMessage && !candidate && !result && endsInQuestion;
    previousTrigger = candidate && result && !result.informationOnly ? result.trigger : asksForReply ? previousTrigger : '';
    previousAsked = candidate && result !== null && !result.informationOnly && endsInQuestion && (answeredAtOnce || !FIRST_PERSON.test(raw));
    asked = asksAsked ? 'asked' : asksPast ? 'past' : previousAsked && result?.status === 'declined' ? 'declines' : 'wish';
    previousMention = candidate && result !== null && !result.informationOnly ? folded : '';
    // A quoted message that ends on a mention — an offer or what the patient may do ("> Wilt u dat wij
    // … regelen, zodat een andere chirurg …?", "> You're entitled to ask for a second opinion") — is
    // answered by the whole reply below it ("ja graag", "Not sure yet"), sentence by sentence.
    if (endsMessage && candidate && result) {
      replyTo = result.trigger;
      replyDepth = ordered[k + 1]!.depth;
    }
    if (!result) continue;
    hits.push({ start: span.start, end: span.end, text: raw, status: result.status, trigger, cues: result.cues });
    // A clause that answers a mention of its own sentence ("asked whether he would like a third opinion;
    // he declined") is a new state even after a second opinion that took place.
    // A later question about the referral itself ("Vraagt of de huisarts daarvoor een verwijzing kan
    // maken") asks how to carry out a request, not whether to make it: only doubt would answer it.
    const asksTheWay = status === 'requested' && result.status === 'considering' && !result.cues.includes('doubt') && REFERRAL_WORD.test(folded);
    const answersEarlier = result.followUp === true && (!candidate || status !== 'completed') && !asksTheWay;
    if (supersedes(status, result.status, answersEarlier)) status = result.status;
  }
  if (status !== 'none' && aboutNoPatient(foldText(text), language, hits)) {
    const info = hits.map((h): EvidenceHit => ({ ...h, status: 'none', cues: h.cues.includes('general-info') ? h.cues : [...h.cues, 'general-info'] }));
    return { status: 'none', lang: language, evidence: info };
  }
  const evidence = status === 'none' ? hits : hits.filter((h) => h.status !== 'none');
  return { status, lang: language, evidence };
}

/**
 * "Private consult at pt's request for another view on dx; report rec'd: agrees …", "Parents asked for
 * the case to be looked at by another centre: … reviewed at Ashcombe - revised to stage II": a clause
 * after a semicolon or a colon, past the mention, reports the result of the request before it.
 */
function reportAfterRequest(folded: string, request: SentenceResult, lang: DetectLang): SentenceResult | null {
  const mention = folded.indexOf(foldText(request.trigger));
  if (mention < 0) return null;
  const after = mention + request.trigger.length;
  // The first semicolon or colon after the mention opens the report.
  const cut = folded.slice(after).search(/[;:]/);
  if (cut < 0) return null;
  const report = analyzeResultReport(folded.slice(after + cut + 1), lang);
  return report && { ...report, trigger: request.trigger, followUp: false };
}

/** A mention with no cue at all, about nobody in particular: its context has to say what it is. */
function bareMention(result: SentenceResult): boolean {
  return result.status === 'none' && result.considered && result.cues.length === 0 && !result.informationOnly;
}

/**
 * A question in the first person ("Kan ik een second opinion krijgen?", "Can I ask for …?") is the
 * writer's own or a leaflet's; its "Ja." is an answer to the reader, not the patient's wish.
 */
const FIRST_PERSON = /\b(?:ik|i|we|wij|mijn|my)\b/i;
/** Words an answer right after a question may have beside its yes or no: "Yes, at St Mary's.", "Nee, nooit." */
const SHORT_ANSWER_WORDS = 6;

/**
 * A question about what may or can be done, or about a right ("Kunt u …?", "Can I …?", "Is it possible
 * …?", "Heeft u recht op …?"): a leaflet's or a FAQ's, whatever answer follows.
 */
const ASKS_WHAT_MAY_BE = /^[\s>]*(?:\p{L}+\s*:\s*)?(?:kan|kun|kunt|mag|mogen|moet|can|could|may|must|is\s+(?:het|it)\s+(?:mogelijk|possible))\b|\b(?:recht|right|rights|entitled)\b/u;
/** An English question about what someone did ("Did you get …?", "Q: Did she ever have …?"). */
const ASKS_DID = /^[\s>]*(?:\p{L}+\s*:\s*)?did\b/u;
/**
 * A question whether someone asked for it ("Heeft u (al) om … gevraagd?", "Heeft hij … aangevraagd?", "Did
 * you ask for …?", "Has she requested …?"): a yes is a request, a no says none was asked for — no refusal.
 */
const ASKS_WHETHER_ASKED = /^[\s>]*(?:\p{L}+\s*:\s*)?(?:did|have|has|heeft|hebt|heb|had)\b.*\b(?:ask|asked|request|requested|gevraagd|aangevraagd|verzocht)\b/u;

/** Whether the next sentence read, in the same message, is a short yes or no. */
function answeredBy(text: string, next: { span: Span; depth: number } | undefined, depth: number, lang: DetectLang): boolean {
  if (!next || next.depth !== depth) return false;
  // A ticked box is the answer typed ("☒ Ja ☐ Nee" → ": ja"), as when that sentence is read itself.
  const folded = withTickedAnswers(foldText(text.slice(next.span.start, next.span.end)));
  return folded.trim().split(/\s+/).length <= SHORT_ANSWER_WORDS && openingAnswer(folded, lang) !== null;
}

/** The reader addressed: "u", "je", "you", "your". */
const ADDRESSED = /\b(?:u|uw|je|jij|jou|you|your)\b/i;

/** A sentence of one word and a full stop or exclamation mark: "Nee.", "No!" — not "No referral made yet." */
const ONE_WORD_ANSWER = /^[\s>]*\p{L}+\s*[.!]+\s*$/u;

/** The referral or letter a request needs, asked about after it. */
const REFERRAL_WORD = /\b(?:verwijzing|verwijsbrief|doorverwijzen|verwijzen|referral|refer|referred|letter)\b/;

/**
 * A letter or message that greets its reader by title — the patient ("Dear Ms Adeyemi", "Beste mevrouw
 * Bakker") or a doctor ("Dag dokter Hoekstra", "Hi Dr Chen", "Geachte collega"): its "you" is that
 * person, not anyone who reads it, so "heeft u … ontvangen" is no information text.
 */
const TO_NAMED_READER =
  /^[>\s]*(?:dear|beste|geachte|hi|hello|hallo|dag|goedendag|goedemiddag|goedemorgen)\s+(?:mr|mrs|ms|miss|mx|mevrouw|meneer|heer|mevr|dhr|mw|dr|dokter|doctor|huisarts|collega|prof|professor)\b/im;

/** Whether a sorted list of positions holds one in [start, end). */
function holdsPosition(positions: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < positions.length && positions[lo]! < end;
}

/** How many quote marks open the line a sentence starts on ("> …" one, ">> …" two). */
function quoteDepth(text: string, at: number): number {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let depth = 0;
  for (let i = lineStart; i < text.length; i++) {
    const ch = text[i];
    if (ch === '>') depth++;
    else if (ch !== ' ' && ch !== '\t') break;
  }
  return depth;
}

const QUOTED_LINE = /^[ \t]*>/m;

/**
 * A reply thread reads from the oldest message to the newest: the more deeply quoted a message ("> …",
 * ">> …"), the older it is, whether the reply stands above the quote or below it. So the answer on top
 * ("No thank you.", "Yes please, go ahead with the referral") comes after the offer it answers, and the
 * latest state of affairs is the newest message's.
 */
function oldestFirst(text: string, spans: Span[]): Array<{ span: Span; depth: number }> {
  if (!QUOTED_LINE.test(text)) return spans.map((span) => ({ span, depth: 0 }));
  return spans
    .map((span, i) => ({ span, depth: quoteDepth(text, span.start), i }))
    .sort((a, b) => b.depth - a.depth || a.i - b.i)
    .map(({ span, depth }) => ({ span, depth }));
}

/** Information for whoever reads it, or a pet's care beside what was flagged: nothing in the text is a statement about a patient. */
function aboutNoPatient(folded: string, lang: DetectLang, hits: readonly EvidenceHit[]): boolean {
  return addressesReader(folded, lang) || hits.some((h) => h.status !== 'none' && COMPILED[lang].animalCare.test(folded.slice(Math.max(0, h.start - ANIMAL_REACH), h.end)));
}

/**
 * How far before a statement a pet's care still makes it the pet's ("Onze kat Pip is ziek. … een andere
 * dierenarts"); a vet named further off in a long story ("de kat moest ook naar de dierenarts") is an aside.
 */
const ANIMAL_REACH = 200;

/** At least this many words for the reader ("u", "your") before a text counts as written to a reader. */
const READER_WORDS = 3;

/**
 * An information page, a how-to or a column speaks to its reader again and again ("Twijfelt u …? Dan
 * kunt u …", "Talk to your consultant …"), while nobody in it speaks for themselves or is spoken of as
 * the patient. A message from a patient or a note about one always has someone in it.
 */
function addressesReader(folded: string, lang: DetectLang): boolean {
  const { reader, speakers } = COMPILED[lang];
  reader.lastIndex = 0;
  let count = 0;
  while (count < READER_WORDS && reader.exec(folded)) count++;
  return count >= READER_WORDS && !hasSpeaker(folded, speakers);
}

/** Someone in the text speaks or is spoken of; "hij of zij" / "he or she" stands for anyone. */
function hasSpeaker(folded: string, speakers: RegExp): boolean {
  speakers.lastIndex = 0;
  for (let m = speakers.exec(folded); m; m = speakers.exec(folded)) if (m[1] === undefined) return true;
  return false;
}

/** A value made on first use and kept. */
function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
