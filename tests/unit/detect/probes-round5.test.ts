/**
 * The fifth probe set (probes-round5.ts), held to the same checks as the third and fourth
 * (probe-suite.ts). It was written by someone who never read the rules, so its misses say most about
 * text held by others; the listed ones are what the rules still cannot read.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round5';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Tel: mw trekt haar verzoek om verwijzing naar het Radboudumc in; na het gesprek met de chirurg is ze gerustgesteld. Verwijzing geannuleerd.": 'none',
  "Pt is de mogelijkheid van verwijzing naar het expertisecentrum voorgelegd. Hij geeft aan dat niet te willen en kiest voor behandeling in eigen huis.": 'none',
  "Mijn chirurg zei letterlijk: je mag altijd ergens anders een tweede mening vragen hoor. Heb ik niet gedaan en ga ik ook niet doen. Ik voel me daar goed op mijn plek en de operatie is volgende week.": 'none',
  "So I finally did it – called Johns Hopkins and I’m booked in for the 14th. My local ENT keeps saying it’s ‘just allergies’ and I’m done. Anyone been to their sinus center? What should I bring?": 'none',
  "Pt hesitant re: full clearance upper. Asked if it’s worth getting a prosthodontist’s view first. Pt to think it over and phone the practice.": 'none',
  "ok so i googled and it says it could also be adenomyosis not endo?? is there anyone who actually specialises in this that i could see or is that overkill 😅": 'none',
  "Last wk pt wanted to go to Sloan Kettering straight away. Today she’s not sure anymore and wants more time to think it over. No referral sent.": 'none',
  "Pt phoned – the report from the Cleveland Clinic review has arrived. Wants an appt to go through it with Dr Novak.": 'none',
  "She says Tom got a second opinion at Hopkins for his back and swears by it. Today she’s in for a repeat smear; no concerns raised.": 'completed',
};

describeProbeSuite({
  title: 'probe set, round 5 (written by someone who never read the rules)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 130,
  maxSize: 140,
  // The probe scores at the rules of the eighth round (docs/detection.md, "Eighth round").
  flagFloor: 0.953,
  macroFloor: 0.936,
});
