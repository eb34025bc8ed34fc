import type { DetectionStatus } from '../messages';

export type { DetectionStatus };
export type DetectLang = 'nl' | 'en';
/** Cue names travel in lib/messages.ts EvidenceSchema; keep them in sync. */
export type Cue =
  | 'negation'
  | 'completed'
  | 'other-person'
  | 'general-info'
  | 'hypothetical'
  | 'doubt'
  | 'request'
  | 'withdrawn'
  | 'pending';
/**
 * Lexicon cue kinds: the public cues plus those that only steer the rules. A refusal ("declined",
 * "ziet ervan af") is reported as negation but, unlike a bare "no", can stand on its own in a clause;
 * a decision ("besloten", "decided to") is reported as request and settles earlier doubt; an absence
 * ("geen", "no", "never") is reported as negation but only refuses together with a wish ("wil geen"); a
 * request not (yet) made ("has not asked", "niet aangevraagd") is reported as negation and refuses nothing;
 * waiting ("awaiting", "wacht op") is reported as pending and outweighs a result word ("the outcome"); a
 * person asking about it ("vraagt of", "asks whether", "wants information") is reported as hypothetical and,
 * unlike other hypothetical words, outweighs information text: a leaflet does not ask; a condition ("if",
 * "als", "indien") is reported as hypothetical and makes a result word conditional ("if another surgeon
 * confirmed it"); a visit or look still to come ("tomorrow", "gaat naar", "they'll go through") is reported as
 * pending and makes the patient's own mention or a look elsewhere an arranged one — not another
 * clinician's ("another consultant will see him tomorrow" is cover, not a second opinion).
 *
 * An explicit second opinion that was talked over ("second opinion besproken", "discussed second opinion
 * with her") is on the table: with nothing else said about it the patient is weighing it, reported as
 * hypothetical; any other state (a wish, a refusal, a result) outweighs it.
 */
export type CueKind =
  | Cue
  | 'refusal'
  | 'decided'
  | 'representative'
  | 'absent'
  | 'unasked'
  | 'awaiting'
  | 'asking'
  | 'conditional'
  | 'upcoming'
  | 'discussed'
  | 'pseudo';
/**
 * `elsewhere`: looking again or giving a view ("laten beoordelen", "to review his", "their opinion");
 * `verdict`: the view given ("agrees with the diagnosis", "adviseren hetzelfde"), which reports a result.
 * Both are triggers only in a sentence that also names another place and says why it is a second look
 * (elsewhere.ts), and only where nothing else in the sentence names the second opinion.
 */
export type TriggerKind = 'core' | 'otherClinician' | 'doubt' | 'elsewhere' | 'verdict';

export interface EvidenceHit {
  start: number;
  end: number;
  text: string;
  status: DetectionStatus;
  trigger: string;
  cues: Cue[];
}

export interface TextDetection {
  status: DetectionStatus;
  /** The language the rules read the text in: given, or guessed — 'nl' for a text without a trigger candidate unless given. */
  lang: DetectLang;
  evidence: EvidenceHit[];
}

export interface EntryDetection {
  entryId: string;
  date?: string;
  source?: string;
  order: number;
  detection: TextDetection;
}

export interface PatientDetection {
  status: DetectionStatus;
  decidingEntryId?: string;
  history: Array<EvidenceHit & { entryId: string; date?: string; source?: string }>;
}
