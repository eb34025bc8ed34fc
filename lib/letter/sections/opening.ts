import { formatDate } from '../../format';
import type { ComposeContext } from '../compose-context';
import { oneLine } from '../entry-lines';
import { deliberation } from '../record/voices';

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

/** The core of a second-opinion request: that the patient asks for one (or weighs it), why, and precise questions. */
export function questionSection(ctx: ComposeContext): string {
  const { input, p, r } = ctx;
  const why = whyLine(ctx);
  const rep = input.representative;
  const texts = ctx.voices.map((v) => v.text);
  let asks: string;
  if (rep) asks = p.representativeAsks(oneLine(rep.relation, 100), why);
  else if (ctx.considering) asks = r.considers(why, deliberation(texts, input.lang, input.patient?.sex));
  else asks = p.patientAsks(why);
  const paragraphs = [p.salutation, asks];
  const who = decider(ctx);
  if (isMinor(ctx) && ctx.age !== undefined && who !== 'patient') paragraphs.push(p.minorDecides[who](ctx.age));
  paragraphs.push([p.questionsIntro, ...questionList(ctx).map((q, i) => `${i + 1}. ${q}`)].join('\n'));
  return paragraphs.join('\n\n');
}

/** The precise question first (condition and proposal from the record), then the template's others. */
function questionList(ctx: ComposeContext): string[] {
  const { input, p, r, missing, focus, template } = ctx;
  const first = focus ? r.focusQuestion(template, input.question, focus) : undefined;
  if (template === 'dental') return [first ?? missing(p.placeholder.ownQuestion), ...r.dentalQuestions];
  if (template === 'mental-health') {
    const opening = first ?? p.questions['stalled-treatment'](ctx.diagnosis)[0]!;
    return [opening, ...r.mentalQuestions];
  }
  const standard = p.questions[input.question](first ? undefined : ctx.diagnosis);
  // Without a type and without a proposal in the record, only the referrer can say what is asked.
  const own = input.question === 'unknown' && !focus?.proposal ? [missing(p.placeholder.ownQuestion)] : [];
  if (!first) return [...own, ...standard];
  // The precise question replaces the generic first one, and already asks what the second would.
  const rest = standard.slice(1).filter((q) => !(/niet-operatieve|non-surgical/.test(first) && /niet-operatieve|non-surgical/.test(q)));
  return [...own, first, ...rest];
}

function whyLine(ctx: ComposeContext): string {
  const { input, p, r, missing, focus, template } = ctx;
  if (template === 'dental') return r.dentalWhy;
  if (focus?.proposal && template === 'medical') return r.whyProposal(focus.proposal);
  return input.question === 'unknown' ? missing(p.placeholder.reasonForRequest) : p.why[input.question];
}

export function reasonSection(ctx: ComposeContext): string {
  const { input, p, r, missing, focus } = ctx;
  const topic = ctx.template === 'dental' ? r.reasonTopic.dental : input.question === 'unknown' ? undefined : r.reasonTopic[input.question];
  const who = ctx.considering ? r.reasonConsidering : r.reasonRequested;
  const reason = topic ? `${topic}, ${who}` : missing(p.placeholder.reasonForRequest);
  const diagnosis = focus?.diagnosis ? upperFirst(focus.diagnosis) : ctx.diagnosis;
  return [
    `${p.label.workingDiagnosis}: ${diagnosis ?? missing(p.placeholder.workingDiagnosis)}`,
    `${p.label.reasonForReferral}: ${reason}`,
  ].join('\n');
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
