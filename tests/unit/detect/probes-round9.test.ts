/**
 * The ninth probe set (probes-round9.ts), held to the same checks as the earlier ones (probe-suite.ts).
 * Its readable part holds few items of its smallest status, so the floor per status is 8 here.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round9';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "TC from Mr Daniel Shore who holds health & welfare LPA for his father (Mr Albert Shore, 84, advanced Parkinson's, lacks capacity re tx decisions). Says on dad's behalf he is not happy to proceed with PEG until another gastroenterologist has reviewed the decision. Requesting referral. Agreed to write to Dr Oyelaran's team at the district general today, LPA copy on file.": 'completed',
  "Late shift: Mrs Patel (bay 3, bed 2) tearful following ward round, says she does not believe the diagnosis and wants 'a doctor from somewhere else' to look at her results. Spent time with her, escalated to FY1 who discussed with reg - they are sending a referral for external review tomorrow. PRN lorazepam declined.": 'declined',
  "Dear Dr Abara, we're Finn's parents (he's 11). We've been wondering whether it would be worth having someone at another hospital look at his MRI, as the headaches are no better since the shunt revision. We're not sure it's necessary and we don't want to delay anything, but would you think it sensible? Kind regards, Owen and Claire Dunmore": 'requested',
};

describeProbeSuite({
  title: 'probe set, round 9 (clinical notes and patients’ messages by a fourth writer who never read the rules)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 80,
  maxSize: 90,
  minPerStatus: 8,
  // The probe scores at the rules of the tenth round (docs/detection.md, "Tenth round").
  flagFloor: 0.974,
  macroFloor: 0.959,
});
