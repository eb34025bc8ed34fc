/**
 * The fortieth probe set (probes-round40.ts), held to the same checks as the earlier ones
 * (probe-suite.ts). The thirty-first round's rules are written on it.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round40';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "HAP 23:10 consult. Dhr. 67 jr, druk op de borst na traplopen, nu pijnvrij. Bekend met stabiele AP. ECG: SR, geen ischemie. Eigen HA had SO bij cardioloog elders geadviseerd i.v.m. twijfel over behandelplan, pt wil dit niet ('vertrouw mijn eigen cardioloog'). Advies: nitrospray bij pijn, bij pijn >15 min 112 bellen. Overdracht naar eigen HA.": 'completed',
  "Pathologieverslag – revisie extern materiaal. Op verzoek van patiënte is het excisiebiopt van de huid rug (oorspronkelijk beoordeeld in Ziekenhuis Rijnoever, T23-04417) hier opnieuw beoordeeld. Microscopie: atypische melanocytaire proliferatie met pagetoïde spreiding en invasie in de papillaire dermis. Conclusie: superficieel spreidend melanoom, Breslow-dikte 0,8 mm, geen ulceratie, radicaal verwijderd. Dit komt overeen met de oorspronkelijke diagnose.": 'requested',
  "CT cerebrum blanco. Klinische gegevens: 78-jarige vrouw, val thuis, gebruikt antistolling. Verslag: subtiele hypodensiteit in de linker insulaire cortex. Gezien de subtiele bevinding is het onderzoek ter second opinion voorgelegd aan een collega-neuroradioloog, die de bevinding bevestigt. Geen intracraniële bloeding. Conclusie: vroege ischemische veranderingen links insulair, geen bloeding. Telefonisch doorgegeven aan SEH-arts.": 'completed',
  "Hoi Mark, met Ellen van praktijk De Brink. Ik heb hier een ECG van een man van vijfenvijftig en ik twijfel of dat een beginnend blok is. Zou jij er even een frisse blik op willen werpen? Ik mail het je zo. Bel je me terug? Groetjes.": 'requested',
  "update for anyone who followed my thread: I finally emailed the neuro department at Kingsbridge and asked if one of their consultants would go over my MRI + EMG because I'm just not buying that it's 'only anxiety'. they replied same day, appointment letter is in the post. weirdly feel guilty towards my own neurologist lol": 'none',
  "Call from daughter (LPA health & welfare) re mother 82F, discharged yday w/ dx 'viral infection'. Daughter not convinced, asks whether another doctor could have a look at the whole picture, nothing urgent. Obs per daughter normal, eating + drinking. Adv: contact own GP tomorrow to discuss options.": 'none',
  "Dear Mr. Holloway, On 2 April our medical adviser called you to offer a free second opinion through our Expert Opinion Service regarding your planned knee replacement. You indicated during that call that you do not wish to use this service. We have noted this in your file. If you change your mind, you can reach us on 0800 555 0199. Kind regards, Member Care, Brightwater Insurance": 'considering',
  "Dear colleagues of the urology department, I'd like to let Dr. Mensah know that last month I had my case looked at by Dr. Pereira at Fairhaven General. She came to the same conclusion, so I would like to go ahead with the surgery as originally planned. Could you let me know when I can expect a date from the waiting list? Her letter should have reached you already. Kind regards, Martin Quaye": 'requested',
  "Dear Dr. Osei-Bonsu, Mr. T. Harlan (45) was admitted on 14 September for elective resection of a left temporal low-grade glioma. At his own wish he had been seen in August by Prof. Lindqvist of the Harrow Neuro-oncology Centre, who concurred with the proposed resection. The operation on 15 September was uneventful and post-operative MRI showed near-total resection. He was discharged on day 4 on levetiracetam 500 mg twice daily. Outpatient follow-up in 2 weeks.": 'none',
  "Mr. Jansen is very upset about the municipality's valuation of his house for the property tax. He wants an independent appraiser to give a second opinion and asked me to help him with the objection letter. We also discussed his meals-on-wheels; these are going well. His diabetes is stable according to the district nurse.": 'requested',
  "Need a second opinion please: which knee sleeve do you lot prefer for running, the neoprene one or the knitted compression one? Physio says either is fine, I just can't decide on the colour lol.": 'requested',
};

describeProbeSuite({
  title: 'fortieth probe set (care and administrative genres, independent writers)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 121,
  maxSize: 131,
  minPerStatus: 22,
  // Raised to the scores after the thirty-first round's second step (docs/detection.md, "Thirty-first round"); floors only rise.
  flagFloor: 0.926,
  macroFloor: 0.910,
});
