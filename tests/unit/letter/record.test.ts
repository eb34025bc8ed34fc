import { describe, expect, it } from 'vitest';
import type { ClinicalEntry } from '../../../lib/messages';
import { entryLine, oneLine } from '../../../lib/letter/entry-lines';
import { cleanEntry } from '../../../lib/letter/record/clean';
import { collectFacts } from '../../../lib/letter/record/facts';
import { findFocusCandidates } from '../../../lib/letter/record/focus';
import { gpFromPage, recipientFromPage, referrerIsGp } from '../../../lib/letter/record/people';
import { relevanceFor } from '../../../lib/letter/record/relevance';
import { segmentsOf } from '../../../lib/letter/record/segments';
import { templateFor } from '../../../lib/letter/record/template';
import { deliberation, voicesFromEvidence } from '../../../lib/letter/record/voices';

const e = (id: string, kind: ClinicalEntry['kind'], text: string, extra: Partial<ClinicalEntry> = {}): ClinicalEntry => ({ id, kind, text, ...extra });

describe('clean entries', () => {
  it('states a row date once and trusts the date the row itself writes over an attached one', () => {
    const row = e('m', 'medication', 'Amlodipine 5 mg tablet 1 × per dag 1 tablet 18-02-2019 P. Janssens', { date: '2014-05-07' });
    expect(cleanEntry(row)).toMatchObject({ date: '2019-02-18', text: 'Amlodipine 5 mg tablet 1 × per dag 1 tablet' });
    expect(entryLine(row, { since: 'sinds' })).toBe('Amlodipine 5 mg tablet 1 × per dag 1 tablet (sinds 18-02-2019)');
    expect(entryLine(e('i', 'imaging', '15-09-2026 15-09-2026 MRI knie rechts', { date: '2026-09-15' }))).toBe('15-09-2026 MRI knie rechts');
    expect(entryLine(e('p', 'problem', 'Gonartrose rechts 12-06-2026 Actueel Orthopedie', { date: '2026-06-12' }))).toBe('12-06-2026 Gonartrose rechts');
    expect(entryLine(e('p', 'problem', 'Status na cholecystectomie 07-05-2014 Verleden Chirurgie'))).toBe('07-05-2014 Status na cholecystectomie (verleden)');
    expect(entryLine(e('g', 'medication', '02-05-2026 · Naproxen tablet 500 mg · 2dd1 zo nodig', { date: '2026-05-02' }), { since: 'since' })).toBe(
      'Naproxen tablet 500 mg, 2dd1 zo nodig (since 02-05-2026)',
    );
  });

  it('cuts long text between words or at a sentence end, never inside a word', () => {
    const long = `${'word '.repeat(70)}tail`;
    const cut = oneLine(long, 50);
    expect(cut.endsWith('word…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(oneLine('A first sentence that is long enough. Then a second one that goes on and on.', 60)).toBe('A first sentence that is long enough.');
  });
});

describe('segments and the question focus', () => {
  it('splits SOEP and consult labels', () => {
    const roles = segmentsOf(e('n', 'note', 'S: Pijn knie. O: Hydrops. E/ Gonartrose rechts, KL-graad 4. P/ TKP rechts.')).map((s) => s.role);
    expect(roles).toEqual(['history', 'findings', 'assessment', 'plan']);
    expect(segmentsOf(e('n', 'note', 'E Gonartrose re, conservatief uitbehandeld.'))[0]).toEqual({ role: 'assessment', text: 'Gonartrose re, conservatief uitbehandeld.' });
  });

  it('names the condition and the proposal as the record states them', () => {
    const [first] = findFocusCandidates([e('n', 'note', 'E/ Gonartrose rechts, KL-graad 4. P/ TKP rechts', { date: '2026-10-01' })], 'nl');
    expect(first).toMatchObject({ condition: 'gonartrose (KL-graad 4)', diagnosis: 'gonartrose rechts (KL-graad 4)', proposal: 'totale knieprothese rechts', surgical: true });
    const consult = e('c', 'note', 'Conclusie: gonartrose rechts, conservatief uitbehandeld. Voorstel: totale knieprothese rechts. Risico\'s besproken.');
    expect(findFocusCandidates([consult], 'nl')[0]).toMatchObject({ condition: 'gonartrose', proposal: 'totale knieprothese rechts' });
    const english = e('l', 'letter', 'Assessment: Osteoarthritis of the right hip. Recommended: THR right.');
    expect(findFocusCandidates([english], 'en')[0]).toMatchObject({ proposal: 'right total hip replacement', condition: 'osteoarthritis of the right hip' });
  });

  it('does not take a plan that mentions an operation in passing for a proposal, and offers every candidate', () => {
    const physio = e('f', 'note', 'Beperkte vooruitgang. Advies: oefenprogramma thuis voortzetten; verdere behandeling afhankelijk van het besluit over de operatie.', { date: '2026-10-07' });
    const consult = e('c', 'note', 'Conclusie: gonartrose rechts. Voorstel: totale knieprothese rechts.', { date: '2026-09-24' });
    const problem = e('p', 'problem', 'Essentiële hypertensie', { date: '2019-02-18' });
    const candidates = findFocusCandidates([physio, consult, problem], 'nl');
    expect(candidates[0]!.proposal).toBe('totale knieprothese rechts');
    expect(candidates.map((c) => c.proposal)).not.toContain(expect.stringContaining('oefenprogramma'));
    expect(candidates.some((c) => c.condition === 'essentiële hypertensie')).toBe(true);
  });
});

describe('facts from the record', () => {
  const journal = [
    e('k', 'note', 'S: Injectie gaf effect 6 weken. O: Hydrops. E/ Gonartrose rechts. P/ Fysiotherapie gestart.', { date: '2025-05-12', title: 'ICPC L90' }),
    e('r', 'note', 'S: Lage rugpijn na tillen. E/ Lage rugpijn. P/ Blijven bewegen.', { date: '2025-02-03', title: 'ICPC L03' }),
    e('u', 'note', 'S: Verkouden. E/ Bovenste luchtweginfectie.', { date: '2025-02-20', title: 'ICPC R74' }),
  ];

  it('keeps the episodes of the question, sorts each sentence into one place, and lists the rest as left out', () => {
    const [focus] = findFocusCandidates(journal.slice(0, 1), 'nl');
    const facts = collectFacts(journal, relevanceFor(focus, 'medical'), { template: 'medical', questionnairesWithheld: false }, []);
    expect(facts.effects).toEqual(['12-05-2025 Injectie gaf effect 6 weken.']);
    expect(facts.findings).toEqual(['12-05-2025 Hydrops.']);
    expect(facts.treatments).toEqual(['12-05-2025 Fysiotherapie gestart.']);
    expect(facts.leftOut).toEqual(['03-02-2025 ICPC L03', '20-02-2025 ICPC R74']);
    expect(JSON.stringify(facts.history)).not.toMatch(/rugpijn|Verkouden/);
  });

  it('reads protocol steps, psychotherapy, questionnaires and suicidality for a mental-health letter', () => {
    const note = e('d', 'note', 'S: Overgezet op venlafaxine 150 mg. CGT 20 sessies, weinig effect. PHQ-9 19. Passieve doodswens. E/ Depressieve stoornis.', { date: '2025-04-28' });
    const [focus] = findFocusCandidates([note], 'nl');
    expect(templateFor({ field: 'gp' }, focus?.condition)).toBe('mental-health');
    const facts = collectFacts([note], relevanceFor(focus, 'mental-health'), { template: 'mental-health', questionnairesWithheld: false }, []);
    expect(facts.medicationSteps).toEqual(['28-04-2025 Overgezet op venlafaxine 150 mg.']);
    expect(facts.psychotherapy).toEqual(['28-04-2025 CGT 20 sessies, weinig effect.']);
    expect(facts.questionnaires).toEqual(['28-04-2025 PHQ-9 19.']);
    expect(facts.suicidality).toEqual(['28-04-2025 Passieve doodswens.']);
    const withheld = collectFacts([note], relevanceFor(focus, 'mental-health'), { template: 'mental-health', questionnairesWithheld: true }, []);
    expect(withheld.questionnaires).toEqual([]);
  });
});

describe('voices and people', () => {
  const patient = { name: 'Johanna Bakker-Verhoef', identifiers: [], confidence: 'certain' as const, sex: 'female' as const };

  it('quotes only the patient: their portal message, or a quotation a note marks as theirs', () => {
    const entries = [
      e('m', 'message', 'Ik wil graag een second opinion.', { author: 'Johanna Bakker-Verhoef', date: '2026-10-14' }),
      e('s', 'message', 'Uw verslag staat klaar.', { author: 'Secretariaat orthopedie' }),
      e('t', 'note', 'Patiënt belt. Zegt: "ik wil eerst weten of het echt moet". Wil er eerst met haar man over praten.', { author: 'M. Dekker, assistent', date: '2026-10-09' }),
    ];
    const voices = voicesFromEvidence(
      [
        { text: 'Ik wil graag een second opinion.', entryId: 'm' },
        { text: 'Uw verslag staat klaar.', entryId: 's' },
        { text: 'Zegt: "ik wil eerst weten of het echt moet". Wil er eerst met haar man over praten.', entryId: 't' },
      ],
      entries,
      patient,
    );
    expect(voices.filter((v) => v.source === 'patient').map((v) => v.text)).toEqual(['Ik wil graag een second opinion.', 'ik wil eerst weten of het echt moet']);
    expect(voices.filter((v) => v.source === 'note').map((v) => v.author)).toEqual(['Secretariaat orthopedie', 'M. Dekker, assistent']);
    expect(deliberation(voices.map((v) => v.text), 'nl', 'female')).toBe('wil dit eerst met haar partner bespreken');
    expect(deliberation(['He wants to talk it over with his daughter.'], 'en', 'male')).toBe('would first like to discuss it with his daughter');
  });

  it('finds the GP and the giver on the page, and knows when the referrer is the GP', () => {
    expect(gpFromPage({ ...patient, gp: 'A. Kramer, Huisartsenpraktijk De Linde, Bodegraven' }, [])).toBe('A. Kramer');
    expect(gpFromPage(null, [e('b', 'note', 'A. Kramer, Huisartsenpraktijk De Linde, Bodegraven')])).toBe('A. Kramer');
    expect(gpFromPage(null, [e('b', 'note', 'Verwezen door de huisarts wegens knieklachten.')])).toBeUndefined();
    expect(recipientFromPage(['Ik wil graag een second opinion bij het Expertisecentrum Depressie.'])).toBe('Expertisecentrum Depressie');
    expect(recipientFromPage(['Patiënt wil een second opinion in het UMC.'])).toBe('UMC');
    expect(recipientFromPage(['Ik wil een second opinion bij een orthopeed in een ander ziekenhuis.'])).toBeUndefined();
    const gp = { name: 'Dr. A. Kramer', role: 'huisarts', organisation: 'De Linde' };
    expect(referrerIsGp(gp, 'A. Kramer')).toBe(true);
    expect(referrerIsGp(gp, undefined)).toBe(true);
    expect(referrerIsGp({ ...gp, name: 'Dr. B. Waarnemer' }, 'A. Kramer')).toBe(false);
    expect(referrerIsGp({ name: 'Dr. M. Hoekstra', role: 'orthopedisch chirurg', organisation: 'Rijnoever' }, 'A. Kramer')).toBe(false);
  });
});
