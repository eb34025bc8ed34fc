/**
 * The forty-fifth probe set (probes-round45.ts), held to the same checks as the earlier ones
 * (probe-suite.ts). The thirty-sixth round's rules are written on it.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round45';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Wondzorg onderbeen li: ulcus ca 3x4 cm, beslag, matig exsudaat. Verband gewisseld. Dhr. vertelt dat zijn dochter op zijn verzoek een afspraak heeft geregeld bij een dermatoloog in Oosterzande, want hij gelooft het verhaal 'zo'n wond heeft gewoon tijd nodig' niet meer. Datum nog niet bekend. Pijn 4/10, paracetamol gegeven.": 'none',
  "Beste dokter de Groot,\n\nOnze zoon Daan (6) heeft dit jaar al vijf keer keelontsteking gehad. De KNO-arts wil zijn amandelen knippen, maar wij weten niet zeker of dat echt nodig is, omdat het de laatste maanden juist beter gaat. Kan Daan eventueel nog bij een andere KNO-arts terecht, en moeten wij dat dan zelf betalen? We hebben nog niets besloten en willen eerst horen wat u ervan vindt.\n\nGroet,\nSaskia Hermans": 'requested',
  "Familiegesprek IC dag 9. Aanwezig: intensivist, neuroloog, zoon (eerste contactpersoon) en schoondochter. Beloop besproken: na de subarachnoïdale bloeding geen verbetering van het bewustzijn, nieuwe ischemie op CT. Het team verwacht een zeer slechte uitkomst maar heeft nog geen besluit genomen. Zoon vraagt hoe het zou gaan met een second opinion door een andere IC als het team de behandeling wil staken, en of dat veel tijd kost. Uitgelegd hoe dat in zijn werk gaat. Familie beraadt zich; vervolggesprek vrijdag.": 'none',
  "Poli kinderhematologie. Sem, 11 jaar, B-ALL, inductie afgerond, MRD negatief. Met ouders besproken dat zij het behandelprotocol desgewenst kunnen laten toetsen door een kinderhematoloog in het buitenland, zoals zij eerder hadden geopperd. Ouders hebben dit vriendelijk afgeslagen; zij willen het protocol hier volgen. Consolidatie start volgende week.": 'none',
  "Mentor van mw. (dhr. Baas) belde: hij ziet af van het eerder aangevraagde consult bij een psychiater van een andere instelling, omdat mw. sinds de medicatiewijziging rustiger is en de reis haar te veel onrust zou geven. Afspraak geannuleerd. Mw. at vandaag goed, slaapt beter.": 'completed',
  "heb dat verzoek voor die andere neuroloog toch weer ingetrokkn. kost me te veel energie en de wachtlijst is 4 mnd. ik probeer t gewoon met die nieuwe pillen": 'requested',
  "Pt wilde aanvankelijk geen SO, maar is op aandringen van zijn vrouw toch in Zkh Weerdam gezien. Uitslag: advies eveneens laparoscopische fundoplicatie. Pt akkoord, op wachtlijst.": 'declined',
  "Beste dokter Yılmaz,\n\nMijn man is vorige maand voor een second opinion naar het UMC gegaan over zijn hartoperatie; u heeft de verwijzing toen geregeld, dank daarvoor. Nu schrijf ik voor mezelf: mijn herhaalrecept voor de bloeddrukpillen is bijna op en ik heb sinds een paar weken last van een droge hoest. Zou dat van de pillen kunnen komen?\n\nGroet,\nMarja Kok": 'requested',
  "Ik: hoe ging t bij je moeder in lindervoort?\nJet: ze heeft die second opinion gehad, zelfde verhaal als hier dus ze begint maandag met bestralen\nIk: sterkte voor jullie ❤️": 'completed',
  "ICU family meeting, bed 4, day 9. Patient: Kian Marsh (14). Present: Dr Sato (consultant), Nurse Ives, Kian's mother and father, social worker Ms Brandt. Dr Sato explained that the repeat MRI shows extensive hypoxic injury and that the team's view is that further escalation would not be in Kian's interests. Both parents were tearful. His father said they cannot agree to any change in treatment until the paediatric neuro-intensive care team at Brennock Children's have gone through the scans and examined Kian themselves, and his mother agreed. Dr Sato accepted this and will phone Brennock today to set up a video review and a visit. Current level of care continues. Next meeting after the Brennock review.": 'none',
  "Dear Dr Whitcombe,\nJust a short note to say thank you for the help with my mother's care over the last few weeks. You'll know that I had to cancel my appointment at the Ellerby hip clinic, because I was at the hospital with her every day. I don't want you to think I've changed my mind: I still very much want the surgeon there to look at my hip before I agree to the replacement Mr Grieve offered. Would you be able to let them know and ask for a new date, perhaps in the autumn?\nBest wishes,\nPhilippa Norland": 'declined',
  "Everyone in my family kept telling me to get a second opinion before my hysterectomy. I thought about it for weeks, looked up the clinics, even had the form filled in. In the end I didn't send it. I trusted my surgeon and I'm glad I did - recovery was tough but I'm doing fine.": 'none',
  "Pharmacist note - discharge med rec. 38M. Regimen changed following the consultation he asked for at the tertiary epilepsy centre last month: they felt the events are mostly non-epileptic, so levetiracetam is being tapered (500 mg bd for 2/52, then 250 mg bd for 2/52, then stop). Sertraline 50 mg continues. Pt given written taper schedule; GP letter updated.": 'none',
  "I had a second opinion a few years back and it completely changed my treatment - the first surgeon wanted to take out my kidney, the second centre did a biopsy and it was a benign cyst. Always ask. Always.": 'requested',
  "FAQ - International Patients | Westmoor Clinic\nQ: Can I come to Westmoor for a second opinion?\nA: Yes. Our consultants regularly review cases from other hospitals. Please send your referral letter, recent imaging on disc and any pathology reports to our International Office. The fee for a second-opinion consultation starts at £350 and is payable in advance. Most appointments are offered within 10 working days.": 'considering',
};

describeProbeSuite({
  title: 'forty-fifth probe set (160 texts of clinic, ward, pharmacy, home-care and public genres, independent writers)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 118,
  maxSize: 128,
  minPerStatus: 20,
  // Raised to the scores after the thirty-sixth round's third step (docs/detection.md, "Thirty-sixth round"); floors only rise.
  flagFloor: 0.919,
  macroFloor: 0.877,
});
