/**
 * The forty-seventh probe set (probes-round47.ts), held to the same checks as the earlier ones
 * (probe-suite.ts). The thirty-eighth round's rules are written on it.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round47';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Huisbezoek samen met tolk Turks. Cliënte (66) woont met haar zoon, die haar mantelzorger is. Zij heeft veel vragen over de diagnose hartfalen en zegt dat de cardioloog 'te snel' was. Na uitleg over de mogelijkheden gaf zij zelf aan dat zij door een ander ziekenhuis beoordeeld wil worden. Samen het aanvraagformulier van de patiëntenservice ingevuld en per mail verstuurd. Daarnaast huishoudelijke hulp besproken; Wmo-aanvraag loopt. Zoon neemt contact op zodra er een datum is.": 'considering',
  "Ja dus pa zei gisteravond aan de telefoon, en dat vond ik wel opvallend voor hem, dat als die biopsie straks toch kwaadaardig is, hij dan eerst een tweede mening wil voordat ze gaan snijden. Maar nu nog niet, zei ie, eerst de uitslag afwachten. Dinsdag hoort hij het. Wil jij er dan bij zijn of zal ik?": 'none',
  "Ouders van Sem (7) op spreekuur. Diagnose ASS een half jaar geleden gesteld door kinder- en jeugdpsychiater. Eerder had de JGZ aangeboden te verwijzen naar een ander centrum voor een tweede beoordeling, omdat ouders toen twijfelden. Ouders willen dat nu niet meer: 'het klopt gewoon, we herkennen hem erin'. Besproken: ondersteuning in de klas, contact met intern begeleider.": 'considering',
  "'Mijn zus vond echt dat ik een second opinion moest vragen. Ze had er zelfs al een ziekenhuis voor uitgezocht,' vertelt Henk Terpstra (58), die sinds vorig jaar leeft met chronische lymfatische leukemie. 'Maar ik had er geen zin in. Mijn hematoloog kent me, ik ken haar. Waarom zou ik opnieuw beginnen?' Hij haalt zijn schouders op. Zijn vrouw knikt: ze steunt zijn keuze. Wat hem vooral helpt, zegt hij, is het wandelen met de hond.": 'none',
  "Joint visit with OT on ward 7 to see Mrs Adaeze Okonkwo (79) and her daughter Chidinma. Discussed discharge destination; Mrs Okonkwo is clear that she wants to return home rather than go to a care home, and her daughter is willing to stay for the first fortnight. Mrs Okonkwo also told me she will not agree to the below-knee amputation until doctors at another hospital have seen her scans. Ward sister confirms the vascular consultant has agreed to this and the images are being sent to Riverside this week. Blue badge and attendance allowance forms started. Next visit Thursday.": 'none',
  "Q: Where are you now, as we speak?\nA: Honestly? In limbo. I've told my oncologist I'm not signing anything until the sarcoma people up in Haverleigh have had a proper look. They've got my slides and my scans, and I'm waiting for a date to go and see them. My mum thinks I'm being difficult. I think I'm being careful.\nQ: How are you filling the time?\nA: Gardening, mainly. And far too much television.": 'none',
  "Day unit 09:40. Mrs F. Lindgren (CLL) in for IVIG. Mentioned that she's asked Dr Moreau to send her case to the lymphoma centre for their view on the new tablets, 'because nobody here explains it properly'. Dr M has agreed, awaiting reply. Cannula L forearm 1st attempt, IVIG started 10:05, obs 15-min as per protocol.": 'none',
  "Crohn's crew – more of a vent than a question. Three years of 'it's just IBS on top of your Crohn's' and I've had enough. Put in a formal ask last week to be seen by the IBD team at St Columba's and my GP actually did the letter while I sat there. Got it in writing. Not backing down this time. Thanks to whoever posted the template a while ago ❤️": 'none',
  "Caller: mother of 6yo boy. Child alert, drinking, T 38.1, sore throat 2/7. Hx 7 episodes tonsillitis this yr. Mum upset that ENT said no to tonsillectomy – she's asked for a second opinion from a different ENT consultant, waiting for the appt. Main q: ok to give ibuprofen alongside the amoxicillin? Adv yes, dosing by weight. Worsening advice given.": 'declined',
  "YHC drop-in. F 16, came alone. Told by private clinic 6 mo ago she has PCOS, doubts it ('they only did one blood test'). Asked me if the GP could send her to a gynaecologist to check whether it's right, and whether her parents would have to be told. Explained confidentiality and the routes. She'll think about it. No action today, open door.": 'none',
  "She is, she tells me, 'not a natural rebel'. Still, since the diagnosis the thought has crept in more than once: might a surgeon somewhere else suggest something less drastic than removing the whole thyroid? 'My husband says just go and ask, what's the worst that can happen. I'm not there yet. Maybe after the next scan.'": 'completed',
  "Mr Oyelaran asked about the process for being seen by another andrologist – whether he could refer himself, and what the waiting times might be. I gave him this information and the details of the regional service. He has not asked me to make a referral at this stage and will contact my secretary if he wishes to.": 'requested',
  "Given the complexity of his Peyronie's curvature (70° dorsal with an hourglass deformity), I asked Mr Kowalczyk whether he would like us to arrange a review at the regional andrology centre. He prefers not to and wishes to continue under my care. We will proceed with plication as discussed.": 'none',
  "Pt back from Hollis Centre review last wk – they agree w/ PNH dx & current tx. Pt relieved, happy to carry on here. Eculizumab given, no reaction. Next 2/52.": 'none',
  "[Voice note – Rachel to Sam, 1:05]\nDad's hearing aids are in, finally! He keeps turning the telly down and acting amazed. Oh, and he told me Uncle Ray got a second opinion on his hip and the new bloke says he doesn't need the op after all, so Dad's been going on about that all afternoon. Anyway, don't forget it's his birthday on the 9th.": 'completed',
};

describeProbeSuite({
  title: 'forty-seventh probe set (clinic, ward, social-work, triage, tumour-board and public genres, independent writers)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 120,
  maxSize: 130,
  minPerStatus: 22,
  // Raised to the scores after the thirty-eighth round's second step (docs/detection.md, "Thirty-eighth round"); floors only rise.
  flagFloor: 0.900,
  macroFloor: 0.876,
});
