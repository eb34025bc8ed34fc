/**
 * The eighteenth probe set (probes-round18.ts), held to the same checks as the earlier ones
 * (probe-suite.ts). It arrived at the end of the eleventh round; the twelfth round's rules were written on it.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round18';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Tel. dochter (curator) belt: wil namens vader dat Radboudumc nog eens naar de scans kijkt voordat er geopereerd wordt. Doorgezet naar HA.": 'none',
  "Vraagstelling: graag uw visie op diagnose en beleid. Pt heeft sterke behoefte aan beoordeling door een ander expertisecentrum nadat elders ALS werd vastgesteld.": 'none',
  "Taak: beelden CT thorax 12/3 op cd en opsturen naar NKI-AVL tbv beoordeling op verzoek pt. Afspraak daar 28/4.": 'none',
  "Pt belt met vraag of zorgverzekeraar het vergoedt als hij de knie-OK elders laat beoordelen. Verwezen naar zijn verzekeraar, verder geen actie.": 'none',
  "Pt overweegt elders beoordeling ivm advies TKP, nog geen besluit. Bedenktijd gegeven, r/v over 3 wk.": 'none',
  "Afspraak UMCG (beoordeling dx sarcoidose) door pt zelf geannuleerd, geen nieuwe afspraak gewenst.": 'none',
  "Dhr. geeft bij avondronde aan gene andere arts erbij te willen, 'ik heb vertrouwen in dit team'. Consent getekend.": 'requested',
  "3/2: wil graag ander zkh laten meekijken.\n10/2: na gesprek met partner toch afgezien. P: start RT volgens plan.": 'requested',
  "Tijdens opname op eigen verzoek gezien door cardioloog St. Antonius; advies aldaar conservatief, geen ablatie.": 'none',
  "MDO: uitslag externe beoordeling Maastricht (aangevraagd door pt) binnen: ook daar advies chemoRT. Conclusie: plan blijft.": 'none',
  "Taak: rapport externe beoordeling Isala (aangevraagd door ouders) bespreken met ouders op poli 14/11.": 'none',
  "Brief UMCU ontvangen: andere neuroloog concludeert eveneens CIDP. Beleid ongewijzigd.": 'none',
  "VG: 2021 verdenking sarcoom bovenbeen re, op eigen verzoek beoordeeld in AVL -> lipoom, geen maligniteit.": 'none',
  "Dochter van pt heeft zelf een second opinion gehad vr haar rugoperatie; pt heeft hier zelf geen vragen over.": 'declined',
  "Vraagstelling: graag mee laten kijken door dermatoloog ivm hardnekkig eczeem, wij komen er in de 1e lijn niet uit.": 'considering',
  "Task: send CD of MRI + clinic letters to Mayo Clinic for pt-requested review, appt there 3 Jun.": 'none',
  "Mum requests that GOSH look again at Lily's (6y) JIA dx. Referral done, awaiting date.": 'none',
  "Pt called to ask how the process works for being seen at a different hospital about his dx; info sent, no referral requested.": 'completed',
  "Thanks for offering to send my notes to another specialist but I don't think thats necessary. I'm happy to go ahead.": 'requested',
  "Appt at The Christie for external opinion cxl'd by pt, no rebook wanted.": 'requested',
  "Pt very clear he does not want to be 'passed around to more doctors', wants to proceed tmrw.": 'none',
  "10/3 pt wants Birmingham to look at the scans.\n17/3 pt rang: changed her mind, no longer wants referral. Cancelled.": 'none',
  "FYI my consult with the team in Edinburgh happened on Tues. They weren't convinced it's Crohn's and suggested a capsule study - can we discuss?": 'none',
};

describeProbeSuite({
  title: 'eighteenth probe set (record shorthand, independent writer)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 107,
  maxSize: 117,
  minPerStatus: 10,
  // The probe scores at the rules of the eleventh round, before the twelfth (docs/detection.md, "Twelfth round").
  flagFloor: 0.825,
  macroFloor: 0.766,
});
