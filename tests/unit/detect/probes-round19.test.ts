/**
 * The nineteenth probe set (probes-round19.ts), held to the same checks as the earlier ones
 * (probe-suite.ts). It arrived at the end of the twelfth round; the thirteenth round's rules are written on it.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round19';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "hoi, kan de uitslag van mijn biopt ook naar een ander ziekenhuis gestuurd worden om het na te laten kijken?? ik wil het gewoon 100% zeker weten voor ik aan die behandeling begin 🙏": 'considering',
  "De declaratie betreft een consult ter heroordeling bij dr. Verbeek, orthopedisch chirurg, d.d. 12-09. Conform de polisvoorwaarden vergoed.": 'none',
  "Pt kreeg vandaag de uitslag van de externe revisie van haar coupes (op haar eigen verzoek aangevraagd): toch DCIS graad 2 i.p.v. graad 3. Terugbelverzoek chirurg.": 'none',
  "Upper GI MDT 14/02\nMrs R, 61, oesophageal adenocarcinoma T3N1M0. Recommendation: neoadjuvant CROSS then oesophagectomy.\nPatient has asked that her case also be discussed at the Royal Marsden MDT.\nAction: CNS to transfer imaging via IEP and send histology.": 'none',
  "Court-appointed guardian for Mr Dale asks, on his behalf, for an independent psychiatric evaluation of the schizoaffective diagnosis by a different facility. Referral placed to Riverside Behavioral Health.": 'none',
  "Handover: bed 7, Mr Okafor, 74, critical limb ischaemia L. Bypass on hold - he wants a vascular surgeon at Addenbrooke's to see him first, request sent yesterday. Obs stable, pain controlled.": 'none',
  "Dear colleague,\nYour patient Mrs Green attended our clinic at her own request for review of her previously diagnosed rheumatoid arthritis. Following history, examination and review of her ultrasound imaging we can confirm the diagnosis. We have no further recommendations regarding her current DMARD therapy.": 'none',
  "Letter from Addenbrooke's arrived: they also see no indication for surgery. Discussed with pt, relieved. Not pursuing anything further.": 'none',
  "External review from UCLH back: recommend neoadjuvant chemo rather than upfront resection. To discuss with pt in clinic Thursday.": 'none',
  "Update: the other gyno went over everything again and she reckons it's adenomyosis, not endo at all. So now I've no idea what to think 🙃": 'declined',
};

describeProbeSuite({
  title: 'nineteenth probe set (mixed genres, independent writer)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 110,
  maxSize: 120,
  minPerStatus: 10,
  // The probe scores at the rules of the thirteenth round (docs/detection.md, "Thirteenth round").
  flagFloor: 0.969,
  macroFloor: 0.903,
});
