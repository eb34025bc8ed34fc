import { formatDate } from '../../format';
import type { ComposeContext } from '../compose-context';
import { oneLine } from '../entry-lines';

/** Envelope (NHG/FMS): who the letter is about, from whom, to whom, when and how urgent. */
export function envelopeSection(ctx: ComposeContext): string {
  const { input, p, missing } = ctx;
  const lines: string[] = [];
  const patient = input.patient;
  const name = patient?.name.trim() ? oneLine(patient.name, 200) : missing(p.placeholder.patientName);
  const born = patient?.birthDate ? formatDate(patient.birthDate) : missing(p.placeholder.birthDate);
  const details = [ctx.age !== undefined ? p.yearsOld(ctx.age) : undefined, patient?.sex ? p.sex[patient.sex] : undefined]
    .filter((d): d is string => !!d)
    .join(', ');
  lines.push(`${p.label.patient}: ${name}, ${p.label.born} ${born}${details ? ` (${details})` : ''}`);
  for (const id of patient?.identifiers ?? []) {
    lines.push(`${id.label ? oneLine(id.label, 64) : p.identifier[id.system]}: ${oneLine(id.value, 64)}`);
  }
  if (!patient || patient.confidence === 'unsure') lines.push(missing(p.placeholder.confirmPatient));
  const representative = representativeLine(ctx);
  if (representative) lines.push(`${p.label.representative}: ${representative}`);

  const referrer = [
    input.referrer.name.trim() ? oneLine(input.referrer.name) : missing(p.placeholder.referrerName),
    input.referrer.organisation.trim() ? oneLine(input.referrer.organisation) : missing(p.placeholder.organisation),
  ].join(', ');
  lines.push(`${p.label.referrer}: ${referrer}`);
  const recipient = [input.recipient?.name, input.recipient?.organisation]
    .filter((part): part is string => !!part?.trim())
    .map((part) => oneLine(part))
    .join(', ');
  lines.push(`${p.label.recipient}: ${recipient || missing(p.placeholder.recipient)}`);
  lines.push(`${p.label.date}: ${formatDate(input.today)}`);
  lines.push(`${p.label.urgency}: ${p.urgency[input.urgency ?? 'routine']}`);
  return lines.join('\n');
}

/** A minor needs a legal representative (WGBO: parents decide under 12, together with the child 12–15). */
const AGE_OF_MEDICAL_CONSENT = 16;

const AGE_OF_SHARED_CONSENT = 12;

export function isMinor(ctx: ComposeContext): boolean {
  return ctx.age !== undefined && ctx.age < AGE_OF_MEDICAL_CONSENT;
}

/** Who decides (and so consents): the representative for a child under 12 or an adult they represent. */
export function decider(ctx: ComposeContext): 'patient' | 'representative' | 'both' {
  if (isMinor(ctx)) return (ctx.age ?? 0) < AGE_OF_SHARED_CONSENT ? 'representative' : 'both';
  return ctx.input.representative ? 'representative' : 'patient';
}

function representativeLine(ctx: ComposeContext): string | undefined {
  const rep = ctx.input.representative;
  if (rep) {
    const relation = oneLine(rep.relation, 100);
    return rep.name?.trim() ? `${oneLine(rep.name)} (${relation})` : relation;
  }
  return isMinor(ctx) ? ctx.missing(ctx.p.placeholder.representative) : undefined;
}

/** The core of a second-opinion request: that the patient asks for one, why, and precise questions. */
export function questionSection(ctx: ComposeContext): string {
  const { input, p, missing } = ctx;
  const why = input.question === 'unknown' ? missing(p.placeholder.reasonForRequest) : p.why[input.question];
  const rep = input.representative;
  const asks = rep ? p.representativeAsks(oneLine(rep.relation, 100), why) : p.patientAsks(why);
  const paragraphs = [p.salutation, asks];
  const who = decider(ctx);
  if (isMinor(ctx) && ctx.age !== undefined && who !== 'patient') paragraphs.push(p.minorDecides[who](ctx.age));
  const questions = p.questions[input.question](ctx.diagnosis);
  if (input.question === 'unknown') questions.unshift(missing(p.placeholder.ownQuestion));
  paragraphs.push([p.questionsIntro, ...questions.map((q, i) => `${i + 1}. ${q}`)].join('\n'));
  return paragraphs.join('\n\n');
}

export function reasonSection(ctx: ComposeContext): string {
  const { input, p, missing } = ctx;
  const reason = input.question === 'unknown' ? missing(p.placeholder.reasonForRequest) : p.reasonLine[input.question];
  return [
    `${p.label.workingDiagnosis}: ${ctx.diagnosis ?? missing(p.placeholder.workingDiagnosis)}`,
    `${p.label.reasonForReferral}: ${reason}`,
  ].join('\n');
}
