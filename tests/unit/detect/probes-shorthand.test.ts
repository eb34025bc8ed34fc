/**
 * The shorthand lines of the eleventh round (probes-shorthand.ts), held to the same checks as the probe
 * sets (probe-suite.ts). Written by the project and read while the rules changed, so its floors record
 * what the rules read, not how they generalise. It leans Dutch, and has fewest refusals (34).
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-shorthand';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Pt komt voor second opinion.": 'none',
  "Na second opinion in Nijmegen toch gekozen voor operatie.": 'none',
  "Folder second opinion meegegeven, pt twijfelt nog.": 'none',
  "Leaflet on second opinions given, pt undecided.": 'none',
  "Eerder second opinion in UMCU (2022).": 'none',
  "Dear colleague, I would be grateful for your second opinion on this patient, who is uncertain about the proposed treatment.": 'considering',
  "Result of second opinion is in: no surgery needed.": 'none',
  "My GP said I have the right to one; I'm not sure yet. A second opinion, I mean.": 'none',
  "Pt wil elders behandeladvies inwinnen.": 'none',
  "Beelden zijn in het AMC herbeoordeeld: geen maligniteit.": 'none',
  "Scans re-reviewed at UCLH at her request: no malignancy.": 'requested',
};

describeProbeSuite({
  title: 'shorthand lines of the record (eleventh round, written by the project)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 250,
  maxSize: 270,
  minPerStatus: 30,
  maxLanguageGap: 40,
  // The scores as the latest round left them (docs/detection.md); at the end of the eleventh round, the rules of b70810c, 0.917 / 0.852.
  flagFloor: 0.977,
  macroFloor: 0.954,
});
