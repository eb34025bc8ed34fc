import type { ComposeContext } from '../compose-context';
import { bulletList, chronological, entryLine, oneLine } from '../entry-lines';

/** History and course: earlier problems, procedures and specialist letters as a dated course. */
export function historySection(ctx: ComposeContext): string {
  const { p, missing } = ctx;
  const course = chronological(ctx.entriesOf('problem', 'procedure', 'letter')).map((e) =>
    entryLine(e, { titleOnly: e.kind === 'letter' }),
  );
  // The narrative of the course is the referrer's judgement; the page can only list its milestones.
  const narrative = `${p.label.course}: ${missing(p.placeholder.course)}`;
  return course.length ? `${bulletList(course)}\n\n${narrative}` : narrative;
}

export function findingsSection(ctx: ComposeContext): string {
  const findings = chronological(
    ctx.entriesOf('result', 'imaging', 'pathology', 'vital-sign', 'questionnaire', 'dental'),
  ).map((e) => entryLine(e));
  return findings.length ? bulletList(findings) : ctx.missing(ctx.p.placeholder.findings);
}

/** Treatment so far and its effect; the effect is always asked, since the giver needs it most. */
export function treatmentSection(ctx: ComposeContext): string {
  const { p, missing } = ctx;
  const fromHistory = ctx.shared
    .filter((c) => c.id === 'treatment-history')
    .flatMap((c) => c.items)
    .filter(ctx.allowed)
    .map((item) => oneLine(item));
  const plans = chronological(ctx.entriesOf('care-plan')).map((e) => entryLine(e));
  const treatments = [...fromHistory, ...plans];
  const list = treatments.length ? bulletList(treatments) : missing(p.placeholder.treatment);
  return `${list}\n\n${p.label.effect}: ${missing(p.placeholder.treatmentEffect)}`;
}

/** "Patient and carer concerns, expectations and wishes" (UK outpatient letter), quoted verbatim. */
export function patientWishesSection(ctx: ComposeContext): string {
  const { p, missing } = ctx;
  const words = ctx.input.patientWords
    .filter(ctx.allowed)
    .map((w) => oneLine(w, 500).replace(/^["“”„']+|["“”„']+$/g, ''))
    .filter((w) => w.length > 0);
  const goals = `${p.label.goals}: ${missing(p.placeholder.patientWishes)}`;
  if (!words.length) return goals;
  const label = ctx.input.representative ? p.ownWordsWithRepresentative : p.label.ownWords;
  return `${label}:\n${bulletList(words.map((w) => `"${w}"`))}\n\n${goals}`;
}

/**
 * Dossier summary linked to the BgZ: problems, medication, allergies and alerts, treatment
 * restrictions, social context. A list the patient did not consent to is marked as not shared (so no
 * one fills it in by hand); a list nobody selected stays a placeholder for the referrer to decide.
 */
export function summarySection(ctx: ComposeContext): string {
  const { p, missing } = ctx;
  const block = (label: string, categoryId: string, lines: string[], emptyLabel?: string): string | undefined => {
    if (lines.length) return `${label}:\n${bulletList(lines)}`;
    if (ctx.isWithheld(categoryId)) return `${label}: ${p.notShared}`;
    return emptyLabel ? `${label}: ${missing(emptyLabel)}` : undefined;
  };
  const lines = (kind: Parameters<ComposeContext['entriesOf']>[0]) =>
    ctx.entriesOf(kind).map((e) => entryLine(e));
  return [
    block(p.label.problems, 'problems', lines('problem'), p.placeholder.problems),
    block(p.label.medication, 'medication', lines('medication'), p.placeholder.medication),
    block(p.label.allergies, 'allergies', lines('allergy'), p.placeholder.allergies),
    block(p.label.restrictions, 'advance-directives', lines('advance-directive')),
    block(p.label.socialContext, 'social-history', lines('social-history')),
  ]
    .filter((b): b is string => !!b)
    .join('\n\n');
}
