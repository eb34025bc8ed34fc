/**
 * The eighteenth probe set (probes-round18.ts), held to the same checks as the earlier ones
 * (probe-suite.ts). It arrived at the end of the eleventh round; the twelfth round's rules were written on it.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round18';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Dhr. geeft bij avondronde aan gene andere arts erbij te willen, 'ik heb vertrouwen in dit team'. Consent getekend.": 'requested',
  "3/2: wil graag ander zkh laten meekijken.\n10/2: na gesprek met partner toch afgezien. P: start RT volgens plan.": 'requested',
  "Vraagstelling: graag mee laten kijken door dermatoloog ivm hardnekkig eczeem, wij komen er in de 1e lijn niet uit.": 'considering',
  "Pt called to ask how the process works for being seen at a different hospital about his dx; info sent, no referral requested.": 'none',
  "Pt very clear he does not want to be 'passed around to more doctors', wants to proceed tmrw.": 'none',
  "FYI my consult with the team in Edinburgh happened on Tues. They weren't convinced it's Crohn's and suggested a capsule study - can we discuss?": 'none',
};

describeProbeSuite({
  title: 'eighteenth probe set (record shorthand, independent writer)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 107,
  maxSize: 117,
  minPerStatus: 10,
  // The probe scores at the rules of the twelfth round (docs/detection.md, "Twelfth round").
  flagFloor: 0.949,
  macroFloor: 0.937,
});
