/**
 * The thirty-second probe set (probes-round32.ts), held to the same checks as the earlier ones
 * (probe-suite.ts). The twenty-fourth round's rules are written on it.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round32';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Geachte collega,\nBetreft: dhr. W. Timmermans, 68 jr.\nPatiënt is bekend in het Albert Schweitzer ziekenhuis met een abdominaal aorta-aneurysma van 5,6 cm; daar is een open operatie voorgesteld. Hij wil graag uw visie op de mogelijkheid van een endovasculaire behandeling voordat hij een besluit neemt. Graag uw beoordeling. CT-angio via uitwisselingsportaal beschikbaar. Medicatie: simvastatine 40 mg, ascal 80 mg, metoprolol 50 mg.\nMet vriendelijke groet,\nH. Bakker, huisarts": 'none',
  "twijfel of ik moet vragen of een ander ziekenhuis naar mijn schildklier echo kan kijken. internist zegt het is een goedaardige knobbel en dat hij alleen gecontroleerd hoeft te worden maar ik vind het toch eng, mijn oma had schildklierkanker. is het raar om dat te vragen? en wordt zoiets vergoed of betaal je dat zelf? iemand ideeen? ben een beetje bang dat de arts het niet leuk vindt": 'none',
  "S: Dhr. komt bespreken hoe het nu verder gaat. Coloscopie vorige week, poliep 3 cm sigmoid, biopt afgenomen. Heel gespannen. Als de uitslag kwaadaardig is, wil hij 'in ieder geval ook in het AVL horen wat zij ervan vinden'.\nO: Oogt gespannen, verder gb.\nE: D78 Neoplasma darm onzeker; spanning.\nP: Uitslag PA afwachten, dan opnieuw bespreken. Oxazepam 10 mg zn mee, max 5 st.": 'none',
  "Update over mijn knie: ben vorige week in Leuven geweest bij een sportorthopeed om naar mijn MRI en de beslissing van mijn eigen ziekenhuis te laten kijken (want die wilden de meniscus meteen hechten). Hij zei eigenlijk exact hetzelfde, dus ik laat me nu gewoon in Nederland opereren. Was de rit wel waard voor de gemoedsrust. Iemand ervaring met revalidatie na meniscushechting?": 'none',
  "finally plucked up the courage and asked my gp for a second opinion re my endo diagnosis (or lack of one!!). gyne said my scan was clear so it cant be endo and basically told me to take the pill and go away. gp was actually lovely and has sent the referal to the endo centre at st mikes. now the waiting game 🙃 anyone been seen there? how long did u wait": 'considering',
  "Update for everyone who asked after my last post: we flew to Boston and had the team at Boston Children's go over Leo's echo and cath results. They confirmed what our local cardiologist said – it IS a partial AVSD and repair is needed – but they'd do it at 9–12 months rather than straight away, which honestly makes us feel better. So relieved we went. Now to decide where to have the surgery 💙": 'none',
};

describeProbeSuite({
  title: 'thirty-second probe set (clinical and patient genres, independent writers)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 119,
  maxSize: 129,
  minPerStatus: 16,
  // The probe scores at the twenty-fourth round's start (docs/detection.md, "Twenty-fourth round").
  flagFloor: 0.968,
  macroFloor: 0.949,
});
