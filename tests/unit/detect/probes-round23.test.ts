/**
 * The twenty-third probe set (probes-round23.ts), held to the same checks as the earlier ones
 * (probe-suite.ts). It was the fifteenth round's independent check; the sixteenth round's rules are written on it.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round23';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Sanne de Vries (34) heeft een verstandelijke beperking en woont in een zorginstelling in Apeldoorn. Toen de neuroloog voorstelde haar epilepsiemedicatie fors op te hogen, trok haar mentor, Gerrit Mulder, aan de bel. 'Ik wil dat een epilepsiecentrum als SEIN eerst kijkt of dit echt de juiste weg is,' zegt hij. De aanvraag ligt inmiddels bij SEIN in Heemstede; een datum is er nog niet.": 'none',
  "Geachte heer/mevrouw, Ik schrijf als gevolmachtigde (levenstestament) van mijn vader, dhr. H. Scholten. Namens hem verzoek ik u zijn dossier over te dragen aan de geriater van het Radboudumc, zodat daar opnieuw gekeken wordt of de diagnose alzheimer klopt. Hij heeft dit zelf eerder ook al aangegeven. Graag hoor ik welke gegevens u nog van ons nodig heeft. Met vriendelijke groet, Mirjam Scholten": 'none',
  "Aanvankelijk wilde Fatima El Amrani (39) haar dossier laten beoordelen door specialisten in het Erasmus MC. 'Ik had de verwijsbrief al in mijn tas,' lacht ze. Maar na een tweede gesprek met haar gynaecoloog in het Franciscus, waarin alle opties nog eens op een rij werden gezet, verscheurde ze hem. 'Ik wist ineens zeker dat ik hier goed zat.'": 'none',
  "Geachte collega, Dhr. B. Yilmaz, 52 jaar, werd door u naar ons verwezen met het verzoek zijn epilepsiediagnose en medicatiebeleid opnieuw te beoordelen, zoals hij zelf had gevraagd. Na video-EEG-monitoring concluderen wij dat er geen sprake is van epilepsie maar van functionele aanvallen. Wij adviseren de levetiracetam af te bouwen en verwijzing naar de psycholoog. De behandelend neuroloog in het Gelre ziekenhuis ontvangt een kopie van deze brief. Met vriendelijke groet, dr. I. Smeets, neuroloog, Kempenhaeghe": 'none',
  "Vergoeding tweede mening. Uw basisverzekering vergoedt een second opinion als deze wordt uitgevoerd door een zorgverlener die wij hebben gecontracteerd en betrekking heeft op zorg uit het basispakket. Gaat u naar een niet-gecontracteerde zorgverlener, dan krijgt u mogelijk een deel van de kosten vergoed. Het eigen risico is van toepassing.": 'considering',
  "Hi Dr Mitchell, after thinking about it all weekend I'd like to go ahead with a second-opinion before the surgery, ideally at the Royal Marsden. Could you let me know what I need to do, or can your secretary send the referral? Thanks, Claire Dawson": 'considering',
  "S: Attended with daughter (holds LPA health & welfare). Pt has moderate dementia. Daughter unhappy with memory clinic dx of Alzheimer's given rapid decline; asks for pt to be assessed by a specialist cognitive neurology service instead. O: MMSE 17/30. A: dementia, ?subtype. P: referral to National Hospital for Neurology, Queen Square, cognitive clinic. Daughter to bring LPA documents.": 'none',
  "Priya Shah, 36, had asked her GP to refer her to another gynaecologist before agreeing to a hysterectomy. Weeks later, still waiting, she rang the surgery and withdrew the second opinion request. 'I'd lived with the pain for ten years. Waiting for someone else to tell me the same thing just felt pointless.' She had the operation in May.": 'requested',
  "Mr Osei in clinic today asked about 'the letter from UCLH'. On checking, his second opinion appt is on the 14th. He says he has now decided he'd rather not go - he's had enough of hospitals and is happy with the plan here - and asked us to cancel it for him. Emailed UCLH booking team.": 'requested',
  "Dear Dr Lowe, Thank you for referring Mr Tariq Hussain, 45, whom I saw at his own request for an independent review of his diagnosis of multiple sclerosis. Having reviewed his MRI and CSF results, I agree with the diagnosis of relapsing-remitting MS and support the plan for ocrelizumab made by his local team. I have copied this letter to Dr Baxter in Leicester. Yours sincerely, Prof. N. Ellis, Consultant Neurologist": 'none',
  "S: Review after 2nd opinion at Royal Brompton re ?pulmonary hypertension. Letter received: RHC normal, no PH, breathlessness attributed to deconditioning. Pt relieved. O: sats 97% RA. A: exertional dyspnoea, PH excluded. P: pulmonary rehab referral. Discharge from local resp clinic f/u.": 'none',
  "Finally got my letter back from the Mayo Clinic!! After I flew out there in March to have my whole case reviewed, they've confirmed it's sarcoidosis, not lymphoma like my first hospital thought. Cried reading it. My team at home are now changing my treatment plan accordingly.": 'none',
  "Does my policy cover a second opinion? Most of our plans include our Expert Medical Opinion service, where a leading specialist reviews your medical records and gives you a written report. This is available at no extra cost and does not affect your no-claims discount. To find out what's included, log in to your member area or call us.": 'considering',
};

describeProbeSuite({
  title: 'twenty-third probe set (public and clinical text, independent writer)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 110,
  maxSize: 120,
  minPerStatus: 8,
  // The probe scores at the rules it was first scored on (docs/detection.md, "Sixteenth round").
  flagFloor: 0.923,
  macroFloor: 0.890,
});
