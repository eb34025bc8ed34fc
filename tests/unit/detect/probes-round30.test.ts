/**
 * The thirtieth probe set (probes-round30.ts), held to the same checks as the earlier ones
 * (probe-suite.ts). The twenty-second round's rules are written on it.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round30';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "De ouders van de tweejarige Mila hebben het Rijnstede Ziekenhuis gevraagd het dossier van hun dochter voor te leggen aan een expertisecentrum voor stofwisselingsziekten. Een woordvoerder van het ziekenhuis bevestigt dat de verwijzing inmiddels is verstuurd. ‘We begrijpen de wens van de ouders volledig en werken er volledig aan mee,’ aldus de woordvoerder. Wanneer Mila daar terecht kan, is nog niet bekend.": 'completed',
  "Tel. pt: vraagt of haar gegevens al naar Sint Lucas Rijnoord zijn gestuurd voor beoordeling door hun vaatchirurg. Gecheckt: verzonden 3/4, pt wacht op oproep van hun poli. Pt hierover geïnformeerd, tevreden.": 'considering',
  "Vraag het de verpleegkundig specialist. Vraag: ‘Ik heb prostaatkanker en moet kiezen tussen bestralen en opereren. Mag ik bij jullie langskomen om het plan van mijn eigen ziekenhuis nog eens te laten bekijken, of is dat ongebruikelijk? Ik weet nog niet of ik het zou doen, maar ik wil weten of het kan.’ Antwoord: Dat is zeker niet ongebruikelijk. U kunt dit het beste eerst met uw eigen uroloog bespreken.": 'none',
  "Overstuur telefoontje van pt na uitslag MRI. Vraagt hoe een tweede mening werkt en of de huisarts daarvoor moet verwijzen. Uitgelegd. Pt wil er eerst over nadenken en belt zo nodig terug.": 'requested',
  "Telefonisch consult: zus van pt heeft na second opinion in Noordhaven gehoord dat ze een BRCA1-mutatie heeft; raadt pt aan zich ook te laten testen. Vraagt of dit via HA kan. Voldoet aan criteria, verwijzing klinische genetica verstuurd.": 'considering',
  "Hi Dr Lindqvist, following our chat on Tuesday could you please go ahead with the referral for a second opinion at Harbourview about my liver results? You said you'd be happy to arrange it. Let me know if you need anything else from me. Thanks, Aisha": 'considering',
  "Former rugby international Sean Dorrity has asked for his concussion diagnosis to be independently reviewed by a neurology team outside his club's medical network, his agent confirmed on Tuesday. The assessment is scheduled for next month, and Dorrity will not train until it has taken place.": 'completed',
  "Hi Dr Chen, thanks again for agreeing on the phone to send my results to the lupus clinic at Stanmore Park so they can give their view on the diagnosis. I haven't heard anything from them yet - could someone check the referral actually went? Best, Priya": 'considering',
  "asked my GP to send my MRI and all the notes to a different spinal surgeon over in Castlebridge before I sign anything for the fusion. she said no problem and typed the letter while I sat there. waiting to hear back now... has anyone had the Castlebridge Spine Unit look over someone elses plan?? how long did it take": 'considering',
  "Pt rang re letter offering review of her case at the regional sarcoma centre. States she does not want to travel or see anyone new and is happy with the local plan. Wishes documented. Dr Hay informed by task.": 'none',
  "To everyone in the comments telling me to get a second opinion - I appreciate you, truly, but no. I've done my homework, my surgeon is brilliant and I'm going ahead on Friday ❤️ please just send good vibes instead!!": 'none',
  "Member story: When Daniel's local orthopaedic team recommended shoulder surgery, he used our Expert Case Review benefit to have his scans and notes examined by an independent specialist. The reviewing surgeon advised a 12-week targeted physiotherapy programme first. Eight months later, Daniel is back to coaching his son's cricket team - and hasn't needed the operation.": 'none',
  "Letter rec'd from Dr Moreau (ext cardiology, seen privately at pt's own request 02/03): concurs AF ablation appropriate. Pt now keen to proceed. Added to waiting list.": 'none',
  "Patient stories | \"I came for a second opinion and stayed for my treatment\" - Margaret, 58. \"My local hospital said the only option was to remove my whole bladder. I came to Fernhill because I wanted someone else to look. The team here suggested a newer bladder-sparing approach and I finished treatment in October. I can't thank them enough.\"": 'requested',
  "A Dunsford grandmother who was told she had months to live says a second opinion at a specialist centre in Pellham saved her from unnecessary chemotherapy. Further tests there revealed that the mass on Patricia Quinlan's pancreas was a benign cyst. \"I'd already started planning my funeral,\" the 69-year-old said.": 'none',
  "Does my policy cover a second medical opinion? Yes. Members on our Gold and Platinum plans can request an independent review of a diagnosis or recommended treatment by a specialist in our network at no extra cost. Bronze members can add this benefit for $4.50 a month. The benefit is limited to one review per condition per policy year.": 'completed',
  "Slightly off topic but I need a second opinion from you lot on something that isn't medical at all. Hubby wants to rip out the downstairs loo and put in a wet room before my hip replacement in May, builder's quoted £9,200. Is that mad money or about right?? We're near Wexmoor if anyone knows local prices.": 'requested',
  "Hi, the pre-op questionnaire you posted has a line that says 'Second opinion obtained? (name of consultant)' - I left it blank because it doesn't apply to me, is that ok or do I need to write something? Also what time do I need to stop eating the night before? Op is at 8am. Thanks, Sandra": 'completed',
};

describeProbeSuite({
  title: 'thirtieth probe set (public and informal text, independent writers)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 118,
  maxSize: 128,
  minPerStatus: 16,
  // Raised to the scores after the thirty-third round's fourth step (docs/detection.md, "Thirty-third round"); floors only rise.
  flagFloor: 0.939,
  macroFloor: 0.848,
});
