/**
 * The seventeenth probe set (probes-round17.ts), held to the same checks as the earlier ones
 * (probe-suite.ts). It arrived at the end of the tenth round; one step of rules was written on it.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round17';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Pt wants expert review in AMC, niet eens met dx fibromyalgie, denkt aan SFN. Referral aangevraagd bij neuromusculair centrum. FU na hun beoordeling.": 'considering',
  "Hallo, even ter info: volgende week dinsdag ga ik naar dokter Bakker in het Isala in Zwolle, die gaat naar mijn knie kijken. Ik wil niet zomaar een prothese. Kunt u de foto's van februari naar hem sturen? Groetjes, Henk Mulder": 'none',
  "Tel. contact pt. Pt wil graag een 2nd opinion over de OK-indicatie (lumbale HNP L5-S1), is niet overtuigd dat opereren nodig is. Verwijzing orthopedie Sint Maartenskliniek aangemaakt in Zorgdomein, pt krijgt zelf bericht.": 'declined',
  "Geachte collega,\n\nGraag verwijs ik naar u mevrouw J. de Wit, 54 jaar, bekend met een hooggradig sereus ovariumcarcinoom, FIGO IIIC, in 2021 behandeld met debulking en carboplatine/paclitaxel. Recent is een recidief vastgesteld (CA-125 stijgend, CT zie bijlage). In ons MDO is geadviseerd tot tweedelijns platinumbevattende chemotherapie zonder secundaire debulking. Mevrouw heeft ons nadrukkelijk gevraagd haar door u te laten zien en uw visie te krijgen op de mogelijkheid van een secundaire operatie, voordat zij met de chemo start. Wij steunen dat verzoek van harte. Bijgevoegd: PA-verslagen, OK-verslag, MDO-verslag en beeldvorming via PACS.\n\nMet collegiale groet,\ndr. M. Kuipers, gynaecoloog-oncoloog": 'none',
  "Vorige keer zei ik dat ik geen andere arts hoefde, maar na het gesprek met mijn dochter begin ik toch te twijfelen. Kunnen we het daar bij de volgende afspraak nog even over hebben?": 'requested',
  "Geachte dokter, mijn vader twijfelt of hij nog naar een ander ziekenhuis moet voor zijn hart. Hij wil er nog over nadenken en wil niet dat wij als kinderen hem pushen. Hij komt er zelf bij u op terug. Groet, Marco de Jong": 'declined',
  "MDO uro-oncologie: pt 5 – pt heeft bij poli gevraagd of casus ook elders besproken zou kunnen worden, wil hier eerst meer informatie over. Folder patiëntenrechten meegegeven. Beleid: conform voorstel, tenzij pt anders beslist.": 'none',
  "Ik was eerst van plan naar het Maxima MC te gaan voor mijn rug, maar ik heb die afspraak afgezegd. Ik ga gewoon verder met de fysio zoals u voorstelde. Groet, Bram": 'none',
  "Pt trekt verzoek om verwijzing naar AMC in, heeft na gesprek met behandelaar vertrouwen in ingezette behandeling. Verwijzing geannuleerd in Zorgdomein.": 'none',
  "Geachte dokter, mijn vader heeft besloten dat hij geen andere specialist wil zien, al zouden wij dat als kinderen eigenlijk wel graag willen. Hij vroeg mij u dat te laten weten. We respecteren zijn keuze. Met vriendelijke groet, Annemiek Visser": 'requested',
  "S: controle DM2, voeten ok, geen hypo's. Klaagt over slecht slapen, partner snurkt. O: RR 138/84, gewicht 92 kg (-2). BMI 30. Lab: HbA1c 52. Verslag ontvangen van de dermatoloog in het LUMC, die op verzoek van pt naar de pigmentlaesie op de rug heeft gekeken nadat onze dermatoloog tot excisie adviseerde: volgens LUMC geen melanoom, dysplastische naevus, vervolgen. E: DM2 goed ingesteld. P: metformine ongewijzigd, over 3 mnd terug. Slaaphygiëne besproken.": 'none',
  "De reumatoloog in de Sint Maartenskliniek, waar mevr. zelf naartoe is gegaan, denkt eerder aan artrose dan aan RA. Na overleg met haar MTX gestopt, NSAID zo nodig.": 'none',
  "Beste dokter, mijn moeder is vorige week in het Radboud gezien door professor Jansen. Hij denkt toch dat het Parkinson is en niet wat hier gezegd werd. Zij wil graag met u bespreken hoe het nu verder moet. Groet, Ingrid (dochter)": 'none',
  "Dhr. heeft inmiddels in het St. Antonius een uitgebreid gesprek met de vaatchirurg over zijn carotisstenose gehad, die ook tot operatie adviseert. Dhr. gaat nu akkoord met de CEA.": 'none',
  "Geachte collega,\n\nOp uw verzoek en dat van patiënt zelf zagen wij dhr. Visser op 9 februari op onze polikliniek Vaatchirurgie, ter beoordeling van de vraag of een endovasculaire behandeling van zijn AAA (5,6 cm) mogelijk is in plaats van een open reconstructie. Na bestudering van de CTA en lichamelijk onderzoek onderschrijven wij uw beleid: de anatomie van de hals is ongeschikt voor EVAR. Dhr. is hierover geïnformeerd en keert voor verdere behandeling naar u terug.\n\nMet vriendelijke groet,\ndr. P. Hoekstra, vaatchirurg": 'none',
  "Ik ben het niet eens met de factuur die ik van het ziekenhuis kreeg voor de eigen bijdrage en wil graag dat iemand anders van de administratie er nog eens naar kijkt.": 'requested',
  "Just to let you know I've got an appointment with Dr Okafor at St Mary's on the 12th. She's going to go over my MRIs because I'm honestly not convinced it's MS. Could you make sure the discs are sent before then?": 'none',
  "Could you please send my biopsy slides and the report to the Christie? I've arranged to be seen by their sarcoma team on 3 June. Thank you.": 'none',
  "Discussed with parents the option of referral to the national centre at Great Ormond Street for independent review of the MRI and EEG findings. Parents very keen, wish to proceed. Referral letter dictated today.": 'declined',
  "Dear Professor Hale,\n\nRe: Mr Tomasz Nowak, DOB 04/07/1961\n\nThank you for agreeing to see this 63-year-old man with a 3.1 cm lesion in the head of the pancreas, biopsy-proven adenocarcinoma. Our HPB MDT considered him borderline resectable and recommended neoadjuvant FOLFIRINOX followed by restaging. Mr Nowak has asked, quite reasonably, to be assessed by your unit before committing to this pathway, as he has read about upfront resection. I enclose CT and EUS reports; images have been transferred via IEP.\n\nYours sincerely,\nDr K. Ahmed, Consultant Gastroenterologist": 'none',
  "My husband keeps saying he might want someone else to look at his heart, but he hasn't made up his mind and has told me not to push him. I just wanted you to know where he is with it. - Linda Parker": 'requested',
  "Pt rang re referral to Leeds. Doesn't want to go anymore - too far to travel, trusts local team. Referral cancelled.": 'none',
  "Dear Dr Green,\n\nI saw Mr Dawson for follow-up of his lumbar canal stenosis. His claudication distance is now about 200 yards and he has intermittent numbness in the left foot. Power is normal and reflexes symmetrical. MRI shows moderate stenosis at L4/5 without significant change. We talked again about decompression versus continued conservative management and he prefers to wait. We also discussed the option of a review by the specialist spinal team at Stanmore; he felt strongly that this was not necessary and did not want to travel. I will see him again in six months.\n\nYours sincerely,\nMr R. Singh": 'completed',
  "I had booked to see Mr Lowe at the Nuffield but I've cancelled it. Honestly I can't face any more appointments, I'll go with what you suggested.": 'none',
  "> Any news from Papworth?\n\nYes, saw them on Tuesday. They agree with you, so let's go ahead with the ablation.": 'none',
  "Dear Dr Moss,\n\nI saw Mrs Patel in the rheumatology clinic. Her hands remain swollen in the mornings, lasting about an hour, and she reports new pain in the left forefoot. DAS28 today 4.1. Bloods show CRP 18, normal LFTs on methotrexate 20 mg weekly. She has in the meantime been reviewed by Prof. Adeyemi at UCLH, whose letter confirms seronegative RA and supports escalation to a biologic. I have therefore submitted the high-cost drugs form for adalimumab.\n\nYours sincerely,\nDr S. Grant": 'none',
  "I went to see Dr Okafor at St Mary's last week and she thinks it is not MS after all. Can we talk about what this means for the injections?": 'none',
  "Dad saw the professor in Birmingham on Friday. He says the tumour is operable, which is very different from what we were told here. We'd like a meeting to talk about it please. - Rachel (daughter)": 'none',
  "Informed pt that she can always ask to be referred elsewhere if she wishes (standard info). No further questions, agrees with plan.": 'considering',
};

describeProbeSuite({
  title: 'probe set, round 17 (the weak spots of the ninth round, by a writer who never read the rules)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 114,
  maxSize: 124,
  minPerStatus: 20,
  // Its first score was 0.744 / 0.607; the floors hold the tenth round's last step (docs/detection.md).
  flagFloor: 0.865,
  macroFloor: 0.760,
});
