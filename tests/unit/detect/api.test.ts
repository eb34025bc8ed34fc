import { describe, expect, it } from 'vitest';
import {
  combineEntries,
  detectLanguage,
  detectText,
  hasTriggerCandidate,
  TRIGGER_WORDS,
  type EntryDetection,
  type TextDetection,
} from '../../../lib/detect';
import { splitSentences } from '../../../lib/detect/sentences';
import { ABBREVIATIONS, FILES, TRIGGER_RES } from '../../../lib/detect/lexicon';
import { unanchoredTriggers } from '../../../lib/detect/prefilter';
import { generateCorpus } from '../../../bench/corpus';
import { foldText } from '../../../lib/detect/fold';
import { CASES } from './cases';

/** The sentences of a text as the detector splits them. */
const sentencesOf = (text: string) => splitSentences(text, ABBREVIATIONS).map((s) => text.slice(s.start, s.end));

const entry = (entryId: string, order: number, text: string, date?: string): EntryDetection => ({
  entryId,
  order,
  ...(date ? { date } : {}),
  source: `note ${entryId}`,
  detection: detectText(text),
});

describe('hasTriggerCandidate (prefilter)', () => {
  it('finds spelling variants and the upper-case SO abbreviation', () => {
    for (const t of ['2nd opinion graag', 'wil SECOND-OPINION', 'secondopinion', 'tweede\nmening', 'verwijzing SO neuro', '2e opinie']) {
      expect(hasTriggerCandidate(t), t).toBe(true);
    }
  });
  it('sees accented spellings and typographic dashes in the raw text, as the full rules do', () => {
    for (const t of ['Pt wil een tweede méning.', 'TWEEDE MÉNING GRAAG', 'wil een second\u2011opinion', 'pt wenst een second\u2013opinion', 'ik twíjfel aan de diagnose', 'Graag een tweede opiníe.', 'pt wil een second\u2010opinion', 'wil een second\u2014opinion', 'twee second opinions gehad']) {
      expect(hasTriggerCandidate(t), t).toBe(true);
      expect(detectText(t, 'nl').status, t).not.toBe('none');
    }
  });

  it('skips ordinary notes, including lower-case "so"', () => {
    for (const t of ['RR 120/80, pols 64. Controle 3 mnd.', 'so I went home early', 'Metformine 500 mg 2dd1']) {
      expect(hasTriggerCandidate(t), t).toBe(false);
    }
  });
  it('has an anchor stem for every trigger phrase', () => {
    expect(unanchoredTriggers()).toEqual([]);
    expect(FILES.every((f) => f.anchors.length > 0)).toBe(true);
  });

  it('agrees with running every full trigger pattern over the whole text', () => {
    const full = (t: string) => TRIGGER_RES.some(({ re }) => ((re.lastIndex = 0), re.test(foldText(t)))) || /(?<![A-Za-z0-9])SO(?![A-Za-z0-9])/.test(t);
    const texts = [...generateCorpus(300_000, 7), ...CASES.map((c) => c.text)];
    const disagree = texts.filter((t) => hasTriggerCandidate(t) !== full(t));
    expect(disagree).toEqual([]);
  });

  it('exposes the bare trigger words', () => {
    expect(TRIGGER_WORDS).toContain('opinion');
    expect(TRIGGER_WORDS).toContain('mening');
  });
});

describe('detectLanguage', () => {
  it('tells Dutch from English', () => {
    expect(detectLanguage('Patiënt wil graag een second opinion bij de cardioloog van het AMC.')).toBe('nl');
    expect(detectLanguage('The patient would like a second opinion with the cardiologist.')).toBe('en');
  });
});

describe('sentence splitting', () => {
  it('keeps abbreviations and wrapped lines inside a sentence, splits SOEP lines', () => {
    const text = 'S: Mevr. wil i.v.m. twijfel een\nsecond opinion.\nO: geen afwijkingen.\nP: verwijzing.';
    const parts = sentencesOf(text);
    expect(parts).toEqual(['S: Mevr. wil i.v.m. twijfel een\nsecond opinion.', 'O: geen afwijkingen.', 'P: verwijzing.']);
  });

  it('starts a sentence at a lower-case "i" after a full stop, and nowhere else in lower case', () => {
    const text = "my dad had it at 61. i want it checked. i'm worried. it is fine. in the end ok";
    const parts = sentencesOf(text);
    expect(parts).toEqual(['my dad had it at 61.', 'i want it checked.', "i'm worried. it is fine. in the end ok"]);
  });

  it('ends a sentence at a line break before a quoted line of an earlier message', () => {
    const text = 'Date: 12 Mar 2025\n> Dr Hale agreed to refer you.\n>> I would like\nanother view.';
    const parts = sentencesOf(text);
    expect(parts).toEqual(['Date: 12 Mar 2025', '> Dr Hale agreed to refer you.', '>> I would like\nanother view.']);
  });

  it("keeps a form's question with its answer options in brackets as one field", () => {
    const text = 'Tweede opinie aangevraagd? (ja/nee): nee\nRoker? (J/N): ja. Alcohol? Nee.';
    const parts = sentencesOf(text);
    expect(parts).toEqual(['Tweede opinie aangevraagd? (ja/nee): nee', 'Roker? (J/N): ja.', 'Alcohol?', 'Nee.']);
    const form = 'Referral for a second opinion?  N/A\nGoals: running.';
    expect(sentencesOf(form)).toEqual(['Referral for a second opinion?  N/A', 'Goals: running.']);
  });

  it('ends a sentence at a line break before a chat line with its sender or time in brackets, not before a tick box', () => {
    const chat = '[Kate] how was physio?\n[Ben] fine, knee is better, 2 more sessions\n[19:02] Ruth: she wants a second opinion';
    expect(sentencesOf(chat)).toEqual(['[Kate] how was physio?', '[Ben] fine, knee is better, 2 more sessions', '[19:02] Ruth: she wants a second opinion']);
    const form = 'Second opinion wanted\n[x] yes\n[ ] no';
    expect(sentencesOf(form)).toEqual([form]);
  });

  it('keeps a question and its options written before their boxes as one field', () => {
    const form = 'Second opinion gewenst? Ja ☐ Nee ☒\nOverige: geen.';
    expect(sentencesOf(form)).toEqual(['Second opinion gewenst? Ja ☐ Nee ☒', 'Overige: geen.']);
    expect(sentencesOf('Would you like one? Yes [x] No [ ]')).toEqual(['Would you like one? Yes [x] No [ ]']);
    expect(sentencesOf('Betreft second opinion? ja / nee  5. Naam: ____')).toEqual(['Betreft second opinion? ja / nee  5.', 'Naam: ____']);
    expect(sentencesOf('Is that all? Yes. Thank you.')).toEqual(['Is that all?', 'Yes.', 'Thank you.']);
  });

  it('reads "no." and "nr." as abbreviations only before a number', () => {
    expect(sentencesOf('Room no. 4 on the ward. She said no. Then she left.')).toEqual(['Room no. 4 on the ward.', 'She said no.', 'Then she left.']);
    expect(sentencesOf('Kamer nr. 12. Zij zei nee.')).toEqual(['Kamer nr. 12.', 'Zij zei nee.']);
  });

  it('ends a sentence at an emoji before a capital, not at one after a full stop or before lower case', () => {
    expect(sentencesOf('Lang getwijfeld 🙈 Ik heb het gevraagd.')).toEqual(['Lang getwijfeld 🙈', 'Ik heb het gevraagd.']);
    expect(sentencesOf('Strong again 💪🏽 Surgery on the 14th.')).toEqual(['Strong again 💪🏽', 'Surgery on the 14th.']);
    expect(sentencesOf('Wil je er een? 😊 Ja!')).toEqual(['Wil je er een?', '😊 Ja!']);
    expect(sentencesOf('so happy 😊 and relieved')).toEqual(['so happy 😊 and relieved']);
  });
});

describe('detectText', () => {
  it('returns the deciding sentence with its offsets, trigger and cues', () => {
    const text = 'Controle bloeddruk. Pte wil een tweede mening bij een andere internist. Recept verlengd.';
    const d = detectText(text, 'nl');
    expect(d.status).toBe('requested');
    expect(d.evidence).toHaveLength(1);
    const [hit] = d.evidence;
    expect(text.slice(hit!.start, hit!.end)).toBe('Pte wil een tweede mening bij een andere internist.');
    expect(hit!.trigger).toBe('tweede mening');
    expect(hit!.cues).toContain('request');
  });

  it('reads words split by invisible characters and still quotes the sentence at its place in the given text', () => {
    // A soft hyphen as web pages put it in long words, a zero-width space, a byte-order mark mid-text.
    const text = 'Bloeddruk goed.\u200b Pt wil een second opi\u00adnion in het AMC.\u00ad Recept\ufeff verlengd.';
    const d = detectText(text, 'nl');
    expect(d.status).toBe('requested');
    const [hit] = d.evidence;
    expect(text.slice(hit!.start, hit!.end)).toBe('Pt wil een second opi\u00adnion in het AMC.');
    expect(hit!.text).toBe(text.slice(hit!.start, hit!.end));
    expect(detectText('I do\u200bn\u2019t want a se\u00adcond opinion.', 'en').status).toBe('declined');
  });

  it('lets the latest state of affairs win and keeps the trail in text order', () => {
    const d = detectText('Patient asked for a second opinion in May. In June she withdrew her request for a second opinion.', 'en');
    expect(d.status).toBe('declined');
    expect(d.evidence.map((e) => e.status)).toEqual(['requested', 'declined']);
    expect(d.evidence[1]!.cues).toContain('withdrawn');
  });

  it('does not let a later question undo an earlier firm request', () => {
    const d = detectText('Mw. wil een second opinion. Ze vraagt of de second opinion vergoed wordt.', 'nl');
    expect(d.status).toBe('requested');
  });

  it('handles diacritics and spelling variants alike', () => {
    expect(detectText('Patiënt wenst 2e opinie.').status).toBe('requested');
    expect(detectText('Patient wenst 2de opinie.').status).toBe('requested');
  });

  it('reports ruled-out sentences with their cues when the status is none', () => {
    const d = detectText('Her husband had a second opinion on his own knee.', 'en');
    expect(d.status).toBe('none');
    expect(d.evidence[0]?.cues).toContain('other-person');
  });

  it('returns none without evidence for texts without any trigger, in the given language or Dutch', () => {
    // No rule reads these texts, so their language is not guessed (detectLanguage still can).
    expect(detectText('Follow-up in 6 weeks with repeat labs.', 'en')).toEqual({ status: 'none', lang: 'en', evidence: [] });
    expect(detectText('Follow-up in 6 weeks with repeat labs.')).toEqual({ status: 'none', lang: 'nl', evidence: [] });
    expect(detectLanguage('Follow-up in 6 weeks with repeat labs.')).toBe('en');
  });

  it('still guesses the language of texts with a trigger candidate', () => {
    expect(detectText('Follow-up in 6 weeks. She would like a second opinion.').lang).toBe('en');
    expect(detectText('Controle over 6 weken. Zij wil graag een second opinion.').lang).toBe('nl');
  });

  it('stays linear on long texts (no catastrophic backtracking)', () => {
    const long = 'Twijfel aan de andere '.repeat(20_000) + '. Pt wil second opinion.';
    const t0 = performance.now();
    const d = detectText(long, 'nl');
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(d.status).toBe('requested');
  });
});

describe('combineEntries', () => {
  it('lets the newest dated entry decide and lists history newest first', () => {
    const result = combineEntries([
      entry('b', 0, 'Patient declined a second opinion.', '2026-03-01'),
      entry('a', 1, 'Pt wil een second opinion.', '2026-01-10'),
      entry('c', 2, 'Bloeddruk goed.', '2026-04-01'),
    ]);
    expect(result.status).toBe('declined');
    expect(result.decidingEntryId).toBe('b');
    expect(result.history.map((h) => [h.entryId, h.status, h.date])).toEqual([
      ['b', 'declined', '2026-03-01'],
      ['a', 'requested', '2026-01-10'],
    ]);
    expect(result.history[0]!.source).toBe('note b');
  });

  it('ranks undated entries by order, after the dated entry before them', () => {
    const result = combineEntries([
      entry('x', 0, 'Second opinion obtained at the university hospital.', '2026-02-01'),
      entry('y', 1, 'I would like a second opinion please.'),
      entry('z', 2, 'Geen bijzonderheden.'),
    ]);
    expect(result.status).toBe('requested');
    expect(result.decidingEntryId).toBe('y');
  });

  it('answers none with empty history when no entry mentions a second opinion', () => {
    const empty: TextDetection = { status: 'none', lang: 'nl', evidence: [] };
    expect(combineEntries([{ entryId: 'q', order: 0, detection: empty }])).toEqual({ status: 'none', history: [] });
    expect(combineEntries([])).toEqual({ status: 'none', history: [] });
  });
});
