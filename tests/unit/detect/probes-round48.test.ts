/**
 * The forty-eighth probe set (probes-round48.ts), held to the same checks as the earlier ones
 * (probe-suite.ts). The thirty-ninth round's rules are written on it.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round48';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Gesprek met dhr. Oosterbeek (71), op zijn verzoek. Hij vertelt over zijn jeugd op de boerderij en over zijn vrouw, die twee jaar geleden overleed. Het gesprek gaat over loslaten en vasthouden. Hij zegt dat hij het nog niet kan opbrengen om 'op te geven' zolang niet een andere oncoloog naar zijn dossier heeft gekeken; zijn zoon heeft inmiddels een afspraak voor hem gemaakt bij het kankercentrum in Rijnwijk, volgende week donderdag. Hij vindt rust in het idee dat hij dan 'alles geprobeerd heeft'. Samen gebeden. Vervolg na zijn bezoek aan Rijnwijk.": 'completed',
  "Balie 16:20 — mevr. Kok haalt de methotrexaat niet op: ze gaat eerst naar een andere reumatoloog in het Maasoever, afspraak staat volgende week. Recept aangehouden, misschien wil ze het daarna alsnog. Voorschrijver niet gebeld, pt wil dat zelf doen.": 'none',
  "Geachte collega, Hierbij bericht over uw patiënt dhr. R. Verhoeff (geb. 14-03-1951), die wij op 9 oktober zagen op de hartfalenpolikliniek. Sinds de ophoging van sacubitril/valsartan is hij minder kortademig, NYHA II. De LVEF bleef echter 30% op de echo. Wij bespraken de indicatie voor een primair preventieve ICD; patiënt wil hierover eerst een second opinion in Hartcentrum Noorderhaven, waarvoor wij hem inmiddels hebben aangemeld. Tot die tijd continueren wij de medicatie ongewijzigd. Controle over 3 maanden, of eerder na de beoordeling aldaar. Met collegiale groet, E. Groenewegen, cardioloog": 'completed',
  "tel cons 3/10: wn wil oordeel ander BA over belastbaarheid, aanvraag loopt, nw afspr na uitslag": 'none',
  "Update van mij: na 3 jaar 'het zit tussen je oren' van mijn eigen gyn heb ik eindelijk een verwijzing naar het endocentrum in Vlietdam!! Afspraak staat op 14 maart. Ik wil gewoon dat iemand die er echt verstand van heeft naar mijn echo's en MRI kijkt. Duimen jullie mee? 🤞": 'none',
  "Patiënte (61) twijfelt over de voorgestelde totale knieprothese; zij heeft van een kennis gehoord dat 'ze ook een halve prothese kunnen doen'. Zij speelt met de gedachte om een second opinion te vragen, maar wil eerst de fysiotherapie afmaken. Uitgelegd waarom een unicompartimentele prothese bij haar minder geschikt lijkt. Zij neemt contact op zodra zij een besluit heeft genomen.": 'none',
  "Vervolgconsult. Klachten lage rug iets afgenomen, fysiotherapie 2x per week. Werkneemster had bij het vorige consult aangegeven dat ze haar belastbaarheid liever door een collega-bedrijfsarts van een ander bureau wilde laten vaststellen. Vandaag komt ze daarop terug: ze voelt zich nu wel gehoord en ziet het nut er niet meer van in. Afgesproken: opbouw naar 4 uur per dag, na 3 weken evaluatie. Werkgever geïnformeerd.": 'none',
  "Tweede gesprek met mevr. Yilmaz. Haar familie dringt aan op 'een andere professor, desnoods in het land van herkomst'. Zij vertelt dat ze zich daardoor onder druk gezet voelt. Ze heeft er lang over nagedacht en zegt nu duidelijk dat zij zich niet nog een keer door een andere arts wil laten onderzoeken; zij kiest voor de behandeling hier. Zij vraagt mij haar te helpen dit aan haar zoons uit te leggen. Afgesproken: familiegesprek samen met de verpleegkundig specialist.": 'requested',
  "GAST: ...en de fysio zei: je moet eens naar een andere orthopeed. Mijn vrouw zei het ook. Maar weet je, ik ben 68, ik heb drie operaties gehad aan die knie, ik ga niet weer dat hele circus door in een ander ziekenhuis. Nee. Ik heb gezegd: ik blijf hier, ik doe mijn oefeningen en daarmee uit. PRESENTATOR: En hoe gaat het nu? GAST: Wisselend. Maar ik fiets weer!": 'completed',
  "MFB-gesprek mw. Veldkamp (77). Dochter vond het nodig dat een andere cardioloog naar de medicatie zou kijken, maar mw. wil dat beslist niet: 'Ik slik wat de dokter zegt.' Uitleg gegeven over innametijden apixaban. Baxterrol per volgende week.": 'completed',
  "Betreft: declaratie consult Orthopedie, Privékliniek Duinwijck, d.d. 22-08. Geachte heer Koç, U bent op 22 augustus op eigen initiatief, zonder verwijzing, bij een orthopeed in een niet-gecontracteerde kliniek geweest om het operatieadvies van uw eigen orthopeed te laten toetsen. Omdat een verwijzing ontbrak, kunnen wij de kosten van dit consult helaas niet vergoeden. U kunt binnen zes weken bezwaar maken tegen dit besluit. Met vriendelijke groet, VitaalVerzekerd": 'considering',
  "Dhr. Pauwels wilde het vooral hebben over de ruzie met zijn broer over de verkoop van het ouderlijk huis. 'Ik heb er een tweede notaris bij gehaald voor een tweede mening, en die gaf mij gelijk.' Over zijn ziekte wilde hij vandaag niet praten. Ruimte gelaten; volgende week opnieuw langs.": 'requested',
  "Mijn zus heeft vorig jaar een second opinion gehad voor haar endo en daar heeft ze echt veel aan gehad, ze is nu eindelijk geopereerd. Ik deel het even voor iedereen die twijfelt. Zelf slik ik sinds een half jaar de pil door en ben ik vooral bezig met mijn darmklachten, iemand tips voor voeding?": 'considering',
  "ECG van vanochtend toont een nieuw linkerbundeltakblok; voor de zekerheid dr. Veenstra laten meekijken, zij bevestigt dit. Troponine nog in afwachting. Patiënt verder stabiel, geen pijn op de borst, saturatie 97%.": 'completed',
  "Beste dokter, Mijn moeder heeft de griepprik en de tweede coronaprik gehad, dat is allemaal goed gegaan. Verder vroeg ze of u het goed vindt dat ik als haar dochter haar medicatielijst mag inzien. Ik ben zelf trouwens voor mijn knie bij een andere orthopeed geweest voor een second opinion, dus ik ben een paar weken minder mobiel en kan haar niet naar de fysio rijden. Groet, Ellen": 'completed',
  "Visited Mrs Ilse Brandvold in bay 4. She spoke at length about her late husband and about the allotment she can no longer tend. Towards the end she said she had asked her daughter to phone the university hospital because she 'cannot accept one man's word' that nothing more can be done. Her daughter, who arrived later, confirmed the call was made and they are now waiting for a date. Prayed together at her request. Will return Friday.": 'none',
  "PRESENTER: Did you ever think about going somewhere else? DEREK (58): Yeah, it crossed my mind. My wife kept saying, get a second opinion, Del. And I went as far as looking up who the top knee people are. But I haven't done anything about it yet. I'm still going back and forth, to be honest.": 'none',
  "Dear Mrs Pellegrini, We have received your telephone message of 11 March in which you inform us that you no longer wish to proceed with the additional specialist assessment at the Westbrook Neurology Clinic for which prior authorisation had been sought. We have cancelled authorisation number 73-004519. No costs have been incurred. Should you change your mind, a new application can be submitted at any time.": 'none',
  "Informed employee of his right to an independent assessment by a different company doctor. He indicated he doesn't need that: agrees with the advice to build up hours gradually. File closed for now.": 'considering',
  "Mr Devlin (repeat metformin + gliclazide) mentioned daughter keeps pushing him to see another diabetes doctor, he's not having it - 'Dr Kaur's fine by me'. No action needed.": 'none',
  "Nursing note 22:40. Consultant discussed with parents the option of a second opinion from the metabolic team at Kingsmere before any change to the care plan. Father stated they do not want this and asked that the focus now be on comfort care for Leo. Wishes documented and handed over to night team.": 'considering',
  "LISA: ...and that's what changed everything. The second opinion. The second hospital looked at the same biopsy and said, this isn't what you were told. It was lymphoma, not a reactive node. I started treatment within two weeks. HOST: How did that feel? LISA: Furious and grateful, at the same time.": 'none',
  "Re: claim 2024-88113 - second opinion consultation, Department of Gynaecology, Castlemere General Hospital, 7 February. We have reimbursed EUR 138.00 of the EUR 195.00 charged. The difference relates to the amount above our maximum tariff for non-contracted providers. You may appeal within six weeks.": 'none',
  "HOST: And your husband, he had quite a different experience? GUEST: Oh yes. With his hip he got a second opinion and it saved him from an operation he didn't need. That's partly why we started this podcast, really.": 'completed',
  "Mr and Mrs Pollard hold a different opinion from their son about whether the funeral should be in church. I offered to meet with all three on Thursday. Mr Pollard's pain seems better controlled today.": 'considering',
};

describeProbeSuite({
  title: 'forty-eighth probe set (clinic, ward, family, forum, insurer, MDT and broadcast genres, independent writers)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 105,
  maxSize: 115,
  minPerStatus: 20,
  // Raised to the scores after the thirty-ninth round's second step (docs/detection.md, "Thirty-ninth round"); floors only rise.
  flagFloor: 0.822,
  macroFloor: 0.772,
});
