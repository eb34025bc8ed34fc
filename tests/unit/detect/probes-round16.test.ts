/**
 * The sixteenth probe set (probes-round16.ts), held to the same checks as the earlier ones
 * (probe-suite.ts).
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round16';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Moeder vraagt aan het einde van het consult of 'een ander ziekenhuis hier anders over zou denken'. Uitgelegd dat dit kan en hoe verwijzing werkt. Ouders gaan het thuis bespreken. Controle 6 wk.": 'requested',
  "TC mw. de Graaf: heeft op internet gelezen dat je recht hebt op een tweede mening. Wil weten of dat ook geldt voor haar hernia en of HA daarvoor moet verwijzen. Nog geen verzoek, denkt na. Folder gemaild.": 'requested',
  "Client gevraagd of hij wil dat de verslavingsarts van een andere locatie zijn medicatieplan toetst, zoals hij eerder zelf voorstelde. Hij zegt 'laat maar, ik zie het wel met jullie'. Niet aangevraagd.": 'none',
  "Moeder belt: ze hadden overwogen ook nog bij een andere orthodontist langs te gaan maar hebben besloten gewoon bij ons te starten. Plaatsing brackets 12/9.": 'none',
  "S: terug van orthopeed Bergman Kliniek, daar gezien voor heroverweging. Zij adviseren wel een TKP, in tegenstelling tot eerste ortho. Pt twijfelt nu welk advies te volgen.\nO: -\nE: gonartrose re, tegenstrijdig advies\nP: uitgebreid besproken, pt beslist zelf, terug over 2 wk.": 'considering',
  "Dossier: groeiachterstand. Andere kinderarts (Amphia), op verzoek ouders ter heroverweging gezien, ziet ook geen pathologie. Brief in dossier. JGZ volgt groei verder, volgende meting 3 mnd.": 'requested',
  "Dear Dr Miles,\nRe: Mr Tom Baker, 34\nThank you for referring this gentleman with a 2-year history of left TMJ pain and intermittent locking. On examination mouth opening was 28mm with deviation to the left; MRI shows anterior disc displacement without reduction. I discussed conservative management, which he has tried extensively, and recommended arthrocentesis under GA. Mr Baker asked whether another maxillofacial surgeon could look at his case before he undergoes any procedure, and I have been happy to refer him to Mr Singh at St George's. I will await Mr Singh's view before listing him. In the meantime please continue the splint and NSAIDs as needed.\nYours sincerely,\nMs R. Carter, Consultant OMFS": 'considering',
  "Message from Mrs Evans (85) via her granddaughter, who typed it for her: 'I would like to see a different heart doctor about whether I really need this valve operation. The one I saw rushed me and I didn't understand. Please arrange it.' Flagged to GP for referral.": 'completed',
  "Call from Mr D. Harris (holds health & welfare LPA for his mother, Mrs J. Harris). He does not accept the conclusion that mum's falls are 'just frailty' and has asked, acting for her, that a consultant geriatrician independently reassess her. GP informed, GP to refer today.": 'none',
  "Just wanted to let you know we took Amira to see the specialist at Alder Hey in the end. They think it's reflux too, so we'll carry on with your plan. Thanks for sending the notes over!": 'none',
};

describeProbeSuite({
  title: 'probe set, round 16 (care settings of the labelled data, by a writer who never read the rules)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 103,
  maxSize: 113,
  minPerStatus: 18,
  // The probe scores at the rules of the tenth round (docs/detection.md, "Tenth round").
  flagFloor: 0.952,
  macroFloor: 0.904,
});
