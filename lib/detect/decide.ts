/**
 * The status rules for one trigger mention, given the cues whose scope reaches it. The order is the
 * ConText idea of "which modifier overrides which": whose second opinion it is comes first, then whether
 * it is about this patient at all, then the state of affairs (withdrawn, negated, done, undecided, asked).
 */
import type { Cue, CueKind, DetectionStatus, TriggerKind } from './types';

export interface Decision {
  status: DetectionStatus;
  cues: Cue[];
}

const PUBLIC_ORDER: Cue[] = [
  'other-person',
  'general-info',
  'withdrawn',
  'negation',
  'completed',
  'doubt',
  'hypothetical',
  'request',
  'pending',
];

function publicCues(kinds: Set<CueKind>): Cue[] {
  return PUBLIC_ORDER.filter(
    (c) =>
      kinds.has(c) ||
      (c === 'negation' && (kinds.has('refusal') || kinds.has('absent') || kinds.has('unasked'))) ||
      (c === 'request' && kinds.has('decided')) ||
      (c === 'hypothetical' && kinds.has('discussed')) ||
      (c === 'pending' && (kinds.has('awaiting') || kinds.has('upcoming'))),
  );
}

/**
 * @param trigger  the kind of trigger, or 'anaphora' for a clause that refers back to an earlier
 *                 mention ("…; patient wil hier gebruik van maken")
 * @param question the sentence is a question — the weakest sign of considering
 */
export function decide(given: Set<CueKind>, trigger: TriggerKind | 'anaphora', question: boolean): Decision {
  // Asking about it or a condition weighs it, like any hypothetical word.
  const kinds = given.has('asking') || given.has('conditional') ? new Set<CueKind>([...given, 'hypothetical']) : given;
  // "als de second opinion hetzelfde zegt", "if another surgeon confirmed it": a result that may come;
  // "vraagt zich af of een ander ziekenhuis hetzelfde zou zeggen": a question about a result reports none.
  const done = kinds.has('completed') && !kinds.has('conditional') && !given.has('asking');
  const cues = publicCues(kinds);
  const has = (k: CueKind) => kinds.has(k);
  if (trigger === 'doubt' && !cues.includes('doubt')) cues.push('doubt');

  // Someone else's own second opinion is not this patient's — unless they act for the patient.
  if (has('other-person') && !has('representative')) return { status: 'none', cues };
  // Leaflets, rights, form labels, opening hours: information, not a statement about the patient —
  // unless someone asks about it ("vraagt of zij recht heeft op …", "wants information about …").
  if (has('general-info') && !has('asking')) return { status: 'none', cues };
  if (has('withdrawn')) return { status: 'declined', cues };
  // "has not asked me to arrange one": no request yet, and no refusal either.
  if (has('unasked') && !has('refusal')) return { status: has('doubt') ? 'considering' : 'none', cues };
  // "geen second opinion" / "no second opinion" on its own states a fact (a form, a history), not a
  // wish; only with a wish ("wil geen", "no second opinion wanted") is it a refusal.
  if (has('absent') && !has('negation') && !has('refusal')) {
    if (has('request') || has('decided')) return { status: 'declined', cues };
    if (has('doubt') || has('hypothetical')) return { status: 'considering', cues };
    return { status: 'none', cues };
  }
  if (has('negation') || has('refusal')) {
    // "not requested", "niet aangevraagd": a fact about the file, not a refusal.
    if (has('pending') && !has('refusal') && !has('request')) return { status: 'none', cues };
    // "never had a second opinion" says nothing about wanting one; a finished one with a negative
    // finding ("…: extraction not needed") is still finished.
    if (done) return { status: has('absent') ? 'none' : 'completed', cues };
    // A negation inside a question ("whether I should not see someone else") or inside weighing
    // ("zit ermee of ik niet beter …") is still weighing it.
    // So is a bare "not" in a question ("… of is dat niet gebruikelijk?").
    if ((has('hypothetical') || has('doubt') || question) && !has('refusal')) return { status: 'considering', cues };
    return { status: 'declined', cues };
  }
  // "wacht op de uitkomst van de second opinion": the result is awaited, not there.
  if (has('awaiting')) return { status: has('doubt') || has('hypothetical') ? 'considering' : 'requested', cues };
  if (done) return { status: 'completed', cues };
  // A look elsewhere that is arranged ("they're going to tell us whether they agree"): the question is
  // about its verdict, not about wanting it.
  if (has('upcoming') && (trigger === 'elsewhere' || trigger === 'verdict') && !has('conditional') && !has('doubt') && !has('asking')) {
    return { status: 'requested', cues };
  }
  // "Na lang nadenken besloten …": a decision ends the weighing.
  if (has('decided')) return { status: 'requested', cues };
  if (has('doubt') || has('hypothetical') || trigger === 'doubt') return { status: 'considering', cues };
  if (has('request') || has('pending')) return { status: 'requested', cues };
  // A visit still to come arranges the patient's own second opinion (a look elsewhere was settled above).
  if (has('upcoming') && trigger === 'core') return { status: 'requested', cues };
  // "Second opinion besproken", "discussed second opinion with her": on the table, nothing decided.
  if (has('discussed') && trigger === 'core') return { status: 'considering', cues };
  // Another clinician or a bare mention with no cue says nothing about the patient's wish.
  if (question && trigger !== 'anaphora') return { status: 'considering', cues: [...cues, 'hypothetical'] };
  return { status: 'none', cues };
}

/**
 * The latest state of affairs wins, with two exceptions: a later question (about cover, say) does not
 * undo a firm request made earlier — unless it answers that request ("…; he has not decided") — and a
 * refusal that only answers back does not undo a second opinion that took place.
 */
export function supersedes(previous: DetectionStatus, next: DetectionStatus, answersEarlier = false): boolean {
  if (next === 'none') return false;
  // Once it has taken place, a later "happy to proceed here" or "declines" answers the treatment, not it.
  // Nor does a wish in a clause that answers it ("… but they want to add radiotherapy"): it is about the
  // treatment after the result, and asks for no new second opinion.
  if (previous === 'completed' && (next === 'declined' || next === 'requested') && answersEarlier) return false;
  if (previous === 'requested' && next === 'considering' && !answersEarlier) return false;
  return true;
}
