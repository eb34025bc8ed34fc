/**
 * The seventh probe set (probes-round7.ts), held to the same checks as the earlier ones (probe-suite.ts).
 * Its readable part holds few items of its smallest status, so the floor per status is 15 here.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round7';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Dhr. (34) kreeg vorige week de uitslag van MRI hersenen en LP: passend bij RRMS, advies starten met ocrelizumab. Hij reageerde sceptisch, vond dat 'een paar vlekjes' nog geen MS hoeft te betekenen en wilde er eerst over nadenken. Vandaag telefonisch contact: hij heeft het met zijn vriendin besproken en wil dat het MS Centrum Amsterdam er ook naar kijkt voordat hij aan medicatie begint. Verwijsbrief opgesteld, MRI's en liquoruitslag meegestuurd. Start medicatie uitgesteld tot na hun beoordeling.": 'none',
  "Geachte heer/mevrouw, Als gevolmachtigde van mijn moeder, mw. T. Janssen (levenstestament, kopie in bijlage), verzoek ik u haar medisch dossier en de röntgenfoto's van de heup over te dragen aan het Reinier de Graaf Gasthuis. Zij heeft daar op 8 april een consult om het operatievoorstel te laten beoordelen. Met vriendelijke groet, E. Janssen-Molenaar": 'none',
  "Mw belt of haar dossier en OCT-scans al naar het Oogziekenhuis Rotterdam zijn. Ze heeft daar 2/4 een afspraak, wil horen of zij de vitrectomie ook nodig vinden.": 'none',
  "Beste dokter, ik mail u namens mijn vader, dhr. Kuipers, met zijn goedvinden. Sinds de neuroloog in januari zei dat het Parkinson is, zit hij er erg mee. Hij trilt alleen met zijn rechterhand en vooral als hij moe is, en de medicijnen lijken niks te doen. Hij is er echt niet van overtuigd dat de diagnose klopt. Een kennis van hem is naar het expertisecentrum in Nijmegen geweest en hij vraagt zich nu af of het de moeite waard is om daar ook heen te gaan. Hij wil u niet passeren. Zou u dat steunen, en hoe zou dat dan gaan? Met vriendelijke groet, Ilse Kuipers (dochter)": 'none',
  "Hoi allemaal, al 2 jaar buikpijn, diarree, afvallen, en elke keer is het bij mijn mdl arts 'gewoon prikkelbare darm'. Scopie was 'schoon' zegt hij maar ik heb de uitslag nooit zelf gezien. Nu las ik hier dat sommigen van jullie hun diagnose in een ander ziekenhuis hebben laten checken. Hoe gaat dat eigenlijk? Moet dat via de huisarts of kan ik gewoon zelf bellen? En betaalt de verzekering dat dan? Ik wil niemand beledigen maar ik heb echt het gevoel dat hij niet luistert. Tips welkom!!": 'none',
  "Geachte klachtencommissie, Ruim een jaar werd mij verteld dat mijn klachten van de maag kwamen. Pas toen ik zelf naar het St. Antonius ging, bleek het om mijn hart te gaan. Daar ben ik uiteindelijk ook behandeld. Ik dien hierbij een klacht in over de gang van zaken bij uw MDL-afdeling.": 'none',
  "MDO-verslag: op verzoek van pt werd het behandelvoorstel van het verwijzend ziekenhuis (Gelre) hier besproken. Conclusie: eens met chemoradiatie, geen indicatie voor primaire resectie. Terug naar verwijzer.": 'none',
  "Brief AVL binnen na het consult waar pt zelf om had gevraagd: zij zien wel mogelijkheden voor immunotherapie. Pt wil daar behandeld worden, overleg met oncoloog hier volgt.": 'none',
  "Geachte collega, Uw patiënte mw. A. Smits (54 jr) bezocht op 4 maart onze polikliniek voor een oordeel over het door u voorgestelde beleid. Wij onderschrijven uw advies tot borstsparende therapie met SWKP. Mw is gerustgesteld en keert voor de behandeling naar u terug.": 'none',
  "Dear Professor Adeyemi, Re: Mr Colin Tomlinson, DOB 03/05/1953. Our upper GI MDT felt that Mr Tomlinson's oesophageal tumour was not amenable to resection, and he has been offered definitive chemoradiotherapy. He is understandably keen to know whether your unit would take a different view, and has asked specifically to be seen by you before starting any treatment. Imaging has been shared via IEP and our MDT outcome is enclosed. Yours sincerely, Dr H. Okoro": 'none',
  "Seen at the Marsden in May, who agreed with our plan. Her sister has since found a trial in Houston and pt would now like MD Anderson to review her case as well. Records sent as requested.": 'completed',
  "Pt's husband picked up the CD (MRI L-spine 3/2 + CT 10/2) and copies of clinic letters, signed release on file. They're seeing a spinal surgeon at the Walton Centre on Friday, who'll say whether the fusion is really needed.": 'none',
  "Plan on discharge: 1) Continue mesalazine. 2) Mr Singh wishes to discuss the proposed subtotal colectomy with a colorectal surgeon at St Mark's before consenting; we have referred him. 3) GI OPD after that appointment.": 'none',
  "omg the christie finally rang back!! they're getting all my scans sent over and seeing me on the 9th to go through it all 🤞🤞": 'none',
  "To whom it may concern, I am the court-appointed guardian of my brother, Michael Reid. Please forward his records and CT scans to Dr Lowe at Glasgow Royal Infirmary. Dr Lowe has agreed to see Michael and assess whether the proposed amputation is really necessary. Regards, Fiona Reid": 'none',
  "During chemo education pt said she and her husband have decided they want Leeds to go over the treatment plan first. CNS informed; teaching session to be rebooked afterwards.": 'none',
  "Dear Mr Osei, Thank you for your enquiry as to whether your policy covers a consultation with a different specialist regarding your proposed spinal surgery. Such consultations are covered provided you have a GP or specialist referral and use a recognised consultant. Kind regards, Member Services": 'none',
  "S: saw Mr Bhatt at the Nuffield last week to find out whether the surgery we proposed is really needed. He recommended 3 more months of physio instead. Pt keen to try. P: off waiting list, r/v 3/12.": 'none',
  "Letter back from the Marsden after the review she asked for: they feel she is eligible for a phase II trial. Pt keen to be treated there, will let onc know.": 'none',
  "Please find enclosed the invoice for my consultation with Mr Vance on 12 May, at which he reviewed the recommendation for lumbar surgery. I'd be grateful for reimbursement.": 'none',
  "Our records were reviewed at CARE on the couple's request; they advise switching to ICSI. We'll adopt this.": 'none',
  "plumber says the boiler's had it and wants 3 grand 😤 getting someone else out on thurs to take a look first": 'requested',
  "Can I ask for another doctor's view? Yes. If you are unsure about your diagnosis or treatment, you can ask your GP or hospital consultant to refer you to another specialist. While there is no legal right to this in the NHS, requests are rarely refused. Please speak to your care team.": 'considering',
  "S: attends for asthma review. Mentions her husband 'got a second opinion at Papworth' about his valve and they agreed with the local plan, so he's having it done next month. Own asthma well controlled, ACT 23. P: continue Clenil, review 12/12.": 'completed',
};

describeProbeSuite({
  title: 'probe set, round 7 (clinical texts by a writer who never read the rules)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 152,
  maxSize: 162,
  minPerStatus: 15,
  // Raised to the scores after the thirty-seventh round's first step (docs/detection.md, "Thirty-seventh round"); floors only rise.
  flagFloor: 0.889,
  macroFloor: 0.837,
});
