/**
 * The forty-second probe set (probes-round42.ts), held to the same checks as the earlier ones
 * (probe-suite.ts). The thirty-third round's rules are written on it.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round42';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "PRESENTATOR: We hebben Ria aan de lijn. Ria, vertel. BELLER (Ria): Ja, hallo. Nou, ik kreeg vorige week te horen dat ik een tumor in mijn alvleesklier heb en dat opereren niet meer kan. Daar neem ik gewoon geen genoegen mee. Ik heb mijn huisarts gevraagd of hij me naar een gespecialiseerd centrum wil sturen zodat ze daar alles nog eens bekijken, en die brief is maandag de deur uit gegaan. PRESENTATOR: En hoe is het om nu te moeten wachten? BELLER (Ria): Onrustig. Maar ik moet het gewoon zeker weten, snapt u?": 'considering',
  "Ontslagbrief Neurologie. Opname 11-06 t/m 14-06 wegens acuut ontstaan krachtsverlies van het linkerbeen. MRI hersenen en wervelkolom, liquoronderzoek en EMG zonder afwijkingen. Conclusie: functionele neurologische stoornis. Uitleg gegeven over het ziektebeeld; verwijzing naar fysiotherapie met ervaring in FNS. Bij ontslag uitte patiënt twijfel over de diagnose en vroeg of er een expertisecentrum bestaat dat naar zijn dossier zou kunnen kijken. Hij wil dit eerst met u, als zijn huisarts, bespreken. Medicatie bij ontslag: geen wijzigingen.": 'requested',
  "MDT note. Mr Dobrowski lacks capacity for treatment decisions; his daughter Agnieszka holds LPA for health and welfare. Agnieszka does not accept the oncology view that no further chemotherapy is appropriate and has asked, on his behalf, for an oncologist outside the trust to review his notes. Dr Pryce agreed and has contacted Dr Mensah at Willowbrook, awaiting reply. Comfort care continues meanwhile; analgesia unchanged, mouth care 2-hourly.": 'none',
  "Phone call - pt v anxious re MRI result (?MS). Says 'dont know if i believe it', asking if she cld be seen by a diff neurologist. Explained this can be discussed. Not decided, wants to speak to husband 1st. Safety netting given.": 'none',
  "CALLER (RON): They did say I could see another heart man if I wanted, get his take on it. I told them no thank you. I'm eighty, I've had a good innings, and the fella I've got is straight with me. PRESENTER: Good on you, Ron. And the question you rang in with?": 'none',
  "Dear Dr Cartwright, The cervical biopsy slides were sent to Dr Hemsworth, our gynaecological pathologist at the cancer centre, for a second opinion, as is routine for glandular lesions; she has confirmed high-grade CGIN, margins not assessable. Ms Rosa Adair has been listed for a cone biopsy on 2 August. Yours sincerely, Miss F. Olabode": 'requested',
  "CALLER (TONY): Yeah, so my mate Gaz got a second opinion on his back last year and it turned out to be his kidney, mad. Anyway that's not why I'm ringing. Mine's about statins, my cholesterol's 6.8 and the GP wants me on them, and I just want to know about the muscle aches. DR OKEKE: Sure, Tony, let's talk about that.": 'completed',
};

describeProbeSuite({
  title: 'forty-second probe set (clinic, nursing, telephone, public and group-chat genres, independent writers)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 121,
  maxSize: 131,
  minPerStatus: 24,
  // Raised to the scores after the thirty-fourth round's third step (docs/detection.md, "Thirty-fourth round"); floors only rise.
  flagFloor: 0.970,
  macroFloor: 0.943,
});
