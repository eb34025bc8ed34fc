import { formatDate } from '../../format';
import type { ComposeContext } from '../compose-context';
import { EFFECT_WORDS } from '../record/lexicon';
import { containsAnyWord } from '../record/words';
import { bulletList, entryLine, newestFirst, oneLine } from '../entry-lines';

/** A labelled list, or nothing when the record holds nothing for it. */
function block(label: string, lines: readonly string[]): string | undefined {
  return lines.length ? `${label}:\n${bulletList(lines)}` : undefined;
}

function joined(blocks: ReadonlyArray<string | undefined>): string {
  return blocks.filter((b): b is string => !!b).join('\n\n');
}

/**
 * History and course: the course as the record tells it (anamnesis and journal lines of the episodes
 * that concern the question). The referrer's own summary is asked for only when the record says nothing.
 */
export function historySection(ctx: ComposeContext): string {
  const { p, missing, facts } = ctx;
  if (facts.history.length) return bulletList(facts.history);
  return `${p.label.course}: ${missing(p.placeholder.course)}`;
}

export function findingsSection(ctx: ComposeContext): string {
  const { r, facts, template } = ctx;
  if (template === 'dental') {
    return joined([block(r.periodontal, facts.periodontal), block(r.otherFindings, facts.findings)]) ||
      ctx.missing(ctx.p.placeholder.findings);
  }
  if (template === 'mental-health') {
    return joined([
      block(r.questionnaires, facts.questionnaires),
      facts.suicidality.length ? block(r.suicidality, facts.suicidality) : `${r.suicidality}: ${ctx.missing(r.placeholder.suicidality)}`,
      block(r.moreFindings, facts.findings),
    ]);
  }
  const lines = [...facts.findings, ...facts.questionnaires, ...facts.periodontal, ...facts.suicidality];
  return lines.length ? bulletList(lines) : ctx.missing(ctx.p.placeholder.findings);
}

/** Treatment so far and its effect; the effect is asked only when the record does not state it. */
export function treatmentSection(ctx: ComposeContext): string {
  const { p, r, missing, facts, template } = ctx;
  const effect = facts.effects.length ? block(p.label.effect, facts.effects) : `${p.label.effect}: ${missing(p.placeholder.treatmentEffect)}`;
  if (template === 'dental') {
    const cost = facts.cost.length ? block(r.cost, facts.cost) : `${r.cost}: ${missing(r.placeholder.cost)}`;
    const plan = facts.carePlan.length ? block(r.carePlan, facts.carePlan) : `${r.carePlan}: ${missing(p.placeholder.treatment)}`;
    return joined([plan, cost, facts.treatments.length ? bulletList(facts.treatments) : undefined, facts.effects.length ? effect : undefined]);
  }
  if (template === 'mental-health') {
    // Protocol steps and therapies carry their own effect ("onvoldoende effect", "beperkte respons").
    const stated = [...facts.medicationSteps, ...facts.psychotherapy, ...facts.treatments].some((l) => containsAnyWord(l, EFFECT_WORDS));
    return joined([
      block(r.medicationSteps, facts.medicationSteps),
      block(r.psychotherapy, facts.psychotherapy),
      facts.treatments.length ? bulletList(facts.treatments) : undefined,
      !facts.medicationSteps.length && !facts.psychotherapy.length && !facts.treatments.length ? missing(p.placeholder.treatment) : undefined,
      facts.effects.length || !stated ? effect : undefined,
    ]);
  }
  // With no treatment in the record, one question covers both the treatment and its effect.
  if (!facts.treatments.length) return facts.effects.length ? `${missing(p.placeholder.treatment)}\n\n${effect}` : missing(r.placeholder.treatmentAndEffect);
  // A treatment line that states its own effect ("12 weken, matig effect") answers the effect question.
  const stated = facts.treatments.some((l) => containsAnyWord(l, EFFECT_WORDS));
  return facts.effects.length || !stated ? `${bulletList(facts.treatments)}\n\n${effect}` : bulletList(facts.treatments);
}

/**
 * "Patient and carer concerns, expectations and wishes" (UK outpatient letter). Only the patient's
 * own words are quoted as theirs; what a clinician or assistant noted is cited as their note.
 */
export function patientWishesSection(ctx: ComposeContext): string {
  const { p, r, missing } = ctx;
  const clean = (text: string) => oneLine(text, 500).replace(/^["“”„']+|["“”„']+$/g, '');
  const own = ctx.voices.filter((v) => v.source === 'patient').map((v) => clean(v.text)).filter(Boolean);
  const notes = ctx.voices.filter((v) => v.source === 'note' && clean(v.text));
  const blocks: string[] = [];
  if (own.length) {
    const label = ctx.input.representative ? p.ownWordsWithRepresentative : p.label.ownWords;
    blocks.push(`${label}:\n${bulletList(own.map((w) => `"${w}"`))}`);
  }
  for (const note of notes) {
    const date = note.date ? formatDate(note.date) : undefined;
    // The citation names the note's date and author; the quoted text need not repeat its date or SOEP label.
    const text = clean(note.text).replace(/^\d{2}-\d{2}-\d{4}\s*(?:\d{1,2}:\d{2}\s*)?(?:·\s*)?/, '').replace(/^[SOEP]\s*[:/]\s*/, '');
    blocks.push(`${r.noteCitation(note.author ? oneLine(note.author, 100) : undefined, date)}:\n${bulletList([text])}`);
  }
  // The patient's goals are theirs to state; asked for only when the record holds nothing of them.
  if (!blocks.length) return `${p.label.goals}: ${missing(p.placeholder.patientWishes)}`;
  return blocks.join('\n\n');
}

/**
 * Dossier summary linked to the BgZ: problems, medication, allergies and alerts, treatment
 * restrictions, social context. A list the patient did not consent to is marked as not shared, with
 * why (refused or not yet asked), so no one fills it in by hand; a list nobody selected stays a
 * placeholder for the referrer to decide.
 */
export function summarySection(ctx: ComposeContext): string {
  const { p, r, missing } = ctx;
  const section = (label: string, categoryId: string, lines: string[], emptyLabel?: string): string | undefined => {
    if (lines.length) return `${label}:\n${bulletList(lines)}`;
    const withheld = ctx.withheld.find((c) => c.id === categoryId);
    if (withheld) return `${label}: ${withheld.consent === 'refused' ? r.notShared.refused : r.notShared.unknown}`;
    if (ctx.isWithheld(categoryId)) return `${label}: ${p.notShared}`;
    return emptyLabel ? `${label}: ${missing(emptyLabel)}` : undefined;
  };
  const lines = (categoryId: string, kind: Parameters<ComposeContext['entriesOf']>[0]) =>
    newestFirst(ctx.entriesFor(categoryId, kind)).map((e) => entryLine(e, { since: r.since }));
  const problemLabel = ctx.template === 'mental-health' ? `${p.label.problems} (${r.comorbidity.toLowerCase()})` : p.label.problems;
  return [
    // The dental guideline asks for the dental record; a medical problem list is added when selected.
    section(problemLabel, 'problems', lines('problems', 'problem'), ctx.template === 'dental' ? undefined : p.placeholder.problems),
    section(p.label.medication, 'medication', lines('medication', 'medication'), p.placeholder.medication),
    section(p.label.allergies, 'allergies', lines('allergies', 'allergy'), p.placeholder.allergies),
    section(p.label.restrictions, 'advance-directives', lines('advance-directives', 'advance-directive')),
    section(p.label.socialContext, 'social-history', lines('social-history', 'social-history')),
  ]
    .filter((b): b is string => !!b)
    .join('\n\n');
}
