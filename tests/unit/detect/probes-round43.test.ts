/**
 * The forty-third probe set (probes-round43.ts), held to the same checks as the earlier ones
 * (probe-suite.ts). The thirty-fourth round's rules are written on it.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round43';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Geachte collega Verhoeven,\n\nOp 14 februari zag ik uw patiënt, de heer J. Timmerman (geb. 03-07-1956), terug op de polikliniek cardiologie. De echo toont een ernstige aortaklepstenose (AVA 0,7 cm², gemiddelde gradiënt 46 mmHg) bij een goede LV-functie. Hij is sinds de vorige controle kortademiger bij traplopen; angineuze klachten ontkent hij. In het hartteam is een TAVI besproken en dit advies heb ik met hem en zijn vrouw doorgenomen. De heer Timmerman wil, voordat hij een besluit neemt, zijn situatie nog laten beoordelen door het hartteam van het Zuiderhaven MC, waar zijn broer destijds is behandeld. Een verwijzing met de beelden is inmiddels verstuurd. Medicatie ongewijzigd. Ik zie hem terug na hun advies.\n\nMet collegiale groet,\ndr. M. Kuipers, cardioloog": 'completed',
  "beste,\n\nik wil graag een second opnion aanvragen bij jullie longarts. mijn eigen longarts in het Maasoever zegt dat er niks meer aan te doen is aan mijn longfibrose maar dat wil ik niet geloven. hoe gaat dat en moet ik zelf iets opsturen?\n\nmvg\nh. de wit": 'declined',
  "Kleine update: ik had een verwijzing naar het academisch ziekenhuis voor een tweede mening over mijn behandelplan, maar ik heb die afspraak vanochtend afgezegd. Ik ben het heen-en-weer gereis en het wachten gewoon zat, en eerlijk gezegd heb ik er ook alle vertrouwen in dat ze het hier goed doen. Maandag begin ik met de eerste kuur. Duimen jullie mee?": 'considering',
  "PRESENTATRICE: Waarom bent u niet naar een ander ziekenhuis gegaan voor een second opinion?\nGERRIT (66): Dat is me wel aangeboden, hoor, door de chirurg zelf nog. Maar ik dacht: nee. Ik had geen zin om weer opnieuw te beginnen, nieuwe gezichten, nieuwe scans.\nPRESENTATRICE: Heeft u daar spijt van?\nGERRIT: Achteraf... misschien. Maar toen wist ik het zeker.": 'completed',
  "Inmiddels is de heer Groen, op verzoek van hemzelf en zijn echtgenote, ook gezien op de geheugenpoli van het Amstelwaard MC. De conclusie daar (ziekte van Alzheimer, mild stadium) komt overeen met de onze. Meneer en mevrouw waren opgelucht dat er nu duidelijkheid is. Wij continueren galantamine en zien hem over een half jaar terug.": 'none',
  "Pt had de foto's van de laesie (re scapula) op eigen initiatief ook aan een dermatoloog in het Groenewoud voorgelegd; die adviseerde excisie met 2 mm marge, conform ons eigen advies. Vandaag teleconsult over planning: excisie 14-03.": 'none',
  "Beste mevrouw Brouwer,\n\nU vroeg ten behoeve van uw artikel in het wijkblad hoe een second opinion in ons ziekenhuis in zijn werk gaat. In het kort: een patiënt bespreekt de wens eerst met de eigen behandelaar of huisarts, die een verwijzing schrijft. Wij vragen vervolgens de relevante gegevens op bij het verwijzende ziekenhuis. De kosten vallen doorgaans onder de basisverzekering. Meer informatie vindt u in de bijgevoegde folder.\n\nMet vriendelijke groet,\nPatiëntenservicebureau": 'requested',
  "Even een second opinion van jullie nodig, forumleden: welke weekpillendoos gebruiken jullie? Ik heb er nu een met klepjes, maar met mijn reumahanden krijg ik ze bijna niet open. Tips?": 'requested',
  "Jesse (6 jr) gezien voor controle astma. Sinds start ICS nauwelijks nog klachten, nachtrust goed. Moeder vertelt dat zijzelf onlangs een tweede mening heeft gehad voor haar rugklachten en daar erg tevreden over was. Longfunctie Jesse: FEV1 94% van voorspeld. Beleid: ICS continueren, controle 6 mnd.": 'completed',
  "Klant: hoi, ik doe een werkstuk voor school over zorgverzekeringen. wordt een second opinion eigenlijk vergoed?\nMedewerker Nadia: Leuk onderwerp! Ja, een second opinion valt onder de basisverzekering als u een verwijzing heeft. Het eigen risico geldt wel, behalve voor kinderen onder de 18.\nKlant: thanks!": 'considering',
  "Dear Dr Sandoval, Re: Mr Rupert Thistlewood, 58. Mr Thistlewood attended with his wife to discuss the results of his DaT scan, which is abnormal and, together with the clinical findings, supports a diagnosis of Parkinson's disease. We talked about starting co-careldopa. Towards the end of the appointment Mr Thistlewood asked me what would happen if he wanted the diagnosis checked elsewhere, and whether this would hold up treatment. I explained that he is free to ask for that at any point and that it need not delay starting medication. He has not made up his mind and will let us know. I have given him the contact details of the Parkinson's nurse.": 'requested',
  "Youth IBD clinic - Jay Morrow, 16, seen partly alone as per our policy. Symptoms much improved on azathioprine. When mum stepped out Jay said he's 'not sure the doctors have it right' about the Crohn's and asked if it's normal for people to see someone else about it. Told him yes, lots of families do, and that he can raise it any time. He said he'd think about it and maybe talk to mum. Bloods today, review 3/12.": 'requested',
  "Teleconsult 14:30. 29F, annular plaques trunk ?tinea incognito vs granuloma annulare. Skin scrapings neg. Diagnostic uncertainty discussed; offered referral to a dermatologist at Northfield for in-person assessment. Pt said no thanks, happy to trial topical steroid x4/52 and send new photos.": 'none',
  "REPORTER: So you'd actually got as far as booking an appointment with another consultant?\nCOLIN: I had, yeah. Paid the deposit and everything. And then the night before, I sat there and I thought, what's the point? The first fella was straight with me. So I rang up in the morning and cancelled.\nREPORTER: Any regrets?\nCOLIN: Not one. Well - I'd like the deposit back, that's why I wrote to you lot.\nREPORTER: And that, as we'll see, is where this story really starts.": 'requested',
  "OH note - Mr J. Ferreira, lab technician. Back pain improving. Fit for normal duties. He and his line manager have a different opinion on whether he can return to the late shift rota; this is an HR matter and I have advised them to take it up with HR. No further OH input needed.": 'completed',
  "Speaking as a practice nurse (not my own situation!): people ask us about second opinions all the time. In general, you ask the doctor who's treating you or your GP, you don't have to justify it, and in most cases it's the same waiting time as a new referral. Hope this helps whoever was asking in the other thread.": 'requested',
  "My sister got a second opinion for her thyroid nodule last year and it completely changed her treatment - they said no surgery needed after all. She keeps telling me everyone should do it. Anyway that's not why I'm posting, I wanted to ask if anyone else gets really bad leg cramps on statins? Mine started about three weeks after I started atorvastatin.": 'considering',
  "Chest pain clinic 04/03. 48M, atypical CP. ECG: ?subtle ST depression V5-6 - shown to second cardiologist (Dr Amin) for another look, agrees non-specific, no acute changes. Plan CT coronary angiogram. Statin started.": 'completed',
  "Customer: Hi, I'm trying to choose between your Family Plus and Family Comfort packages for next year. My husband says Comfort, I say Plus. Could I get a second opinion from you on which is better for us with two small kids?\nAgent (Ruth): Happy to help! With two children under 5, Plus gives you unlimited physio and dental up to EUR 750...": 'considering',
};

describeProbeSuite({
  title: 'forty-third probe set (clinic, record, public and service genres, independent writers)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 110,
  maxSize: 120,
  minPerStatus: 20,
  // Raised to the scores after the thirty-fourth round's third step (docs/detection.md, "Thirty-fourth round"); floors only rise.
  flagFloor: 0.894,
  macroFloor: 0.835,
});
