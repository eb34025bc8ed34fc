/**
 * A second look named by where it happens rather than by its name: "wil de foto's ook door het Sophia
 * laten beoordelen", "I've been to the Mayo and they agreed with the diagnosis", "we want her scans sent
 * to Boston Children's for their opinion". Looking again or giving a view is an ordinary thing on its own
 * ("review in two weeks", "verwezen naar het UMCG ter beoordeling"), so such a phrase counts as a
 * trigger only when its sentence also names another place — a capitalised name after a preposition, or a
 * place that is elsewhere by kind ("expertisecentrum", "teaching hospital") — and holds a sign that it is
 * a second look at the same question: again, also, independent, the patient's wish or request, a verdict
 * compared with ours.
 */
import { alternationSource, escapeLiteral } from './compile';
import { foldText } from './fold';
import { FILES, GAP_WORDS } from './lexicon';

const NAME_START = 'A-Z\\u00c0-\\u00de';
const NAME_CHARS = "\\w\\u00c0-\\u024f'\\u2019.+&-";
const NAME = `[${NAME_START}][${NAME_CHARS}]*`;

/** A lowercase word that may start with a capital ("In het", "At the"), for a case-sensitive regex. */
const anyFirstCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${escapeLiteral(w.slice(1))}`;
const union = (pick: (e: (typeof FILES)[number]['elsewhere']) => string[]) => [...new Set(FILES.flatMap((f) => pick(f.elsewhere)))];
const rawUnion = (pick: (e: (typeof FILES)[number]['elsewhere']) => string[]) =>
  new RegExp(FILES.map((f) => alternationSource(pick(f.elsewhere), f.classes, GAP_WORDS, { raw: true })).join('|'), 'i');

/** Department words, in lower case as they stand in running text. */
const DEPARTMENT = FILES.map((f) => alternationSource(f.elsewhere.departments, f.classes, GAP_WORDS, { raw: true })).join('|');

/**
 * A capitalised name after a preposition, an optional article and an optional department, or after a
 * lower-case article ("wants the Royal Free to review …"); case-sensitive, on the raw text.
 */
const NAMED_PLACE = new RegExp(
  `(?<![\\w\\u00c0-\\u024f])(?:(?:${union((e) => e.prepositions).map(anyFirstCase).join('|')})\\s+(?:(?:${union((e) => e.articles)
    .map(anyFirstCase)
    .join('|')})\\s+)?(?:(?:${DEPARTMENT})\\s+)?|(?:${union((e) => e.articles).map(escapeLiteral).join('|')})\\s+)(${NAME})`,
  'g',
);
const NOT_PLACES = new Set(union((e) => e.notPlaces));
const PLACE_ACRONYMS = new Set(union((e) => e.placeAcronyms));
/**
 * A place named where it stands, without a preposition, as record shorthand names it ("Afspraak UMCG",
 * "opsturen naar NKI-AVL", "wil dat Radboudumc … kijkt", "externe beoordeling Sint Maartenskliniek",
 * "requests that GOSH look again"): a known hospital written in capitals, or a capitalised name that
 * ends as an institution's name ends (lexicon `institutionHeads`). Case-sensitive, on the raw text.
 */
const NAME_WORD = `[${NAME_START}][${NAME_CHARS.replace('.', '')}]*`;
const INSTITUTION = new RegExp(
  `(?<![\\w\\u00c0-\\u024f])(?:${[...PLACE_ACRONYMS].map((a) => escapeLiteral(a.toUpperCase())).join('|')}` +
    `|${union((e) => e.institutionHeads)
      .map((h) => (h.startsWith('*') ? `${NAME_WORD}${escapeLiteral(h.slice(1))}` : `${NAME}\\s+${escapeLiteral(h)}`))
      .join('|')})(?![\\w\\u00c0-\\u024f])`,
);
/** An all-capital word ("CXR", "MRI", "ECG") is a test far more often than a hospital. */
const ALL_CAPS = /^[^a-z\u00df-\u00ff]+$/;
const PLACE_WORDS = rawUnion((e) => e.placeWords);
const SIGNALS = rawUnion((e) => e.signals);
const BACK_REFERENCES = rawUnion((e) => e.backReferences);
const VISITS = rawUnion((e) => e.visits);
/** A sentence that opens with "he", "she", "hij", "zij" (the lexicons' pronouns). */
const PRONOUN_START = new RegExp(
  `^[\\s"'(]*(?:${FILES.map((f) => alternationSource(f.pronouns, f.classes, GAP_WORDS, { raw: true })).join('|')})`,
  'i',
);

function namesPlace(text: string): boolean {
  if (PLACE_WORDS.test(text) || INSTITUTION.test(text)) return true;
  NAMED_PLACE.lastIndex = 0;
  for (let m = NAMED_PLACE.exec(text); m; m = NAMED_PLACE.exec(text)) {
    const name = foldText(m[1]!).replace(/[.,:;]+$/, '');
    if (NOT_PLACES.has(name)) continue;
    // An acronym names a place when it is a known one, or is followed by a name ("MD Anderson", "UZ Leuven").
    if (ALL_CAPS.test(m[1]!) && !PLACE_ACRONYMS.has(name) && !/^\s+[A-Z][a-z\u00e0-\u00ff]/.test(text.slice(m.index + m[0].length))) continue;
    return true;
  }
  return false;
}

/**
 * True when the text names another place and a sign of a second look (see above). Asked of a whole
 * text first — most texts with "review" or "advies" in them have neither — then of each sentence.
 * A sentence may take its place from the few sentences before it when it points back to it ("Morgen
 * rijden we naar Nijmegen. Daar gaan ze alles opnieuw bekijken.").
 */
export function namesSecondLookElsewhere(text: string, before = ''): boolean {
  // The place first: it is the cheaper check, and fails on most texts.
  if (namesPlace(text)) return SIGNALS.test(text);
  // Pointing back, the sign may stand with the place ("… naar Nijmegen voor hun oordeel. Daar zagen ze …").
  // Or after a visit told without a look word: "Ben in Nijmegen geweest bij die professor. Hij heeft …".
  const pointsBack = BACK_REFERENCES.test(text) || (PRONOUN_START.test(text) && VISITS.test(before));
  return before !== '' && pointsBack && namesPlace(before) && (SIGNALS.test(text) || SIGNALS.test(before));
}
