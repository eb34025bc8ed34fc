/**
 * The twenty-second probe set (probes-round22.ts), held to the same checks as the earlier ones
 * (probe-suite.ts). It arrived during the fourteenth round, before any rule was written on it.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round22';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Hallo, kan ik via u een second opnion aanvragen voor onze zoon Milan (14)? De kinderarts in het Maxima MC zegt steeds dat het groeipijn is maar hij heeft nu al 5 maanden pijn in zn knie en slaapt er slecht van. We willen graag naar het WKZ. Groet, Sandra (moeder)": 'considering',
  "S: dhr vertrouwt t niet helemaal met de cardioloog, 'die keek amper op van zn scherm'. Vraagt wat ik ervan zou vinden als hij ook naar het Thoraxcentrum zou gaan. Nog niks besloten, wil eerst met zn vrouw praten\nO: RR 132/80, enkeloedeem +\nE: K77 Decompensatio cordis\nP: volgende week terug, dan beslissen": 'none',
  "E-consult interne geneeskunde (meekijkconsult)\nVraag: pt (44) met sarcoidose, dx gesteld in Deventer Zkh. Pt twijfelt of de diagnose klopt en vraagt zich af of een ander ziekenhuis hier nog eens naar zou moeten kijken. Ze heeft nog niet gezegd dat ze dat wil. Wat is uw advies, zijn er redenen tot twijfel?": 'declined',
  "Geachte collega,\nMevrouw De Smet kwam op controle na de CT-thorax. De nodulus in de rechterbovenkwab is in grootte toegenomen (9 -> 13 mm). Mevrouw vroeg of het AZ Sint-Jan ook nog naar de beelden zou kunnen kijken, maar wil eerst het resultaat van de PET-CT afwachten vooraleer daar iets mee te doen.\ndr. F. Lambrecht, pneumologie, AZ West": 'requested',
  "Visite onco: mw vraagt of er in een academisch ziekenhuis misschien nog andere behandelmogelijkheden zijn dan wat wij voorstellen. Wil erover nadenken en met haar kinderen overleggen voor ze iets beslist. Beleid: pijnstilling optimaliseren, gesprek vrijdag.": 'none',
  "Bewoner (wilsbekwaam ten aanzien van deze beslissing) aangeboden om de diagnose hartfalen door de geriater in het ziekenhuis te laten herbeoordelen. Dhr. wil dit niet: 'laat mij maar hier, ik ga niet meer met die taxi'. Besluit vastgelegd.": 'none',
  "Cl. aangeboden om de diagnostiek naar autisme te laten herhalen door een ander team binnen GGz Centraal. Cl. wil dit niet, wil nu vooral aan de slag met de behandeling.": 'completed',
  "MDO HPB 21-02\nPt (59) met pancreaskopcarcinoom, eerder door ons als irresectabel beoordeeld. Pt is op eigen verzoek in het Erasmus MC gezien; verslag ontvangen: zij achten de tumor borderline resectabel, advies FOLFIRINOX gevolgd door herevaluatie. MDO sluit zich hierbij aan.": 'none',
  "Verslag externe consultatie ontvangen (Centrum Autisme Rivierduinen), op verzoek van cl. uitgevoerd: diagnose ASS niet bevestigd, wel aanwijzingen voor sociale angststoornis. Behandelplan wordt aangepast, bespreken met cl. in volgend gesprek.": 'none',
  "Cl. heeft in juni een onafhankelijke psychiater gezien (via klachtenfunctionaris geregeld) voor een oordeel over de medicatie. Rapport ontvangen: voortzetten lithium wordt ondersteund. Cl. accepteert dit.": 'none',
  "Brief kinderneuroloog Sophia ontvangen: Jesse (9) op verzoek van ouders gezien ivm twijfel aan diagnose absence-epilepsie. EEG herbeoordeeld, diagnose bevestigd, advies ethosuximide continueren.": 'none',
  "Dear Dr Hughes,\nI'd be grateful if you could review Mr Ravi Singh (61), who has asked that his cardiac MRI and echo be looked at by your team before he agrees to the ICD implantation recommended at his local hospital. He feels the decision was rushed. Copies of reports attached.\nKind regards": 'none',
  "Parents unsure about the autism dx for Leo (5); asking about private assessment options and whether their health insurance would cover it. No decision yet.": 'none',
  "Dear Colleague,\nI reviewed Mrs Helen O'Brien, who came to see me because she wanted her MRI and the proposed rotator cuff repair reassessed before going ahead. On examination she has weakness of external rotation and a positive drop-arm sign. My impression is that the original recommendation is reasonable, although a trial of guided injection first would also be acceptable. I have left the decision with her and her treating surgeon.\nYours sincerely": 'none',
  "Letter rec'd from Newcastle memory clinic, who reviewed the diagnosis as a second opinion requested by Mrs Hall's attorney (LPA): revised from Alzheimer's to DLB; advise avoiding antipsychotics. Care plan updated.": 'requested',
  "e-RS referral form - Rheumatology\nReason for referral: assessment of ?inflammatory arthritis\nIs this a second opinion request? No\nPrevious specialist seen for this problem: N/A\nHistory: 3/12 early morning stiffness both hands, RF positive, CRP 24.": 'declined',
  "hi, my sister got a second opinion at mayo and they changed her diagnosis to MODY. should i get tested too since it runs in families? im 34 and was told i have type 2.": 'considering',
};

describeProbeSuite({
  title: 'twenty-second probe set (explicit and implicit, independent writer)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 114,
  maxSize: 124,
  minPerStatus: 8,
  // Raised to the scores after the thirty-eighth round's third step (docs/detection.md, "Thirty-eighth round"); floors only rise.
  flagFloor: 0.923,
  macroFloor: 0.856,
});
