/**
 * The fourth probe set (probes-round4.ts), held to the same checks as the third (probe-suite.ts), and
 * to its size of 160 to 200 probes with none twice.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round4';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Mw. zit ermee dat er geen andere arts naar de scan heeft gekeken.": 'completed',
  "Ergens denk ik dat een andere arts er anders naar zou kijken.": 'none',
  "Dhr. is mantelzorger voor zijn vrouw met MS. Zij wil een second opinion in het MS-centrum.": 'requested',
  "Can I see someone else about this? I really don't feel listened to.": 'considering',
  "Could another hospital look at my scans before I agree to the surgery?": 'considering',
  "Part of me wants another opinion, but I also just want this sorted.": 'requested',
  "Reviewed by a consultant at another hospital at her request; no change to diagnosis.": 'requested',
  "A visitor of the patient in the next bed wanted a second opinion for his father.": 'requested',
  "The MDT sought an external opinion from the regional centre on the imaging protocol.": 'completed',
  "I don't think the diagnosis is right and I'm worried something is being missed.": 'none',
};

describeProbeSuite({
  title: 'probe set, round 4 (written from the phenomena, not from labelled items)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 160,
  maxSize: 200,
  // The probe scores at the rules of the fourth round (docs/detection.md, "Fourth round").
  flagFloor: 0.966,
  macroFloor: 0.953,
});
