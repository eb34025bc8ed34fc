/**
 * The thirty-ninth probe set (probes-round39.ts), held to the same checks as the earlier ones
 * (probe-suite.ts). The thirtieth round's rules are written on it.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round39';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Beste ouders van Jesse,\n\nIn ons telefoongesprek van 12 januari heeft u aangegeven dat u, na overleg binnen de familie, geen gebruik wilt maken van het aanbod om de uitslag van de metabole screening te laten beoordelen door het expertisecentrum in Groningen. Wij respecteren deze keuze. De controles lopen gewoon bij ons op de polikliniek door; de volgende afspraak is op 6 februari.\n\nMet vriendelijke groet,\ndr. E. Kuipers, kinderarts": 'none',
  "Heeft uw behandelaar u een second opinion aangeboden? Ja\nZo ja, wilt u daar gebruik van maken? Nee, ik word liever hier verder behandeld\nHuisarts: Praktijk De Linde, Hoogeveen": 'requested',
  "Mw. en dochter hebben overwogen de behandeling elders te laten toetsen, maar besluiten na het familiegesprek hiervan af te zien. Akkoord met behandelplan: start chemo cyclus 1 maandag. Dochter is contactpersoon.": 'none',
  "Pt wijst verwijzing naar kaakchirurg voor 2nd opinion af ('ik ben er klaar mee'). Extractie 18 en 28 ingepland 14-11.": 'requested',
  "Pt 67 jr, opgenomen met thoracale pijn. ECG besproken met dienstdoend cardioloog (second opinion): geen aanwijzingen voor ischemie. Troponine 2x negatief. Beleid: morgen ergometrie, bij negatieve uitslag ontslag.": 'considering',
  "NEW PATIENT QUESTIONNAIRE - Orthopaedic Outpatients\nName: Dennis Holloway   DOB: 11/06/1958\nReferred by: self (private)\nReason for visit (in your own words): second opinion - told at Northgate I need a total hip replacement, want to know if there is anything else I can try first\nCurrent medication: naproxen 500mg bd, omeprazole\nAllergies: penicillin (rash)": 'considering',
  "Me: finally rang PALS. they're sending all my scans over to the Royal so someone else can have a proper look 🙏\nJess: YESSS good for you. when will you hear?\nMe: they said 2-3 weeks for an appt\nJess: keep me posted xx": 'none',
  "Dear Ms Kowalczyk, It was good to see Tomas again. His head shape has improved with the helmet and his development remains on track. At the last appointment I mentioned that we could ask the craniofacial team in Ashbury for a second opinion. You and Tomas's father have since told me you do not want this, as you are comfortable with the current plan, and I respect that decision. I will see him again in four months. Best wishes, Dr H. Sandoval": 'considering',
  "Mum: did you go ahead with asking for that other opinion in the end?\nMe: nah cancelled it\nMe: couldn't face another hospital and Dr K's fine tbh\nMum: ok love as long as ur sure": 'none',
  "Summary: Ms K's complaint concerned communication after her heart valve diagnosis. She had asked in May for her case to be reviewed by a cardiologist at another hospital, but wrote to the Trust in early June to withdraw this after meeting her surgeon again. The Trust nevertheless sent her referral letter to the other hospital; no appointment took place, but she felt this was a breach of her privacy. We upheld the complaint about records handling.": 'completed',
  "Dear Dr Prentice, Re: Mr Gerald Finch (DOB 17/02/1936). I hold a lasting power of attorney for health and welfare for my father. Thank you for your letter offering to arrange an independent opinion on his prognosis from a palliative care consultant at another hospital. Having talked it over with the family, and bearing in mind the wishes my father expressed to us while he still could, we do not wish to pursue this. Please continue with the plan agreed at the meeting on 9 June. Yours sincerely, Caroline Finch": 'considering',
  "Hi, thanks for ringing yesterday and for offering to refer me elsewhere so someone else could look at my thyroid results. I've thought about it and I'm happy with Dr Osborne's plan - I really don't want to go through all the tests again. Could you just book the repeat bloods for 3 months' time? Thanks, Leanne": 'considering',
  "Dear Dr Chaudhry, Re: our son Daniel Marsh, aged 15. We are writing as Daniel's parents. Thank you for arranging for Dr Whitfield at the Kingswood unit to assess Daniel's scoliosis independently. We saw her on 2 April, and she has advised continuing bracing and repeating the X-ray in six months rather than operating now. Daniel is very relieved. We would like to follow her advice and ask that his next appointment be arranged accordingly. Yours sincerely, Karen and Neil Marsh": 'requested',
  "Patient given the ward information pack, including the leaflet 'Your rights while in hospital', which covers advocacy, complaints and how to ask for a second opinion. Read through with nurse; Ms Dorothy Ingram said she understood and had no questions. Observations level 2. Settled evening.": 'considering',
  "Kai: my mate Dan got a second opinion on his back and they said he needs the op after all lol\nMe: oof poor guy\nMe: physio went fine today btw, she says the hamstring's healing well": 'completed',
};

describeProbeSuite({
  title: 'thirty-ninth probe set (clinical, patient and legal genres, independent writers)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 114,
  maxSize: 124,
  minPerStatus: 19,
  // Raised to the scores after the thirtieth round's third step (docs/detection.md, "Thirtieth round"); floors only rise.
  flagFloor: 0.900,
  macroFloor: 0.872,
});
