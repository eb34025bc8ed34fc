import type { ClinicalEntry, PagePatient } from '../../messages';
import type { LetterLang } from '../schemas';
import { RELATIVES, TALK_OVER } from './lexicon';
import { containsAnyWord } from './words';

/**
 * Whose words a piece of evidence is. Only the patient's own words are quoted as such: a portal
 * message the patient wrote, or a quotation a note marks as the patient's. A clinician's or an
 * assistant's note about the patient is cited as that note, with its author and date.
 */
export interface Voice {
  text: string;
  source: 'patient' | 'note';
  author?: string;
  date?: string;
}

const FIRST_PERSON = /(?<![\p{L}])(?:ik|mijn|me|mij|wij|we|ons|onze|I|my|me|we|our)(?![\p{L}])/iu;
/** A quotation inside a note: “…”, "…", „…". Short ones ("mag") are a word in quotes, not the patient speaking. */
const QUOTED = /[“„"]([^”"“„]{12,})[”"]/gu;

export function voicesFromEvidence(
  evidence: ReadonlyArray<{ text: string; entryId?: string }>,
  entries: readonly ClinicalEntry[],
  patient: PagePatient | null,
): Voice[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const voices: Voice[] = [];
  for (const item of evidence) {
    const entry = item.entryId ? byId.get(item.entryId) : undefined;
    const text = item.text.trim();
    if (!text) continue;
    if (entry?.kind === 'message' && writtenByPatient(entry, patient, text)) {
      voices.push({ text, source: 'patient', ...(entry.date ? { date: entry.date } : {}) });
      continue;
    }
    if (!entry) {
      // Evidence without its entry cannot be attributed; only first-person speech reads as the patient's.
      voices.push(FIRST_PERSON.test(text) ? { text, source: 'patient' } : { text, source: 'note' });
      continue;
    }
    const quotes = [...text.matchAll(QUOTED)].map((m) => m[1]!.trim()).filter((q) => FIRST_PERSON.test(q));
    for (const q of quotes) voices.push({ text: q, source: 'patient', ...(entry.date ? { date: entry.date } : {}) });
    voices.push({ text, source: 'note', ...(entry.author ? { author: entry.author } : {}), ...(entry.date ? { date: entry.date } : {}) });
  }
  return dedupe(voices);
}

/** The message's author is the patient (by name), or the message has no author and speaks in the first person. */
function writtenByPatient(entry: ClinicalEntry, patient: PagePatient | null, text: string): boolean {
  const author = entry.author?.trim();
  if (!author) return FIRST_PERSON.test(text);
  const names = (patient?.name ?? '').toLowerCase().split(/[\s,-]+/).filter((w) => w.length > 2);
  const authorWords = author.toLowerCase().split(/[\s,-]+/);
  return names.some((n) => authorWords.includes(n));
}

function dedupe(voices: Voice[]): Voice[] {
  const seen = new Set<string>();
  return voices.filter((v) => {
    const key = `${v.source}:${v.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * "wil er eerst met zijn vrouw over praten" → "wil dit eerst met zijn partner bespreken": who the
 * patient wants to talk it over with, or that they want time to think, from any of the texts.
 */
export function deliberation(texts: readonly string[], lang: LetterLang, sex: PagePatient['sex'] | undefined): string | undefined {
  let thinking = false;
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      if (!TALK_OVER.test(sentence) && !/\b(?:bedenktijd|thuis|time to think|think it over)\b/i.test(sentence)) continue;
      const relative = RELATIVES.find((r) => containsAnyWord(sentence, r.words.map((w) => w)) && wholeWord(sentence, r.words));
      if (relative) return phrase(lang, sex, relative[lang]);
      thinking = true;
    }
  }
  return thinking ? (lang === 'nl' ? 'wil er eerst nog over nadenken' : 'would first like to think it over') : undefined;
}

function wholeWord(sentence: string, words: readonly string[]): boolean {
  return words.some((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu').test(sentence));
}

function phrase(lang: LetterLang, sex: PagePatient['sex'] | undefined, relative: string): string {
  if (lang === 'nl') {
    const his = sex === 'male' ? 'zijn' : sex === 'female' ? 'haar' : 'de';
    return `wil dit eerst met ${his} ${relative} bespreken`;
  }
  const his = sex === 'male' ? 'his' : sex === 'female' ? 'her' : 'their';
  return `would first like to discuss it with ${his} ${relative}`;
}
