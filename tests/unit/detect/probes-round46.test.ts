/**
 * The forty-sixth probe set (probes-round46.ts), held to the same checks as the earlier ones
 * (probe-suite.ts). The thirty-seventh round's rules are written on it.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round46';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Longpoli, vervolg. Sarcoïdose stadium II, progressieve dyspnoe, DLCO 58%. Vorige keer twijfelde pt nog of hij een ander centrum wilde laten meekijken; vandaag duidelijk: hij wil beoordeling in het ILD-expertisecentrum vóór eventuele start prednison. Verwijzing verstuurd, HRCT via beeldenuitwisseling. Lab: ACE 84, Ca normaal.": 'considering',
  "Na 3 maanden 'het zit tussen je oren' eindelijk doorgezet: maandag heb ik een afspraak bij een internist in een ánder ziekenhuis die wél naar mijn bloedwaardes gaat kijken. Duimen jullie? #chronischziek #nietgehoord #doorzetten": 'none',
  "Geachte leden van de vakgroep gynaecologie, Ik sta mevrouw F. Yılmaz bij naar aanleiding van de complicatie bij de laparoscopie van 12 juni jl. Cliënte heeft twijfels over het voorgestelde vervolgbeleid, een herstelingreep via een laparotomie. Alvorens zij besluit of zij een second opinion elders zal vragen, verzoek ik u mij binnen vier weken een volledig afschrift van haar medisch dossier te doen toekomen, inclusief operatieverslagen en beeldvorming. Hoogachtend, mr. E. Brouwer": 'requested',
  "Sarcoom-MDO 08-11 / poli aansluitend. Chondrosarcoom bekken gr 2, advies interne hemipelvectomie. Pt expliciet gevraagd of hij een SO elders wenst gezien omvang ingreep. Pt: 'nee, ik wil dat jullie het doen.' Pre-op screening aangevraagd.": 'considering',
  "Hé Tom, met oma. Ja, ik was vanochtend bij de oogarts. Die zei dat ik ook nog naar dat grote oogziekenhuis kan voor een andere mening, als ik dat wil. Maar weet je, ik heb helemaal geen zin in dat gereis met de trein. Ik laat die staar gewoon hier weghalen, ze doen het daar al dertig jaar. Kom je zondag nog eten? Dag jongen.": 'considering',
  "Geachte collega, Op 2 april sprak ik uitgebreid met mevrouw Chen en haar echtgenoot over de uitslag van de MRCP en EUS: een side-branch IPMN van 11 mm zonder verdachte kenmerken. Wij adviseren jaarlijkse surveillance met MRCP. Mevrouw had eerder via uw praktijk om een verwijzing naar een pancreascentrum gevraagd, omdat zij schrok van het woord 'voorstadium'. Na ons gesprek heeft zij besloten die verwijzing niet door te zetten; zij voelt zich voldoende geïnformeerd. Volgende MRCP april volgend jaar.": 'none',
  "MDL-poli, 18-07. Pt. had ondanks geruststelling toch een beoordeling in een ander ziekenhuis laten doen (gastroscopie aldaar herhaald): eveneens Barrett zonder dysplasie, C2M4. Pt. is nu gerustgesteld. Surveillance volgens richtlijn over 3 jaar.": 'none',
  "SO-consult sarcoomcentrum (eigen initiatief pt). Revisie PA door onze bottumor-patholoog: myxofibrosarcoom gr 2 (FNCLCC), oorspr. gr 3. Beeldvorming: geen metastasen. Advies aan verwijzer: primaire resectie, geen neoadjuvante chemo. Brief naar behandelend chirurg + pt.": 'none',
  "Geachte collega, Mevrouw S. Hendriks (1975) werd op eigen verzoek voor een second opinion gezien op onze polikliniek neuro-oftalmologie in verband met de eerder gestelde diagnose idiopathische intracraniële hypertensie. Bij onderzoek vonden wij beiderzijds een licht gezwollen papil, een gemiddelde RNFL-dikte van 128 µm op de OCT en een vergrote blinde vlek in het gezichtsveld. Wij kunnen ons vinden in de diagnose en het ingezette beleid met acetazolamide. Mevrouw is gerustgesteld en zet de behandeling bij u voort. Met collegiale groet, dr. W. Kingma, oogarts": 'requested',
  "Dear Sir/Madam, We act for Mrs Helena Carrow in relation to her care under your gastroenterology and colorectal services. Our client instructs us that she wishes to be assessed by a consultant gastroenterologist with no connection to your Trust regarding the proposed subtotal colectomy. We therefore ask that you release her complete records, including endoscopy images and histology reports, to Professor Idris at the Wexford Clinic within 14 days. Pending that assessment our client does not consent to the operation being scheduled. We would be grateful for your acknowledgement of this letter.": 'none',
  "Sleep clinic follow-up. 58F, moderate OSA (AHI 24), CPAP poorly tolerated due to mask leak and claustrophobia. Adherence 2.1 h/night over 30 days. Weight stable. She is still keen for the upper-airway surgery team at Brackenfield to look at her case, as discussed in March; their appointment was cancelled because of industrial action and she asked us to rebook rather than let it drop. Re-referral sent today. Nasal pillows trial in the meantime; review 3 months.": 'declined',
  "E-mail enquiry logged 03/09: Ms Verhoek (desmoid tumour diagnosed at local hospital, on surveillance) asks how one obtains a second opinion from the centre, whether her insurer would cover it and whether she needs her GP's permission. Not referred. Info pack sent by post.": 'none',
  "Ethics consultation, PICU. Patient: J.S., 4 years, prolonged PICU stay after cardiac arrest. The team requested support around communication with the family regarding limitation of treatment. During the meeting the patient's mother, who is her sole legal guardian, was offered a review by the consultant team of another paediatric intensive care unit. She declined, saying she had confidence in the current team and did not want her daughter moved or the process drawn out. This was respected and documented. Next family meeting Thursday.": 'none',
  "Pt returns after seeing Dr Ferris (perio specialist, other practice) at own request - he agrees 31/41 hopeless, supports XLA + RPD. Proceed as planned, appt for impressions.": 'none',
  "Dear Dr Whitcombe, We act for Mrs Petra Langholm. As you know, our client was uncertain about the proposed vitrectomy and, before making any decision about her treatment, she chose to consult Mr Pearce, consultant vitreoretinal surgeon at the Larchmont Eye Unit. His report dated 9 October is enclosed. Mr Pearce's view differs materially from yours, in that he recommends observation. Our client would be grateful if you would consider his report and let her know whether this alters your advice.": 'none',
  "Hi Nan, it's Jess. Physio went fine, the ankle's healing nicely and I can ditch the boot next week. Oh and Mum finally got her second opinion about her knee, the other surgeon says she doesn't need the replacement yet, she's well chuffed. Anyway exams are going OK. Love you, ring you Sunday.": 'completed',
  "Dear Ms Ambrose, We refer to your letter of 20 May concerning the invoice for our client's private dental treatment. Your letter suggests that our client 'seek a second opinion' on the amount charged. With respect, the dispute is not clinical: our client accepts that the treatment was appropriate and is content with it. The issue is that she was charged for three appointments that did not take place. We ask that a corrected invoice be issued within 14 days.": 'requested',
};

describeProbeSuite({
  title: 'forty-sixth probe set (clinic, dental, ethics, legal and public genres, independent writers)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 112,
  maxSize: 122,
  minPerStatus: 20,
  // Raised to the scores after the thirty-ninth round's first step (docs/detection.md, "Thirty-ninth round"); floors only rise.
  flagFloor: 0.908,
  macroFloor: 0.856,
});
