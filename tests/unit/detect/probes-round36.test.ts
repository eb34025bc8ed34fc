/**
 * The thirty-sixth probe set (probes-round36.ts), held to the same checks as the earlier ones
 * (probe-suite.ts). The twenty-seventh round's rules are written on it.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round36';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Dagdienst. Dhr. Brouwer (afasie na CVA) samen met echtgenote gesproken. Zij vertelt dat ze een second opinion willen bij een ander revalidatiecentrum over het ontslagadvies naar het verpleeghuis; dhr. knikt en zegt duidelijk 'ja, ja'. Verzoek doorgegeven aan revalidatiearts, zij belt mw. morgen terug.": 'none',
  "Long-MDO 18/1. Dhr. R. Claassen, 61 jr, adenocarcinoom RBK, cT3N2M0 st IIIB. Advies: concurrente chemoradiatie gevolgd door durvalumab. Pt heeft tegenover longarts aangegeven dat hij overweegt zijn behandeling elders te laten toetsen, nog geen besluit; gesprek volgt dinsdag.": 'none',
  "Hi Nadia,\nMevrouw Tan heeft gisteren gebeld: ze heeft de verwijzing naar het UMC voor een extra beoordeling van haar hersenaneurysma teruggetrokken. Ze gaat akkoord met het coilen hier. Kun jij de aanmelding bij hun poli annuleren en de cd-rom terugvragen?\nThanks, Gijs": 'none',
  "Geachte klachtencommissie,\nOp 9 augustus had ik een gesprek met de behandelend neuroloog over mijn migraine. In plaats van in te gaan op mijn vragen over de nieuwe injecties, drong hij er herhaaldelijk op aan dat ik mijn scans door een ander ziekenhuis zou laten bekijken. Ik heb duidelijk gezegd dat ik dat niet wilde en dat ik gewoon hier behandeld wil worden. Toch kreeg ik een week later een brief van dat andere ziekenhuis met een oproep. Ik voel me niet gehoord en verzoek u uit te zoeken hoe dit heeft kunnen gebeuren.\nMet vriendelijke groet,\nmevr. T. Kuipers": 'completed',
  "Beste collega's,\nTer info de nieuwe tekst voor de pagina 'Uw rechten' op onze website; graag vóór vrijdag reacties: 'Twijfelt u aan een diagnose of behandeladvies? U heeft het recht om een second opinion te vragen bij een andere arts. Bespreek dit bij voorkeur eerst met uw behandelaar. Een second opinion wordt meestal vergoed vanuit de basisverzekering, maar kijk voor de zekerheid in uw polis.'\nGroet, Annelies (communicatie)": 'requested',
  "Dear Dr Moreau, Thank you for referring Mr Tobias Wenger, 58, whom I saw in the urology clinic on 9 October. His PSA has risen from 4.1 to 7.8 over 18 months and MRI showed a PI-RADS 4 lesion in the left peripheral zone. Transperineal biopsy confirmed Gleason 3+4 adenocarcinoma in 3 of 14 cores. We talked at length about active surveillance, radical prostatectomy and radiotherapy. Mr Wenger would like the urology team at the Northfield Cancer Centre to go over the case before he commits to any option, and I have written to them today enclosing the pathology and imaging. I have put the radiotherapy planning scan on hold until we hear back. His blood pressure was a little raised at 152/90 and I'd be grateful if you could recheck it. Yours sincerely, Mr D. Ferreira, Consultant Urologist": 'none',
  "Dear Chief Executive, I am writing about the way I was spoken to by the consultant at my clinic appointment on 14 February. When I asked a simple question about my scan he snapped that I could 'go and get a second opinion if I didn't like it'. That was hurtful and dismissive. For the record, I have no wish to see anybody else about my back - I believe the diagnosis is correct. What I want is an apology for his tone and an assurance that other patients will not be treated like this. Yours sincerely, Winifred Tolley": 'considering',
  "Dear Sir/Madam, I am writing to complain about the care my mother, Mrs Dorothy Pryce, 78, received at your hospital. In July she was told her bowel cancer had spread to the liver and that only palliative care was possible. As a family we were not satisfied and, at Mum's insistence, we paid privately for another oncologist to review her case. That oncologist found that the liver lesion was in fact a benign haemangioma and that Mum was a candidate for surgery, which she has since had. I want to know how such an error was made, why nobody suggested the case be re-discussed, and what is being done to stop this happening to someone else. Yours faithfully, Gareth Pryce": 'considering',
  "DISCHARGE SUMMARY - Urology. Admitted with obstructed infected left ureteric stone; emergency nephrostomy placed. On day 3 the registrar sought a second opinion from the on-call microbiologist regarding antibiotic choice given the ESBL result, and treatment was switched to meropenem. Inflammatory markers settled. Follow-up: OPAT for 7 days, ureteroscopy on the elective list.": 'completed',
  "Dear Estates Manager, I received a 60 pound parking charge in the multi-storey on 3 March while visiting the outpatient clinic. The bay I used had no visible markings. When I spoke to the attendant he said he was 'of a different opinion' about where the bays ended. I would like a second opinion from someone in your department who will actually go and look at the faded lines, and I expect the charge to be cancelled. Yours sincerely, Harold Pemberton": 'declined',
  "Hi all, draft wording for the updated patient leaflet below - comments by Friday please. 'You have the right to ask for a second opinion if you are unsure about your diagnosis or treatment. Talk to your consultant or GP, who can arrange a referral to another specialist. Asking for a second opinion will not affect the care you receive from us.' I've also added the PALS number at the bottom. Thanks, Fiona (Patient Experience)": 'requested',
};

describeProbeSuite({
  title: 'thirty-sixth probe set (clinical genres, independent writers)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 110,
  maxSize: 120,
  minPerStatus: 21,
  // Raised to the scores after the twenty-seventh round (docs/detection.md, "Twenty-seventh round"); floors only rise.
  flagFloor: 0.923,
  macroFloor: 0.901,
});
