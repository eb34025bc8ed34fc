import { describe, expect, it } from 'vitest';
import { namesSecondLookElsewhere } from '../../../lib/detect/elsewhere';
import { candidatePositions } from '../../../lib/detect/prefilter';

describe('namesSecondLookElsewhere', () => {
  it('needs a named or elsewhere place and a sign of a second look together', () => {
    expect(namesSecondLookElsewhere('Ouders willen het ook door het Sophia laten beoordelen.')).toBe(true);
    expect(namesSecondLookElsewhere('She went to the Christie and they agreed.')).toBe(true);
    expect(namesSecondLookElsewhere('Mw wil het in het expertisecentrum laten bekijken.')).toBe(true);
    // A place without a sign, a sign without a place.
    expect(namesSecondLookElsewhere('Referred to the Royal Marsden for review.')).toBe(false);
    expect(namesSecondLookElsewhere('She wants to look at the results again.')).toBe(false);
  });

  it('does not take titles, months, days or our own departments for a place', () => {
    for (const text of [
      'Also reviewed by Dr Patel in March.',
      'Wil opnieuw bekijken op Maandag bij Dhr Jansen.',
      'Wants review at ENT again in the clinic.',
      'Ook in de SEH opnieuw bekeken.',
      'Asked radiology to look at the CXR again.',
    ]) {
      expect(namesSecondLookElsewhere(text), text).toBe(false);
    }
  });

  it('takes an acronym for a place only when it is a known hospital or followed by a name', () => {
    expect(namesSecondLookElsewhere('Could you refer me to UCLH? I want them to look at it again.')).toBe(true);
    expect(namesSecondLookElsewhere('She wants the MD Anderson team to look at it again.')).toBe(true);
    expect(namesSecondLookElsewhere('Pt wil het ook in het UMCG laten bekijken.')).toBe(true);
  });

  it('takes a capitalised name after a lower-case article without a preposition', () => {
    expect(namesSecondLookElsewhere('He wants the Royal Free to review it before surgery.')).toBe(true);
    expect(namesSecondLookElsewhere('The results were confirmed.')).toBe(false);
  });
});

describe('candidatePositions', () => {
  it('says when every candidate is only a look or a view', () => {
    expect(candidatePositions('Plan: to review the bloods next week.').onlyElsewhere).toBe(true);
    expect(candidatePositions('Pt wants a second opinion; to review the bloods.').onlyElsewhere).toBe(false);
    expect(candidatePositions('Metformine 500 mg 2dd1').positions).toEqual([]);
  });
});
