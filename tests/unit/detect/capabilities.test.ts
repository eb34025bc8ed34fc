/**
 * One block per capability the detector must have, on sentences written for these tests (not taken
 * from any labelled set), in both languages. Each line: expected status, language, text.
 */
import { describe, expect, it } from 'vitest';
import { detectText, type DetectLang, type DetectionStatus } from '../../../lib/detect';

type Row = [DetectionStatus, DetectLang, string];

function check(rows: Row[]): void {
  const wrong = rows
    .map(([want, lang, text]) => ({ want, text, got: detectText(text, lang).status }))
    .filter((r) => r.got !== r.want)
    .map((r) => `${r.want} -> ${r.got}: ${r.text}`);
  expect(wrong).toEqual([]);
}

describe('paraphrases without the words "second opinion"', () => {
  it('another clinician or centre to look or judge', () => {
    check([
      ['requested', 'nl', 'Mw. wil graag een andere uroloog laten meekijken voordat zij instemt met de prostatectomie.'],
      ['requested', 'nl', 'Dhr. wil zijn behandelplan eerst elders laten beoordelen.'],
      ['requested', 'nl', 'Pt vraagt om heroordeel van de MRI-uitslag door een ander ziekenhuis.'],
      ['requested', 'nl', 'Patiënte wil een tweede cardioloog spreken over de voorgestelde ablatie.'],
      ['considering', 'nl', 'Mw. overweegt een derde mening, omdat de eerste twee adviezen elkaar tegenspreken.'],
      ['requested', 'nl', 'Pt wenst een onafhankelijke beoordeling van de indicatie voor de operatie.'],
      ['requested', 'en', "Patient would like another consultant's view before agreeing to the hip replacement."],
      ['considering', 'en', 'She wonders whether a fresh pair of eyes on her scans would help.'],
      ['requested', 'en', 'He has asked for an independent review of the decision to stop chemotherapy.'],
      ['requested', 'en', 'Mr Lowe requests a tertiary centre opinion on the aortic root before surgery.'],
      ['considering', 'en', 'After two conflicting views she is thinking about a third opinion.'],
      ['requested', 'en', 'Pt keen for a different neurologist to look at the EEG findings.'],
    ]);
  });

  it('is not an ordinary referral, a locum, a covering doctor or a colleague re-reading a test', () => {
    check([
      ['none', 'nl', 'Verwezen naar de cardioloog voor een inspanningstest.'],
      ['none', 'nl', 'Eigen huisarts met vakantie; pt gezien door de waarnemend huisarts.'],
      ['none', 'nl', 'Vannacht beoordeeld door de dienstdoende chirurg, geen acute buik.'],
      ['none', 'nl', 'Coupes nogmaals beoordeeld door een tweede patholoog: diagnose ongewijzigd.'],
      ['none', 'nl', 'Mw. wil zich inschrijven bij een andere huisarts na de verhuizing.'],
      ['none', 'en', 'Referred to dermatology for assessment of a changing naevus.'],
      ['none', 'en', 'Seen today by the locum GP; amoxicillin started.'],
      ['none', 'en', 'Covering doctor reviewed overnight, observations stable.'],
      ['none', 'en', 'CT reviewed by a second radiologist, who agreed there is no fracture.'],
      ['none', 'en', 'Second read of the mammogram: no suspicious calcifications.'],
    ]);
  });
});

describe('whose wish it is', () => {
  it('the patient or a legal representative acting for the patient', () => {
    check([
      ['requested', 'nl', 'Ouders van Sem (8) willen een second opinion over de voorgestelde operatie.'],
      ['requested', 'nl', 'De curator vraagt namens dhr. een tweede mening aan bij een andere neuroloog.'],
      ['requested', 'nl', 'Mentor verzoekt om een second opinion voor mw. over het antipsychoticabeleid.'],
      ['requested', 'en', 'His daughter, who holds lasting power of attorney, asks for a second opinion on his behalf.'],
      ['requested', 'en', "The parents of the 6-year-old would like a second opinion on the tonsillectomy."],
      ['considering', 'en', 'The legal guardian is considering a second opinion for her regarding the PEG.'],
    ]);
  });

  it("a relative's, friend's or another patient's own second opinion is not the patient's", () => {
    check([
      ['none', 'nl', 'Haar zus heeft vorig jaar een second opinion gehad voor haar eigen rugklachten.'],
      ['none', 'nl', 'Een vriend van pt wil een tweede mening over zijn eigen knie.'],
      ['none', 'nl', 'Medepatiënt op de kamer wacht op een second opinion.'],
      ['none', 'en', 'Her husband is waiting for a second opinion about his own heart valve.'],
      ['none', 'en', 'A friend of his had a second opinion in London last year.'],
      ['none', 'en', 'Another patient on the ward has requested a second opinion.'],
    ]);
  });

  it('a parent acts for a child, not for an adult son or daughter', () => {
    check([
      ['requested', 'nl', 'Moeder van Daan (9 jr) wil een second opinion over de buikpijn.'],
      ['requested', 'en', 'Mum wants a second opinion before the tonsillectomy for her 4-year-old.'],
      ['none', 'nl', 'Mijn moeder (82) wil een second opinion over haar heupoperatie.'],
      ['none', 'en', 'My father wants a second opinion about his own prostate.'],
    ]);
  });

  it("a competent patient's refusal outweighs a relative's wish", () => {
    check([
      ['declined', 'nl', 'Dochter wil een second opinion, maar pt zelf wil dat niet.'],
      ['declined', 'en', 'Her son wants a second opinion but she declines; she has capacity and wants to go ahead with the operation.'],
    ]);
  });
});

describe('what the opinion is about', () => {
  it('a different opinion on a wheelchair, shoes or legal advice is not medical', () => {
    check([
      ['none', 'nl', 'Mw. wil een tweede mening over de rolstoel die de ergotherapeut adviseerde.'],
      ['none', 'nl', 'Dhr. vraagt een second opinion over het advies van zijn advocaat.'],
      ['none', 'en', 'She wants a second opinion on her new running shoes from another shop.'],
      ['none', 'en', "He is getting a different opinion on the lawyer's advice about the will."],
    ]);
  });
});

describe('time and state', () => {
  it('past and perfect forms and finished reports are completed', () => {
    check([
      ['completed', 'nl', 'Pt is in maart voor een second opinion in het UMCG geweest.'],
      ['completed', 'nl', 'Mw. kreeg in het AVL een tweede mening: zelfde advies.'],
      ['completed', 'nl', 'Rapport van de second opinion ontvangen; het beleid blijft ongewijzigd.'],
      ['completed', 'en', 'She underwent a second opinion at the Royal Marsden in June.'],
      ['completed', 'en', 'He was seen at Guys for a second opinion, which agreed with the plan.'],
      ['completed', 'en', 'Second opinion report received: concurs with the diagnosis.'],
    ]);
  });

  it('booked, referred or pending is requested; postponed but still wanted is requested', () => {
    check([
      ['requested', 'nl', 'Second opinion in het Radboudumc is ingepland op 12 mei.'],
      ['requested', 'nl', 'Pt verwezen voor een second opinion; in afwachting van een afspraak.'],
      ['requested', 'nl', 'De second opinion is uitgesteld tot na de vakantie, pt wil er nog steeds heen.'],
      ['requested', 'en', 'Second opinion at Addenbrookes booked for next month.'],
      ['requested', 'en', 'Referral for a second opinion sent; awaiting appointment.'],
      ['requested', 'en', 'Second opinion postponed until after her holiday; she still wants it.'],
    ]);
  });

  it('a conditional wish is considering; a withdrawal is declined; the latest state wins', () => {
    check([
      ['considering', 'nl', 'Als het kwaadaardig blijkt, wil ik een second opinion.'],
      ['considering', 'en', 'If the biopsy shows cancer I want a second opinion.'],
      ['declined', 'nl', 'Pt heeft het verzoek om een second opinion ingetrokken.'],
      ['declined', 'en', 'She withdrew her request for a second opinion yesterday.'],
      ['requested', 'nl', 'Mw. twijfelde eerst over een second opinion, maar heeft nu besloten er een aan te vragen.'],
      ['declined', 'en', 'He considered a second opinion but decided against it.'],
      ['requested', 'nl', 'Mw. vraagt een second opinion aan, omdat zij niet zeker is dat de operatie nodig is.'],
      ['requested', 'en', 'He asks for a second opinion because he is not sure the operation is needed.'],
      ['requested', 'en', 'Initially declined a second opinion. Today she changed her mind and asked for one.'],
    ]);
  });
});

describe('Dutch word order, conditions and interest', () => {
  it('reads a verb split from its particle or subject, a result that may come, and stated interest', () => {
    check([
      ['requested', 'nl', 'Na bespreking van de voor- en nadelen kiest pt voor een second opinion.'],
      ['considering', 'nl', 'Daarom vraagt mw of een second opinion mogelijk is.'],
      ['considering', 'nl', 'Pt heeft op internet gelezen over een second opinion en wil daar meer over weten.'],
      ['declined', 'nl', 'Nu hoeft pt geen second opinion meer.'],
      ['considering', 'en', "She said she'd feel better if another surgeon confirmed it."],
      ['considering', 'en', 'Pt voiced interest in a second opinion; info given.'],
      ['requested', 'en', 'His wife, who is his attorney for health decisions, requested a second opinion.'],
      ['requested', 'en', "We have written to Dr Brown at St Thomas' asking him to see her for a second opinion."],
    ]);
  });
});

describe('information text versus a statement about the patient', () => {
  it('leaflets, rights and form labels are none', () => {
    check([
      ['none', 'nl', 'U heeft recht op een second opinion. Bespreek dit met uw behandelaar.'],
      ['none', 'nl', 'Second opinion: n.v.t.'],
      ['none', 'nl', 'Folder: wat is een second opinion en hoe vraagt u die aan?'],
      ['none', 'en', 'You have the right to a second opinion; ask your GP for a referral.'],
      ['none', 'en', 'Second opinion: N/A'],
      ['none', 'en', 'Information leaflet: how to ask for a second opinion.'],
    ]);
  });

  it('someone asking about it is not information text', () => {
    check([
      ['considering', 'nl', 'Pt vraagt of zij recht heeft op een second opinion.'],
      ['considering', 'nl', 'Mw wil meer informatie over een second opinion.'],
      ['none', 'nl', 'U vraagt zich misschien af wat een second opinion is.'],
      ['considering', 'en', 'Patient asked whether she is entitled to a second opinion.'],
      ['considering', 'en', 'He wants information about getting a second opinion.'],
      ['none', 'en', 'You may wonder whether a second opinion is right for you.'],
    ]);
  });

  it('a patient weighing a right they were told about is considering', () => {
    check([
      ['considering', 'en', "My GP said I have the right to one, a second opinion I mean; I'm not sure yet."],
      ['considering', 'nl', 'De huisarts zei dat ik recht heb op een second opinion; ik weet het nog niet.'],
    ]);
  });
});

describe('abbreviations and typos', () => {
  it('reads abbreviations, typos, joined words and missing diacritics', () => {
    check([
      ['requested', 'en', 'Pt wants a 2nd op re the proposed lobectomy.'],
      ['requested', 'en', 'SO requested by pt, ref sent to Leeds.'],
      ['requested', 'en', 'Patient would like a second opinon before surgery.'],
      ['requested', 'en', 'She asks for a secondopinion at another hospital.'],
      ['requested', 'nl', 'Pt wil een SO in het Erasmus MC.'],
      ['requested', 'nl', 'Patient wil graag een 2e mening over de diagnose.'],
      ['requested', 'nl', 'Patiente wil een tweede mening, zij twijfelt aan de diagnose.'],
      ['considering', 'nl', 'Mw overweegt een second opinon.'],
    ]);
  });

  it('SO meaning the elderly-care physician is not a second opinion', () => {
    check([
      ['none', 'nl', 'SO gebeld ivm toenemende onrust; haloperidol gestart.'],
      ['none', 'nl', 'Overleg met de SO: pijnmedicatie ophogen.'],
      ['none', 'nl', 'Visite SO: decubitus stuit graad 2, wondbeleid aangepast.'],
    ]);
  });
});

describe('typography and number as real text has them', () => {
  it('reads apostrophes and dashes of every kind, and second opinions in the plural', () => {
    check([
      ['declined', 'en', 'I don\u00b4t want a second opinion, I trust my surgeon.'],
      ['declined', 'en', 'She doesn\u02bct want another opinion.'],
      ['requested', 'en', 'He would like a second\u2010opinion before the operation.'],
      ['requested', 'nl', 'Mw wil een second\u2010opinion in het Radboudumc.'],
      ['considering', 'nl', 'Ze twijfelt of ze een second\u2014opinion wil.'],
      ['completed', 'en', 'She has had two second opinions, and both agreed with the plan.'],
      ['completed', 'nl', 'Ik heb al twee second opinions gehad en ze zeggen allebei hetzelfde.'],
      ['requested', 'en', 'The parents would like other specialists to look at the scans.'],
      ['none', 'en', 'More and more patients ask for second opinions, a survey found.'],
    ]);
  });
});

describe('questions about it, polite requests and a new clause after "so"', () => {
  it('reads a question whether one may ask as weighing, in both languages alike', () => {
    check([
      ['considering', 'nl', 'Kan ik een second opinion aanvragen en wordt dat vergoed?'],
      ['considering', 'nl', 'Mag ik eigenlijk een tweede mening vragen bij een ander ziekenhuis?'],
      ['considering', 'en', 'Can I ask for a second opinion, and would my insurance pay for it?'],
      // A polite form of asking is still a request.
      ['requested', 'nl', 'Mag ik u vragen een second opinion aan te vragen in het Radboudumc?'],
      ['requested', 'nl', 'Graag zou ik een second opinion aanvragen.'],
    ]);
  });

  it("does not let a relative earlier in a run-on sentence take over the patient's own wish", () => {
    check([
      ['considering', 'en', 'my sister read online that surgery first is better so now im thinking maybe i should ask someone else to look at my scans'],
      ['considering', 'nl', 'mijn zus zegt dat ik moet opereren dus nu twijfel ik of ik niet beter een second opinion kan vragen'],
      ['none', 'en', 'My sister had a second opinion at the Marsden and was happy with it.'],
    ]);
  });
});

describe('a refusal said in plain words, a result named by a participle', () => {
  it('reads "said no" as a refusal of the offer before it', () => {
    check([
      ['declined', 'en', 'The surgeon offered to refer me for a second opinion but I said no, I trust him.'],
      ['declined', 'nl', 'De uroloog bood een second opinion aan maar ik zei nee.'],
      ['declined', 'en', 'Another opinion was offered. She says no, she wants to start treatment here.'],
    ]);
  });

  it('reads "after getting / having had" a second opinion as done, whatever was decided next', () => {
    check([
      ['completed', 'en', 'After receiving a second opinion at the Christie, she chose radiotherapy.'],
      ['completed', 'en', 'Having had a second opinion in Leeds, he is happy to proceed.'],
      ['completed', 'nl', 'Na het krijgen van een second opinion in het UMCG koos mw. toch voor de operatie.'],
    ]);
  });
});

describe('a second look named by the place that gives it', () => {
  it('reads a look or a verdict from a named hospital as a second opinion when the sentence says it is a second look', () => {
    check([
      ['requested', 'nl', 'Ouders willen de MRI eerst ook door het Wilhelmina Kinderziekenhuis laten beoordelen.'],
      ['requested', 'en', 'He would like the Royal Free to review his treatment plan before he agrees to surgery.'],
      ['completed', 'en', 'She has been to the Cleveland Clinic and they agreed with the diagnosis.'],
      ['completed', 'nl', 'Dhr. is in het Radboudumc geweest; zij onderschrijven het behandelplan.'],
      ['considering', 'en', "He wonders whether someone at Addenbrooke's could look at his scans as well."],
      ['requested', 'nl', 'Mw wil haar uitslagen nog een keer laten bekijken in het expertisecentrum.'],
    ]);
  });

  it('leaves ordinary referrals, follow-up and reviews by a named doctor alone', () => {
    check([
      ['none', 'en', 'Referred to the Royal Marsden for review of the lung nodule.'],
      ['none', 'nl', 'Verwezen naar het UMCG ter beoordeling van de nierfunctie.'],
      ['none', 'en', 'Review in 2 weeks with bloods. Reviewed by Dr Patel today.'],
      ['none', 'en', "Seen at St Thomas' fracture clinic; review the X-ray in six weeks."],
      ['none', 'nl', 'Wond laten bekijken door de praktijkondersteuner in het gezondheidscentrum.'],
      ['none', 'en', 'Her husband wants the Mayo Clinic to review his own heart scans.'],
      ['none', 'nl', 'Op maandag laten kijken naar de wond, in Januari opnieuw bekijken.'],
    ]);
  });
});

describe('a sentence of its own after a question, and choosing treatment here', () => {
  it('takes no result from a word that needs a mention beside it', () => {
    check([
      ['considering', 'nl', 'Mw twijfelt over het advies en vraagt of een andere kaakchirurg ernaar zou kunnen kijken. Bedenktijd gegeven, belt terug.'],
      ['considering', 'nl', 'Pt vroeg of een andere dermatoloog naar de plek kan kijken. Geadviseerd dit met de arts te bespreken.'],
      ['declined', 'en', 'Offered a second opinion; he does not feel this is necessary.'],
    ]);
  });

  it('reads choosing to be treated here as turning the second look down', () => {
    check([
      ['declined', 'nl', 'We wezen haar op de mogelijkheid het elders te laten beoordelen. Zij ziet daarvan af en wil de ingreep hier laten uitvoeren.'],
      ['declined', 'nl', 'Verwijzing naar een ander ziekenhuis voor een second opinion besproken; dhr kiest voor behandeling in eigen huis.'],
    ]);
  });
});

describe('more names for it, whose behalf, and opinions on things', () => {
  it('reads heroordeling, an independent view and someone at a teaching hospital', () => {
    check([
      ['completed', 'nl', 'In het kader van een heroordeling is mw. op 3 mei gezien in het LUMC door dr. Vos.'],
      ['considering', 'nl', 'Pt overweegt een heroordeling van de diagnose.'],
      ['completed', 'en', 'At her request she was seen by a rheumatologist at Leeds for an independent view; the diagnosis stands.'],
      ['requested', 'en', "I'd like someone at a university hospital to look at my results before the operation."],
      ['requested', 'nl', 'Patiënte heeft verzocht haar casus elders te laten beoordelen.'],
    ]);
  });

  it("reads a request made on a relative's behalf as the patient's", () => {
    check([['requested', 'en', "Son rang. Requests on his father's behalf that another cardiologist review the plan."]]);
  });

  it('leaves an opinion from a supplier or a builder alone', () => {
    check([
      ['none', 'en', 'Wants a second opinion from another supplier on the power chair.'],
      ['none', 'en', 'Got a second opinion from a roofer about the leak.'],
      ['none', 'nl', 'Wil een second opinion bij een andere leverancier van de scootmobiel.'],
    ]);
  });
});

describe('information pages, surveys and news', () => {
  it('reads them as information, and lets no next sentence answer an information sentence', () => {
    check([
      ['none', 'en', 'Unsure about your treatment? You can ask to see another specialist. This is often called a second opinion. Most doctors will be glad to arrange it.'],
      ['none', 'en', 'Q4. Have you ever asked for a second opinion? ○ Yes ○ No'],
      ['none', 'nl', 'Vraag 3. Heeft u een second opinion aangevraagd?\n○ Ja\n○ Nee\n○ Weet ik niet'],
      ['none', 'nl', 'Bij kanker willen mensen steeds vaker dat een andere specialist meekijkt, meldt een verzekeraar.'],
      // A patient in the information sentence still speaks for himself.
      ['considering', 'nl', 'Dhr. heeft recht op een second opinion, dit is met hem besproken. Hij denkt erover na.'],
    ]);
  });
});

describe('answers in few words, and results that are followed', () => {
  it('reads a shaken head, a quoted no and a plain "I won\'t" as a refusal of the offer before it', () => {
    check([
      ['declined', 'nl', 'Arts vroeg of hij de uitslag nog door een ander ziekenhuis wilde laten bekijken. Dhr schudde nee.'],
      ['declined', 'en', "We asked whether she wanted someone else to look at her scans. She said 'no, let's get on with it'."],
      ['declined', 'en', "My surgeon said I could get a second opinion and he won't be offended. I didn't, and I won't."],
      ['declined', 'nl', '12-01 pt overweegt een heroordeling in Leuven.\n26-01 pt ziet er toch vanaf, de reis is te lang.'],
    ]);
  });

  it('reads following the advice from elsewhere as a result, and doubt about our advice as doubt', () => {
    check([
      ['completed', 'nl', 'Advies expertisecentrum (verwijzing op verzoek pt) ontvangen. Pt wil dit advies volgen.'],
      ['completed', 'en', 'External review (the Christie, at her request) returned. She is keen to follow their advice.'],
      ['considering', 'nl', 'kan er nog iemand anders naar kijken? ik weet niet of ik het eens ben met wat de chirurg zei'],
      ['requested', 'en', 'Patient has asked that his case be reviewed by the team at the Christie before he consents.'],
    ]);
  });
});

describe('a past look elsewhere in the perfect tense, and what the other doctor saw', () => {
  it('reads "heb … laten bekijken door" another clinician as done', () => {
    check([
      ['completed', 'nl', 'Ik heb mijn uitslagen laten bekijken door een onafhankelijke internist in Gent.'],
      ['completed', 'nl', 'Ik heb de scans laten zien aan een neuroloog in een privékliniek en die zei hetzelfde.'],
      ['completed', 'en', 'I took my scans to a private clinic and the surgeon there said the same.'],
    ]);
  });

  it("reads a colleague elsewhere asked for his view at the patient's request as arranged", () => {
    check([
      ['requested', 'en', 'As she requested, I have arranged for her to be seen by Ms Cole at the Christie for her view on surgery.'],
    ]);
  });
});

describe('a second opinion named by what followed it', () => {
  it('reads "na de / after his second opinion" as done, unless a decision still waits for it', () => {
    check([
      ['completed', 'nl', 'Na haar second opinion in het Erasmus MC koos mw. voor een afwachtend beleid.'],
      ['completed', 'en', 'After her second opinion at Papworth she went ahead with the valve repair.'],
      ['requested', 'en', 'After the second opinion we will decide on treatment together.'],
      ['requested', 'nl', 'Na de second opinion beslist dhr. of hij de operatie laat doen.'],
      // "na de" further away introduces something else.
      ['requested', 'nl', 'Na de operatie van haar knie wil mw. nu ook een second opinion over haar rug.'],
    ]);
  });
});

describe('a look elsewhere in the past tense, and a second opinion got or had done', () => {
  it('reads them as done', () => {
    check([
      ['completed', 'nl', 'Dhr. liet zijn MRI in België beoordelen; de neuroloog daar zag geen MS.'],
      ['completed', 'en', 'She had her slides reviewed at Stanford, which confirmed the grade.'],
      ['completed', 'nl', 'Ik heb in 2024 een second opinion laten doen en ben daar blij mee.'],
      ['completed', 'en', 'When I got my second opinion the new surgeon said surgery was not needed.'],
      ['completed', 'nl', 'Beoordeling elders heeft plaatsgevonden; het beleid blijft.'],
      // A wish for a look is no result.
      ['requested', 'en', 'She would like to have her slides reviewed at Stanford before deciding.'],
    ]);
  });
});

describe('turning it down later, and going ahead after it took place', () => {
  it('reads later refusals and withdrawals in their everyday words', () => {
    check([
      ['declined', 'nl', 'Pt wilde de uitslag elders laten beoordelen. Vandaag gezegd dat ze daar toch van afziet, wil dat wij starten.'],
      ['declined', 'nl', 'Ouders konden de echo in een ander centrum laten beoordelen. Zij zien daar na bedenktijd van af; ze willen beginnen.'],
      ['declined', 'en', '10/3 wants SO re hip.\n24/3 after a long talk with the surgeon: no longer wants SO, happy to go ahead.'],
      ['declined', 'en', "please cancel the referral to the other hospital, I dont need it anymore, I've decided to stay with my surgeon"],
      ['declined', 'en', "Everyone tells me to get another hospital to look, but I'm not going to."],
      ['declined', 'nl', 'De mentor wil niet dat mw. nog door een andere arts wordt beoordeeld.'],
    ]);
  });

  it('keeps a second opinion that took place when the patient then goes ahead here', () => {
    check([
      ['completed', 'en', 'Letter from the Brompton: the consultant there recommended the same operation. Pt happy to proceed here.'],
    ]);
  });
});

describe("someone else's second opinion through the clause, and more information text", () => {
  it("keeps a friend's or brother's second opinion theirs through the rest of the clause and its reason", () => {
    check([
      ['none', 'nl', 'Mijn vriendin is naar een andere orthopeed in Utrecht gegaan en daar kreeg ze heel ander advies dan hier.'],
      ['none', 'nl', 'Cliënt vertelt dat zijn broer naar een andere psychiater ging omdat hij het niet eens was met zijn diagnose.'],
      ['none', 'nl', 'De gemeenteraad wil een second opinion over de kosten van het zwembad.'],
    ]);
  });

  it('reads rights pages, forms and news as information', () => {
    check([
      ['none', 'nl', 'U heeft als patiënt het recht een andere arts naar uw diagnose te laten kijken. Uw arts mag dit niet weigeren.'],
      ['none', 'nl', 'Twijfelt u over uw behandeling? Dan kunt u een second opinion aanvragen.'],
      ['none', 'en', 'SECOND OPINION REQUEST FORM\nSection A: patient details'],
      ['none', 'en', 'Patients are increasingly seeking second opinions online, a report found.'],
      ['requested', 'en', 'Increasingly anxious, she wants a second opinion.'],
    ]);
  });
});

describe('who acts for the patient across "and", clinicians outside the trust, a consult to test the diagnosis', () => {
  it('reads them', () => {
    check([
      ['requested', 'en', 'Son holds LPA and asks that his mother be seen by another psychiatrist.'],
      ['requested', 'en', 'Tel: daughter (holds LPA) asking that her father be seen by another geriatrician.'],
      ['requested', 'en', 'Client has formally asked to be assessed by a psychiatrist outside the trust.'],
      ['requested', 'nl', 'Cliënt wil beoordeeld worden door een psychiater buiten de instelling.'],
      ['completed', 'nl', 'Cliënt heeft op eigen verzoek een consult gehad bij een psychiater van Altrecht ter toetsing van de diagnose. Deze werd daar niet bevestigd.'],
      ['none', 'en', 'Registered with another practice after moving house.'],
    ]);
  });
});

describe('asking to be seen at a named hospital first, and being seen there', () => {
  it('reads the wish, then the visit in the next sentence', () => {
    check([
      ['requested', 'nl', 'Mw wil eerst gezien worden in het LUMC voordat ze instemt met de operatie.'],
      ['requested', 'en', 'She would like to be seen at the Christie before she agrees to surgery.'],
      ['completed', 'en', 'She asked to be seen at the Walton Centre before deciding. She was seen there in March by Mr Ahmed, who agrees that surgery is the right option.'],
    ]);
  });
});

describe('doubt given as the reason for a look elsewhere', () => {
  it('explains the look; it does not undo it', () => {
    check([
      ['completed', 'en', "Following the consultation with the neurologist at King's, arranged at his own wish because he disagreed with the diagnosis, the diagnosis was revised."],
      ['requested', 'en', 'Pt wants a second opinion because she doubts the diagnosis.'],
      ['considering', 'nl', 'Mw twijfelt aan de diagnose.'],
    ]);
  });
});

describe('all of it in notes, messages and letters of several kinds', () => {
  it('reads each status in varied wording', () => {
    check([
      ['completed', 'nl', 'Pt heeft inmiddels een second opinion gehad in het Antoni van Leeuwenhoek; daar werd hetzelfde geadviseerd.'],
      ['completed', 'nl', 'Second opinion door prof. de Vries (UMCU) bevestigt de diagnose MS.'],
      ['completed', 'nl', 'Dhr. was vorige maand voor een tweede mening bij de neuroloog in het LUMC. Die kwam tot dezelfde conclusie.'],
      ['completed', 'nl', 'S: komt terug na second opinion orthopedie Sint Maartenskliniek, daar werd conservatief beleid geadviseerd.'],
      ['completed', 'nl', 'Brief ontvangen van de second opinion-arts: eens met het voorgestelde beleid.'],
      ['completed', 'nl', 'De tweede mening van de kaakchirurg in het Radboudumc week af: extractie niet nodig.'],
      ['completed', 'en', 'She has had a second opinion at the Christie, who agreed with our plan.'],
      ['completed', 'en', 'Second opinion from Prof Green (Oxford) supports conservative management.'],
      ['completed', 'en', 'The second opinion she sought last year reached the same diagnosis.'],
      ['completed', 'en', 'Outcome of 2nd opinion (Dr Yates, cardiology, St Georges): continue medical therapy.'],
      ['completed', 'en', 'PMH: 2018 breast cancer, second opinion at the Marsden, lumpectomy and RT.'],
      ['completed', 'en', 'Was reviewed by another rheumatologist privately in May, who felt this was fibromyalgia.'],
      ['completed', 'en', 'He went to Birmingham for a second opinion last week and they recommended surgery too.'],
      ['considering', 'nl', 'Mw. twijfelt of ze een second opinion moet aanvragen.'],
      ['considering', 'nl', 'Pt vraagt of het zin heeft om een ander ziekenhuis te laten kijken.'],
      ['considering', 'nl', 'Dhr. denkt na over een tweede mening, bespreekt het eerst met zijn vrouw.'],
      ['considering', 'nl', 'Ik vraag me af of ik een second opinion zou moeten vragen over de operatie.'],
      ['considering', 'nl', 'Wordt een second opinion vergoed door mijn zorgverzekeraar? Ik heb nog niets besloten.'],
      ['considering', 'nl', 'Mw. is niet overtuigd van het behandelvoorstel en overweegt om elders advies te vragen.'],
      ['considering', 'nl', 'Pt heeft weinig vertrouwen in de diagnose en vraagt wat de mogelijkheden zijn voor een second opinion.'],
      ['considering', 'nl', 'Ouders twijfelen over de operatie en vragen zich af of een andere kinderchirurg er anders over denkt.'],
      ['considering', 'en', 'She is thinking about getting a second opinion but has not decided.'],
      ['considering', 'en', 'Pt wonders if another surgeon would recommend the same operation.'],
      ['considering', 'en', 'Is it worth asking for a second opinion? I am not sure the diagnosis is right.'],
      ['considering', 'en', 'He raised the idea of a second opinion; we discussed the pros and cons and he will think it over.'],
      ['considering', 'en', 'Would my insurance pay for a second opinion? Still deciding.'],
      ['considering', 'en', 'She may want a second opinion once the MRI results are back.'],
      ['considering', 'en', 'Patient is ambivalent about surgery and mentioned possibly seeing someone at a tertiary centre.'],
      ['requested', 'nl', 'Mw. wil een verwijzing voor een second opinion in het AMC.'],
      ['requested', 'nl', 'Graag verwijzing naar een andere dermatoloog voor een tweede mening.'],
      ['requested', 'en', 'Please could you refer me to another specialist for a second opinion about my knee?'],
      ["requested", "en", "Second opinion referral made to the Walton Centre at patient's request."],
      ['declined', 'nl', 'Second opinion aangeboden, pt wil dit niet.'],
      ['declined', 'nl', 'Mw. heeft afgezien van een second opinion.'],
      ['declined', 'en', 'Offered a second opinion; he does not feel this is necessary.'],
      ['declined', 'en', 'She no longer wants the second opinion and has cancelled the appointment.'],
      ['none', 'nl', 'Tweede mening van de fysiotherapeut over de oefeningen: doorgaan.'],
      ['none', 'en', 'Bloods repeated for a second time; potassium normal.'],
      ['requested', 'nl', 'S: hoofdpijn, wisselend. O: RR 132/84. E: spanningshoofdpijn. P: paracetamol zn. Pt gaf aan dat hij graag nog een andere neuroloog zou spreken over de MRI; verwijzing gemaakt.'],
      ['completed', 'nl', 'Telefonisch contact met mw. Zij is bij de second opinion in het Maxima MC geweest; zij adviseren hetzelfde. Mw. wil nu starten met de behandeling.'],
      ['declined', 'nl', 'Beste dokter, ik heb er nog eens over nagedacht en ik wil toch geen second opinion. Ik vertrouw op uw advies. Groet, Henk'],
      ['declined', 'nl', 'Mw. had om een second opinion gevraagd, maar heeft dat verzoek vandaag ingetrokken.'],
      ['requested', 'nl', 'Pt is het niet eens met het advies van de chirurg en wil dat iemand anders ernaar kijkt.'],
      ['requested', 'nl', 'MDO: pt wacht op de uitkomst van de second opinion in het NKI, daarna verdere besluitvorming.'],
      ['considering', 'nl', 'Pte weet niet of ze een second opinion wil; ze wil eerst de uitslagen afwachten.'],
      ['declined', 'nl', 'Cliënt wil geen tweede mening, ook al dringt zijn moeder erop aan.'],
      ['none', 'nl', 'De orthodontist van dochter adviseert een beugel; moeder twijfelt maar pt zelf wil graag.'],
      ['none', 'nl', 'Tweede mening radioloog: geen fractuur zichtbaar.'],
      ['considering', 'nl', 'Dhr. heeft het recht op een second opinion, dit is met hem besproken. Hij denkt erover na.'],
      ['requested', 'nl', 'Verwijzing second opinion UMCG verstuurd op 3/5.'],
      ["requested", "en", "Hi Dr Khan, after reading the letter I'd like to get a second opinion before the operation. Could you arrange that? Thanks, Jo"],
      ["completed", "en", "Telephone call: she went to the Royal Brompton for her second opinion; they agreed with the plan, so she'll go ahead here."],
      ['declined', 'en', 'Pt initially wanted a second opinion but on reflection is happy to proceed with surgery here.'],
      ['declined', 'en', 'Mrs Hill has cancelled her second opinion appointment as she no longer feels it is needed.'],
      ['requested', 'en', 'He is not happy with the diagnosis and wants someone else to look at it.'],
      ['requested', 'en', 'Awaiting second opinion from the sarcoma unit.'],
      ['considering', 'en', 'She is unsure whether to ask for a second opinion and will decide after talking to her family.'],
      ["declined", "en", "Patient declines second opinion despite her daughter's encouragement."],
      ['none', 'en', 'Second opinion on the histology from the regional pathology lab: no malignancy.'],
      ['none', 'en', 'His wife would like a second opinion on her own thyroid results.'],
      ['requested', 'en', 'The MDT recommended surgery. The patient would prefer a second opinion before deciding.'],
      ['none', 'en', 'Vaccination: second dose of hepatitis B given.'],
    ]);
  });
});

describe('doubt and paraphrase in other words', () => {
  it('reads doubt about the diagnosis or advice in other words, and one more opinion', () => {
    check([
      ['considering', 'nl', 'Pt is sceptisch over de indicatie voor de ingreep.'],
      ['considering', 'nl', 'Mw gelooft niet in de diagnose.'],
      ['requested', 'nl', 'Dhr. wil graag nog een mening over de behandeling.'],
      ['considering', 'en', 'She remains unconvinced by the diagnosis.'],
      ['considering', 'en', 'He has reservations about the proposed operation.'],
      ['requested', 'en', 'Mrs Bell would like to be seen somewhere else before the operation.'],
    ]);
  });

  it('reads reservations, scepticism and another clinician looking along', () => {
    check([
      ['considering', 'nl', 'Mw. heeft haar bedenkingen bij de voorgestelde ingreep en vraagt of een andere chirurg er ook naar kan kijken.'],
      ['considering', 'nl', 'Pt zet vraagtekens bij de diagnose en wil weten of hij ergens anders terecht kan.'],
      ['considering', 'nl', 'Dhr. is sceptisch over de chemo en overweegt advies in een ander ziekenhuis.'],
      ['considering', 'nl', 'Ik weet niet of ik de operatie moet laten doen. Kan ik ook nog bij een andere arts langs?'],
      ['requested', 'nl', 'Pte wil graag dat een andere gynaecoloog naar haar dossier kijkt.'],
      ['requested', 'nl', 'Moeder van het kind (5 jr) twijfelt aan de diagnose en wil een andere kinderarts raadplegen.'],
      ['considering', 'nl', 'Pt denkt erover om naar een ander ziekenhuis te gaan voor advies.'],
      ['considering', 'en', 'She has reservations about the proposed procedure and asked if another surgeon could look at her case.'],
      ['requested', 'en', 'He is sceptical about the diagnosis and would like to see a different specialist.'],
      ["considering", "en", "I don't know if I should go ahead with the operation. Could another doctor look at my results first?"],
      ['considering', 'en', 'Pt unconvinced by the plan, may seek advice elsewhere.'],
      ["requested", "en", "Referred to Great Ormond Street for an independent opinion at the family's request."],
      ["requested", "en", "Mum would like another paediatrician to review Leo's diagnosis."],
      ['considering', 'en', 'Patient questions whether the biopsy result is correct and is thinking about seeing someone else.'],
    ]);
  });
});

describe('a form value, a question about a result, a negation while weighing', () => {
  it('a form value is the whole field; a colon before a finding reports it', () => {
    check([
      ['none', 'nl', 'Second opinion: nee'],
      ['none', 'en', 'Second opinion: no'],
      ['completed', 'en', 'Report received (second opinion): no further surgery advised.'],
      ['completed', 'nl', 'Verslag ontvangen (second opinion): nee, geen operatie nodig.'],
    ]);
  });

  it('a question about what another clinician would say reports no result', () => {
    check([
      ['considering', 'nl', 'Mw. vraagt zich af of een andere chirurg hetzelfde zou adviseren.'],
      ['considering', 'en', 'He wonders whether another surgeon would say the same thing.'],
      ['completed', 'en', 'Another surgeon said the same thing last month.'],
    ]);
  });

  it('a negation inside weighing still weighs', () => {
    check([
      ['considering', 'nl', 'Pt zit ermee of hij niet toch een tweede mening moet vragen.'],
      ['considering', 'en', 'She is unsure whether she should not get another opinion after all.'],
      ['declined', 'nl', 'Pt wil geen tweede mening.'],
    ]);
  });
});

describe("doubt about the diagnosis or advice in the patient's own words", () => {
  it('weighs it when the patient says the diagnosis may be wrong, not when a clinician is unsure', () => {
    check([
      ['considering', 'nl', 'Pt twijfelt of de behandeling wel klopt voor haar.'],
      ['considering', 'nl', 'Mw. vertrouwt de diagnose van de internist niet.'],
      ['considering', 'en', 'He feels the diagnosis is wrong.'],
      ['none', 'nl', 'Diagnose onzeker, echo aangevraagd.'],
      ['none', 'en', 'The first diagnosis was wrong according to the biopsy; plan revised.'],
    ]);
  });
});

describe('a visit still to come, a place named a sentence earlier, an offer turned down', () => {
  it('reads a second opinion or a look elsewhere that is still to come as arranged', () => {
    check([
      ['requested', 'nl', 'Komende week gaat hij voor een second opinion naar het Radboudumc.'],
      ['requested', 'nl', 'Overmorgen rijden we naar Maastricht, daar gaan ze alles opnieuw bekijken.'],
      ['requested', 'en', 'Next month she flies to Boston for a second opinion.'],
      ['requested', 'en', "His appointment at the Freeman to review the treatment plan is on Tuesday; they'll go through the scans again."],
      // Cover by another doctor stays cover, whenever it happens.
      ['none', 'en', 'Another consultant will see him tomorrow while Dr Shah is on leave.'],
      ['none', 'nl', 'Morgen ziet een andere chirurg hem, de eigen specialist is met vakantie.'],
    ]);
  });

  it('takes the place from a sentence before when the look points back to it', () => {
    check([
      ['requested', 'nl', 'Volgende week hebben we een afspraak in Leuven. Daar willen ze de biopten nog eens bekijken.'],
      ['completed', 'en', 'Last month we went to Great Ormond Street. The surgeon there looked at the same MRI and advised waiting.'],
      ['completed', 'nl', 'In mei waren we in het Erasmus MC. De neuroloog daar keek naar dezelfde scans en zei hetzelfde.'],
      // No place before, or no sign that it is a second look: ordinary follow-up.
      ['none', 'en', 'Seen in clinic today. They will look at the wound again next week.'],
      ['none', 'nl', 'Wondcontrole in Zwolle gehad. Daar kijken ze volgende week naar de hechtingen.'],
    ]);
  });

  it('reads an offer to put the case to another centre that the patient turns down as declined', () => {
    check([
      ['declined', 'nl', 'Aanbod om de casus voor te leggen aan het sarcoomteam van het AVL heeft hij afgeslagen.'],
      ['declined', 'nl', 'Wij boden aan het behandelplan voor te leggen aan het UMCU. Mw. wil hier geen gebruik van maken.'],
      ['declined', 'en', "She turned down our offer to have the Royal Marsden review the plan; she prefers treatment here."],
    ]);
  });

  it('reads "to be looked at" as still to happen, and a hold "until their view is back" as no refusal', () => {
    check([
      ['requested', 'en', 'He asked for his scans to be looked at by the team at Papworth before surgery.'],
      ['requested', 'en', 'Pt wants the Christie to review her biopsy before chemo. Do not start until their view is back.'],
      ['requested', 'en', 'Her visit to the Mayo Clinic to review the diagnosis was moved to May; she still wants to go.'],
    ]);
  });
});

describe('looks named by their object, parents named by their role, holds until someone else has looked', () => {
  it('reads another place looking at the case, the scans or the results as a second look', () => {
    check([
      ['requested', 'nl', 'Pt wil dat het Antoni van Leeuwenhoek ook naar de scans kijkt voordat de chemo start.'],
      ['requested', 'nl', 'Mw. wil het advies tot amputatie laten toetsen door een vaatchirurg van het Maasstad.'],
      ['requested', 'nl', 'Hierbij verwijs ik mw. naar u ter heroverweging van het voorgestelde beleid.'],
      ['requested', 'en', 'He has asked for his case to be assessed by the Newcastle liver team.'],
      ['requested', 'en', 'She would like the epilepsy centre at the Walton to assess her before the new drug is started.'],
      // An ordinary referral for an assessment, with no sign that it is a second look.
      ['none', 'en', 'Referred to the Walton Centre to assess his headaches.'],
    ]);
  });

  it('reads "Mum" or "Ouders" without a possessive as the parents of a child patient', () => {
    check([
      ['requested', 'en', "Mum requests a second opinion on Noah's seizures."],
      ['requested', 'nl', 'Ouders verzoeken om een second opinion voor Fenna.'],
      ['none', 'en', 'Her mum had a second opinion last year for her own hip.'],
      ['none', 'nl', 'Zijn moeder (79) wil een second opinion over haar eigen staar.'],
    ]);
  });

  it('reads "not … until someone else has looked" as a request, and a polite hedge as no refusal', () => {
    check([
      ['requested', 'en', "She won't start tamoxifen until someone else has looked at the pathology."],
      ['requested', 'nl', 'Hij wil niet dat de operatie doorgaat voordat iemand anders de foto’s heeft bekeken.'],
      ['considering', 'nl', 'Kan een ander ziekenhuis hier ook nog naar kijken? Ik wil niet moeilijk doen hoor.'],
      ['considering', 'en', "Could another hospital look at my scans too? I don't want to be difficult."],
    ]);
  });

  it('reads offers turned down and choosing to start here in more of their words', () => {
    check([
      ['declined', 'nl', 'Ouders kregen het aanbod de casus voor te leggen aan het Sophia; zij zien hiervan af.'],
      ['declined', 'nl', 'Beoordeling in een ander ziekenhuis besproken; pt ziet daar geen reden toe.'],
      ['declined', 'en', 'Offered a review of his case elsewhere; he is confident in the proposed treatment plan.'],
    ]);
  });
});

describe('stories told afterwards, verdicts still to come, and text written to a reader', () => {
  it('takes the verdict of the place named a sentence before, with the sign of a second look beside the place', () => {
    check([
      ['completed', 'nl', 'We zijn naar het Sophia gereden voor hun oordeel. Daar zagen ze iets heel anders op de echo.'],
      ['completed', 'en', 'We travelled to Bath for an independent view. There they found that the scan had been misread.'],
      ['completed', 'nl', 'Een tweede mening vragen was de beste beslissing die ik nam.'],
    ]);
  });

  it('leaves a verdict that is still to come unsettled', () => {
    check([
      ['requested', 'en', "Booked at the Evelina on Friday; they're going to tell us whether they agree with the plan."],
    ]);
  });

  it('reads a page that speaks to its reader as information, and a message from someone as theirs', () => {
    check([
      ['none', 'nl', 'Tweede mening. Twijfelt u over uw diagnose? Dan kunt u een second opinion aanvragen. Bespreek dit met uw arts.'],
      ['none', 'en', 'Another opinion. If you have doubts about your treatment, you can ask for a second opinion. Talk to your consultant first.'],
      ['requested', 'nl', 'Dokter, kunt u mij doorverwijzen voor een second opinion? Wilt u ook de scans meesturen? Dank u.'],
    ]);
  });
});

describe('after a second opinion: what the other team wants next, a third one turned down', () => {
  it('keeps a second opinion that took place when the other team then wants more treatment', () => {
    check([
      ['completed', 'nl', 'Vorige maand mijn second opinion gehad in Leuven. Ze zijn het eens met de operatie, maar willen er nog chemo bij.'],
      ['completed', 'en', 'Had my second opinion at the Royal Marsden. They agreed with surgery but want to add radiotherapy.'],
    ]);
  });

  it('reads a third opinion turned down after a second one as declined', () => {
    check([
      ['declined', 'en', 'Second opinion at Leeds in May confirmed the plan. I offered a third opinion; she declined and wants to go ahead.'],
      ['declined', 'nl', 'Second opinion in het UMCU bevestigde het advies. Een derde beoordeling wil dhr. niet.'],
    ]);
  });

  it('reads the result of a visit to another place, and a doctor there pointed back to', () => {
    check([
      ['completed', 'nl', 'Na een bezoek aan een andere uroloog in Breda bleek het geen prostaatkanker.'],
      ['completed', 'nl', 'Gisteren terug uit Gent. Die professor zei eigenlijk hetzelfde als onze eigen arts.'],
      ['completed', 'en', 'He had his CT looked at by an independent chest physician, who saw no fibrosis.'],
    ]);
  });

  it('does not take "the outcome" a second opinion is about, or a suggestion made before, for a result', () => {
    check([
      ['requested', 'en', 'She has asked for a second opinion about the outcome of her autism assessment.'],
      ['declined', 'en', 'She previously suggested a second opinion; today she said she no longer wants one.'],
    ]);
  });
});

describe('a negation in a question, pets, lawyers and news', () => {
  it('reads a bare "not" inside a question as weighing, not as a refusal', () => {
    check([
      ['considering', 'nl', 'Mag een ander ziekenhuis mijn scans ook bekijken, of is dat niet de bedoeling?'],
      ['considering', 'en', "Could another specialist look at my results, or isn't that how it works?"],
      ['declined', 'nl', 'Ik hoef eigenlijk niet meer naar dat andere ziekenhuis, ik wil gewoon verder. Kunt u de aanvraag stopzetten?'],
    ]);
  });

  it("leaves a pet's second look, a lawyer's view and research news alone", () => {
    check([
      ['none', 'en', 'The vet wanted to operate on our cat, so we took her to another vet in Bristol for a second opinion.'],
      ['none', 'nl', 'Onze hond moest geopereerd worden volgens de dierenarts; een andere dierenkliniek gaf een second opinion.'],
      ['none', 'nl', 'Ik ben voor een second opinion over mijn ontslagzaak bij een andere advocaat geweest.'],
      ['none', 'nl', 'Onderzoekers zagen dat bij een kwart van de patiënten die een second opinion vragen de diagnose verandert.'],
      ['none', 'en', 'Researchers found that one in five patients who ask for a second opinion get a different diagnosis.'],
    ]);
  });
});

describe('an unnamed centre elsewhere, and a wish to hear from others', () => {
  it('reads "a … centre" or "een … ziekenhuis" asked to look as a place elsewhere', () => {
    check([
      ['considering', 'en', 'Should we ask for a specialist scoliosis centre to look at his spine again?'],
      ['requested', 'nl', 'Mw wil dat een academisch ziekenhuis ook naar de biopten kijkt voordat ze kiest.'],
      // A look without a sign of a second look stays an ordinary referral.
      ['none', 'en', 'Referred to a pain clinic to look at his back.'],
    ]);
  });

  it('does not take "would love to hear from you" for a request', () => {
    check([
      ['considering', 'en', 'Is it worth getting a different surgeon to review my scans? Would love to hear from anyone who has.'],
      ['considering', 'nl', 'Heeft het zin om een andere neuroloog naar mijn MRI te laten kijken? Hoor graag ervaringen.'],
    ]);
  });
});

describe('a diagnosis confirmed elsewhere', () => {
  it('reads a diagnosis confirmed at another place the patient went to of their own accord as done', () => {
    check([
      ['completed', 'en', 'She went to Papworth on her own initiative, where the diagnosis of pulmonary fibrosis was confirmed.'],
      ['completed', 'nl', 'Dhr. is op eigen initiatief naar het Erasmus MC gegaan, waar de diagnose ook werd bevestigd.'],
      // Confirmed by a test, with no other place and no sign of a second look.
      ['none', 'en', 'The diagnosis of asthma was confirmed by spirometry.'],
    ]);
  });
});

describe('who cancelled, what was suggested, and a proposal named in a compound', () => {
  it('keeps a visit the other hospital cancelled, and a refusal of what someone suggested', () => {
    check([
      ['requested', 'en', 'His appointment at the Freeman to review the surgical plan was cancelled by the hospital; he still wants to go.'],
      ['declined', 'en', 'Declines a further assessment elsewhere as suggested by his son.'],
      ['declined', 'en', 'Her second opinion at the Christie was cancelled by the patient; she will start chemo here.'],
    ]);
  });

  it('reads a look at a proposal named in a Dutch compound as a second look', () => {
    check([
      ['requested', 'nl', 'Pt wil het operatievoorstel voor beoordeling naar het UMC Utrecht sturen.'],
    ]);
  });
});

describe('places behind a department, reassessment, and phrases joined by "and"', () => {
  it('finds a place named after a department word, and reads a reassessment elsewhere as a second look', () => {
    check([
      ['requested', 'nl', 'Op verzoek van pt de MRI opgestuurd naar neurochirurgie Isala voor beoordeling.'],
      ['requested', 'nl', 'Dhr. wil een herbeoordeling van de operatie-indicatie in het Radboudumc.'],
      ['declined', 'en', 'She cancelled her referral to Leeds for reassessment of the valve; she will have surgery here.'],
      // A department without a named place, and a reassessment of a wound, are ordinary care.
      ['none', 'nl', 'MRI opgestuurd naar neurochirurgie voor beoordeling.'],
      ['none', 'nl', 'Herbeoordeling van de wond over twee dagen door de wondverpleegkundige.'],
    ]);
  });

  it('lets a wish reach a mention in a phrase joined to it by "en" / "and"', () => {
    check([
      ['requested', 'nl', 'Als mentor verzoek ik u zijn dossier en de voorgestelde behandeling te laten beoordelen door een onafhankelijk neuroloog.'],
      ['requested', 'en', 'He wants his angiogram copied and the surgical plan looked at by another cardiologist.'],
      // Waiting as the plan does not make a result from elsewhere a pending one.
      ['completed', 'nl', 'We zijn met Sem in het Sophia geweest. De kinderarts daar is het met u eens en afwachten lijkt verstandig.'],
    ]);
  });

  it('reads the question a look answers as its own, not as weighing it', () => {
    check([
      ['requested', 'en', 'Referred at his request to another spinal surgeon to assess whether he needs the fusion.'],
      ['considering', 'en', 'He is unsure whether another spinal surgeon should assess him first.'],
    ]);
  });
});

describe('past looks and verdicts, refusals in more words, and forms on one line', () => {
  it('reads a look told afterwards and an agreement with our view as done', () => {
    check([
      ['completed', 'nl', 'Pas nadat de chirurg in Zwolle de foto’s had bekeken en het met mijn eigen chirurg eens was, durfde ik het aan.'],
      ['completed', 'en', 'The geriatrician in Harlow saw Dad last week as we had asked and agreed with your view on stopping the apixaban.'],
      // "got a" / "had a" are a result only right before the mention: a referral got is still to come.
      ['requested', 'en', 'I finally got a referral so the team in Leeds can look at my scans again.'],
      ['completed', 'en', 'She got a second opinion in Leiden last spring.'],
    ]);
  });

  it('reads refusals told in more words, by the patient or the parents of a child', () => {
    check([
      ['declined', 'nl', 'Mw. heeft overwogen elders een oordeel te vragen maar heeft besloten dat niet te doen.'],
      ['declined', 'nl', 'Aan de ouders van Tim (6) is een tweede mening aangeboden. Ouders zien hier nu vanaf.'],
      ['declined', 'nl', 'De neuroloog bood aan een collega uit Nijmegen mee te laten kijken. Ik heb nee gezegd.'],
      ['declined', 'en', 'She was offered another oncologist’s opinion but decided not to take it up.'],
      ['declined', 'en', 'I never wanted another surgeon to look at it.'],
      ['declined', 'en', 'He had doubts about a second opinion but now wishes to proceed with surgery here.'],
    ]);
  });

  it('reads "hoe vraag je …" as weighing, a roofer’s quote as no medical matter, a form value before the next label as a form', () => {
    check([
      ['considering', 'nl', 'Hoe vraag je eigenlijk een second opinion aan zonder je arts te kwetsen?'],
      ['none', 'en', 'We got a second opinion from another firm on the stairlift quote.'],
      ['none', 'en', 'Second opinion requested: N/A. Allergies: none known.'],
      ['none', 'nl', 'Volgende controle bij een andere kinderarts ivm vakantie van dr. Smit.'],
    ]);
  });

  it('reads a page that names "hij of zij" / "he or she" for any doctor as information', () => {
    check([
      ['none', 'nl', 'Wilt u dat een andere specialist naar uw diagnose kijkt? Bespreek het met uw arts; hij of zij stuurt uw gegevens door. U heeft hiervoor een verwijzing nodig.'],
      ['none', 'en', 'Want another specialist to look at your diagnosis? Talk to your consultant; he or she can send your records. You will need a referral.'],
    ]);
  });
});

describe('garages with more words between, columns for readers, typos and "had my"', () => {
  it('leaves a garage’s or a dealer’s second opinion alone with words between', () => {
    check([
      ['none', 'en', 'The dealer wanted £900 for new brakes, so I got a second opinion from a small local garage down the road.'],
      ['none', 'nl', 'De garage wilde de hele uitlaat vervangen; bij een tweede garage even langs voor een andere mening.'],
    ]);
  });

  it('reads a column for its readers as information, and a letter asking to be told when as no result', () => {
    check([
      ['none', 'en', 'Readers often ask whether a hospital may turn down a request for another specialist’s view.'],
      ['requested', 'en', 'I would like my scans sent to the spinal team at Leeds for an independent assessment before I consent. Please confirm when they have been sent.'],
    ]);
  });

  it('reads "had my SO" as done and a referral spelt "referal" as a request', () => {
    check([
      ['completed', 'en', 'Had my SO at the Marsden on Monday, they agreed with the plan.'],
      ['requested', 'en', 'Finally got my referal to the other hospital so they can look at my scans.'],
    ]);
  });
});

describe('a result reported after the request, looks past and present in more words, refusals after a relative', () => {
  it('reads a later sentence that reports the result of a requested look as done, without naming the look again', () => {
    check([
      ['completed', 'en', 'March: she asked to be referred to the liver unit at Kestrel Park for their view on the biopsy plan; referral sent. June: letter received from Dr Amara, agrees with the plan, no biopsy for now.'],
      ['completed', 'nl', 'Jan: op verzoek van meneer verwezen naar de neuroloog in het Elzenhof voor heroverweging van de diagnose. April: inmiddels gezien, onderschrijft de diagnose en het beleid.'],
      ['completed', 'en', 'Asked for an independent review of the treatment plan, sent to the Northgate team. Report received: they concur.'],
    ]);
  });

  it('keeps the request while the result is awaited, wished for or about someone else', () => {
    check([
      ['requested', 'en', 'She asked to be referred to the liver unit at Kestrel Park for their view on the biopsy plan; referral sent. Letter not yet received.'],
      ['requested', 'nl', 'Op verzoek van mevrouw verwezen naar het Elzenhof voor heroverweging van de diagnose. Wacht nog op het verslag.'],
      ['requested', 'en', 'He wants an independent review of the surgical plan, referral done. His wife says the GP agrees with him.'],
      ['requested', 'en', 'She would like the liver unit at Kestrel Park to give their view on the biopsy plan. Her bloods are fine. Her GP agrees with the referral.'],
    ]);
  });

  it('reads a result just back, and not a result "back home"', () => {
    check([
      ['completed', 'en', 'Second opinion back today: same diagnosis, same plan.'],
      ['requested', 'en', 'I would like a second opinion back home in Poland before the surgery.'],
      ['requested', 'en', 'He wants a second opinion about his back before the operation.'],
    ]);
  });

  it('reads looks in the past tense and a review confirmed on it', () => {
    check([
      ['completed', 'nl', 'Zij liet het advies op eigen verzoek in het Wolder toetsen; conclusie: geen operatie nodig.'],
      ['completed', 'nl', 'De reumatoloog in Velsen heeft op haar verzoek het beleid beoordeeld en adviseerde een andere tablet.'],
      ['completed', 'en', 'A: coeliac disease, confirmed on tertiary review.'],
      ['completed', 'en', 'Indep r/v at Harwell done in May, agree w/ dx of gout.'],
      ['completed', 'nl', 'Cliënt is op eigen verzoek voor herdiagnostiek gezien bij het Centrum Zeehaven; verslag ontvangen.'],
    ]);
  });

  it('reads a request for another view and a different department', () => {
    check([
      ['requested', 'en', 'GP has referred him to a hip surgeon at the Vale for another view — appointment next month.'],
      ['requested', 'en', 'I would like to be referred to a different neurology department, please.'],
    ]);
  });

  it("reads the patient's own refusal after a relative's wish, and no need seen as a refusal", () => {
    check([
      ['declined', 'en', 'Son asked whether another hospital could look at her scans before the operation. She is clear she does not want that.'],
      ['declined', 'nl', 'Zoon vroeg of een andere cardioloog nog naar het hart kon kijken. Meneer zelf wil dat echt niet.'],
      ['declined', 'nl', 'Mogelijkheid besproken om het advies elders te laten toetsen, maar mevrouw ziet daar geen noodzaak in.'],
      ['declined', 'en', 'Offered a review at another centre; he sees no need, happy with the plan here.'],
    ]);
  });

  it('leaves an engineer’s assessment, a pathologist’s job of giving second opinions, and a clinic visit in a letter alone', () => {
    check([
      ['none', 'en', 'The insurer has asked for an independent engineer’s assessment of the car.'],
      ['none', 'en', 'Her job includes providing second opinions on difficult slides sent from other hospitals.'],
      ['requested', 'nl', 'Zoals besproken op het spreekuur hebben wij op uw verzoek uw gegevens naar het Elzenhof gestuurd voor een second opinion.'],
      ['requested', 'en', 'Pt and partner want the transplant team at Hollins to review her case before any decision.'],
    ]);
  });
});

describe('reply threads read oldest first, offers, refusals in everyday words, a different doctor this week', () => {
  it('reads a reply above its quoted thread as the newest message', () => {
    check([
      ['declined', 'en', 'No thank you, I will stay with the plan I have.\nJo\n\n> On 3 May, the clinic wrote:\n> Would you like us to ask the team at Fairhaven to review your case?'],
      ['completed', 'nl', 'Beste dokter,\nInmiddels ben ik in het Oosterhof geweest; de internist daar zag geen tumor.\nGroet, Ria\n\n> Op 2 maart schreef Ria:\n> Ik wil graag dat iemand anders naar mijn scans kijkt. Kunt u mij verwijzen?'],
      ['requested', 'en', 'Yes please, go ahead with the referral.\n\n> From: the surgery\n> We could refer you to another surgeon at the Vale for an independent view. Would you like us to?'],
    ]);
  });

  it('keeps a thread whose reply stands below the quote in the order written', () => {
    check([['declined', 'en', '> From: the surgery\n> Would you like us to ask another hospital to look at the scan?\n\nNo thank you, I am happy with the plan.']]);
  });

  it('reads an offer by the practice as an option, not as the patient asking', () => {
    check([
      ['considering', 'nl', 'Beste meneer Bos, wij kunnen u verwijzen naar een ander ziekenhuis voor een onafhankelijk oordeel. Laat u ons weten of u dat wilt?'],
      ['considering', 'en', 'You are welcome to have the plan looked at by the team at Fairhaven before deciding.'],
    ]);
  });

  it('reads refusals in everyday words', () => {
    check([
      ['declined', 'nl', 'Iedereen vraagt of ik het niet ergens anders wil laten bekijken. Nee hoor, niet voor mij.'],
      ['declined', 'en', 'Everyone says get it looked at somewhere else. Nope, not doing it.'],
      ['declined', 'nl', 'De huisarts bood aan om het elders te laten beoordelen, maar ik heb er vrede mee.'],
    ]);
  });

  it('reads a result that names what must happen next, and results got back from the other hospital', () => {
    check([
      ['completed', 'en', 'I asked for someone at another hospital to check the scan. Report is in: they have confirmed the knee needs replacing.'],
      ['completed', 'en', 'Got the results back from the other hospital: they looked at everything again and it is not cancer.'],
    ]);
  });

  it('reads the other doctor "there" after a request as the result, and a review done "as you asked"', () => {
    check([
      ['completed', 'en', 'Mum wanted another team to look at her scans. We went on Friday. The consultant there thinks a different medicine may help.'],
      ['completed', 'nl', 'Mevrouw wilde dat een ander ziekenhuis naar haar longfoto’s keek. Vorige week is ze gegaan. De longarts daar denkt aan een andere oorzaak.'],
      ['completed', 'en', 'I have now received the report from Dr Lind at the Vale, who reviewed your case as you asked; she agrees with the plan.'],
    ]);
  });

  it('reads a polite request for the referral, typed without capitals or with misspellings', () => {
    check([
      ['requested', 'en', 'She wants someone at a different hospital to go over it. Could Dr Brennan do the referral?'],
      ['requested', 'en', 'my mum had that too. i want another cardiologist to check my heart'],
      ['requested', 'en', 'i want a diffrent doctor to look at my back'],
      ['requested', 'en', "I'd really like an independent look at another hospital."],
    ]);
  });

  it('reads a question about looking elsewhere as asking, and a different doctor this week as cover', () => {
    check([
      ['considering', 'nl', 'U vroeg via het portaal of u uw diagnose door een andere reumatoloog kunt laten beoordelen.'],
      ['none', 'en', 'Can I see a different doctor this week please? Dr Ames is away.'],
      ['none', 'nl', 'Graag een afspraak bij een andere dokter deze week, dokter Prins is met vakantie.'],
      ['considering', 'en', 'You could have the scan reviewed at another hospital. You don’t need to decide now.'],
    ]);
  });
});

describe('wanting to talk it through first, and going ahead after turning it down', () => {
  it('reads a wish to discuss it with family first as still weighing', () => {
    check([
      ['considering', 'nl', 'Mevrouw overweegt haar scans in een ander ziekenhuis te laten bekijken; zij wil dit eerst met haar dochter bespreken.'],
      ['considering', 'en', 'He might ask for another surgeon to look at the plan. He hasn’t made up his mind and wants to talk to his wife first.'],
    ]);
  });

  it('reads a refusal followed by wanting to get the treatment done as a refusal', () => {
    check([['declined', 'en', 'Offered a referral to another centre for an independent opinion; she declined and wants to get it done here.']]);
  });
});

describe('a letter to the patient speaks of the patient', () => {
  it('reads "you" in a letter that greets the patient as the patient, and still as anyone in a letter to a colleague or a leaflet', () => {
    check([
      ['declined', 'en', 'Dear Mrs Okafor,\n\nI am writing to confirm that you have decided not to take up the offer of an independent review at the Vale. Please let me know if you change your mind.\n\nMr T. Hale'],
      ['declined', 'nl', 'Beste mevrouw Bakker,\n\nHierbij bevestig ik dat u heeft besloten geen beoordeling in een ander ziekenhuis te laten doen.\n\nDr. Verbeek'],
      ['none', 'en', 'If you have decided you want a second opinion, your consultant can refer you. You have the right to ask.'],
    ]);
  });
});

describe('the writer joined to a relative, questions after a firm wish, visits told before the look', () => {
  it('reads "my wife and I" as the writer wishing it too, and a relative alone as someone else', () => {
    check([
      ['requested', 'nl', 'Mijn vrouw en ik willen graag dat een andere cardioloog naar de uitslagen kijkt.'],
      ['requested', 'en', 'My partner and I would like another surgeon to review the plan.'],
      ['none', 'en', 'My partner would like another surgeon to review the plan.'],
    ]);
  });

  it('reads a question after a firm wish as what the second opinion is to answer or how to arrange it', () => {
    check([
      ['requested', 'nl', 'Ik wil graag een second opinion in het AMC, hoe vraag ik die aan?'],
      ['requested', 'en', "I'd like to see another neurologist about whether I really need the operation."],
      ['considering', 'en', 'Would a second opinion help, or is that pointless?'],
      ['considering', 'nl', 'Ik heb vragen over een second opinion bij de KNO-arts.'],
      ['considering', 'en', 'I have a question about a second opinion on my knee.'],
    ]);
  });

  it('reads a visit told first and the look in the next sentence as a second opinion that took place', () => {
    check([
      ['completed', 'nl', 'Ik ben gisteren in Leiden geweest bij de reumatoloog. Hij heeft alles nog eens bekeken en komt tot dezelfde conclusie.'],
      ['completed', 'en', "I went to see the surgeon at Guy's on Monday. She went through the scans again and agrees with the plan."],
      ['completed', 'nl', 'Hij vertelt dat hij bij een uroloog in een ander ziekenhuis is geweest en dat die geen reden voor een operatie zag.'],
      ['completed', 'nl', 'Patiënt is op eigen verzoek ook gezien door de reumatoloog van het LUMC, die het behandelplan onderschreef.'],
      ['completed', 'en', 'We saw her on 3 and 10 May for a second opinion on the diagnosis.'],
    ]);
  });

  it('reads a fellow patient, a span of time and the own elderly-care physician apart from the patient’s wish', () => {
    check([
      ['none', 'nl', 'Een medebewoner heeft een second opinion gehad in het ziekenhuis.'],
      ['none', 'en', 'A fellow patient on the ward got a second opinion elsewhere.'],
      ['none', 'nl', 'Zijn vader wil dat hij een second opinion krijgt. Klachten bestaan sinds 5 jaar; controle over 6 maanden.'],
      ['none', 'nl', 'Morgen beoordeling door eigen SO.'],
    ]);
  });

  it('reads a reason clause after a refusal of the treatment, and an earlier wish taken back', () => {
    check([
      ['requested', 'en', 'She postponed the operation as she wants another surgeon to look at the scans first.'],
      ['requested', 'en', 'She asked to be independently reassessed by a geriatrician.'],
      ['declined', 'en', 'Previously mentioned wanting an independent opinion; today she says she is happy to go ahead here without one.'],
    ]);
  });
});

describe('offers of another opinion and the answer to them', () => {
  it('reads an offer as an option for the patient, and the answer as the state', () => {
    check([
      ['considering', 'en', 'I offered her a referral to another rheumatologist for a fresh look at the diagnosis.'],
      ['declined', 'en', 'I offered her a referral to another rheumatologist for a fresh look. She felt this was unnecessary.'],
      ['requested', 'en', 'I offered her a referral to another rheumatologist for an independent view, which she accepted.'],
      ['considering', 'nl', 'Ik heb mevrouw aangeboden haar scans door een andere radioloog te laten beoordelen.'],
      ['requested', 'en', 'She wants another surgeon to give a view before she decides on the repair offered here.'],
    ]);
  });
});

describe('a sentence in the other language inside a note', () => {
  it('reads the other language’s cues when the note’s own language finds none', () => {
    check([
      ['requested', 'en', 'Pt graag 2nd opinion in UMC, scan sent.'],
      ['declined', 'nl', 'Mw. does not want a second opinion.'],
    ]);
  });
});

describe('results told in the passive, "confirmed that" and "the same" elsewhere', () => {
  it('reads a verdict from the place the patient went to as a second opinion that took place', () => {
    check([
      ['completed', 'nl', 'Mw. is in het Maasstad geweest; daar werd bevestigd dat het om artrose gaat.'],
      ['completed', 'nl', 'Op zijn eigen verzoek zijn de foto’s door het expertisecentrum in Nijmegen beoordeeld; zij adviseren afwachten.'],
      ['completed', 'nl', 'Hij is ook in het Erasmus geweest; de internist daar ziet er hetzelfde in.'],
      ['completed', 'en', 'She was seen in the Leeds General at her own request. They advise the same as us.'],
      ['completed', 'en', 'Following her consultation with Dr Ray at the Freeman, I have the letter. She confirms the diagnosis.'],
    ]);
  });
});

describe('going on with the treatment after refusing', () => {
  it('reads wanting to press on with it after a refusal as a refusal, not a wish', () => {
    check([['declined', 'en', 'No, I will not see another specialist about it. I want to press on with it now.']]);
  });
});

describe('clinical shorthand: a bare mention with what happens to it', () => {
  it('reads going for one, a waiting list and "volgt" as arranged', () => {
    check([
      ['requested', 'nl', 'Pt gaat voor second opinion naar het AMC.'],
      ['requested', 'en', 'Pt is going for a second opinion at Barts.'],
      ['requested', 'nl', 'Pt staat op de wachtlijst voor second opinion.'],
      ['requested', 'en', 'On the waiting list for a second opinion at Christie.'],
      ['requested', 'nl', 'SO neurologie UMCG volgt.'],
      ['requested', 'en', 'Second opinion letter to follow.'],
      ['requested', 'nl', 'Vraagstelling: second opinion m.b.t. behandeladvies.'],
      ['requested', 'nl', 'Second opinion gewenst door patiënt.'],
      ['none', 'nl', 'Pt staat op de wachtlijst voor de knieprothese.'],
    ]);
  });

  it('reads "had", "seen in … for" and a plan "na second opinion" after a wish as one that took place or is to come', () => {
    check([
      ['completed', 'en', 'Had second opinion at Royal Marsden, same advice.'],
      ['requested', 'en', 'Had second opinion booked for March at the Marsden.'],
      ['requested', 'en', 'Pt had second opinion referral sent last week.'],
      ['completed', 'en', 'Had second opinion, surgery booked for March.'],
      ['completed', 'nl', 'Na de second opinion is de operatie gepland.'],
      ['completed', 'en', 'Seen in Leeds for second opinion.'],
      ['requested', 'nl', 'Pt wil eerst second opinion. Na second opinion terug op spreekuur.'],
      ['completed', 'nl', 'Second opinion Radboud: conform beleid.'],
      ['completed', 'nl', 'Na de second opinion wil pt toch opereren.'],
      ['requested', 'en', 'Seen in clinic today, wants referral for second opinion.'],
      ['requested', 'nl', 'Pt wil second opinion, daarna behandeling conform beleid.'],
    ]);
  });

  it('reads "after the second opinion" behind a wish as one still to come, and "after another surgeon" as the first one', () => {
    check([
      ['requested', 'nl', 'Wil pas beslissen na de second opinion.'],
      ['requested', 'nl', 'Pt wil na second opinion pas kiezen.'],
      ['requested', 'en', 'Wants surgery after a second opinion.'],
      ['requested', 'nl', 'Start chemo uitgesteld tot na SO.'],
      ['requested', 'en', 'She wants a second opinion after another surgeon told her she needs a knee replacement.'],
      ['none', 'en', 'Seen after another doctor referred him.'],
      ['requested', 'nl', 'Na de second opinion-aanvraag is de verwijzing naar het AMC verstuurd.'],
      ['requested', 'en', 'Following the second opinion request, referral sent to Papworth.'],
      ['requested', 'nl', 'Eerder second opinion aangevraagd, nog geen afspraak.'],
    ]);
  });

  it('reads a second opinion talked over, with nothing else said, as weighed; anything said about it outweighs that', () => {
    check([
      ['considering', 'nl', 'Second opinion besproken.'],
      ['considering', 'en', 'Discussed second opinion with patient.'],
      ['declined', 'nl', 'Second opinion besproken; pt ziet ervan af.'],
      ['requested', 'en', 'Discussed second opinion; she would like to go ahead.'],
      ['completed', 'nl', 'Uitslag second opinion besproken met pt: zelfde advies.'],
      ['none', 'nl', 'Geen second opinion besproken.'],
      ['none', 'en', 'Discussed with the on-call registrar, plan unchanged.'],
    ]);
  });

  it('reads "no wish for" and "geen … gewenst" as a refusal', () => {
    check([
      ['declined', 'en', 'No wish for second opinion.'],
      ['declined', 'nl', 'Geen second opinion gewenst.'],
      ['declined', 'nl', 'Pt heeft geen wens tot een second opinion.'],
    ]);
  });

  it('reads a mention headed by its place or date with a finding after a colon as a result, and a form value as none', () => {
    check([
      ['completed', 'nl', 'Second opinion AMC: geen andere behandelopties.'],
      ['completed', 'nl', 'SO MDL Radboudumc (3/11): conservatief beleid, controle bij eigen MDL-arts.'],
      ['completed', 'en', '2nd opinion St Thomas (14/2): medical management, no surgery.'],
      ['requested', 'nl', 'SO AMC: pt wil dit graag, verwijzing volgt.'],
      ['requested', 'en', 'Second opinion Papworth: referral sent, awaiting date.'],
      ['completed', 'nl', 'Eerdere second opinion in het LUMC, 2021.'],
      ['none', 'nl', 'Second opinion: niet van toepassing'],
      ['none', 'en', 'Second opinion: not applicable'],
      ['none', 'nl', 'Second opinion AMC: nee'],
      ['none', 'nl', 'Second opinion AMC: dr. de Vries, afdeling urologie.'],
      ['none', 'en', 'Second opinion Papworth: 12/3 at 10:00.'],
    ]);
  });

  it('reads asking for information on it as weighing, and parents wishing it for a child as their request', () => {
    check([
      ['considering', 'nl', 'Wil info over second opinion bij ander ziekenhuis.'],
      ['considering', 'en', 'Wants info on how a second opinion works.'],
      ['requested', 'nl', 'Ouders (dochter 6 jr) wensen second opinion kinderneurologie.'],
    ]);
  });

  it('reads asking us to refer as a request, refusing another doctor as a refusal, and "would it make sense" as weighing', () => {
    check([
      ['requested', 'nl', 'Mw. vraagt of wij haar kunnen verwijzen naar een andere reumatoloog.'],
      ['requested', 'en', 'Asked if we could refer him to another urologist.'],
      ['declined', 'nl', 'Dhr. wil geen andere cardioloog, hij is tevreden over de behandeling hier.'],
      ['none', 'nl', 'Er was vannacht geen andere arts beschikbaar.'],
      ['declined', 'en', 'She sees no reason to ask another hospital.'],
      ['considering', 'nl', 'Zou het zin hebben om een ander ziekenhuis te laten kijken naar mijn longfoto?'],
      ['requested', 'en', 'Pt wants the MRI reviewed again at Alder Hey.'],
      ['requested', 'en', 'Parents of Sam (4) want the MRI reviewed again at Alder Hey.'],
    ]);
  });
});

describe('record shorthand: places named without a preposition, looks told by their participle, dropped apostrophes', () => {
  it('reads a hospital named where it stands, by its letters or by how its name ends', () => {
    check([
      ['requested', 'nl', 'Pt wil dat Erasmus MC de MRI nog eens beoordeelt.'],
      ['requested', 'nl', 'Afspraak LUMC voor beoordeling op eigen verzoek, volgt.'],
      ['requested', 'nl', 'Scans naar UMCG-neurochirurgie gestuurd tbv beoordeling op verzoek pt.'],
      ['requested', 'nl', 'Ouders willen dat Wilhelminakinderziekenhuis ook kijkt naar de diagnose.'],
      ['requested', 'en', 'Family want Royal Brompton Hospital to review the echo again.'],
      ['requested', 'en', 'Pt asks that UCLH look again at the biopsy before surgery.'],
      ['none', 'nl', 'Beoordeling LUMC: stabiel, controle over een jaar.'],
      ['none', 'en', 'MRI reviewed at the MDT, plan unchanged.'],
    ]);
  });

  it('reads a look at the patient’s own request, told by its participle alone, as one that took place', () => {
    check([
      ['completed', 'nl', 'Op eigen verzoek gezien door neuroloog Isala; zij adviseert geen operatie.'],
      ['completed', 'nl', 'Op verzoek van pt beoordeeld in het AVL, conclusie benigne.'],
      ['completed', 'en', 'At her own request seen by a rheumatologist at Leeds Infirmary; same diagnosis.'],
      ['requested', 'en', 'At her own request to be seen by a rheumatologist at Leeds Infirmary.'],
      ['none', 'nl', 'Gezien door dermatoloog, naevus verwijderd.'],
      ['none', 'en', 'Seen by physio on the ward, mobilising well.'],
    ]);
  });

  it('reads an external assessment, a look again and one weighed elsewhere', () => {
    check([
      ['requested', 'nl', 'Pt wil een externe beoordeling van de PA-uitslag.'],
      ['completed', 'nl', 'Uitslag externe beoordeling binnen: zelfde advies.'],
      ['considering', 'nl', 'Mw. overweegt elders beoordeling van de diagnose, denkt er nog over na.'],
      ['considering', 'nl', 'Dhr. vraagt of de verzekering het vergoedt als hij elders laat beoordelen.'],
      ['requested', 'en', 'Parents request that Great Ormond Street Hospital look again at the diagnosis.'],
      ['requested', 'nl', 'Pt heeft behoefte aan een andere neuroloog voor de diagnose.'],
      ['completed', 'nl', 'Verslag ontvangen: andere cardioloog concludeert eveneens dat ablatie zinvol is.'],
      ['completed', 'en', 'Letter in: another neurologist concludes the same.'],
    ]);
  });

  it('reads a cancellation that befell the patient apart from one the patient made, and a relative’s own second opinion', () => {
    check([
      ['declined', 'en', 'Appt for external opinion at Guys cxl’d by pt, does not want another.'],
      ['requested', 'en', "The second opinion appointment got cancelled by the clinic; she still wants to go and is rebooked."],
      ['none', 'nl', 'Zoon van pt heeft zelf een second opinion gehad; pt heeft hier geen vragen over.'],
      ['none', 'en', 'Her husband had a second opinion for his knee last year; she has no questions about it.'],
    ]);
  });

  it('reads a message without apostrophes as one with them', () => {
    check([
      ['declined', 'en', 'I dont want a second opinion, I trust my team.'],
      ['completed', 'en', 'Ive already had a second opinion at the Christie.'],
      ['declined', 'en', 'She doesnt want another specialist to look at it.'],
      ['considering', 'en', 'Not sure about the diagnosis. Could someone else look at my scans? I dont want to upset my consultant.'],
      ['requested', 'nl', "Pt wil de foto's door een ander ziekenhuis laten beoordelen."],
    ]);
  });

  it('reads a place named as the one who looks, someone weighing in, and a dated log line that answers the line before', () => {
    check([
      ['requested', 'nl', 'Ouders willen dat Sophia opnieuw naar de MRI kijkt voordat er geopereerd wordt.'],
      ['requested', 'en', 'She wants Addenbrookes to look at the biopsy again before surgery.'],
      ['considering', 'en', 'If the tumour grows, he may want Christie to weigh in before anything is decided.'],
      ['requested', 'nl', 'Pt wil graag dat het LUMC meedenkt over de behandeling.'],
      ['none', 'nl', 'Radiologie UMCG heeft meegedacht, conclusie: geen maligniteit.'],
      ['declined', 'nl', '2/5 pt wil ander ziekenhuis laten meekijken.\n9/5 pt belt: ziet er toch van af, start behandeling hier.'],
      ['declined', 'en', '4/6 pt wants another hospital to review the scans.\n11/6 pt rang: changed his mind, no longer wants it.'],
      ['requested', 'en', '4/6 pt wants another hospital to review the scans.\n11/6 pt rang: scans sent, appointment there on the 20th.'],
    ]);
  });

  it('reads a form question with its tick boxes as a form, and the answer after a question put to the patient as theirs', () => {
    check([
      ['none', 'en', 'Second opinion requested by patient? [ ] Yes [ ] No'],
      ['none', 'nl', 'Wil patiënt een second opinion? ☐ ja ☐ nee. Zo ja, waar: ________'],
      ['none', 'en', 'Is this referral for a second opinion? [ ] Yes [x] No. Reason: persistent cough.'],
      ['declined', 'en', 'Asked whether she would like another surgeon to look at the plan: no, happy to proceed.'],
      ['declined', 'nl', 'Op de vraag of hij een andere uroloog wil raadplegen: nee.'],
      ['requested', 'nl', 'Gevraagd of zij elders een tweede mening wil: ja, verwijzing volgt.'],
      ['requested', 'en', 'Asked if he wants a second opinion: yes please.'],
      ['none', 'nl', 'Second opinion: nee'],
    ]);
  });
});

describe('mixed-language phrases, wished looks, requests that came first, questions about something else', () => {
  it('reads the other language in a phrase of its own inside a note', () => {
    check([
      ['declined', 'nl', 'Pt declined SO; gaat door met de chemo volgens schema.'],
      ['requested', 'nl', 'Mw requests a second opinion, vraagt nog wel of de fysio door kan gaan.'],
      ['declined', 'en', 'Pt wil geen second opinion; happy to continue with the current plan.'],
    ]);
  });

  it('reads a look told by its participle after a wish as the wish, not as a result', () => {
    check([
      ['requested', 'en', 'Asked to have her biopsy looked at by a pathologist at the Marsden as well.'],
      ['requested', 'en', 'He would like the scans looked at by Leeds too before he decides.'],
      ['requested', 'nl', 'Dochter (curator) wil dat de scans ook in het AMC bekeken worden voor de operatie.'],
      ['requested', 'nl', 'Mw wil graag dat haar dossier ook in het Erasmus MC beoordeeld wordt.'],
      ['completed', 'en', 'At her own request the slides were looked at by a pathologist at UCLH: same grade.'],
    ]);
  });

  it('reads a request told as what came before a result as done', () => {
    check([
      ['completed', 'en', 'The cardiologist at Papworth confirmed the diagnosis following her request for review.'],
      ['completed', 'nl', 'De neuroloog in het UMCG heeft de diagnose MS bevestigd, na haar verzoek om heroordeling.'],
      ['requested', 'en', 'Following her request for a second opinion, a referral to UCLH was sent.'],
    ]);
  });

  it('keeps a firm wish or arrangement when a question after it asks about something else', () => {
    check([
      ['requested', 'en', 'Appt at UCLH for second opinion on 3/5, pt asking if the surgery date can wait until then.'],
      ['requested', 'en', 'Referred for a second opinion, wondering whether she may keep driving meanwhile.'],
      ['considering', 'en', 'He is not sure whether a second opinion would help.'],
    ]);
  });

  it('reads a request for cover of a consult as a request, and a question about cover as weighing', () => {
    check([
      ['requested', 'nl', 'Verzekerde verzoekt om vergoeding van een second opinion bij het AVL.'],
      ['requested', 'en', 'Member requests coverage for a second opinion at Mayo Clinic.'],
      ['considering', 'en', 'She asks whether her insurance covers a second opinion.'],
      ['considering', 'nl', 'Vraagt of een second opinion vergoed wordt.'],
    ]);
  });

  it('reads a competent patient refusing what the family wants, and "getting back to it" as still open', () => {
    check([
      ['declined', 'nl', 'Kinderen willen dat een andere internist meekijkt, maar mw. (wilsbekwaam) zegt dat zij dat niet wil.'],
      ['considering', 'nl', 'Twijfelt over de diagnose, mogelijkheid van een second opinion uitgelegd, pt komt erop terug.'],
      ['declined', 'nl', 'Pt wilde een second opinion, maar komt terug op zijn verzoek.'],
      ['considering', 'nl', 'Weegt een second opinion in het UMCU af tegen direct opereren.'],
      ['considering', 'nl', 'Conclusie: pt overweegt een second opinion in het Radboudumc.'],
    ]);
  });
});

describe('wishes over "and", inverted conditions, everyday names of specialists, replies to a quoted offer', () => {
  it('reads a participle after a wish as wished for across "and", but after an auxiliary as what took place', () => {
    check([
      ['requested', 'en', "We'd like her bloods and the CT looked at by the team at the Royal Brompton before anything is decided."],
      ['completed', 'en', 'She wanted another view, and was seen by a hepatologist at Kings: same advice.'],
      ['requested', 'nl', 'Ouders willen dat de MRI en het EEG ook in het Sophia bekeken worden.'],
    ]);
  });

  it('reads a condition told by "should …" at the head of a sentence as a condition', () => {
    check([
      ['considering', 'en', 'Should the scan show progression, he would like another oncologist to look at it.'],
      ['considering', 'en', 'Should she relapse, she wants a second opinion at UCLH.'],
      ['requested', 'en', 'She wants a second opinion at UCLH and says we should refer her today.'],
    ]);
  });

  it('knows the everyday names of specialists', () => {
    check([
      ['considering', 'en', 'Thinking of asking another ortho to look at my shoulder before I agree to surgery.'],
      ['requested', 'en', 'I want a different gyno to check the scan results.'],
    ]);
  });

  it('reads the reply to a quoted offer or a quoted right as the answer', () => {
    check([
      ['requested', 'nl', '> Zullen wij een afspraak in het UMCG maken, zodat een andere neuroloog naar uw scans kijkt?\n\nja graag, dat zou fijn zijn.'],
      ['declined', 'nl', '> Wilt u dat een andere chirurg in het AMC naar uw knie kijkt?\n\nnee hoor, ik vertrouw op u.'],
      ['declined', 'en', '> Would you like us to arrange a second opinion?\n\nNo thanks, happy to go ahead.'],
      ['considering', 'en', "> You are entitled to ask for a second opinion if you'd like one.\n\nThanks. Not sure yet, to be honest."],
      ['none', 'en', "> You are entitled to ask for a second opinion if you'd like one.\n\nThanks for the leaflet, see you on Monday."],
    ]);
  });
});

describe('passive looks, looks told as "seen elsewhere" or "there", and asking someone named for one', () => {
  it('reads Dutch passive looks and "elders gezien"', () => {
    check([
      ['requested', 'nl', 'Pt wil dat de biopten eerst in het NKI opnieuw worden beoordeeld.'],
      ['completed', 'nl', 'Elders gezien (UMCU, op eigen verzoek): zelfde advies als hier.'],
      ['none', 'nl', 'De wond wordt dagelijks bekeken door de wijkverpleging.'],
    ]);
  });

  it('reads being seen "there" after the place, and an expert review elsewhere', () => {
    check([
      ['requested', 'en', 'Her appointment at the Marsden was cancelled by them. She still wants to be seen there before starting treatment.'],
      ['requested', 'en', 'Pt wants expert review at the Walton Centre before any surgery.'],
    ]);
  });

  it('reads a patient asking someone named for one as a request, and the writer asking a colleague as none', () => {
    check([
      ['requested', 'en', 'Pt asked his GP for a second opinion.'],
      ['requested', 'en', 'She asked the registrar yesterday for an independent review at another hospital.'],
      ['none', 'en', 'Asked tissue viability nurse for a second opinion on the pressure sore.'],
    ]);
  });
});

describe('results that came back, reviews by a named centre, decisions against, "SO" in elderly care', () => {
  it('reads a second opinion that came back or supports the diagnosis as done', () => {
    check([
      ['completed', 'en', 'The second opinion from Great Ormond Street has come back and supports the diagnosis.'],
      ['completed', 'en', 'Second opinion at Leeds: they supported the plan for surveillance.'],
    ]);
  });

  it('reads a representative asking that a named centre reviews it as a request', () => {
    check([
      ['requested', 'en', 'Father (legal guardian) requests that the epilepsy centre at Chalfont reviews the EEGs.'],
      ['requested', 'en', 'Daughter, who holds LPA for health, asks on her behalf that the diagnosis be reviewed by a different memory clinic.'],
    ]);
  });

  it('reads a decision against one as a refusal, and an infinitive "te laten doen" as no result', () => {
    check([
      ['declined', 'nl', 'Dhr. heeft besloten toch geen andere mening te vragen.'],
      ['declined', 'nl', 'Mw. heeft besloten geen herbeoordeling in het UMCG te laten doen.'],
    ]);
  });

  it('reads a colleague asked for an opinion on a specimen, a shop asked about shoes and "SO" in elderly care as none', () => {
    check([
      ['none', 'en', 'Consultant asked for a second opinion from pathology on the margins; report awaited.'],
      ['none', 'en', 'The physio suggested a different pair of running shoes; a second opinion from the shop agreed.'],
      ['none', 'nl', 'SO: mevr. opgenomen op de afdeling, specialist ouderengeneeskunde ziet haar morgen.'],
      ['requested', 'nl', 'SO: pt wil een second opinion in het AMC.'],
    ]);
  });
});

describe('going private, "zkh", "assess his …" and "agreed that" elsewhere', () => {
  it('reads a private consultation elsewhere about alternatives as a second look', () => {
    check([
      ['requested', 'en', 'She has arranged a private consultation with a knee surgeon in London to discuss alternatives to the replacement.'],
      ['requested', 'nl', 'Pt heeft een afspraak gemaakt bij een privekliniek in Amsterdam om de knie opnieuw te laten beoordelen.'],
    ]);
  });

  it('knows "zkh" as a hospital and "assess his / the …" as a look', () => {
    check([
      ['requested', 'nl', 'pt wil verwijzing naar ander zkh voor herbeoordeling dx'],
      ['requested', 'en', 'Pt requested his notes be forwarded to the Walton Centre so they can assess his epilepsy diagnosis.'],
    ]);
  });

  it('reads "who agreed that …" from a place seen privately as a result', () => {
    check([['completed', 'en', 'She saw Prof Lee at UCLH privately last month, who agreed that surgery is the best option.']]);
  });
});

describe('a doubt given as the cause of a wish or a referral', () => {
  it('reads a wish or a referral made because of a doubt as a request, and the doubt alone as weighing', () => {
    check([
      ['requested', 'nl', 'pte wil 2nd opinion ivm twijfel over dx, verwijzing UMCG'],
      ['requested', 'en', 'Referred for a second opinion because of her doubts about the diagnosis.'],
      ['considering', 'nl', 'Pte twijfelt over de dx, denkt aan een 2nd opinion.'],
      ['considering', 'en', 'Because of her doubts she may want a second opinion.'],
    ]);
  });
});

describe('weighing told as being torn or not ruling it out, and a result that would have been', () => {
  it('reads being torn, not ruling it out and a counterfactual result as weighing', () => {
    check([
      ['considering', 'en', 'She is torn between going ahead with the surgery and getting another opinion.'],
      ['considering', 'en', 'She has not ruled out seeking a second opinion.'],
      ['considering', 'en', 'He keeps asking himself whether a different hospital would have found something else.'],
      ['considering', 'nl', 'Mw twijfelt tussen direct opereren en eerst een second opinion.'],
      ['none', 'en', 'She is torn between two dates for the surgery.'],
    ]);
  });
});

describe('a named centre after "like", and a court-appointed representative', () => {
  it('reads "I\'d like Mayo to look …" as a place that looks, and a court-appointed deputy as acting for the patient', () => {
    check([
      ['requested', 'en', "I'd like Mayo to look at my records before I go through with the surgery."],
      ['requested', 'en', 'Mother (court-appointed deputy, pt lacks capacity) wants the Walton Centre to review his diagnosis before any change.'],
      ['none', 'en', 'Her mother wants the Walton Centre to review her own diagnosis.'],
    ]);
  });
});

describe('"als" before the noun, and the patient\'s own words after a wish', () => {
  it('reads "als second opinion" as "as a second opinion", while "als een andere chirurg" stays a condition', () => {
    check([
      ['completed', 'nl', 'De neuroloog van het Radboudumc heeft op verzoek van dhr. als second opinion de MRI beoordeeld: eens met de diagnose.'],
      ['completed', 'nl', 'Orthopeed Isala heeft de foto\'s als tweede mening bekeken en adviseert eveneens een prothese.'],
      ['considering', 'nl', 'Als een andere chirurg ernaar heeft gekeken, wil mw. wel geopereerd worden.'],
    ]);
  });

  it('keeps a wish when the quoted reason after it holds a no or an if', () => {
    check([
      ['requested', 'nl', "Vader vraagt om een second opinion over de diagnose astma bij Tim (6): 'hij is helemaal niet benauwd'. Verwijzing verstuurd."],
      ['requested', 'en', "Pt asks for a second opinion re: the proposed amputation - 'I won't lose my leg if there's any other option'."],
      ['declined', 'en', "When asked about the second opinion she had mentioned, she said she'd 'decided against it, I trust Dr Reid'."],
      ['declined', 'nl', "Second opinion besproken: 'nee, dat hoeft niet, ik vertrouw u'."],
    ]);
  });
});

describe('companions of a talk, plural withdrawals and a few more names for it', () => {
  it('reads a relative named among those the patient talked with as company, not as the one who wants it', () => {
    check([
      ['declined', 'nl', 'Mw. had om een second opinion gevraagd. Na overleg met de zaalarts en haar zoon ziet mw. daarvan af.'],
      ['declined', 'en', 'He had asked for a second opinion. After a talk with the registrar and his wife he no longer wants one.'],
      ['none', 'nl', 'Haar zoon wil een second opinion voor zijn eigen knie.'],
    ]);
  });

  it('reads plural withdrawals and more British names', () => {
    check([
      ['declined', 'nl', 'De ouders hadden om een second opinion gevraagd, maar na uitleg trekken zij hun verzoek in.'],
      ['declined', 'en', 'She was offered a further surgical opinion at Guy\'s but has decided against it.'],
      ['requested', 'en', 'Parents would like a tertiary neurology review of the epilepsy diagnosis; referral sent.'],
    ]);
  });
});

describe('a result reported after a semicolon in the request\'s own sentence', () => {
  it('reads the request as carried out when a later clause reports its result', () => {
    check([
      ['completed', 'en', "Seen privately by Dr Osei at pt's request for another opinion on the dx; report received: agrees with the diagnosis."],
      ['completed', 'nl', 'Op verzoek van mw. verwezen voor een second opinion naar het AVL; brief ontvangen, eens met het beleid.'],
      ['requested', 'en', 'Referred at her request for a second opinion; report awaited.'],
    ]);
  });
});

describe('a referral form whose reason is the second opinion, and "ernaar kijkt"', () => {
  it('reads the referral\'s reason or product field as a request, while a label with no value stays none', () => {
    check([
      ['requested', 'nl', 'Verwijsreden: second opinion over de indicatie voor een heupprothese.'],
      ['requested', 'nl', 'Zorgdomein - Cardiologie\nProduct: Tweede mening\nGeachte collega, graag verwijs ik mw. naar u.'],
      ['requested', 'en', 'Reason for referral: second opinion regarding the proposed spinal fusion.'],
      ['none', 'en', 'Second opinion: N/A'],
    ]);
  });

  it('reads a named place that is to look at it ("dat het UMCG ernaar kijkt") as the look, a colleague here as none', () => {
    check([
      ['requested', 'nl', 'Ik wil dat iemand in het Erasmus MC ernaar kijkt voordat ik akkoord ga met de operatie.'],
      ['none', 'nl', 'De wondverpleegkundige gaat er morgen naar kijken.'],
    ]);
  });
});

describe('the letter of the one who looked, a verdict after a long visit, a colleague consulted', () => {
  it('reads "Ik zag uw patiënt … voor een second opinion" as done, "Ik zag dat …" not', () => {
    check([
      ['completed', 'nl', 'Ik zag uw patiënt dhr. Bos op zijn verzoek voor een second opinion over de voorgestelde prostatectomie.'],
      ['requested', 'nl', 'Ik zag dat ze een second opinion wil; verwijzing volgt.'],
    ]);
  });

  it('reads a verdict told after a visit of many words, and "zeiden ze hetzelfde"', () => {
    check([
      ['completed', 'nl', 'Ik ben vorige maand in Leiden bij de hoogleraar geweest. Hij zei precies hetzelfde als u.'],
      ['completed', 'nl', 'Dhr. is in het Radboudumc geweest. Daar zeiden ze hetzelfde als hier.'],
    ]);
  });

  it('reads a note\'s subjectless "discussed with [service] for a second opinion" as the writer\'s consult', () => {
    check([
      ['none', 'en', 'Discussed with haematology for second opinion on the anticoagulation: continue apixaban.'],
      ['requested', 'en', 'Discussed with pt and daughter: she would like a second opinion.'],
      ['considering', 'en', 'Asked whether a private reassessment of the autism diagnosis is possible and what it costs.'],
    ]);
  });
});

describe('mentions nested in one phrase, centres named by kind, and a view that might differ', () => {
  it('reads what is said of one of two close mentions of a clause as said of both', () => {
    check([
      ['declined', 'en', 'He turned down our offer of a referral to a tertiary centre for a second opinion.'],
      ['declined', 'nl', 'Mw. weigerde een verwijzing naar een ander centrum voor een second opinion.'],
    ]);
  });

  it('knows centres named by their kind ("epilepsiecentrum", "the national sarcoma centre")', () => {
    check([
      ['considering', 'nl', 'Beoordeling door het levercentrum aangeboden. Mw. wil er thuis over nadenken.'],
      ['considering', 'en', 'He has been offered a referral to the national sarcoma centre for an opinion and wants time to think it over.'],
    ]);
  });

  it('reads another place that might see it differently as weighing it', () => {
    check([
      ['considering', 'en', 'She wonders whether a specialist centre would see it differently.'],
      ['considering', 'nl', 'Dhr. vraagt of een academisch ziekenhuis tot een andere conclusie zou kunnen komen.'],
      ['none', 'en', 'The physio at Guy\'s does it differently.'],
    ]);
  });
});

describe('"here" as the place, and going ahead with the treatment', () => {
  it('reads a "hier" / "here" that ends its clause as the place of treatment, not the mention', () => {
    check([
      ['declined', 'nl', 'Dhr. heeft besloten geen oordeel van een ander ziekenhuis te vragen en wil zo snel mogelijk beginnen met de bestraling hier.'],
      ['declined', 'en', 'She has decided against asking another hospital for a view and wants to start the chemotherapy here.'],
      ['requested', 'nl', 'Mw. wil een second opinion. Zij wil hier graag gebruik van maken.'],
    ]);
  });

  it('reads "happy to go ahead" after a turned-down offer as going ahead with the treatment', () => {
    check([
      ['declined', 'en', 'Thank you for offering to send my scans to another surgeon, but no thank you. I am happy to go ahead.'],
    ]);
  });
});

describe('record notation and small words that change the reading', () => {
  it('reads "?diagnosis" as a query, not a question, and "echter" / "however" inside a clause as an adverb', () => {
    check([
      ['none', 'en', 'Radiology second opinion re ?fracture: none seen.'],
      ['requested', 'nl', 'Pt. wenst echter eerst een second opinion in het Erasmus MC; verwijzing verstuurd.'],
      ['requested', 'en', 'She however wants a second opinion before the operation; referral sent.'],
    ]);
  });

  it('reads "als moeder" as a role, information given as information, "ter info" as a note to a colleague', () => {
    check([
      ['requested', 'nl', 'Ik heb als moeder gezegd dat ik een second opinion wil voor onze dochter in het Sophia.'],
      ['considering', 'nl', 'Moeder twijfelt, vraagt wat een second opinion inhoudt. P: info second opinion gegeven, ouders laten het weten.'],
      ['completed', 'nl', 'Ter info: dhr. is vorige week in het Radboudumc geweest om de operatie-indicatie daar te laten bekijken; zij adviseren eerst fysiotherapie.'],
    ]);
  });

  it('reads withdrawals and refusals in other words', () => {
    check([
      ['declined', 'nl', 'Pt. vroeg vorige week een second opinion aan. Geeft nu aan dat ze dat toch niet meer wil.'],
      ['declined', 'nl', 'Besproken of mw. de behandeling nog door een ander ziekenhuis wil laten beoordelen; mw. ziet daar geen reden meer toe.'],
      ['declined', 'en', "I won't be needing the second opinion referral we talked about. Please book the surgery."],
    ]);
  });

  it('reads thinking that is over, a wish in the past before a refusal, and results sent back', () => {
    check([
      ['requested', 'en', "After thinking about it all weekend I'd like a second opinion before the surgery, ideally at the Royal Marsden."],
      ['declined', 'en', 'Previously wished to seek a second opinion. She has since said she no longer wants this.'],
      ['completed', 'en', 'The team at the Christie have sent back their view on her case: they think the lesion is benign.'],
      ['completed', 'en', 'Pt had asked for his scans to be looked at by UCLH before deciding. UCLH review now back: recommend surveillance.'],
      ['completed', 'en', 'Case study: Helen came to our clinic for a second opinion after being told she needed a knee replacement.'],
      ['none', 'en', 'A different patient\'s second opinion request was filed in her record by mistake.'],
    ]);
  });
});

describe('corrections of the record', () => {
  it('reads a mention the record says was entered in error, or belongs to someone else by mistake, as none', () => {
    check([
      ['none', 'en', 'Note: the second opinion request on this record was a filing error and has been removed.'],
      ['none', 'nl', 'De aanvraag second opinion is per abuis in dit dossier geregistreerd en verwijderd.'],
    ]);
  });
});

describe('the view of a centre named by kind', () => {
  it('reads "the view of an expert centre" with its sign, an ordinary review as none', () => {
    check([
      ['considering', 'en', 'She has raised the idea of getting the view of a specialist centre, but is undecided.'],
      ['none', 'en', 'Wound review in clinic by the nurse in two weeks.'],
    ]);
  });
});

describe('more English paraphrases', () => {
  it('reads another perspective, a review asked of a centre, a regional centre that reassesses, a view from a named place', () => {
    check([
      ['requested', 'en', 'Pt would like another perspective on the diagnosis before starting treatment.'],
      ['requested', 'en', 'She asks to have her case reviewed by a specialist centre.'],
      ['requested', 'en', "He's keen for the regional centre to reassess before any surgery."],
      ['requested', 'en', 'Pt keen to get a view from Birmingham before deciding.'],
      ['none', 'en', 'The physio at the regional centre will reassess her gait next week.'],
    ]);
  });
});

describe('another clinician who might look at it differently, without a place', () => {
  it('reads "of een parodontoloog hier anders naar zou kijken" as weighing a second look', () => {
    check([
      ['considering', 'nl', 'Pt vraagt of een parodontoloog hier anders naar zou kijken.'],
      ['none', 'nl', 'Mw. kijkt er nu anders naar en wil de operatie toch.'],
    ]);
  });
});

describe('"een ander" who looks, and someone seen privately', () => {
  it('reads "door een ander laten bekijken", "dat een ander naar … kijkt" and "seeing someone privately", not another medicine', () => {
    check([
      ['considering', 'nl', "Pt vraagt of het zinvol is om de foto's door een ander te laten bekijken."],
      ['requested', 'nl', "Dhr. staat erop dat een ander naar zijn foto's kijkt."],
      ['none', 'nl', 'Wil de pijnstiller vervangen door een ander middel.'],
      ['considering', 'en', 'He is toying with the idea of seeing someone privately.'],
    ]);
  });
});

describe('results told in other words', () => {
  it('reads "daar werd … bevestigd", "elders gezien, die kwamen tot …", "is het ermee eens" and "has now looked at it" as done', () => {
    check([
      ['completed', 'nl', 'Pt is in het UMCG gezien; daar werd het advies bevestigd.'],
      ['completed', 'nl', 'Mw. is elders gezien, die kwamen tot dezelfde conclusie.'],
      ['completed', 'nl', 'De orthodontist in het UMC heeft het plan bekeken en is het ermee eens.'],
      ['completed', 'en', 'Another oncologist has now looked at it and concurs.'],
    ]);
  });
});

describe('a second opinion named with its field', () => {
  it('reads "a second dental opinion", "een tweede tandheelkundige mening", not a second lawyer\'s opinion', () => {
    check([
      ['declined', 'en', 'Offered a second dental opinion, pt not keen.'],
      ['requested', 'nl', 'Mw. wil een tweede tandheelkundige mening over de extractie.'],
      ['none', 'en', "Has got a second lawyer's opinion on his tribunal case."],
    ]);
  });
});

describe('the date a note was written', () => {
  it('reads a full date before a mention as the note\'s date, not a year in which it took place', () => {
    check([
      ['requested', 'en', '2026-11-20 Dr A. Whitfield, Consultant Patient asks for a second opinion before starting the new insulin regimen.'],
      ['requested', 'nl', '12-03-2021 pt wil een second opinion in het UMCG.'],
      ['completed', 'nl', 'SO 2019 AMC: conform beleid.'],
    ]);
  });
});

describe('a request withdrawn by its noun, and the letter of the one who was asked', () => {
  it('reads a later sentence that withdraws "the request" or "the referral" as declining it', () => {
    check([
      ['declined', 'nl', 'Pt wil verwijzing naar een ander ziekenhuis voor een second opinion. Gesprek met longarts gehad. Pt trekt verzoek om verwijzing in.'],
      ['declined', 'en', 'She asked to be referred to another hospital for a second opinion. Seen again today. The referral was cancelled at her wish.'],
      ['requested', 'en', 'He asked for a second opinion at Leeds. His daughter cancelled her own appointment there.'],
    ]);
  });

  it('reads "Dank voor de verwijzing … voor een second opinion" as the letter of the one who gave it', () => {
    check([
      ['completed', 'nl', 'Geachte collega, dank voor de verwijzing van uw patiënte mw. Bakker voor een second opinion. Wij zagen haar op 3 maart.'],
      ['completed', 'nl', 'Dank voor de verwijzing van mw. Bakker, geb. 12-05-1970, voor een second opinion.'],
      ['completed', 'en', 'Dear Dr Lee, thank you for referring Mr Khan for a second opinion regarding his knee.'],
    ]);
  });
});

describe('a message a son or daughter writes about the patient', () => {
  it('reads the parent as the patient where the writer signs as their child or writes on their behalf', () => {
    check([
      ['requested', 'nl', 'Mijn moeder wil graag een second opinion in het Radboud. Met vriendelijke groet, Ingrid (dochter)'],
      ['considering', 'en', "Mum isn't convinced by the diagnosis. She's wondering whether another clinic should assess her. Best wishes, Karen (daughter)"],
      ['none', 'en', 'My brother got a second opinion last year. He says it helped. Karen (daughter)'],
      ['none', 'nl', 'Mijn moeder wil graag een second opinion over haar eigen knie. Groet, Piet'],
    ]);
  });
});

describe('a question and its answer', () => {
  it('reads the yes or no right after a question about it as the answer, not a first-person or leaflet question\'s', () => {
    check([
      ['declined', 'nl', 'Second opinion gewenst? Nee.'],
      ['declined', 'en', 'Would you like a second opinion? No.'],
      ['considering', 'en', 'Is a second opinion possible? No idea how it works.'],
      ['considering', 'nl', 'Kan ik een second opinion krijgen? Ja. Bespreek uw wens met uw huisarts.'],
    ]);
  });

  it('starts a new sentence after a question mark even in lower case ("…? bij mij is …")', () => {
    check([
      ['considering', 'nl', 'heeft iemand ervaring met een second opinion? mijn zus heeft er een gehad. ik twijfel nog.'],
    ]);
  });
});

describe('a journal shown newest first', () => {
  it('reads dated entries whose dates run backwards oldest first, so the latest state wins', () => {
    check([
      ['declined', 'nl', '13-03-2024 Pt trekt verzoek om second opinion in, wil behandeling hier.\n05-03-2024 Pt wil second opinion in het UMCG.'],
      ['declined', 'nl', '[13-03] Tel: pt ziet af van de second opinion.\n[05-03] Pt vraagt om second opinion AVL.'],
      ['declined', 'en', '14/03/2024 Pt no longer wants the second opinion; happy to proceed.\n02/03/2024 Pt requests a second opinion at the Marsden.'],
      ['declined', 'nl', '05-03-2024 Pt wil second opinion in het UMCG.\n13-03-2024 Pt trekt verzoek om second opinion in.'],
    ]);
  });
});

describe('negations that say something else', () => {
  it('reads "not against", "never asked" and "niet alleen" for what they say', () => {
    check([
      ['considering', 'nl', 'Pt staat niet afwijzend tegenover een second opinion.'],
      ['considering', 'en', 'He is not against a second opinion but wants to wait for the scan.'],
      ['none', 'nl', 'Pt heeft nooit om een second opinion gevraagd.'],
      ['none', 'en', 'She has never asked for a second opinion.'],
      ['requested', 'nl', 'Pt wil niet alleen een second opinion maar ook een gesprek met de klachtenfunctionaris.'],
      ['declined', 'nl', 'Pt is er niet tegen, maar wil geen second opinion.'],
    ]);
  });
});

describe('dates and days', () => {
  it('reads "3 May" as a date, not "may", and a named day next week as arranged', () => {
    check([
      ['requested', 'en', 'Second opinion booked for 3 May.'],
      ['requested', 'en', 'Second opinion at the Marsden next Tuesday.'],
      ['requested', 'nl', 'Volgende dinsdag second opinion in het UMCG.'],
      ['considering', 'en', 'She may want a second opinion.'],
    ]);
  });
});

describe('taking up an offer', () => {
  it('reads "pt wil dat graag" and "he\'d like that" after an offer as taking it up', () => {
    check([
      ['requested', 'nl', 'Aangeboden om mee te laten kijken door een collega in het UMCG; pt wil dat graag.'],
      ['requested', 'en', "Offered referral to another surgeon for a view; he'd like that."],
    ]);
  });
});

describe('a form field that asks whether it is wished or requested', () => {
  it('reads its yes as a request and its no as none asked for', () => {
    check([
      ['requested', 'en', 'Second opinion requested: yes'],
      ['none', 'en', 'Second opinion requested: no'],
      ['requested', 'nl', 'Second opinion gewenst: ja'],
      ['none', 'nl', 'Second opinion gewenst: nee'],
      ['none', 'nl', 'Second opinion: n.v.t.'],
    ]);
  });
});

describe('a refusal with nothing after it', () => {
  it('reads a refusal or doubt that ends its clause as an answer to the mention before it', () => {
    check([
      ['declined', 'en', "We talked about asking the team in Bristol for another opinion. After a week he decided he would rather not - he wants to start treatment."],
      ['declined', 'en', 'My consultant offered to refer me for a second opinion. In the end I said no, because I trust her.'],
      ['declined', 'nl', 'Mw. wilde eerst een tweede mening in het AVL. Na het gesprek met de chirurg heeft ze het verzoek toch ingetrokken.'],
      ['declined', 'nl', 'Besproken dat een andere chirurg kan meekijken. Na een week bedenktijd wil mw. dat liever niet - ze wil beginnen.'],
      ['requested', 'en', 'Second opinion requested by the patient. Flu vaccine offered, he said no to that today and asked for it next month.'],
    ]);
  });
});

describe('keen to go ahead', () => {
  it('reads "keen to proceed" after a second opinion was discussed as going ahead with the plan', () => {
    check([
      ['declined', 'en', 'We discussed a second opinion in Leeds. Having thought it over, he is keen to proceed.'],
      ['declined', 'en', 'Second opinion at the Christie was offered; she is keen to get going and eager to proceed.'],
    ]);
  });
});

describe('done, right after the mention', () => {
  it('reads "Second opinion: done" as a result, and keeps "to be done" and a letter done apart', () => {
    check([
      ['completed', 'en', 'Second opinion: done.'],
      ['completed', 'en', '2nd opinion done - Leeds agree with the plan.'],
      ['none', 'en', 'Second opinion: not done.'],
      ['requested', 'en', 'Referral to Leeds for an independent view - letter done.'],
    ]);
  });
});

describe('sleeping on it', () => {
  it('reads a night to think it over, and letting us know whether, as weighing', () => {
    check([
      ['considering', 'nl', 'Besproken dat een andere chirurg kan meekijken. Dhr. wil er nog een nacht over slapen.'],
      ['considering', 'nl', 'Tweede mening besproken; pt laat zelf weten of hij een verwijzing wil.'],
      ['considering', 'en', 'We talked about a second opinion in Bristol. She would like to sleep on that.'],
    ]);
  });
});

describe('a capacity assessment beside a refusal', () => {
  it('reads "wilsbekwaam, beoordeeld door zaalarts" as no look, so that the patient\'s refusal after a relative\'s wish answers it', () => {
    check([
      ['declined', 'nl', 'Dochter wil dat haar moeder in een ander ziekenhuis wordt beoordeeld. Mw. (wilsbekwaam, beoordeeld door de zaalarts) zegt dat zij dat niet wil.'],
      ['none', 'nl', 'Mw. is wilsbekwaam beoordeeld door de psychiater.'],
    ]);
  });
});

describe('a wished look told by its participle', () => {
  it('reads "would like her seen at another hospital" as a wish, and "was seen at" as a look that took place', () => {
    check([
      ['requested', 'en', 'She would like her scans seen at another hospital for a view on the plan.'],
      ['requested', 'en', 'Her guardian wants her seen at another hospital for an independent view.'],
      ['completed', 'en', 'Pt was seen at another hospital for a view on the plan.'],
    ]);
  });
});

describe('"het academisch" and what goes against the advice', () => {
  it('reads "in het academisch laten kijken" as a place elsewhere, "toch" and "of het wel" as signs of a second look, and "steeds vaker" as information only about people', () => {
    check([
      ['considering', 'nl', 'Ik denk er steeds vaker over om toch in het academisch te laten kijken of het wel klopt.'],
      ['requested', 'nl', 'Mw. wil in het academisch laten kijken.'],
      ['none', 'nl', 'Steeds vaker vragen patiënten om een second opinion.'],
    ]);
  });
});

describe('a colleague asked to look along', () => {
  it('reads "kun je even meekijken" put to a colleague as a consult, not a second opinion', () => {
    check([
      ['none', 'nl', 'Kun jij even meekijken naar de CT-thorax van kamer 4? Ik twijfel over een embolie.'],
      ['none', 'nl', 'Willen jullie meekijken naar de wond van dhr. Pietersen?'],
      ['requested', 'nl', 'Mw. wil dat een andere dermatoloog meekijkt naar de plek op haar rug.'],
    ]);
  });
});

describe('a form question with its answer options in brackets', () => {
  it('reads "(ja/nee)" and "(Y/N)" with an empty value or no as none asked for, and yes as a request', () => {
    check([
      ['none', 'nl', 'Tweede opinie aangevraagd? (ja/nee): \nToelichting: wachttijd te lang.'],
      ['none', 'nl', 'Second opinion gewenst? (J/N): N'],
      ['requested', 'nl', 'Second opinion gewenst? (J/N): J'],
      ['none', 'en', 'Second opinion requested? (Y/N): \nComments: parking.'],
      ['requested', 'en', 'Second opinion requested? (yes/no): yes'],
    ]);
  });
});

describe('a relative named before a semicolon or an aside', () => {
  it('keeps a relative as the one a clause after ";" that opens with he or she is about, and an aside puts no distance between', () => {
    check([
      ['none', 'nl', 'Echtgenoot kreeg in maart de diagnose longkanker; hij is net terug van een second opinion in het AVL.'],
      ['none', 'en', 'Her brother was diagnosed with myeloma; he has just had a second opinion in Leeds.'],
      ['none', 'nl', 'Haar zus (woont in Zeeland, ander ziekenhuis) heeft een second opinion gehad.'],
      ['declined', 'nl', 'Dochter wil een second opinion; pt zelf wil dat niet.'],
    ]);
  });
});

describe('"which" after a noun of its own', () => {
  it('reads "which" that follows another noun as about that noun, and "which" right after the mention as pointing back', () => {
    check([
      ['considering', 'en', 'She doubts the diagnosis of gout: she has had a rash and mouth ulcers, which she feels were not looked into.'],
      ['requested', 'en', 'Second opinion requested. She mentioned her knee, which is not painful today.'],
      ['declined', 'en', 'A second opinion in Bristol was offered, which she declined.'],
    ]);
  });
});

describe('a page headed "your rights"', () => {
  it('reads "Your rights:" and "Uw rechten:" as information', () => {
    check([
      ['none', 'en', 'Your rights: asking for a second opinion'],
      ['none', 'nl', 'Uw rechten: een second opinion aanvragen'],
      ['requested', 'en', 'I know my rights: I want a second opinion.'],
    ]);
  });
});

describe('a return after it', () => {
  it('reads "retour na" / "back after" as a result, and the same in a plan line as still to come', () => {
    check([
      ['completed', 'nl', 'Retour na tweede mening (op wens pt) in het UMCG: daar geen artrose maar een meniscusletsel.'],
      ['completed', 'en', 'Back after second opinion at the Christie: they advise the same.'],
      ['requested', 'nl', 'P: terug na second opinion in het AMC.'],
      ['requested', 'en', 'Plan: see back after second opinion.'],
    ]);
  });
});

describe('a request named as the reason of a look that took place', () => {
  it('reads a later report "reviewed … at her request - agrees …" as the result of the request before it', () => {
    check([
      ['completed', 'en', 'Consultations (newest first)\n\n12/03/2025  Dr A. Moss\nLetter from Prof Amsel (pelvic pain centre, Dunmore) received: reviewed her scans and images at her request - agrees with the diagnosis; suggests physiotherapy.\n\n02/01/2025  Dr A. Moss\nPt wants a specialist centre to look at her case before surgery. Referral sent.'],
      ['completed', 'nl', 'Mw. wil dat een gespecialiseerd centrum naar haar dossier kijkt. Verwijzing verstuurd.\nBrief prof. Amsel (bekkencentrum, Dunmore) ontvangen: dossier en beelden op haar verzoek beoordeeld - onderschrijft de diagnose.'],
      ['requested', 'en', 'Pt would like the Leeds team to look at her scans. She asks us to send them at her request.'],
    ]);
  });
});

describe('a later report that the patient was seen there', () => {
  it('reads "is op 25-03 gezien; zij adviseren in plaats van …" after a request as its result', () => {
    check([
      ['completed', 'nl', '03-03 Pt wil dat een ander ziekenhuis naar zijn operatieadvies kijkt. Verwijzing verstuurd.\n28-03 Zij bellen: dhr. is op 25-03 gezien; zij adviseren in plaats van een operatie actief volgen.'],
      ['completed', 'nl', 'Mw. wil dat een ander ziekenhuis meekijkt; verwijzing gemaakt. Later: mw. werd daar gezien, zij adviseren hetzelfde.'],
      ['requested', 'nl', 'Pt wil een second opinion in het AMC. Verwijzing verstuurd, pt wordt op 3-4 gezien.'],
    ]);
  });
});

describe('a result written to the patient, and a comparison', () => {
  it('reads a later report that addresses the patient as the result, and "als" after "dezelfde" / "hetzelfde" as "as"', () => {
    check([
      ['completed', 'nl', 'Beste heer Smit, ik wil graag dat een longarts in Zwolle nog eens naar mijn diagnose kijkt.\nBeste heer Smit, de verwijzing is verstuurd.\nBeste heer Smit, de longarts daar heeft u op 9 oktober gezien toch?'],
      ['completed', 'nl', 'Pt is voor een second opinion in het UMCG geweest; zij geven hetzelfde advies als hier.'],
      ['considering', 'nl', 'Als de second opinion hetzelfde zegt, start ze met de behandeling.'],
    ]);
  });
});

describe('a thread with its earlier messages quoted below, dated in words', () => {
  it('reads a year in a written date ("22 Aug 2024") as the date of writing, and a quoted line as a message of its own', () => {
    check([
      ['declined', 'en', "Dear Joanne,\nPlease cancel the referral. I've talked it over with my family and I'm going ahead with the operation here.\n\n-----Original message-----\nFrom: Clinic secretary\nDate: 12 Mar 2025\n> Dr Hale has agreed to your request for a second opinion in Leeds.\n>> From: Ann Cole, 2 Mar 2025\n>> I would like a second opinion before the operation."],
      ['requested', 'en', 'Date: 14 May 2025\nI would like a second opinion before the surgery.'],
      ['completed', 'en', 'In 2019 she had a second opinion at the Marsden.'],
    ]);
  });
});

describe('"previous" that is not the mention\'s own', () => {
  it('reads "previous" as a result only right before the mention ("Previous SO in Leeds"), not in "Previous plan: …"', () => {
    check([
      ['completed', 'en', 'Previous SO in Leeds.'],
      ['requested', 'en', 'Previous plan (letter of 2 May): she had asked to be seen in Leeds for an independent view, and we agreed to refer.'],
    ]);
  });
});

describe('a withdrawal in the next sentence, wherever it stands', () => {
  it('reads "has changed her mind and does not want …" after a request as taking it back', () => {
    check([
      ['declined', 'en', 'Pt asked for her slides to be looked at by the Leeds team before surgery; request drafted.\n08/05 CNS update - pt has changed her mind and would like to go ahead with surgery now.'],
      ['declined', 'nl', 'Pt wil dat een andere chirurg in het AMC meekijkt; verwijzing klaargezet.\nTelefoon 12/3: bij nader inzien heeft pt zich bedacht en gaat hij verder met de operatie hier.'],
    ]);
  });
});

describe('a relative the patient talked it over with', () => {
  it('reads "heeft met echtgenote overlegd en wil …" and "discussed with wife" as the patient\'s own wish', () => {
    check([
      ['requested', 'nl', 'Heeft met echtgenote overlegd en wil dat een andere uroloog naar de MRI kijkt.'],
      ['requested', 'en', 'Pt discussed with wife and would like another urologist to look at the MRI.'],
      ['none', 'nl', 'Echtgenote wil dat een andere uroloog naar de MRI kijkt.'],
    ]);
  });
});

describe('"SO" in elderly care', () => {
  it('reads "SO" in a nursing-home note ("Visite SO", "collega-SO", "verpleeghuis") as the elderly-care physician', () => {
    check([
      ['none', 'nl', '03-02 Visite SO: wond beoordeeld, samen met collega-SO meegekeken ivm twijfel over infectie.'],
      ['none', 'nl', 'Verpleeghuis De Es, rapportage: SO gebeld, komt morgen langs.'],
      ['requested', 'nl', 'Pt wil een SO in het AMC voor de operatie.'],
    ]);
  });
});

describe('a private specialist, and our own letter', () => {
  it('reads a private specialist to look at it again as a place elsewhere, and "a letter from us" as no result', () => {
    check([
      ['considering', 'en', 'Asked whether her insurance would pay for her to see a private rheumatologist to look at it again, and whether she would need a letter from us.'],
      ['none', 'en', 'Wants to see a private dermatologist for her acne.'],
    ]);
  });
});

describe('a letter brought back', () => {
  it('reads "Brief meegekregen: zij bevestigen …" after a request as its result', () => {
    check([
      ['completed', 'nl', 'Dhr. wil zijn diagnose in het AMC laten toetsen; verwijzing verstuurd.\n17:30 Brief meegekregen: zij bevestigen levercirrose en adviseren screening.'],
    ]);
  });
});

describe('"N/A" as a form\'s answer', () => {
  it('reads "N/A" and "n.v.t." after a form question as not applicable, not as "no"', () => {
    check([
      ['none', 'en', 'Is this referral for a second opinion on previous treatment?  N/A\nGoals: back to running.'],
      ['none', 'nl', 'Verwijzing voor een tweede mening? n.v.t.'],
      ['declined', 'en', "Asked if he'd like to see another cardiologist: no."],
      ['requested', 'nl', 'Second opinion gewenst? (J/N): J'],
    ]);
  });
});

describe('a later mention that reports the result', () => {
  it('reads a later line about the look that only reports what they found ("reviewed by their pathologist - reclassified as …") as the result', () => {
    check([
      ['completed', 'en', 'Pt had asked in May for her slides to be reviewed by the sarcoma centre at Dunmore.\nDunmore review (letter 02/06): slides reviewed by their pathologist - reclassified as a benign schwannoma.'],
      ['requested', 'en', 'Pt had asked in May for her slides to be reviewed by the sarcoma centre at Dunmore.\nDunmore review: awaiting slides.'],
    ]);
  });
});

describe('a possessive shared by two phrases', () => {
  it('finds the relative in "sinds haar man …" so that "Hij heeft een second opinion gehad" after it is his', () => {
    check([
      ['none', 'nl', 'Slaapt slecht sinds haar man een hartoperatie moet ondergaan. Hij heeft in het UMC een second opinion laten doen.'],
      ['none', 'en', 'Low mood since her husband was diagnosed with lymphoma. He has had a second opinion in London.'],
    ]);
  });
});

describe('the letters around a look that took place', () => {
  it('reads "I note from your letter that you consider …" and "I agree that …" after a request as the result', () => {
    check([
      ['completed', 'en', 'Thank you for seeing Mrs Hale at her own wish for an independent review of her diagnosis. I note from your letter of 3 May that you consider sarcoidosis more likely.'],
      ['completed', 'en', 'Referred at the patient\'s own request for an independent assessment of the diagnosis.\nOpinion: on balance I agree that the picture fits psoriatic arthritis.'],
      ['completed', 'nl', 'Verwezen op eigen verzoek van patiënte voor een onafhankelijke beoordeling van de diagnose. Ik ben het eens met de diagnose.'],
    ]);
  });
});

describe('a request and its result after a colon', () => {
  it('reads "asked for … to be looked at by another centre: … reviewed there - revised to …" as the result', () => {
    check([
      ['completed', 'en', 'Parents asked for the case to be looked at by another centre: slides and scans reviewed, and Amir seen, at Dunmore Children\'s Hospital (03/2025) - revised to stage I.'],
      ['completed', 'en', 'Private consult at pt\'s request for another view on dx; report rec\'d: agrees with the plan.'],
      ['requested', 'en', 'Parents asked for the case to be looked at by another centre: referral sent to Ashcombe.'],
    ]);
  });
});

describe('a Dutch refusal in the first person or with "wenst"', () => {
  it('reads "ik zie ervan af" and "hij wenst dat niet" after an offer as declined', () => {
    check([
      ['declined', 'nl', 'U vroeg of ik mijn scans door een andere neuroloog wilde laten bekijken. Ik heb erover nagedacht en ik zie ervan af.'],
      ['declined', 'nl', 'Mw. is een second opinion in het academisch ziekenhuis aangeboden. Zij wenst dat niet en kiest voor behandeling hier.'],
    ]);
  });
});

describe('what another team recommended, as the object of a second opinion', () => {
  it('reads "a second opinion on the surgery recommended by the team at …" as the request, not its result', () => {
    check([
      ['requested', 'en', "Her parents have asked for a second opinion regarding the grommets recommended by the ENT team at Kelso. Referral letter attached."],
      ['requested', 'en', 'He would like a second opinion on the mastectomy recommended by Mr Hale; referral sent to the breast unit at Dunmore.'],
    ]);
  });
});

describe('a test report sent along with a referral', () => {
  it('reads "het PA-verslag en de MRI daarheen gestuurd" after a request as what was sent, not a result', () => {
    check([
      ['requested', 'nl', 'Mw. wil graag een second opinion in het Antoni van Leeuwenhoek. Ik heb de verwijzing, het PA-verslag en de CT-beelden daarheen gestuurd.'],
      ['completed', 'nl', 'Mw. wil graag een second opinion in het Antoni van Leeuwenhoek. Inmiddels verslag ontvangen: zij onderschrijven het advies.'],
    ]);
  });
});

describe('going ahead with something else after turning it down', () => {
  it('reads "go ahead" or "proceed" with an object of its own as no answer to the offer before it', () => {
    check([
      ['declined', 'en', "Thanks for the list of centres. I'll stay with your team; I don't need my scans sent anywhere else.\nPlease go ahead and book the first cycle."],
      ['declined', 'en', 'Pt was offered referral to the Marsden for an independent surgical view - has declined.\nOutcome: Proceed FOLFOX x6.'],
      ['requested', 'en', 'Discussed a second opinion at the Marsden. He would like to proceed and a referral will be made.'],
      ['requested', 'en', 'Offered a second opinion at the Marsden. Please go ahead.'],
    ]);
  });
});

describe('a look told in the plural passive', () => {
  it('reads "her scans were reviewed by … at …" as a look that took place, like "was reviewed"', () => {
    check([
      ['completed', 'en', 'At her request, her CT findings were reviewed by Prof Lamb at the Kelso ILD centre before treatment was started.'],
      ['completed', 'en', 'At his request his slides were seen by the sarcoma team at the Dunmore centre; they agree with the diagnosis.'],
    ]);
  });
});

describe('a letter whose subject line names a second opinion', () => {
  it('reads the letter as about the patient\'s second opinion: asked for, or reported back to the one who referred', () => {
    check([
      ['requested', 'nl', 'Betreft: second opinion mw. A. de Wit, geb. 03-04-1961\n\nGeachte collega,\n\nMevrouw heeft een mammacarcinoom links; geadviseerd is een mastectomie. Graag uw oordeel.\n\nMet collegiale groet,'],
      ['completed', 'nl', 'Betreft: second opinion mw. A. de Wit, geb. 03-04-1961\n\nGeachte collega,\n\nOp verzoek van uw patiënte zag ik haar op mijn spreekuur. Ik adviseer borstsparende chirurgie.\n\nMet collegiale groet,'],
      ['requested', 'en', 'Re: Second opinion - Mrs Ann Wit, DOB 03/04/1961\n\nDear Dr Hale,\n\nI would be grateful if you could see Mrs Wit, who has left breast cancer; mastectomy has been advised.\n\nYours sincerely,'],
      ['completed', 'en', 'Re: Second opinion - Mrs Ann Wit, DOB 03/04/1961\n\nDear Dr Hale,\n\nThank you for referring Mrs Wit. I saw her in clinic today and would favour breast-conserving surgery.\n\nYours sincerely,'],
      ['none', 'en', 'Second opinion: N/A\nReferral reason: knee pain.'],
    ]);
  });
});

describe('taking one\'s own scans elsewhere to have them looked at', () => {
  it('reads "ik ga met mijn scans naar … om het daar te laten bekijken" as a look elsewhere that is planned', () => {
    check([
      ['requested', 'nl', 'Knoop doorgehakt: ik ga met al mijn uitslagen naar Maastricht om het daar te laten bekijken. Afspraak staat.'],
      ['requested', 'en', 'I want my scans looked at in Leeds before I agree to anything; the appointment is on the 3rd.'],
      ['none', 'nl', 'Ik ga met de bus naar Maastricht voor de controle.'],
    ]);
  });
});

describe("a relative's second opinion in a clause joined to it", () => {
  it('keeps what follows "and" with the relative\'s own second opinion theirs', () => {
    check([
      ['none', 'nl', 'Mijn zus heeft vorig jaar een second opinion gehad en kreeg daar een ander middel.'],
      ['none', 'en', 'My brother had a second opinion in Leeds and was told there that surgery was not needed.'],
      ['completed', 'nl', 'Mijn zus drong aan op een second opinion; ik ben in het UMC geweest en kreeg daar hetzelfde advies.'],
    ]);
  });
});

describe('another view on a claim or on fees', () => {
  it('reads a second opinion of solicitors on a claim, or another view on fees, as no medical one', () => {
    check([
      ['none', 'en', 'We have asked another firm of solicitors for a second opinion on the claim; they want the records.'],
      ['none', 'en', 'He has asked a lawyer for another view about the nursing-home fees for his father.'],
      ['none', 'nl', 'Wij hebben een ander kantoor om een second opinion over de letselschade gevraagd.'],
    ]);
  });
});

describe('asking others in a forum whether they did it', () => {
  it('reads "has anyone here asked for one?" as weighing it, not asking for it', () => {
    check([
      ['considering', 'en', 'Has anyone here asked for a second opinion after a cancer diagnosis? Did it delay treatment much?'],
      ['considering', 'nl', 'Heeft iemand hier om een second opinion gevraagd na de diagnose? Gaf dat veel vertraging?'],
      ['requested', 'en', 'I have asked for a second opinion at the Marsden. Has anyone been there?'],
    ]);
  });
});

describe('a second opinion that took place, told by what was done or chosen after it', () => {
  it('reads "liet een second opinion doen", "koos na een second opinion", "took her for one", "got the second opinion", "review is complete" as completed', () => {
    check([
      ['completed', 'nl', 'Het MDO adviseerde een operatie, waarna patiënt een second opinion liet doen in het Maasland MC.'],
      ['completed', 'nl', 'Patiënte koos na een second opinion in het UMC voor bestraling in ons centrum.'],
      ['completed', 'en', "Lily's parents took her for a second opinion at the Dunmore Children's Hospital last month."],
      ['completed', 'en', 'Got the second opinion yesterday.'],
      ['completed', 'en', 'Dear Mrs Hale, your independent medical review is complete; the report is enclosed.'],
    ]);
  });
});

describe('an offer made before and turned down, with the reason in quotes', () => {
  it('reads "Previously offered …; has declined" and "wijst dit af: \'…hetzelfde\'" as declined', () => {
    check([
      ['declined', 'en', 'Previously offered a second opinion at the regional unit in Kelso. Pt has declined - she prefers treatment closer to home.'],
      ['declined', 'nl', "Hem is een second opinion bij een psychiater van een andere instelling aangeboden. Dhr. wijst dit vandaag af: 'dan zeggen ze toch hetzelfde'."],
      ['completed', 'en', 'Previously seen for a second opinion at the Marsden.'],
    ]);
  });
});

describe('the patient joined to a relative, a look that may still be done, and a supplier\'s proposal', () => {
  it('reads "patiënt en zijn echtgenote" and "she and her husband" as the patient\'s wish', () => {
    check([
      ['requested', 'nl', 'Patiënt en zijn echtgenote hebben gevraagd om een second opinion in het Maasland MC.'],
      ['requested', 'en', 'She and her husband would like a second opinion at the Marsden; referral sent.'],
      ['none', 'nl', 'Zijn echtgenote heeft voor zichzelf een second opinion gevraagd.'],
    ]);
  });

  it('reads "door een ander centrum beoordeeld kan worden" as a look still to come, and a supplier\'s proposal as no medical one', () => {
    check([
      ['considering', 'nl', 'Aan dhr. is aangeboden dat het behandeladvies door een ander centrum beoordeeld kan worden.'],
      ['completed', 'nl', 'Het behandeladvies is door een ander centrum beoordeeld en bevestigd.'],
      ['completed', 'nl', 'Op verzoek van patiënte en haar partner zijn de beelden voorgelegd aan het team van het UMC Heuvelrand. Zij bevestigen de werkdiagnose.'],
      ['none', 'nl', 'Mw. is het niet eens met het voorstel van de leverancier voor de rolstoel.'],
    ]);
  });
});

describe('figures about how many patients ask', () => {
  it('reads "het aantal patiënten dat …" as information, as "the number of patients who …" already was', () => {
    check([
      ['none', 'nl', 'Het aantal patiënten dat met een verwijzing naar een ander ziekenhuis gaat om hun diagnose te laten beoordelen, is gestegen.'],
      ['none', 'nl', 'Het aantal patiënten dat een andere chirurg wil laten meekijken, stijgt.'],
      ['none', 'en', 'The number of patients asking for a second opinion at another hospital has doubled since 2019.'],
    ]);
  });
});

describe('coming to a clinic for a second opinion, and another ENT surgeon', () => {
  it('reads "came to … for a second opinion" as one that took place, and "another ENT" as another clinician', () => {
    check([
      ['completed', 'en', 'Came to the Orchard Clinic for a second opinion after being told I needed a fusion. Physio first, they said.'],
      ['requested', 'en', 'Mum unhappy with the plan for grommets, wants another ENT at Hollins Children\'s to see him first; agreed to refer.'],
      ['none', 'en', 'You can come to us for a second opinion if you are unsure about your diagnosis.'],
    ]);
  });
});

describe('their own view', () => {
  it('reads "so they can give their own view" from a named team as a look elsewhere', () => {
    check([
      ['requested', 'en', 'Dr Hale agreed to send my MRI to the spinal team at Greyfriars so they can give their own view on whether I need an operation.'],
    ]);
  });
});

describe('more relatives, and what belongs to them', () => {
  it('reads a sister-in-law\'s, a grandmother\'s or a nephew\'s second opinion as theirs, also in a clause about "haar waardes"', () => {
    check([
      ['none', 'nl', 'Mijn schoonzus heeft net een second opinion gehad over haar schildklier en daar kwam uit dat haar waardes anders gelezen moesten worden.'],
      ['none', 'nl', 'Mijn zwager heeft een second opinion gehad.'],
      ['none', 'en', 'My grandma had a second opinion at the Marsden.'],
      ['none', 'en', 'My nephew got a second opinion on his knee.'],
    ]);
  });
});

describe('an appointment confirmed, and "has decided not"', () => {
  it('reads "the second opinion appointment … is confirmed" as arranged and "has decided not to go" as a refusal', () => {
    check([
      ['requested', 'en', 'Call from the hospital: the 2nd opinion appointment for my mum is confirmed for the 22nd.'],
      ['declined', 'en', 'Had been offered a second opinion at the regional centre; states she has decided not to go.'],
    ]);
  });
});

describe('cover agreed, and a decision not yet taken', () => {
  it('reads an insurer that has agreed to pay as arranged, and "een besluit heeft zij niet genomen" as weighing', () => {
    check([
      ['requested', 'nl', 'Haar zorgverzekeraar heeft alsnog toegezegd de kosten te vergoeden van een second opinion in een Duits centrum.'],
      ['requested', 'en', 'The health board has agreed to fund a second opinion at Eastgate Children\'s Hospital.'],
      ['considering', 'nl', 'Zij twijfelt of zij haar situatie nog aan een andere gynaecoloog wil voorleggen. Een besluit daarover heeft zij niet genomen.'],
    ]);
  });
});

describe('a second opinion named as wished before the noun', () => {
  it('reads "de door hem gewenste tweede opinie" as his request', () => {
    check([
      ['requested', 'nl', 'Dhr. zou op 8 mei bij ons komen voor de door hem gewenste tweede opinie over het behandelvoorstel.'],
    ]);
  });
});

describe('asking others how it goes, and having a file looked through elsewhere', () => {
  it('reads a forum question to others beside advice for the reader, and "laten doorlichten", as weighing it', () => {
    check([
      ['considering', 'en', 'has anyone asked for a second opinion on the nhs before, do you have to go through your GP or can you just ask the hospital. i dont want to seem ungrateful.'],
      ['considering', 'nl', 'vraagje: hebben jullie ooit een second opinion gedaan? bij mij twijfel ik aan de diagnose.'],
      ['considering', 'nl', 'Ik speel met de gedachte om mijn dossier door een expertisecentrum te laten doorlichten.'],
      ['declined', 'en', 'Offered a second opinion; he does not want one.'],
    ]);
  });
});

describe('"binnen" with a time span after it', () => {
  it('reads "binnen twee weken", "binnen een dag" as a time limit, not as a result that is in', () => {
    check([
      ['requested', 'nl', 'De verwijzing voor de second opinion in het UMC is binnen een dag geregeld.'],
      ['requested', 'nl', 'Pt wil een tweede mening in het AVL; zij belt binnen 2 weken terug over de datum.'],
      ['considering', 'nl', 'Mw. overweegt een second opinion en laat binnen drie weken weten wat zij besluit.'],
      ['completed', 'nl', 'Het verslag van de second opinion is binnen.'],
    ]);
  });
});

describe('an offer turned down in words of its own', () => {
  it('reads "afgeblazen", "won\'t be taking that up" as a refusal, and "kreeg het aanbod" as an offer, not a result', () => {
    check([
      ['declined', 'nl', 'Haar broer wilde dat ze de scans in het UMC liet bekijken, de verwijsbrief lag al klaar. Uiteindelijk heeft ze het afgeblazen.'],
      ['considering', 'nl', 'Mevrouw kreeg van de internist het aanbod van een tweede mening in het AMC.'],
      ['declined', 'nl', 'Dhr. kreeg het aanbod om een second opinion te laten regelen, maar heeft het afgeslagen.'],
      ['declined', 'en', 'Dr Osei offered to refer him for a second opinion at the Walton. He won\'t be taking that up.'],
      ['declined', 'en', 'You kindly offered a second opinion last week; I won\'t be taking that up, thank you.'],
    ]);
  });
});

describe('the result of the second opinion, named before it', () => {
  it('reads "Uitslag van de second opinion: …" as one that took place, and a result still awaited or conditional as not', () => {
    check([
      ['completed', 'nl', 'Uitslag van de second opinion: zelfde diagnose, maar zij willen daar anders opereren.'],
      ['completed', 'en', 'Results of the second opinion: same diagnosis, but they would operate laparoscopically.'],
      ['requested', 'nl', 'Mw. wacht op de uitslag van de second opinion.'],
      ['considering', 'en', 'If the result of the second opinion agrees with ours, we will go ahead.'],
    ]);
  });
});

describe('a message to a doctor by name', () => {
  it('reads its "u" / "you" as the doctor, not as information for anyone', () => {
    check([
      ['completed', 'nl', 'Beste dokter, het verslag van de second opinion heeft u waarschijnlijk ontvangen.'],
      ['completed', 'en', 'Hi Dr Mensah, you have probably received the second opinion letter from Leeds by now.'],
      ['none', 'nl', 'Heeft u twijfels over uw diagnose? Dan kunt u een second opinion aanvragen. U heeft daar recht op.'],
    ]);
  });
});

describe('the patient\'s own records sent elsewhere, told in the third person', () => {
  it('reads "haar scans" / "zijn gegevens" sent to a named centre for their look as a look elsewhere', () => {
    check([
      ['completed', 'nl', 'Mw. heeft haar scans en het verslag van de MRI door de radioloog van het Antoni van Leeuwenhoek laten beoordelen; deze ziet geen aanwijzingen voor een recidief.'],
      ['considering', 'nl', 'Dhr. vraagt of zijn gegevens al naar het Erasmus MC zijn gestuurd voor beoordeling door hun chirurg.'],
    ]);
  });
});

describe('came in with the plan, then no longer needed', () => {
  it('reads "kwam binnen" as coming in, not a result, and "was dat niet meer nodig" after it as dropping the plan', () => {
    check([
      ['declined', 'nl', 'Ik kwam binnen met het plan om een second opinion aan te vragen. Na het gesprek met de internist was dat niet meer nodig.'],
      ['requested', 'nl', 'Mw. kwam binnen met het verzoek om een tweede mening in het UMC.'],
      ['declined', 'nl', 'Dhr. wilde een second opinion. Na de uitleg van de uroloog is dat niet meer nodig.'],
    ]);
  });
});

describe('a journey made so that another doctor could look', () => {
  it('reads "so … could" as the purpose of the journey, not as weighing, and "drove" as a journey made', () => {
    check([
      ['completed', 'en', 'He drove four hours so another neurologist could examine him. That consultant found a different cause.'],
      ['completed', 'en', 'We drove to Leeds for a second opinion on her scoliosis.'],
      ['requested', 'en', 'I still want them to look at my MRI at Addenbrooke\'s, so please could the referral stay open.'],
      ['considering', 'en', 'Maybe we could ask another neurologist to look.'],
    ]);
  });
});

describe('the patient will let us know, however far off', () => {
  it('reads "laat ons binnen twee weken weten of" as weighing, as "laat ~ weten of" was', () => {
    check([
      ['considering', 'nl', 'Mw. overweegt een second opinion in het AVL; zij laat ons over twee weken weten of ze dit wil.'],
      ['considering', 'nl', 'Dhr. wil misschien een tweede mening; hij laat ons na het weekend weten of hij dit wil.'],
      ['requested', 'nl', 'Dhr. wil een second opinion in het UMC. Hij laat de datum weten.'],
    ]);
  });
});

describe('a question that does not apply', () => {
  it('reads "does not apply to me" / "niet van toepassing" about a form\'s second-opinion question as no statement about the patient', () => {
    check([
      ['none', 'en', 'The second opinion question on the pre-op form does not apply to me, can I leave it blank?'],
      ['none', 'nl', 'Op het formulier staat een vraag over een second opinion, maar die is niet op mij van toepassing.'],
      ['none', 'nl', 'De vraag over een tweede mening op het intakeformulier is niet van toepassing, klopt dat?'],
    ]);
  });
});

describe('specialists named by the short forms patients use', () => {
  it('reads "a different cardio", "another neuro", "a different gastro" as another clinician, and exercise "cardio" as nothing', () => {
    check([
      ['requested', 'en', 'Booked in to see a different cardio at a private clinic next week about the valve.'],
      ['requested', 'en', 'I want another neuro to look at my MRI before they start the injections.'],
      ['considering', 'en', 'Wondering if I should ask for a different gastro to look at my scope results.'],
      ['none', 'en', 'Doing more cardio since the op, knee holding up well.'],
    ]);
  });
});

describe('the patient\'s own weighing right after a relative\'s push', () => {
  it('reads a sentence that opens with a long doubt phrase ("Ik weet het zelf eigenlijk niet goed, …") as the patient weighing it', () => {
    check([
      ['considering', 'nl', 'Mijn zoon vindt dat ik met mijn knie nog naar een andere orthopeed moet. Ik weet het zelf eigenlijk niet goed, de reis valt me zwaar, maar misschien heeft hij gelijk.'],
      ['considering', 'en', 'My wife keeps telling me to get another surgeon to look at my knee. I\'m honestly not sure about it myself, the travel is hard, but maybe she\'s right.'],
      // Confusion about what to do after a look that took place, and not wanting to upset a team, weigh nothing new.
      ['completed', 'nl', 'De andere chirurg heeft alles opnieuw bekeken en denkt dat het geen hernia is. Dus nu weet ik echt niet meer wat ik moet.'],
      ['considering', 'en', 'He asked how he could get the view of a different consultant about his diagnosis. He said he has not decided and does not want to upset his current team, and will call back.'],
    ]);
  });
});

describe('a look far away named by where, not by a hospital', () => {
  it('reads "specialists overseas / interstate / abroad" to review the case as a look elsewhere', () => {
    check([
      ['considering', 'en', 'Her parents are considering asking specialists overseas to review her case before the operation.'],
      ['requested', 'en', 'She would like specialists overseas to review her case as well.'],
      ['requested', 'en', 'Pt asks for a team interstate to review his case before surgery.'],
    ]);
  });
});

describe('asking readers what they would do', () => {
  it('reads "would you just …" / "genuinely asking" put to others as the writer weighing it, not as information for the reader', () => {
    check([
      ['considering', 'en', 'If you were told you needed a hip replacement at 42, would you just go with it or see another surgeon first? I keep going round in circles.'],
      ['considering', 'en', 'Genuinely asking: would you see someone else first before a knee replacement?'],
      ['none', 'en', 'If you are unsure about your diagnosis, you can ask your GP to refer you for a second opinion.'],
    ]);
  });
});

describe('a reader\'s question answered in a column or blog', () => {
  it('reads "a reader asked me how …" / "een lezer vroeg mij …" as someone else\'s question, not the writer\'s wish', () => {
    check([
      ['none', 'en', 'A reader asked me how a second opinion works, so here is what I found out.'],
      ['none', 'nl', 'Een lezer vroeg mij hoe je een second opinion aanvraagt, dus ik zocht het uit.'],
    ]);
  });
});

describe('came for a second opinion', () => {
  it('reads "came for" / "has come for a second opinion" as one that took place, as "came here for" was', () => {
    check([
      ['completed', 'en', 'I came for a second opinion and stayed for my treatment.'],
      ['completed', 'en', 'She has come for a second opinion regarding her thyroid nodule.'],
      ['requested', 'en', 'She would like to come for a second opinion at our thyroid clinic.'],
    ]);
  });
});

describe('a colleague\'s second opinion on an ECG', () => {
  it('reads "second opinion on the ECG" asked of a colleague as a second read of a test, not the patient\'s second opinion', () => {
    check([
      ['none', 'en', 'Discussed with the medical registrar for a second opinion on the ECG, reg agrees no acute changes.'],
      ['none', 'en', 'Second opinion on the ECG from the on-call SpR: agrees sinus rhythm.'],
      ['none', 'nl', 'Second opinion over ECG gevraagd aan dienstdoende cardioloog: akkoord, geen ischemie.'],
      ['requested', 'en', 'Pt wants a second opinion on his ECG from a cardiologist elsewhere.'],
    ]);
  });
});

describe('asking whether it is odd to ask', () => {
  it('reads "Is het raar / onbeleefd om te vragen …?" as weighing, and "er hetzelfde over denken" in such a question as no result', () => {
    check([
      ['considering', 'nl', 'Is het raar om te vragen of ze in een ander ziekenhuis er hetzelfde over denken?'],
      ['considering', 'nl', 'Is het onbeleefd om mijn chirurg om een second opinion te vragen?'],
      ['considering', 'en', 'Is it rude to ask for a second opinion from another surgeon?'],
    ]);
  });
});

describe('refusals told as staying with the plan or the team', () => {
  it('reads "happy to continue with the current plan", "will stay with our team", "voelt er niets voor" as a refusal, and continuing tablets meanwhile as none', () => {
    check([
      ['declined', 'en', 'Second opinion offered; pt happy to continue with current plan.'],
      ['declined', 'en', 'He has thought about a second opinion but will stay with our team.'],
      ['requested', 'en', 'Would like a second opinion first and is happy to continue the tablets meanwhile.'],
      ['declined', 'nl', 'Mw. voelt er niets voor om nog een andere chirurg te raadplegen.'],
      ['declined', 'nl', 'Dhr. ziet er niets in om een second opinion aan te vragen.'],
    ]);
  });
});

describe('a second opinion obtained, in Dutch', () => {
  it('reads "verkregen" as one that took place, as "obtained" was', () => {
    check([
      ['completed', 'nl', 'Tweede mening verkregen van dr. Smit (UMCU): akkoord met operatie.'],
      ['requested', 'nl', 'Pt wil een second opinion; de verwijzing wordt verstuurd.'],
    ]);
  });
});

describe('a colleague asked for a second opinion in the room', () => {
  it('reads a note\'s subjectless "Asked Dr X for a second opinion, agrees" as the writer\'s consult, not a second opinion that took place', () => {
    check([
      ['none', 'en', 'A: Pityriasis rosea. Asked Dr Roberts (partner) for quick second opinion in room, agrees.'],
      ['requested', 'en', 'Pt asked his GP for a second opinion.'],
    ]);
  });
});

describe('a centre named "… Centrum", and not wanting to step on toes', () => {
  it('reads "het MS Centrum Amsterdam" as another place, and "I don\'t want to step on any toes" as no refusal', () => {
    check([
      ['requested', 'nl', 'Mw. wil eerst gezien worden in het MS Centrum Amsterdam; op haar verzoek is een verwijzing verstuurd.'],
      ['considering', 'en', 'Is it normal to ask for another psychiatrist to assess me? I don\'t want to step on any toes.'],
    ]);
  });
});

describe('not worth it, any point, no longer wanted', () => {
  it('reads "isn\'t worth it" as a refusal, "is there any point …, or would they say the same?" as weighing, "you no longer want …?" as withdrawn', () => {
    check([
      ['declined', 'en', 'Offered a second opinion at the Marsden. Waiting another three months for it isn\'t worth it, she says.'],
      ['considering', 'en', 'Is there any point seeing another cardiologist, or would they just say the same thing?'],
      ['declined', 'en', 'Just to confirm, you no longer want the referral for a second opinion?'],
      ['considering', 'en', 'Is it worth it to get a second opinion?'],
    ]);
  });
});

describe('the GP has agreed to refer', () => {
  it('reads "… and she\'s agreed" after asking the GP to refer as consent to a request, not a verdict that agrees', () => {
    check([
      ['requested', 'en', 'I\'ve asked my GP to refer me to Queen Square so a neuromuscular specialist can look at it all fresh, and she\'s agreed.'],
      ['completed', 'en', 'Second opinion at Leeds: they agreed with the diagnosis.'],
    ]);
  });
});

describe('"hun visie" of another centre', () => {
  it('reads a visit to a named centre for "hun visie" as a look there, as "hun mening" / "their view" were', () => {
    check([
      ['completed', 'nl', 'Mw. is in het AVL geweest voor hun visie; zij adviseren opereren.'],
      ['requested', 'nl', 'Dhr. wil naar het UMCG voor hun visie op de operatie.'],
      ['none', 'nl', 'Visie van de afdeling: goede zorg.'],
    ]);
  });
});

describe('a result told in the plural past', () => {
  it('reads "adviseerden", "concludeerden", "zagen", "vonden" after the mention as a result, as the singular forms were', () => {
    check([
      ['completed', 'nl', 'Bij de second opinion in het AMC adviseerden de chirurgen ook te opereren.'],
      ['completed', 'nl', 'Tijdens de second opinion in het UMCU concludeerden zij hetzelfde.'],
    ]);
  });
});

describe('a question about the referral after a firm wish', () => {
  it('keeps a request when the next sentence only asks how the referral is made, and lets doubt or other weighing undo it', () => {
    check([
      ['requested', 'nl', 'Pt wil een second opinion in het AMC. Vraagt of de huisarts daarvoor een verwijzing kan maken.'],
      ['requested', 'en', 'I want a second opinion at the Marsden. Could my GP do the referral, or do I ask the hospital?'],
      ['considering', 'nl', 'Pt wil een second opinion. Twijfelt nu toch.'],
      ['considering', 'en', 'He wants a second opinion. Would it be better to wait until after the scan?'],
    ]);
  });
});

describe('words that only look like cues: "nog eens", "if possible", "a fuss", "dr"', () => {
  it('reads "nog eens" as "once more", not as agreeing ("eens met")', () => {
    check([
      ['requested', 'nl', 'Mw. wil graag dat er in het UMCU nog eens met een frisse blik naar de scans wordt gekeken.'],
      ['completed', 'nl', 'Bij de second opinion was de chirurg het eens met de diagnose.'],
    ]);
  });
  it('reads the present passive ("wordt gekeken") as a look now or to come, not one that took place', () => {
    check([
      ['requested', 'nl', 'Pt wil dat er in het LUMC door een andere chirurg naar de MRI wordt gekeken.'],
      ['completed', 'nl', 'In het LUMC is door een andere chirurg naar de MRI gekeken; zelfde advies.'],
    ]);
  });
  it('reads a polite "if possible" / "indien mogelijk" beside a wish as part of the wish, not as a condition', () => {
    check([
      ['requested', 'en', 'Dad wants a second opinion, ideally at Leeds if possible.'],
      ['requested', 'nl', 'Pt wil een second opinion, indien mogelijk in het Erasmus MC.'],
      ['considering', 'en', 'If the biopsy is positive she wants a second opinion.'],
    ]);
  });
  it('reads "does not want a fuss" as no refusal, so the doubt beside it stands', () => {
    check([
      ['considering', 'en', 'Son keen on a second opinion. Pt not sure himself, says he doesn\'t want any fuss.'],
      ['declined', 'en', 'Offered a second opinion; he doesn\'t want one.'],
    ]);
  });
  it('reads "dr" and "doc" as a clinician, as "doctor" was', () => {
    check([
      ['considering', 'en', 'would it be ok to ask another dr to look at my ct? not sure yet'],
      ['requested', 'en', 'I want a different doc to look at my scan before the op.'],
    ]);
  });
  it('reads a question about how long others waited as asking the readers, not weighing', () => {
    check([
      ['requested', 'en', 'asked my gp for a second opinion and she has sent the referral, how long did u wait'],
      ['requested', 'nl', 'heb mijn huisarts om een second opinion gevraagd en de verwijzing is verstuurd, hoe lang hebben jullie gewacht'],
    ]);
  });
});

describe('a request called off in words of its own', () => {
  it('reads "dat niet te willen" as a refusal and a verb-final "intrekt" / "introk" as a withdrawal', () => {
    check([
      ['declined', 'nl', 'Ik heb mw. een tweede mening in het UMCU aangeboden. Zij gaf aan dat niet te willen.'],
      ['declined', 'nl', 'Hij belde dat hij zijn verzoek om een second opinion in het AMC intrekt.'],
    ]);
  });
  it('reads a later refusal that points back at the request itself ("de aanvraag", "the referral") as a withdrawal, and a refusal of another referral as nothing of the kind', () => {
    check([
      ['declined', 'nl', 'Ik vroeg vorige week om een second opinion in het Radboudumc. Het gesprek gisteren heeft veel opgehelderd. U hoeft de aanvraag dus niet te versturen.'],
      ['declined', 'en', 'I asked for a second opinion at Leeds last week. Talked it through with Dr Patel today. No need to send the referral, I don\'t want it now.'],
      ['requested', 'nl', 'Pt wil een second opinion in het AMC. Bespreking volgt. Wil geen verwijzing naar de fysiotherapeut.'],
    ]);
  });
});

describe('disagreeing, needing no operation, and taking a request back in the first person', () => {
  it('reads "does not agree with" a plan as doubt about it, as "disagrees" was, and "niet eens met" / "does not agree" never as a result that agrees', () => {
    check([
      ['requested', 'en', 'Son (LPA) does not agree w/ recommendation for palliative care, requesting a second opinion from another oncologist.'],
      ['considering', 'en', "Pt doesn't agree with the diagnosis; thinking about a second opinion."],
      ['requested', 'nl', 'Mw. niet eens met de chirurg, wil second opinion in het AMC.'],
      ['requested', 'nl', 'Pt wil een second opinion. Niet eens met de uroloog.'],
      ['requested', 'en', 'Pt wants a second opinion. Does not agree with the surgeon.'],
      ['completed', 'nl', 'Pt wil een second opinion in het AMC. Chirurg daar is het eens met het beleid.'],
    ]);
  });
  it('reads "doesn\'t need surgery" after a second opinion as its result, not as refusing the second opinion', () => {
    check([
      ['none', 'en', 'My brother got a second opinion at Mayo and they say he doesn\'t need surgery after all.'],
      ['completed', 'en', 'Had my second opinion at the Christie: they think I don\'t need surgery after all.'],
      ['declined', 'en', 'Offered a second opinion; she doesn\'t need one.'],
    ]);
  });
  it('reads "trek ik in" as a withdrawal', () => {
    check([['declined', 'nl', 'Mijn verzoek om een second opinion in het AMC trek ik hierbij in.']]);
  });
});

describe('a reader\'s or a colleague\'s second look at images', () => {
  it('reads a second opinion given by a (film) reader, radiologist or pathologist as a second read, not the patient\'s', () => {
    check([
      ['none', 'en', 'Both films are double read; where the two readers differ, a consultant radiologist gives a second opinion.'],
      ['none', 'en', 'The histopathologist then sought a second opinion from her colleague on the resection margins.'],
    ]);
  });
  it('reads a second opinion on a photo asked of a colleague as a consult on the photo, not the patient\'s wish', () => {
    check([
      ['none', 'en', 'Hi Sam, could you give me a second opinion on a rash photo a patient sent in? Thanks.'],
      ['requested', 'en', 'I want a second opinion on my mole from another dermatologist.'],
    ]);
  });
});

describe('a parent\'s answer in a message their son or daughter writes', () => {
  it('reads the parent\'s later answer as the patient\'s when a child writes about the parent, and a parent of a minor still as one voice', () => {
    check([
      ['declined', 'en', 'Hello, about the second opinion we discussed for my mother. After talking it through, Mum says she doesn\'t want one any more.\nThanks, Priya (daughter)'],
      ['requested', 'en', 'Hello, about the second opinion we discussed for my mother. Mum says she definitely wants one.\nThanks, Priya (daughter)'],
      ['considering', 'en', 'Seen with parents re Tom (9). Dad unsure about the surgery, asked whether another children\'s hospital would agree. Mum happy with the plan.'],
    ]);
  });
});

describe('public and informal text: readers asked, other opinions, offers turned down', () => {
  it('"Anyone else get …?", "has anyone else …" ask the readers, and "telling anyone else" is no clinician; "someone else to look" still is one', () => {
    check([
      ['none', 'en', 'Anyone else get a rash after the second dose of the flu jab?'],
      ['requested', 'en', 'I want someone else to look at my scans before the operation.'],
      ['declined', 'en', 'A few friends asked why I didn\'t get a second opinion. I was offered one and said no. That\'s not me telling anyone else what to do, it\'s just how it went for me.'],
    ]);
  });
  it('reads a second opinion on a colour, or from a barrister, as no medical one', () => {
    check([
      ['none', 'en', 'My solicitor wants a second opinion from a barrister.'],
      ['none', 'en', 'Could someone give me a second opinion on which colour to paint the hall?'],
      ['none', 'nl', 'Ik wil een tweede mening over de kleur van de keuken.'],
    ]);
  });
  it('reads "er … gebruik van" as pointing back at the offer, "dubben" as weighing, "kan … adviseren" as a question still to answer, and "wil er eerst … over praten" as weighing', () => {
    check([
      ['declined', 'nl', 'Dank u voor de verwijzing voor de second opinion in het Isala. Inmiddels heb ik besloten er toch geen gebruik van te maken.'],
      ['considering', 'nl', 'Ik twijfel of ik een second opinion moet aanvragen, kan de huisarts me daarin adviseren?'],
      ['considering', 'nl', 'Ik zit te dubben of ik een ander ziekenhuis laat meekijken, maar ik wil ook niet de lastige patient zijn.'],
      ['considering', 'nl', 'Pt vraagt of een andere chirurg nog naar de scans kan kijken. Wil er eerst met haar kinderen over praten voor ze iets besluit.'],
    ]);
  });
  it('reads "daar gaat mijn vraag niet over" and "I don\'t want to waste …" as no refusal, and "I turned it down" as one', () => {
    check([
      ['none', 'nl', 'Mijn zus heeft een second opinion gehad. Maar daar gaat mijn vraag niet over: ik heb last van mijn maag.'],
      ['considering', 'en', 'Would it be rude to ask for a second opinion? I don\'t want to waste anyone\'s time.'],
      ['declined', 'en', 'My insurer offered me a second opinion. I turned it down.'],
    ]);
  });
});

describe('a second opinion that took place, told in a note\'s or a story\'s own words', () => {
  it('reads "following SO", "went privately to … for", "kwam bij ons voor", "saw Dr …" and "the letter came back" after a request as one that took place, and "as scheduled" / "as planned" as no arrangement of it', () => {
    check([
      ['completed', 'en', 'Seen today following SO in Oxford.'],
      ['completed', 'en', 'Went privately to Mr Hale (ortho, Bath) for independent assessment of L knee.'],
      ['completed', 'en', 'My GP referred me for a second opinion at Leeds. Dr Hale agreed with the diagnosis, so chemo starts as scheduled.'],
      ['completed', 'nl', 'Meneer kwam bij ons voor een second opinion over zijn hartklep.'],
      ['completed', 'en', 'I asked for a second opinion at the Christie in May. Saw Dr Hale there last week. His letter came back: surgery is the right call.'],
      ['requested', 'en', 'Second opinion at Leeds booked for Friday as planned.'],
    ]);
  });
});

describe('"following" and "turns down"', () => {
  it('reads "following my / the …" as "after" only right before the mention ("… following my complaint" is no result), and "turns / turn / turning down" as a refusal', () => {
    check([
      ['declined', 'en', 'I got your letter offering a different consultant to review my diagnosis following my complaint. Thank you, but I won\'t be taking this up.'],
      ['completed', 'en', 'Following the second opinion at Leeds the plan stands.'],
      ['declined', 'en', 'PENSIONER TURNS DOWN SECOND OPINION BEFORE HIP OP.'],
      ['declined', 'en', 'She is turning down the offer of a second opinion.'],
    ]);
  });
});

describe('asking a named doctor to act', () => {
  it('reads "asked Dr. X to …" and "asked my … to …" as a request, as "asked X to" was, and "asked if … to" still as a question', () => {
    check([
      ['requested', 'en', 'I asked Dr. Okafor to send my scans so another oncologist can look at whether I need chemo.'],
      ['requested', 'en', 'I asked my consultant to send everything to Leeds so someone else can check whether I need the op.'],
      ['considering', 'en', 'Asked if it would be OK to take her X-rays to another dentist for a check; will think about it.'],
    ]);
  });
});

describe('a place outside the hospital, and a look suggested', () => {
  it('reads "outside this hospital" / "buiten dit ziekenhuis" as another place, and a look someone suggested as a sign of a second look', () => {
    check([
      ['considering', 'en', 'My sister says I should let someone from outside this hospital have a look before the operation. I\'m torn.'],
      ['considering', 'nl', 'Mw. overweegt iemand van buiten dit ziekenhuis naar de MRI te laten kijken.'],
      ['declined', 'en', 'Dr. Hale, I appreciate you suggesting I could have my case reviewed at the regional centre. I\'ve talked it through with my husband and we\'d rather not.'],
    ]);
  });
});

describe('permission, and calling back', () => {
  it('reads "mag altijd" / "can always" as permission, not a wish, and "belt terug na …" as no result', () => {
    check([
      ['considering', 'nl', 'Wil misschien een second opinion in het AMC. Denkt er nog over na, belt terug na overleg met zijn vrouw.'],
      ['considering', 'nl', 'Mag altijd een verwijzing voor een second opinion.'],
      ['considering', 'en', 'Told him he can always ask for a referral for a second opinion.'],
    ]);
  });
});

describe('a pet named in passing, and a second opinion that changed everything', () => {
  it('reads a vet named far from the statement as an aside, and one beside it as a pet\'s care', () => {
    check([
      ['completed', 'nl', 'Vorig jaar heb ik een second opinion gehad in het Radboudumc. Hun conclusie: geen operatie nodig. Verder moest de hond deze week naar de dierenarts, maar dat terzijde; het gaat nu weer goed met hem en hij rent alweer door de hele tuin achter de bal aan, elke ochtend en elke avond.'],
      ['none', 'en', 'Our dog has a lump. The vet wants to operate but we\'d like a second opinion first.'],
    ]);
  });
  it('reads "a second opinion (that) changed everything" / "die alles veranderde" as one that took place, and someone else\'s still as theirs', () => {
    check([
      ['completed', 'en', 'Then a second opinion changed everything.'],
      ['completed', 'nl', 'Het was de second opinion die alles veranderde.'],
      ['none', 'en', 'My sister got a second opinion at the Mayo and they changed everything for her.'],
    ]);
  });
});

describe('an independent team named in more words', () => {
  it('reads "an independent paediatric nephrology team" / "een onafhankelijke … team" as another clinician, and "the independent living team" as none', () => {
    check([
      ['requested', 'en', 'Her parents have asked for the scans to be looked at by an independent paediatric oncology team before surgery.'],
      ['requested', 'nl', 'Ouders willen dat een onafhankelijke kinderneurologisch expertise team naar de MRI kijkt.'],
      ['none', 'en', 'Referred to the independent living team for home adaptations.'],
    ]);
  });
});

describe('"mag ik als patiënt …?"', () => {
  it('reads a question in the first person about what one may do "als patiënt" as the writer weighing it, and "als patiënt heeft u recht op" still as information', () => {
    check([
      ['considering', 'nl', 'Mag ik als patiënt zelf een second opinion aanvragen in het UMCG?'],
      ['considering', 'nl', 'Kan ik als moeder een tweede mening vragen voor mijn zoon?'],
      ['none', 'nl', 'Als patiënt heeft u recht op een second opinion.'],
    ]);
  });
});

describe('public and informal text: advice asked, offers turned down, a view that is in', () => {
  it('reads "denk je dat ik …?" and "do u want to …?" as asking, not as a wish', () => {
    check([
      ['considering', 'nl', 'Denk je dat ik een second opinion moet aanvragen? De chirurg wil opereren.'],
      ['considering', 'en', 'do u want to get someone else to look at it first?? idk'],
    ]);
  });
  it('reads "dat vond ik niet nodig", "wil ik dat niet meer", "ik ga het niet doen" and "I don\'t feel the need" as turning it down', () => {
    check([
      ['declined', 'nl', 'De uroloog bood aan om mij door een collega in een ander ziekenhuis te laten bekijken, maar dat vond ik niet nodig.'],
      ['declined', 'nl', 'Ik had een second opinion aangevraagd, maar inmiddels wil ik dat niet meer.'],
      ['declined', 'nl', 'Ik heb overwogen om in een ander ziekenhuis te laten kijken. Maar ik ga het niet doen.'],
      ['declined', 'en', 'I\'d asked for another cardiologist to review the echo. Since then I\'ve talked to my own team and I don\'t feel the need for anyone else to look at it.'],
    ]);
  });
  it('reads "the other hospital\'s view is in" and "kwamen hier voor een second opinion" as one that took place', () => {
    check([
      ['completed', 'en', 'Update: the other hospital\'s view is in, and it matches ours.'],
      ['completed', 'nl', 'Wij kwamen hier voor een second opinion over de hartklep van onze zoon.'],
    ]);
  });
});

describe('conditions, deciding whether, and nearly asking', () => {
  it('reads "als ik dat wil" / "if you want" as a condition, "beslis ik of" as weighing, "not saying I want one" as no wish, "tell me the same" as no result, "de verwijzing … gedaan" as arranged, and "this close to asking" as not asked', () => {
    check([
      ['considering', 'nl', 'De neuroloog zei dat ik recht heb op een second opinion als ik dat wil. Ik weet het nog niet.'],
      ['considering', 'nl', 'Ik praat eerst met mijn dochter. Daarna beslis ik of ik een second opinion aanvraag.'],
      ['considering', 'en', 'how does it work if you want a second opinion on a scan? not saying I want one, just asking'],
      ['considering', 'en', 'Would another surgeon just tell me the same thing? I\'m not sure it\'s worth asking for a second opinion.'],
      ['requested', 'nl', 'Ik wil een second opinion. De huisarts heeft de verwijzing gisteren gedaan naar het AMC, de afspraak is op 3 mei.'],
      ['none', 'en', 'I was this close to asking for a second opinion last spring.'],
    ]);
  });
});

describe('record shorthand and spelling, asking how it works, a colleague\'s look at an ECG', () => {
  it('reads misspelt and clipped forms ("2nd opnion", "2nd opin", "secnd opinon"), "gn" for "geen", "not intrested", "ref sent" and "pls"', () => {
    check([
      ['declined', 'en', 'Discussed options. Not intrested in a 2nd opnion, wants to start tx.'],
      ['considering', 'en', '?2nd opin re knee replacement - pt unsure, will think about it.'],
      ['requested', 'en', 'pt asks secnd opinon cardiology re valve, other hosp pls. ref sent'],
      ['declined', 'nl', 'Uitslag biopt besproken. Pt wil gn second opinion, start bestraling volgende week.'],
    ]);
  });
  it('reads "willen weten hoe" and "I want to know whether" as asking how it goes, not as a wish', () => {
    check([
      ['considering', 'nl', 'Dochter en pt bellen samen. Ze willen weten hoe een tweede mening aangevraagd kan worden en wie dat betaalt.'],
      ['considering', 'en', 'I want to know whether a second opinion would delay my operation.'],
    ]);
  });
  it('reads a colleague asked to look at an ECG ("fresh pair of eyes on this ECG", "frisse blik … op het ECG") as no second opinion of the patient', () => {
    check([
      ['none', 'en', 'Could you be a fresh pair of eyes on the ECG from bay 4? Not sure if the ST changes are new.'],
      ['none', 'nl', 'Wil jij een frisse blik werpen op het ECG van mw. Smit? Ik twijfel over de QT-tijd.'],
    ]);
  });
  it('reads "elders (te) laten toetsen" and a look at "een …centrum" offered and turned down', () => {
    check([
      ['considering', 'nl', 'Pt overweegt het behandelvoorstel elders te laten toetsen, heeft nog geen besluit genomen.'],
      ['declined', 'nl', 'De mogelijkheid besproken om het beleid in een traumacentrum te laten toetsen; mw. wil dat niet.'],
    ]);
  });
  it('reads "doesn\'t want to lose her slot" as a worry beside the wish, not as turning it down', () => {
    check([
      ['requested', 'en', 'She would like a second opinion in Leeds but does not want to lose her slot on the list.'],
      ['considering', 'en', 'thinking about a 2nd opinion but dont want to lose my place for surgery, any advice?'],
    ]);
  });
});

describe('who felt what, a visit that has been, and talking it through first', () => {
  it('reads "both felt it was unnecessary" and a relative\'s "poor outcome" as no result of a second opinion', () => {
    check([
      ['declined', 'en', 'A second opinion at the liver unit in Leeds was offered to her and her partner; both felt it was not needed and want to stay with Dr Ames.'],
      ['considering', 'en', 'He is weighing a second opinion before the hip operation, as his neighbour had a poor outcome from the same procedure.'],
    ]);
  });
  it('reads "is inmiddels geweest" as a second opinion that took place, not a relative\'s visit "langs geweest"', () => {
    check([
      ['completed', 'nl', 'De tweede mening van dhr. Vos in het Rivierland is inmiddels geweest. Bespreken bij volgend consult.'],
      ['none', 'nl', 'Zus op bezoek, vertelde dat ze zelf bij een andere cardioloog is langs geweest.'],
    ]);
  });
  it('reads "want to talk it through with … first" as hesitation, not a wish', () => {
    check([['considering', 'en', 'Asked about a second opinion at a specialist centre but wants to talk it through with her husband first.']]);
  });
  it('reads "the other paediatric neurologist" as another clinician, and an offer of a review at a children\'s centre turned down', () => {
    check([
      ['completed', 'en', 'We saw the other paediatric cardiologist in Bristol last week and she agrees with the plan.'],
      ['declined', 'en', "Mum rang back about our offer of a review at the children's kidney centre. They don't want it, happy with the current plan."],
    ]);
  });
});

describe('a reply from the one who gave it, asking whether it is covered, appointments cancelled by others', () => {
  it('reads "U verwees … naar ons … voor een onafhankelijke beoordeling" as the report of the one who gave it', () => {
    check([['completed', 'nl', 'Geachte collega, u verwees de heer K. Bos naar onze polikliniek voor een onafhankelijke beoordeling van zijn hartritmestoornis.']]);
  });
  it('reads "wordt … eigenlijk vergoed?" as asking, not as information text', () => {
    check([['considering', 'nl', 'Hoi allemaal, wordt een tweede mening eigenlijk vergoed uit de basisverzekering?']]);
  });
  it('reads "why were my appointments cancelled?" as something that befell the patient, not a request called off', () => {
    check([['considering', 'en', 'I am wondering whether to get a second opinion elsewhere. First I want to know why were my appointments cancelled twice.']]);
  });
});

describe('compound nouns, how a visit went, a colleague\'s look at an ECG in Dutch, and opinions on furniture or from a friend', () => {
  it('reads "second-opinionaanvraag" and its kin as naming it, and "laten intrekken" as calling it off', () => {
    check([
      ['declined', 'nl', 'Mijn second-opinionaanvraag bij het UMC heb ik vorige week laten intrekken.'],
      ['requested', 'nl', 'Het second-opiniontraject in Groningen is gestart, de eerste afspraak volgt.'],
    ]);
  });
  it('reads "viel tegen", "zit erop", "was disappointing" and "had read" after the mention as one that took place', () => {
    check([
      ['completed', 'nl', 'De tweede mening in het Zuiderhospitaal viel eigenlijk tegen.'],
      ['completed', 'nl', 'Het consult in het tertiaire centrum zit erop.'],
      ['completed', 'en', 'The second opinion in Glasgow was disappointing, to be honest.'],
      ['completed', 'en', 'The second surgeon had read all my notes before I arrived.'],
    ]);
  });
  it('reads "ECG laten meekijken door collega" as a colleague\'s look, not the patient\'s second opinion', () => {
    check([['none', 'nl', 'ECG laten meekijken door collega-cardioloog ivm twijfel over AV-blok: geen afwijkingen.']]);
  });
  it('reads an opinion given on a sofa, or asked of a friend, as no medical second opinion', () => {
    check([
      ['none', 'nl', 'Kun jij een tweede mening geven over dit bankstel? Ik twijfel.'],
      ['none', 'nl', 'Vraag eens een second opinion aan een vriendin, die kent jullie goed.'],
      ['none', 'en', 'Get a second opinion from a friend who knows you both before you decide.'],
    ]);
  });
});

describe('record shorthand and a plan kept, a request not picked up, a compound', () => {
  it('reads "another hosp" as another place and "a further specialist view" as naming it', () => {
    check([
      ['considering', 'en', 'Pt unsure about the diagnosis, asking if cardiology at another hosp could see her.'],
      ['declined', 'en', "We discussed whether a further specialist view would help. He doesn't feel that's necessary."],
    ]);
  });
  it('reads "rather stay … and proceed as planned" after an offer as turning it down, not as a wish', () => {
    check([['declined', 'en', 'I offered to refer her to the regional sarcoma service for a second opinion. She was clear that she would rather stay under our care and proceed as planned, and her husband agreed.']]);
  });
  it('reads a request "niet opgepakt" as not handled, and "daar bel ik niet voor" as no refusal', () => {
    check([
      ['requested', 'nl', 'Klacht: haar verzoek om een second opinion is twee keer niet opgepakt. Inmiddels is de verwijzing verstuurd.'],
      ['none', 'nl', 'Mijn broer heeft een second opinion gehad in het AMC, maar daar bel ik nu niet voor. Ik heb een vraag over mijn medicatie.'],
    ]);
  });
  it('reads "meekijkconsult" as naming it', () => {
    check([['declined', 'nl', 'Pt gewezen op de mogelijkheid van een meekijkconsult; zij ziet daar van af.']]);
  });
});

describe('a form answered by a tick, weighing in Dutch, wishes "to be obtained", a patient with a relative', () => {
  it('reads the ticked box of a yes / no pair as the answer to the question before it', () => {
    check([
      ['declined', 'en', 'Do you want us to request a second opinion for you?  [ ] Yes  [x] No'],
      ['requested', 'en', 'Do you want us to request a second opinion for you?  Yes ☒  No ☐'],
      ['declined', 'nl', 'Wilt u dat wij een tweede mening voor u aanvragen?  ☐ ja  ☑ nee'],
      ['requested', 'nl', 'Wilt u dat wij een tweede mening voor u aanvragen? Ja [x] Nee [ ]'],
      // Unanswered, or a field that only names the wish: a form, as before.
      ['none', 'nl', 'Wilt u dat wij een tweede mening voor u aanvragen?  ☐ ja  ☐ nee'],
      ['none', 'en', 'Second opinion requested?  [ ] Yes  [x] No'],
    ]);
  });
  it('reads "zit erover te denken" and "denken erover" as weighing', () => {
    check([
      ['considering', 'nl', 'Ik zit er sterk over te denken om een andere gynaecoloog naar mijn echo te laten kijken.'],
      ['considering', 'nl', 'Mw. en haar man denken erover om elders een tweede mening te vragen.'],
    ]);
  });
  it('reads "not yet made up his mind" as weighing and "to be obtained" as a wish', () => {
    check([
      ['considering', 'en', 'He has not really made up his mind about asking another urologist to review the biopsy.'],
      ['requested', 'en', 'Her husband, who holds LPA, asked on her behalf for an independent cardiology opinion to be obtained before the valve surgery.'],
    ]);
  });
  it('reads an offer "offering to arrange" as weighed, "I ask that … be reviewed" as asked, and "pt + daughter" as the patient', () => {
    check([
      ['considering', 'en', 'Thank you for your email offering to arrange a second opinion in Leeds.'],
      ['requested', 'en', 'On her behalf I ask that the MRI be reviewed by an independent neuroradiologist.'],
      ['requested', 'en', 'Pt + son want his scans reviewed at a tertiary centre; referral done.'],
      ['requested', 'nl', 'Pt + zoon willen de scans laten beoordelen in een ander ziekenhuis, verwijzing verstuurd.'],
    ]);
  });
  it('reads "laten annuleren" as withdrawn and an opinion on a dress as no medical one', () => {
    check([
      ['declined', 'nl', 'Meneer heeft de aangevraagde second opinion in het UMC laten annuleren.'],
      ['none', 'nl', 'Wil jij mijn second opinion zijn over deze jurk? Ik twijfel nog.'],
      ['none', 'en', 'Can I get a second opinion on this dress before the party?'],
    ]);
  });
});

describe('a proposal not taken up, "deliberately not", an assessment that took place', () => {
  it('reads "voorstel … niet overnemen" and "bewust niet gedaan" as turning it down', () => {
    check([
      ['declined', 'nl', 'Wij laten u weten dat wij uw voorstel om een andere kinderarts mee te laten kijken niet overnemen.'],
      ['declined', 'nl', 'Iedereen zei dat ik een second opinion moest aanvragen, maar dat heb ik bewust niet gedaan.'],
    ]);
  });
  it('reads "was assessed by … at" and a later "took place on" or "now received" as done', () => {
    check([
      ['completed', 'en', 'At her own request she was assessed by Dr Mwangi at the Rosewood Epilepsy Centre in March.'],
      ['completed', 'en', 'The family asked for his scans to be reviewed by an independent paediatric radiologist. That review took place on 3 June.'],
      ['completed', 'en', 'She asked for a second opinion from a rheumatologist in Leeds. The report, which we have now received, agrees with lupus.'],
    ]);
  });
  it('reads "arranging for" another clinician to assess as under way, and "Reason for visit: second opinion" as asked', () => {
    check([
      ['requested', 'en', 'Thanks for arranging for another neurologist to assess my headaches independently.'],
      ['requested', 'en', 'Reason for visit: second opinion re knee replacement advice from my own surgeon.'],
    ]);
  });
});

describe('a reply of no, and trust in the own clinician, after an offer', () => {
  it('reads "replied no" / "antwoordde nee" after a mention as turning it down', () => {
    check([
      ['declined', 'en', 'We told him he may ask another oncologist to look at the scans. He replied no, he trusts the team here.'],
      ['declined', 'nl', 'Wij wezen haar op de mogelijkheid van een tweede mening in een ander ziekenhuis. Zij antwoordde nee.'],
    ]);
  });
  it('reads "ik vertrouw dokter …" after an offer as turning it down', () => {
    check([['declined', 'nl', 'U bood aan mij naar een andere internist te verwijzen. Ik heb er goed over nagedacht, maar ik vertrouw dokter Bakker.']]);
  });
});

describe('declining to use it, a right told to the patient, a code that is no abbreviation, an insurer\'s file', () => {
  it('reads "geen gebruik wil(t) maken" as turning it down, also after a right told to the patient', () => {
    check([
      ['declined', 'nl', 'Mevrouw laat weten dat zij geen gebruik wil maken van de aangeboden tweede mening bij de reumatoloog in Zwolle.'],
      ['declined', 'nl', 'Patiënt is gewezen op zijn recht op een tweede mening bij een andere longarts. Hij wil daar geen gebruik van maken.'],
      ['declined', 'en', 'The employee was informed of her right to a second opinion from another occupational physician. She does not wish to take this up.'],
    ]);
  });
  it('does not read "SO" inside a reference or code as a mention', () => {
    check([
      ['none', 'en', 'Your file has been closed (our ref. 2025-SO-0912). Kind regards, Claims Team'],
      ['none', 'nl', 'Dossiernummer SO-77120, zie bijlage.'],
    ]);
  });
  it('reads an application for cover of a second opinion, and asking an insurer to pay for one, as asked', () => {
    check([
      ['requested', 'nl', 'Wij ontvingen uw aanvraag voor vergoeding van een second opinion in het Radboudumc.'],
      ['requested', 'en', 'Dear Mrs Patel, in your email you ask us to cover a second opinion at the Marsden before your surgery.'],
    ]);
  });
  it('reads weighing that is over ("eindelijk doorgezet") and a rhetorical "of ik niet" as what they are', () => {
    check([
      ['requested', 'nl', 'Na maanden twijfelen heb ik doorgezet: mijn huisarts verwijst me voor een second opinion naar het AVL.'],
      ['considering', 'nl', 'Ik vraag me echt af of ik niet eerst een andere uroloog naar de biopsie moet laten kijken.'],
    ]);
  });
  it('reads an opinion on a contract as no medical one, and "have no need for that" after an offer as turning it down', () => {
    check([
      ['none', 'nl', 'Hij wil een second opinion op het contract van zijn nieuwe werkgever.'],
      ['declined', 'en', 'We offered to refer them to another memory clinic for a second opinion. They have no need for that and want to carry on here.'],
    ]);
  });
});

describe('another institution, a look "independently", independent medical advice', () => {
  it('reads "reassessed at another institution" and "reviewed … independently" as naming it', () => {
    check([
      ['declined', 'en', 'She decided against having her memory problems reassessed at another institution.'],
      ['completed', 'en', 'Attached is the letter from Dr Osei, who reviewed my biopsy slides independently last month.'],
    ]);
  });
  it('reads "onafhankelijk (medisch) advies" as naming it', () => {
    check([['declined', 'nl', 'Meneer wil geen gebruik maken van het onafhankelijke medisch advies dat de verzekeraar aanbood.']]);
  });
});

describe('a request "— agreed", a representative by power of attorney, a look "go over … independently", an appointment due', () => {
  it('reads "— agreed" after a request as its acceptance, and "- agreed with" as a result', () => {
    check([
      ['requested', 'en', 'Asked for a second opinion from Prof Lind at the Royal — agreed, referral sent today.'],
      ['completed', 'en', 'Second opinion Prof Lind (Royal) - agreed with the diagnosis.'],
    ]);
  });
  it('reads "gevolmachtigde" as acting for the patient', () => {
    check([['requested', 'nl', 'Zoon (gevolmachtigde) geeft aan dat vader een second opinion in het AMC wil.']]);
  });
  it('reads "go over … independently" as naming it and "was due to see" as under way', () => {
    check([
      ['requested', 'en', 'She would like the team at Kingsgate to go over her scans independently before she decides.'],
      ['requested', 'en', "She was due to see Dr Amos at St Luke's for a second opinion on 4 May."],
    ]);
  });
});

describe('letting someone know is no question; asking whether it is usual or allowed weighs it', () => {
  it('reads "wil(de) … laten weten" as telling, not asking', () => {
    check([['completed', 'nl', 'Ik wilde u laten weten dat ik gisteren in het AMC ben geweest voor de second opinion.']]);
  });
  it('reads "is het gebruikelijk" and "mag je" questions as weighing, not asking for one', () => {
    check([
      ['considering', 'nl', 'Is het gebruikelijk dat je een tweede mening vraagt bij deze diagnose?'],
      ['considering', 'nl', 'Mag je eigenlijk een second opinion vragen als je al in behandeling bent?'],
    ]);
  });
});

describe('a question weighing the writer\'s own step, options left unticked, a relative only present, undecided in a subordinate clause', () => {
  it('reads a question that opens with the writer\'s own next step ("Zal ik …?", "Do I …?") as weighing it', () => {
    check([
      ['considering', 'nl', 'Zal ik nou een second opinion aanvragen, of wacht ik de volgende scan af?'],
      ['considering', 'en', 'Do I push for another specialist to look at it, or just go along with the plan?'],
    ]);
  });
  it('reads a field whose answer options stand unchosen with spaces ("ja / nee", "yes / no") as a form label', () => {
    check([
      ['none', 'nl', 'Second opinion gehad: ja / nee / weet niet'],
      ['none', 'en', 'Previous second opinion received: yes / no'],
    ]);
  });
  it('reads a relative who is only present ("in bijzijn van", "in the presence of") as no other person whose wish it is', () => {
    check([
      ['requested', 'nl', 'Mevrouw zegt in bijzijn van haar zoon dat zij een tweede mening in het UMC wil.'],
      ['requested', 'en', 'In the presence of her husband she said she would like a second opinion at the Royal.'],
    ]);
  });
  it('reads "liet weten" as telling and "niet weet of" as undecided', () => {
    check([['considering', 'nl', 'Zij liet weten dat ze nog niet weet of ze een tweede mening wil.']]);
  });
  it('reads "no wish to" as turning it down, "did get" as done, "someone … independent" as naming it, "asked whether … chase" as under way', () => {
    check([
      ['declined', 'en', 'He has no wish to see another urologist.'],
      ['completed', 'en', 'I did get a second opinion in the end.'],
      ['requested', 'en', 'I want someone truly independent to check the results.'],
      ['requested', 'en', 'Pt asked whether we could chase the second opinion referral, sent in May.'],
    ]);
  });
});

describe('asking how it works, rights for everyone, a neighbour on the ward, a team named by its field', () => {
  it('reads "hoe het zit met" as asking about it', () => {
    check([['considering', 'nl', 'Meneer vroeg mij hoe het zit met een tweede mening bij de neuroloog.']]);
  });
  it('reads what "iedereen … mag" as information', () => {
    check([['none', 'nl', 'Iedereen die verzekerd is mag zelf om een tweede mening vragen.']]);
  });
  it('reads the patient in the next bed as another person', () => {
    check([
      ['none', 'nl', 'Zijn bedbuurman heeft een second opinion gehad in het UMC.'],
      ['none', 'en', "The lady in the next bed had a second opinion at Guy's and now swears by it."],
    ]);
  });
  it('reads "een ander …team" as another clinician', () => {
    check([['requested', 'nl', "Hij wil dat een ander heupteam zijn foto's bekijkt."]]);
  });
});

describe('a perfect "heeft zich … laten" before a look that starts with "laten", a history that is the patient\'s own', () => {
  it('reads "heeft (mevrouw) zich … laten beoordelen / onderzoeken in …" as done, also after "op eigen verzoek"', () => {
    check([
      ['completed', 'nl', 'Meneer heeft zich vorig jaar laten onderzoeken in het Radboudumc.'],
      ['completed', 'nl', 'Op eigen verzoek heeft mevrouw zich in mei laten beoordelen in het AVL.'],
    ]);
  });
  it('reads "haar … voorgeschiedenis" as the patient\'s history, not a look in it', () => {
    check([['requested', 'nl', 'Vanwege haar uitgebreide voorgeschiedenis wil mevrouw een second opinion.']]);
  });
});

describe('a later "dat doe ik niet", a visit told by "zat ik daar", what "they said there"', () => {
  it('reads "nee, dat doe ik niet" after weighing it as turning it down', () => {
    check([['declined', 'nl', 'Ik heb overwogen om een second opinion te vragen. Maar nee, dat doe ik niet.']]);
  });
  it('reads "… later zat ik daar" and "daar zeiden ze" as the look that took place', () => {
    check([
      ['completed', 'nl', 'Ik wilde een second opinion in het UMC, en een maand later zat ik daar.'],
      ['completed', 'nl', 'Ik wilde dat een ander ziekenhuis ernaar keek. Daar zeiden ze dat het geen reuma is.'],
    ]);
  });
});

describe('turning down an offer in everyday words, a finished look told by its date or "status na", the options explained, undecided after talking it over', () => {
  it('reads "daar ziet … niets / niks in", "aangeboden …, pt bedankt" and "won\'t be seeking one" as turning it down', () => {
    check([
      ['declined', 'nl', 'De huisarts stelde voor een andere uroloog te laten meekijken, maar daar ziet meneer niets in.'],
      ['declined', 'nl', 'Tweede mening aangeboden bij deze diagnose, pt bedankt.'],
      ['declined', 'nl', 'Een andere cardioloog vragen? Daar ziet hij niks in, die zeggen toch allemaal hetzelfde.'],
      ['declined', 'en', "Offered referral for another opinion. He won't be seeking one."],
    ]);
  });
  it('reads "st. na" / "s/p" before it and "was gisteren / was yesterday" after it as done', () => {
    check([
      ['completed', 'nl', 'St. na second opinion UMCG, beleid ongewijzigd.'],
      ['completed', 'nl', 'Mijn second opinion was gisteren.'],
      ['completed', 'en', 'S/p second opinion at the Royal, plan unchanged.'],
      ['completed', 'en', 'My second opinion was yesterday.'],
    ]);
  });
  it('reads "het staat … vrij" as information and "explained options" as the clinician telling, not the patient asking', () => {
    check([
      ['none', 'nl', 'Het staat iedere patiënt vrij om een second opinion te vragen.'],
      ['considering', 'en', 'Pt unsure whether to see another cardiologist. Explained options, including referral to another trust.'],
    ]);
  });
  it('reads "besloten dat niet te doen" after talking it over with her children as turning it down', () => {
    check([['declined', 'nl', 'Mevrouw overwoog een second opinion. Zij heeft na overleg met haar kinderen besloten dat niet te doen.']]);
  });
});

describe('a visit told as "was ik … bij", a finding after who gave it in brackets', () => {
  it('reads "was ik … bij" before another clinician as the visit that took place', () => {
    check([
      ['completed', 'nl', 'Vorige week was ik eindelijk bij die andere longarts.'],
      ['requested', 'nl', 'Ik was bij de huisarts en die wil dat een andere neuroloog meekijkt.'],
    ]);
  });
  it('reads a mention, who or where in brackets, a dash and a finding as a result', () => {
    check([
      ['completed', 'en', 'Second opinion (Prof Lind, Royal Brompton) - no reason to operate yet.'],
      ['completed', 'nl', 'SO (UMCU, 3/2) – conservatief beleid, geen operatie.'],
      ['requested', 'nl', 'Second opinion (AMC) - aangevraagd door HA.'],
    ]);
  });
});

describe('a text about the writer\'s spouse or parent as the one treated', () => {
  it('reads the relative as the patient when the text opens with them being treated and the writer never says "ik" / "I"', () => {
    check([
      ['requested', 'nl', 'Mijn vrouw (58) kreeg van haar longarts te horen dat er niets meer aan te doen is. Zij wil nu een tweede mening in het UMC.'],
      ['requested', 'en', 'My husband (70) was told by his oncologist that surgery is off the table. He wants another opinion from a specialist centre.'],
    ]);
  });
  it('keeps a relative\'s own second opinion theirs when nothing says they are the one treated, or the writer speaks of themselves', () => {
    check([
      ['none', 'nl', 'Mijn vader heeft een second opinion gehad in het AMC.'],
      ['none', 'en', 'My wife was told by her surgeon she needed a new hip and got a second opinion that saved her the operation. I wonder whether I should do the same for my knee.'],
      ['none', 'en', "My husband was told by his surgeon he needed a new hip and had a second opinion that spared him the operation. I'm wondering whether to do the same."],
    ]);
  });
});

describe('"SO" written for emphasis, toying with the idea', () => {
  it('reads "SO" before a word of feeling ("SO tired", "SO worried") as emphasis, not a second opinion', () => {
    check([
      ['none', 'en', 'Honestly SO tired of waiting for the scan results.'],
      ['none', 'en', 'SO worried about waiting for the biopsy.'],
    ]);
  });
  it('reads "speelt met (het) idee" as weighing it', () => {
    check([['considering', 'nl', 'Pt speelt met idee om elders te laten kijken.']]);
  });
});

describe('a message written by the patient\'s relative for them', () => {
  it('reads the wish told through the writer ("this is Peter Hale\'s wife writing", "u spreekt met de vrouw van …") as the patient\'s', () => {
    check([
      ['requested', 'en', "Hello, this is Peter Hale's wife writing as his eyesight is poor. He would like a second opinion on his cataract surgery date."],
      ['requested', 'nl', 'Goedemiddag, u spreekt met de vrouw van Jan de Boer. Hij wil graag een second opinion in het AMC.'],
    ]);
  });
});

describe('a wish held until another clinician has looked, or not without one', () => {
  it('reads "wil zich niet laten … voordat een tweede … heeft bekeken" as a request, not a second opinion already had', () => {
    check([['requested', 'nl', 'Patiënt wil zich niet laten behandelen voordat een tweede uroloog de scans heeft bekeken.']]);
  });
  it('reads "not … without a second opinion" / "niet … zonder" and "refuses … without" as wanting one', () => {
    check([
      ['requested', 'en', 'He will not sign the consent form without a second opinion.'],
      ['requested', 'en', "She refused to consent without another surgeon's view."],
      ['requested', 'nl', 'Zij gaat niet akkoord met de operatie zonder second opinion.'],
      ['requested', 'nl', 'Hij weigert de bestraling zonder een tweede mening van een ander centrum.'],
    ]);
  });
});

describe('applying for one, reported speech, apologies and how the writer comes across', () => {
  it('reads "has applied for" a second opinion or an independent review as a request', () => {
    check([
      ['requested', 'en', 'She has applied for a second opinion through her insurer.'],
      ['requested', 'en', 'He applied for an independent review of his scans last week.'],
    ]);
  });
  it('reads "mentioned she has asked" as reported speech and "sorry if" as an apology, neither as weighing', () => {
    check([
      ['requested', 'en', 'Pt mentioned she has asked her GP for a referral for a second opinion.'],
      ['requested', 'en', "I'd like a second opinion. Apologies if this causes extra work."],
    ]);
  });
  it('reads "wil niet ondankbaar overkomen" as how the writer fears to seem, not a refusal', () => {
    check([['considering', 'nl', 'Ik twijfel over een second opinion. Ik wil niet ondankbaar overkomen.']]);
  });
  it('reads "uiteindelijk geen second opinion" after weighing it as a decision against', () => {
    check([['declined', 'nl', 'Na lang twijfelen heeft zij uiteindelijk geen second opinion aangevraagd.']]);
  });
  it('reads a call to explain people\'s or patients\' rights after someone else\'s refusal as information, not a request', () => {
    check([
      ['none', 'en', "My neighbour was refused a second opinion by her oncologist, which I thought was unfair! Reports like this need to explain people's rights more clearly."],
      ['none', 'en', "My neighbour was refused a second opinion by her oncologist, which I thought was unfair! Reports like this need to explain patients' rights more clearly."],
      ['none', 'en', 'My neighbour was refused a second opinion by her oncologist, which I thought was unfair! Reports like this need to explain patient rights more clearly.'],
    ]);
  });
});

describe('a second reader of any kind, staying with the own team, an economist\'s view, an independent view of a field', () => {
  it('reads a second hematopatholoog or neuroradioloog (compound reader names) as a colleague\'s second read, not a second opinion', () => {
    check([
      ['none', 'nl', 'Het biopt is voorgelegd aan een tweede hematopatholoog binnen de regio.'],
      ['none', 'nl', 'De scan is nagekeken door een tweede neuroradioloog, die hetzelfde zag.'],
    ]);
  });
  it('reads "besloot … hier te blijven" after weighing another clinician as a decision against', () => {
    check([['declined', 'nl', 'Hij dacht aan een andere cardioloog, maar besloot toch hier te blijven.']]);
  });
  it('reads a second opinion from an economist as not medical', () => {
    check([['none', 'nl', 'Ik wil graag een tweede mening van een econoom over deze begroting.']]);
  });
  it('reads "an independent <two-word field> view / opinion" as a second opinion', () => {
    check([
      ['considering', 'en', 'She is thinking about an independent hand surgery view before the operation.'],
      ['requested', 'en', 'He would like an independent foot surgery opinion before the operation.'],
    ]);
  });
});

describe('a visit elsewhere told by its verdict "eveneens"', () => {
  it('reads a specialist elsewhere who "adviseert eveneens" (advises likewise) as a second opinion that took place', () => {
    check([
      ['completed', 'nl', 'Mw. is uit zichzelf naar een schouderchirurg in Almere gegaan; die adviseert eveneens een operatie.'],
      ['completed', 'nl', 'Dhr. is op eigen initiatief bij een internist in het Spaarne geweest, die adviseerde eveneens af te wachten.'],
    ]);
  });
  it('leaves "adviseert eveneens" without another place an ordinary advice', () => {
    check([['none', 'nl', 'De fysiotherapeut adviseert eveneens rust.']]);
  });
});

describe('someone urging the writer towards one, and the writer\'s bare answer', () => {
  it('reads a bare "No." / "Nee!" after a relative keeps urging a second opinion as the writer declining', () => {
    check([
      ['declined', 'en', 'My brother keeps telling me to get a second opinion. No. I trust my surgeon.'],
      ['declined', 'nl', 'Mijn moeder blijft me maar aanraden om een second opinion te vragen. Nee! Ik vertrouw mijn cardioloog.'],
    ]);
  });
  it('does not read a sentence that only opens with "No" ("No referral made yet") as that answer', () => {
    check([['none', 'en', 'My wife keeps telling me to get a second opinion. No referral made yet.']]);
  });
});

describe('advice to any reader and leaflet headings', () => {
  it('reads "als je twijfelt" / "if in doubt" after someone else\'s second opinion as advice to readers, not weighing', () => {
    check([
      ['none', 'nl', 'Mijn buurman had vorig jaar een second opinion in Leiden. Dus als je twijfelt: gewoon doen!'],
      ['none', 'en', 'My cousin got a second opinion in London last year. If in doubt, go for it!'],
    ]);
  });
  it('reads "any patient may ask" and a "Patient information:" heading as information', () => {
    check([
      ['none', 'en', 'Any patient may ask their specialist for a second opinion.'],
      ['none', 'en', 'Patient information: asking for a second opinion at Westfield Hospital.'],
    ]);
  });
});

describe('a look elsewhere weighed in the past tense', () => {
  it('takes "overwogen / overwoog" and "het behandeladvies" as signs of a second look at another place', () => {
    check([
      ['considering', 'nl', 'Ouders hebben overwogen het behandeladvies te laten toetsen bij een centrum in het buitenland.'],
      ['declined', 'nl', 'Ouders hebben overwogen het behandeladvies te laten toetsen in Leuven, maar zagen daar uiteindelijk van af.'],
    ]);
  });
});

describe('a second opinion had, named with a definite article or a possessive, or in shorthand', () => {
  it('reads "had the second opinion", "had ik mijn second opinion" and "seen 2nd opinion" as one that took place', () => {
    check([
      ['completed', 'en', 'I had the second opinion in Bristol and they said the same.'],
      ['completed', 'en', 'pt seen 2nd opinion gastro Tue, scope repeated, same findings.'],
      ['completed', 'nl', 'Gisteren had ik mijn second opinion in het Radboud.'],
    ]);
  });
  it('still reads a second opinion asked for in the pluperfect as a request', () => {
    check([['requested', 'nl', 'Vorige maand had ze haar second opinion aangevraagd, nu wacht ze op een datum.']]);
  });
});

describe('an alternative opinion or view', () => {
  it('reads "an alternative opinion" and a specialist unit\'s "alternative view" as a second opinion', () => {
    check([
      ['requested', 'en', 'He would like an alternative opinion before agreeing to the fusion.'],
      ['declined', 'en', 'She was offered referral to a specialist spinal unit for an alternative view. She has decided against it.'],
      ['requested', 'nl', 'Patiënt wil graag een alternatieve mening voordat hij instemt met de operatie.'],
    ]);
  });
  it('leaves a clinician\'s "alternative view" of the findings alone', () => {
    check([['none', 'en', 'An alternative view is that the pain is neuropathic rather than mechanical.']]);
  });
});

describe('the answers after an offer or urging', () => {
  it('reads "decided no" after urging and "said this was not necessary" after an offer as declining', () => {
    check([
      ['declined', 'en', 'My whole family kept telling me to get a second opinion. I slept on it and decided no.'],
      ['declined', 'en', 'He was told he is welcome to seek a second opinion before the surgery. He said this was not necessary.'],
    ]);
  });
  it('does not read "hasn\'t said no" as a refusal', () => {
    check([['considering', 'en', 'I told Dad he can ask for a second opinion and he said he would think about it. He hasn\'t said no.']]);
  });
});

describe('a wish to be judged elsewhere told in the passive, and asking to be referred', () => {
  it('reads "beoordeeld wil worden" and "gevraagd of hij me wil doorverwijzen" as requests', () => {
    check([
      ['requested', 'nl', 'Zij gaf aan dat zij door een ander ziekenhuis beoordeeld wil worden.'],
      ['requested', 'nl', 'Ik heb de huisarts gevraagd of hij me wil doorverwijzen naar een ander ziekenhuis.'],
    ]);
  });
});

describe('an emoji that ends a sentence in a post', () => {
  it('keeps a relative\'s view before an emoji apart from the writer\'s own wish after it', () => {
    check([
      ['requested', 'nl', 'Mijn zus vindt het onzin 🙄 Ik wil toch een second opinion.'],
      ['requested', 'en', 'My sister thinks it\'s silly 🙄 I still want a second opinion.'],
    ]);
  });
  it('keeps an emoji after a question from coming between it and its answer', () => {
    check([['requested', 'nl', 'Wil je een second opinion? 😊 Ja!']]);
  });
});

describe('a request withdrawn, told in everyday words', () => {
  it('reads a request stopped, lapsed, called off, dropped or pulled out of as withdrawn', () => {
    check([
      ['declined', 'nl', 'De aanvraag voor een second opinion is door de patiënt zelf stopgezet.'],
      ['declined', 'nl', 'Het verzoek om een tweede mening is vervallen, patiënte kiest voor behandeling hier.'],
      ['declined', 'nl', 'Vorige week vroeg ze nog om een second opinion; vandaag zegt ze dat het niet meer hoeft.'],
      ['declined', 'nl', 'Hij wilde een second opinion, maar heeft het laten vallen.'],
      ['declined', 'nl', 'Dhr. heeft de afspraak voor de second opinion afgezegd; hij wil toch hier geopereerd worden.'],
      ['declined', 'en', 'She was going to see another surgeon but has decided to call it off.'],
      ['declined', 'en', 'He has dropped the idea of getting another opinion.'],
      ['declined', 'en', 'He gave up on the idea of a second opinion.'],
      ['declined', 'en', 'They pulled out of the second opinion at the last minute.'],
    ]);
  });
  it('lets a later wish outweigh a withdrawal, and leaves a relative\'s or a leaflet\'s withdrawal alone', () => {
    check([
      ['requested', 'nl', 'Eerst stopgezet, maar nu wil ze toch een second opinion in Utrecht.'],
      ['requested', 'en', 'She had dropped the idea for a while but now wants a second opinion after all.'],
      ['none', 'en', 'My brother pulled out of his second opinion last week.'],
      ['none', 'nl', 'Informatie over second opinion: u kunt uw verzoek altijd laten vallen.'],
    ]);
  });
});

describe('a request on its way: a waiting list, a file sent', () => {
  it('reads being on a waiting list for another specialist and a file sent to a second surgeon as a request', () => {
    check([
      ['requested', 'en', 'She is on the waiting list to see another rheumatologist for a second opinion.'],
      ['requested', 'nl', 'Het dossier is opgestuurd naar de tweede chirurg; patiënt wacht op een oproep.'],
    ]);
  });
});

describe('a second look elsewhere told by its verdict', () => {
  it('reads a review at another place with its recommendation, and a second look\'s result, as one that took place', () => {
    check([
      ['completed', 'en', 'Her case was reviewed at the sarcoma MDT in Birmingham; they recommend surgery first.'],
      ['completed', 'en', 'Following review by a second neurosurgeon, she has opted for conservative management.'],
      ['completed', 'nl', 'Uitslag van de tweede beoordeling in Leiden is binnen: geen maligniteit.'],
      ['completed', 'nl', 'Na consultatie van een tweede chirurg in het Catharina heeft patiënt gekozen voor opereren.'],
    ]);
  });
});

describe('declining in Dutch word order, and the right pointed out to this patient', () => {
  it('reads "sloeg het aanbod af", "wil het hier laten doen" and "niet nodig vindt" as declining', () => {
    check([
      ['declined', 'nl', 'Mw. sloeg het aanbod voor een tweede mening in het UMC af.'],
      ['declined', 'nl', 'Hij wil liever niet naar een ander ziekenhuis voor een tweede oordeel; hij wil het hier laten doen.'],
      ['declined', 'nl', 'Mw. gewezen op haar recht op een second opinion, ze zegt dat ze dat niet nodig vindt.'],
    ]);
  });
  it('reads the right pointed out to the patient ("gewezen op het recht", "informed of the right") as said to them, not a leaflet', () => {
    check([
      ['declined', 'nl', 'Ik heb mw. gewezen op het recht op een second opinion; ze vindt dat niet nodig.'],
      ['requested', 'nl', 'Mw. gewezen op het recht op een second opinion, zij wil daar graag gebruik van maken.'],
      ['requested', 'en', 'She was informed of the right to a second opinion and wants one.'],
      ['requested', 'en', 'Made aware of the right to a second opinion, he would like one.'],
    ]);
  });
  it('still reads the right on its own as information', () => {
    check([
      ['none', 'nl', 'Uitleg over het recht op een second opinion: iedere patiënt mag een tweede mening vragen.'],
      ['none', 'en', 'Patients have the right to a second opinion.'],
    ]);
  });
});

describe('a tertiary referral, and a building job', () => {
  it('reads a tertiary referral turned down for staying under our care as declined', () => {
    check([['declined', 'en', 'The option of a tertiary referral was discussed, but Mrs Khan would rather stay under our care.']]);
  });
  it('reads another opinion on a kitchen rebuild as no medical second opinion', () => {
    check([['none', 'nl', 'Ze wil een andere mening over de verbouwing van haar keuken.']]);
  });
});

describe('answers in a transcript, and a yes that confirms a question that declines', () => {
  it('reads a yes or no after the speaker\'s name as the answer to the question before it', () => {
    check([
      ['declined', 'en', 'Doctor: Would you like a second opinion?\nPatient: No, thank you.'],
      ['requested', 'en', 'Would you like a second opinion?\nMrs Lee: Yes please.'],
    ]);
  });
  it('reads a yes to "you no longer want … ?" as confirming the withdrawal', () => {
    check([['declined', 'en', 'Receptionist: Just to check, you no longer want the referral to another surgeon for a second opinion?\nPatient: yes that\'s right.']]);
  });
});

describe('a message to the doctor about a parent or partner', () => {
  it('reads the relative named right after "Geachte dokter," / "Dear Dr …," as the patient when the writer never says "I"', () => {
    check([
      ['declined', 'nl', 'Geachte dokter, mijn moeder heeft besloten geen tweede mening te vragen. Ze wil gewoon bij u blijven.'],
      ['completed', 'nl', 'Hallo dokter, mijn moeder is vorige week in het UMC geweest voor een second opinion en die zeiden hetzelfde als u.'],
    ]);
  });
  it('does not when the writer speaks of their own doubt', () => {
    check([['considering', 'nl', 'Beste dokter, mijn moeder heeft vorig jaar een second opinion gehad en ik twijfel nu ook.']]);
  });
});

describe('a second opinion that took place, told by where the patient went and what was said', () => {
  it('reads a private visit, a tertiary clinic seen since, "told us the same" and a reassuring second opinion as completed', () => {
    check([
      ['completed', 'en', 'Went private to see another ENT surgeon - turns out I don\'t need the operation after all.'],
      ['completed', 'en', 'Pt has since been seen in the tertiary clinic; no change to management advised.'],
      ['completed', 'en', 'We drove up to Manchester to see the professor and he told us the same as our own doctor.'],
      ['completed', 'en', 'My second opinion at Guy\'s reassured me that the plan was right.'],
      ['completed', 'nl', 'Mijn tweede mening in het Erasmus heeft me gerustgesteld: het is geen kanker.'],
    ]);
  });
  it('reads "elders beoordeeld" told by its participle as a look that took place, and not when it is still wished for', () => {
    check([
      ['completed', 'nl', 'Pt is inmiddels elders beoordeeld; beleid blijft ongewijzigd.'],
      ['requested', 'nl', 'Mw. wil graag elders beoordeeld worden.'],
    ]);
  });
  it('does not read a clinician reassuring the patient as a result', () => {
    check([['considering', 'en', 'She said that if the histology shows cancer she would want a second opinion, and I reassured her that this could be arranged.']]);
  });
});

describe('slides sent elsewhere for a second look the patient asked for', () => {
  it('reads "sent … to Dr … in Oxford for a second look, as he asked" as a request', () => {
    check([['requested', 'en', 'We have sent his biopsy to Dr Chen in Oxford for a second look, as he asked.']]);
  });
  it('leaves a second-look operation alone', () => {
    check([
      ['none', 'en', 'She is booked for a second-look laparoscopy at St Mary\'s.'],
      ['none', 'en', 'Second look surgery at the Royal planned for Friday.'],
    ]);
  });
});

describe('who writes: a relative named through a possessive pronoun is not the writer', () => {
  it('does not take "it\'s my mum\'s husband" as the writer saying they are the patient\'s husband', () => {
    check([['none', 'en', 'Just so you know, it\'s my mum\'s husband who booked it: her husband wants a second opinion on his own knee.']]);
  });
  it('still takes "this is martin\'s wife" typed in lower case as the writer', () => {
    check([['requested', 'en', 'hi this is martin\'s wife, he wants a second opinion please']]);
  });
});

describe('the thirty-ninth round: withdrawal, and second looks named by who gave them', () => {
  it('reads "called that off", and a cancelled appointment the writer "might regret", as withdrawn', () => {
    check([
      ['declined', 'en', 'Last week she asked for her scans to go to another hospital. Today she told me she has called that off.'],
      ['declined', 'en', 'i cancelled the appointment with the other specialist. might regret it but it feels right'],
      ['declined', 'nl', 'Hij had overwogen een second opinion te vragen, maar heeft besloten daar vanaf te zien.'],
    ]);
  });
  it('reads an external specialist\'s review, an independent consultation and being seen independently as second looks', () => {
    check([
      ['completed', 'en', 'The review by the external paediatric cardiologist that the parents asked for has come back and agrees with the diagnosis.'],
      ['completed', 'en', 'We have received the invoice for the independent consultation that you obtained in addition to your own surgeon\'s advice, and have reimbursed it in full.'],
      ['completed', 'en', 'He was seen independently by Mr Adeyemi at the Northgate clinic at his own request; his letter supports surgery.'],
      ['completed', 'en', 'We have reimbursed the costs of your second opinion consultation at St Luke\'s.'],
    ]);
  });
});

describe('blank form options and FAQ text', () => {
  it('reads a form field with both its options still open ("? ja / nee", "? yes / no") as no answer', () => {
    check([
      ['none', 'nl', 'Aanvraagformulier machtiging — 4. Betreft second opinion? ja / nee  5. Naam verwijzer: ________'],
      ['none', 'en', 'Second opinion requested? yes / no'],
    ]);
  });
  it('still reads one ticked-off answer after the question', () => {
    check([['requested', 'nl', 'Second opinion gewenst? ja']]);
  });
  it('reads a "veelgestelde vraag" and what "iedere / elke patiënt" may do as information', () => {
    check([
      ['none', 'nl', '📌 VEELGESTELDE VRAAG – Mag ik een second opinion? Ja. Iedere patiënt mag een andere arts om een oordeel vragen.'],
      ['none', 'nl', 'Elke patiënt mag om een second opinion vragen.'],
    ]);
  });
});

describe('a question answered at once by a bare yes or no', () => {
  it('reads a question whether one already took place as a report only when the answer is yes', () => {
    check([
      ['completed', 'nl', 'Anamnese: Eerder een second opinion gehad elders? Ja, vorig jaar in Maastricht.'],
      ['completed', 'en', 'Has the patient already been seen for a second opinion? Yes.'],
      ['none', 'nl', 'Intake: Is er in het verleden een second opinion geweest? Nee.'],
      ['none', 'en', 'Previous second opinion obtained? No'],
      ['none', 'en', 'Interviewer: Did you ever get a second opinion on the scan? Patient: No.'],
    ]);
  });
  it('reads a question put to the patient and answered at once as an interview, not a leaflet', () => {
    check([
      ['completed', 'nl', 'Heeft u voor deze klachten al eens een second opinion gehad? Ja, in het UMC.'],
      ['requested', 'nl', 'Wilt u dat wij een second opinion voor u aanvragen? Ja.'],
      ['declined', 'nl', 'Wilt u dat wij een second opinion voor u aanvragen? Nee, liever niet.'],
      ['completed', 'en', 'Q: Did you have a second opinion before the surgery? A: Yes, in Leeds.'],
    ]);
  });
  it('leaves a question about what anyone may do to the leaflet, answered or not', () => {
    check([
      ['none', 'nl', 'Heeft u recht op een second opinion? Ja. Iedere verzekerde heeft dat recht.'],
      ['none', 'en', 'Are you entitled to a second opinion? Yes. Every patient is.'],
    ]);
  });
});

describe('the record\'s shorthand for "with" and "opinion"', () => {
  it('reads "w/" and "w" for "with" wherever a phrase spells "with" out', () => {
    check([
      ['completed', 'en', 'Pt back from Lakeside clinic, their rheumatologist agreed w the plan to stay on MTX.'],
      ['completed', 'en', 'Pt requested external review of biopsy. Letter from Dr Amadi: concurs w/ dx of DCIS.'],
      ['none', 'en', 'Seen w daughter, BP 132/80, plan unchanged.'],
    ]);
  });
  it('reads "2nd opn" as "2nd op"', () => {
    check([
      ['requested', 'en', 'Pt wants 2nd opn re knee replacement, referral to Oakfield sent.'],
      ['declined', 'en', 'Discussed 2nd opn - pt declines.'],
    ]);
  });
});

describe('a no that is not the patient\'s', () => {
  it('reads a clinician\'s or a hospital\'s no in a later clause as their view, not a refusal', () => {
    check([
      ['requested', 'nl', 'Dhr. wil een second opinion over de operatie. Zijn eigen chirurg vindt dat niet nodig.'],
      ['considering', 'nl', 'Mw. twijfelt of ze een second opinion moet vragen; haar internist ziet er het nut niet van in, maar ze blijft onzeker.'],
      ['requested', 'en', 'She has asked for a second opinion on the biopsy. Her oncologist does not think it is needed.'],
    ]);
  });
  it('still reads the patient\'s own no after it', () => {
    check([
      ['declined', 'nl', 'Second opinion aangeboden. Mw. heeft dat beslist afgewezen.'],
      ['declined', 'en', 'A second opinion was offered. The patient does not want one.'],
    ]);
  });
  it('reads "niet op tegen" (not against it) as no refusal', () => {
    check([
      ['considering', 'nl', 'Dhr. vroeg of een ander ziekenhuis nog naar zijn scans zou kunnen kijken. Ik ben daar niet op tegen.'],
      ['requested', 'nl', 'Mw. wil een second opinion in Leiden. Haar man is daar niet op tegen.'],
    ]);
  });
});

describe('a funeral is not medical', () => {
  it('reads a second opinion on a funeral as no medical second opinion', () => {
    check([
      ['none', 'nl', 'De kinderen willen een tweede mening over de begrafenis van hun vader.'],
      ['none', 'nl', 'Dochter wil een second opinion over de uitvaart, niet over de behandeling.'],
      ['none', 'en', 'The family would like a second opinion on the funeral plans.'],
    ]);
  });
  it('still reads a second opinion before a wedding, on the patient\'s own treatment, as one', () => {
    check([['requested', 'en', 'She wants a second opinion on the surgery before her wedding in June.']]);
  });
});

describe('"wanneer" after waiting to hear is when, not if', () => {
  it('reads "hoor nog wanneer", "nog horen wanneer" after a request as still waiting, not a condition', () => {
    check([
      ['requested', 'nl', 'Second opinion in het Radboudumc aangevraagd; dhr. hoort nog wanneer hij terecht kan.'],
      ['requested', 'nl', 'De verwijzing voor een tweede mening is verstuurd, we horen nog wanneer mw. kan komen.'],
      ['requested', 'nl', 'Ik heb om een second opinion in Groningen gevraagd en moet nog horen wanneer ik kan komen.'],
      ['requested', 'nl', 'Second opinion aangevraagd in Leiden, ik hoor nog wanneer ik kan komen.'],
    ]);
  });
  it('still reads a wish to hear when one could be asked for as weighing', () => {
    check([['considering', 'nl', 'Ik hoor graag wanneer ik een second opinion kan aanvragen.']]);
  });
});

describe('"plaatsvond": took place, in the simple past', () => {
  it('reads a look that "plaatsvond" as done, also when it was asked for in the same clause', () => {
    check([
      ['completed', 'nl', 'De beoordeling in het expertisecentrum, die op verzoek van haar curator in maart plaatsvond, bracht niets nieuws.'],
      ['completed', 'nl', 'Het consult voor een second opinion, dat op eigen verzoek in Leiden plaatsvond, bevestigde de diagnose.'],
    ]);
  });
  it('still reads one still to come as asked for', () => {
    check([['requested', 'nl', 'De second opinion vindt volgende week plaats.']]);
  });
});

describe('a form or interview question whether one was asked for or took place, answered at once', () => {
  it('reads a yes to whether one was asked for as the request, and a no as none asked for (no refusal)', () => {
    check([
      ['requested', 'en', 'Did you ask for a second opinion? Yes.'],
      ['requested', 'en', 'Q: Did your husband ask for a second opinion on the scan? A: Yes, last week.'],
      ['none', 'en', 'Has the patient requested a second opinion? No.'],
      ['none', 'nl', 'Heeft patiënt om een second opinion gevraagd? Nee.'],
      ['none', 'nl', 'Heeft u al een second opinion aangevraagd? Nee.'],
      ['requested', 'nl', 'Heeft u al om een second opinion gevraagd? Ja, bij het Radboudumc.'],
    ]);
  });
  it('reads a ticked box on the next line as the typed answer to the question above it', () => {
    check([
      ['completed', 'nl', 'Eerder een second opinion gehad?\n☒ Ja ☐ Nee'],
      ['completed', 'en', 'Have you had a second opinion before?\n[x] Yes [ ] No'],
      ['none', 'en', 'Have you had a second opinion before?\n[ ] Yes [x] No'],
    ]);
  });
  it('reads a field whether one took place by its value: yes reports it, no says there was none', () => {
    check([
      ['completed', 'nl', 'Eerder second opinion gehad: ja'],
      ['completed', 'en', 'Previous second opinion: yes'],
      ['completed', 'en', 'Had a second opinion before? ☒ Yes ☐ No'],
      ['none', 'nl', 'Eerder second opinion gehad: nee'],
      ['none', 'en', 'Previous second opinion: no'],
    ]);
  });
  it('still reads a question about the wish by its answer, and one that took place by its yes (guard: holds either way)', () => {
    check([
      ['declined', 'nl', 'Wilt u een second opinion?\n☐ Ja ☒ Nee'],
      ['requested', 'nl', 'Second opinion gewenst? ☒ Ja ☐ Nee'],
      ['completed', 'en', 'Did you get a second opinion? Yes.'],
      ['requested', 'en', 'Second opinion requested: yes'],
    ]);
  });
});

describe('an English look still to come, told by "will be", "to be", "could be" before its participle', () => {
  it('reads a look that will be sought or is wished to be sought as pending, and one not wished as declined', () => {
    check([
      ['requested', 'en', 'A second opinion will be sought from the regional centre.'],
      ['requested', 'en', 'A second opinion is to be sought from Leeds before surgery.'],
      ['requested', 'en', 'Her son wishes an opinion from another consultant to be sought on her behalf.'],
      ['declined', 'en', 'Her guardian did not wish a further opinion from another neurologist to be sought.'],
    ]);
  });
  it('still reads a look that was or has been sought as done (guard: holds either way)', () => {
    check([
      ['completed', 'en', 'An opinion from another consultant was sought in May.'],
      ['completed', 'en', 'A second opinion has been obtained from the tertiary centre.'],
    ]);
  });
});

describe('"did ask for": an emphatic past request', () => {
  it('reads "did ask for" and "did ask her GP for" as a request', () => {
    check([
      ['requested', 'en', 'She did ask for a second opinion at the clinic.'],
      ['requested', 'en', 'He did ask his GP for a second opinion last week.'],
    ]);
  });
  it('still reads a question or a denial with "did … ask" as no request (guard: holds either way)', () => {
    check([
      ['none', 'en', 'Pt did not ask for a second opinion.'],
      ['none', 'en', 'Why did you not ask for a second opinion?'],
    ]);
  });
});

describe('a colleague\'s second read, and a look the protocol makes', () => {
  it('reads a colleague the writer had look along as no second opinion', () => {
    check([
      ['none', 'nl', 'Heb collega Hoekstra laten meekijken naar de echo; zij ziet geen afwijkingen.'],
      ['none', 'nl', 'Omdat het beeld lastig te duiden was, heb ik een collega laten meekijken.'],
    ]);
  });
  it('reads a second look the department\'s protocol prescribes as no second opinion', () => {
    check([
      ['none', 'nl', 'Volgens protocol is de ECG ook door een tweede cardioloog bekeken, die het ermee eens is.'],
      ['none', 'nl', 'Conform protocol zijn de opnames door een tweede dermatoloog beoordeeld.'],
      ['none', 'en', 'Per local protocol a second consultant reviewed the scan and agreed with the report.'],
    ]);
  });
  it('still reads a colleague elsewhere, or a second clinician the patient wants, as one (guard: holds either way)', () => {
    check([
      ['requested', 'nl', 'Mw. wil een collega uit het Radboudumc laten meekijken.'],
      ['requested', 'nl', 'Pt wil dat een tweede dermatoloog naar de moedervlek kijkt.'],
    ]);
  });
});

describe('a child\'s age written "9y"', () => {
  it('reads a parent\'s request for a child whose age is written "4y" or "11y" as the patient\'s', () => {
    check([
      ['requested', 'en', 'Mother asks for a second opinion on the rash (pt 4y).'],
      ['requested', 'en', 'Father requests 2nd opinion re murmur, pt 11y.'],
    ]);
  });
  it('still reads "for 3 y" as a span of time, not an age (guard: holds either way)', () => {
    check([['none', 'en', 'Mother requests a second opinion on her own hip; pain for 3 y.']]);
  });
});

describe('persisting is no refusal, and "I\'m getting one" is arranged', () => {
  it('reads "not letting this go", "laat het er niet bij zitten", "laat dit niet los" beside a wish as persistence, not a refusal', () => {
    check([
      ['requested', 'en', "I'm not letting this go: I want a second opinion."],
      ['requested', 'en', 'Not letting it drop - I want a second opinion.'],
      ['requested', 'nl', 'Ik laat het er niet bij zitten, ik wil een second opinion.'],
      ['requested', 'nl', 'Ik laat dit niet los, ik wil een second opinion.'],
    ]);
  });
  it('reads "I\'m getting a second opinion", "we are getting one" as arranged', () => {
    check([
      ['requested', 'en', 'I am getting a second opinion.'],
      ['requested', 'en', 'We are getting a second opinion in May.'],
    ]);
  });
  it('still reads giving it up as a refusal (guard: holds either way)', () => {
    check([['declined', 'nl', 'Hij wil geen second opinion en laat het er verder bij zitten.']]);
  });
});

describe('an offer turned down by wanting treatment here', () => {
  it('reads "wants / prefers treatment here" after an offer as a refusal', () => {
    check([
      ['declined', 'en', 'She was offered a second opinion at Leeds but wants treatment here.'],
      ['declined', 'en', 'Offered SO at tertiary centre; pt prefers treatment here.'],
    ]);
  });
  it('still reads treatment here that goes on beside a request as no refusal (guard: holds either way)', () => {
    check([['requested', 'en', 'Second opinion requested at Leeds; treatment here continues meanwhile.']]);
  });
});

describe('"vond het prima": agreeing, not a finding', () => {
  it('reads a clinician who "vond het goed / prima" after a wish as agreeing to it, not as a result', () => {
    check([
      ['requested', 'nl', 'Ik wil een second opinion; mijn huisarts vond het goed en verwijst me door.'],
      ['requested', 'nl', 'Pt wilde een second opinion, de uroloog vond dat prima; verwijzing verstuurd.'],
    ]);
  });
  it('still reads "vond plaats" as done (guard: holds either way)', () => {
    check([['completed', 'nl', 'De second opinion in Leiden vond plaats in maart.']]);
  });
});
