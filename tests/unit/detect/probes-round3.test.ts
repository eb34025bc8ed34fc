/**
 * The third probe set (probes-round3.ts): every probe must be read right, except the misses listed
 * here, each with what the rules answer instead. A listed miss that starts to pass fails the test too,
 * so the list only ever shrinks by hand and stays an honest account of what the rules cannot read.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round3';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Mw. heeft gevraagd of ze voor een second opinion naar het Erasmus MC verwezen kan worden, verwijzing gemaakt.": 'considering',
  "Een tweede mening is volgens de richtlijn niet vereist voor deze ingreep.": 'declined',
  "Dhr. kreeg een andere arts toegewezen na de reorganisatie.": 'completed',
};

describeProbeSuite({
  title: 'probe set, round 3 (written from the phenomena, not from labelled items)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 150,
  flagFloor: 0.999,
  macroFloor: 0.980,
});
