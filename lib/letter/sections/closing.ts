import type { ComposeContext } from '../compose-context';
import { bulletList, oneLine } from '../entry-lines';
import { decider, isMinor } from './opening';

/** Enclosed data: only categories shared with consent, each with its items. */
export function enclosuresSection(ctx: ComposeContext): string {
  const { p } = ctx;
  if (!ctx.shared.length) return `${p.noEnclosures}`;
  const blocks = ctx.shared.map((category) => {
    const label = oneLine(category.label, 200) + (category.sensitive ? ` (${p.sensitiveConsent})` : '');
    const items = category.items.filter(ctx.allowed).map((item) => oneLine(item));
    return items.length ? `- ${label}\n${bulletList(items, '  ')}` : `- ${label}`;
  });
  return [p.enclosuresIntro, ...blocks].join('\n') + `\n\n${p.secureChannel}`;
}

/**
 * Who receives the report (GUIDE section 3): the requester, the referrer and the GP; the treating
 * clinician when they referred, and after self-referral only with the patient's explicit consent.
 * For a minor the legal representative receives it: instead of the child under 12, with the child
 * from 12 to 15 (WGBO).
 */
function reportRecipients(ctx: ComposeContext, withReferrer: boolean): string[] {
  const { input, p, missing } = ctx;
  const recipients: string[] = [];
  const rep = input.representative;
  // A child under 12 does not decide; the report goes to whoever does (WGBO).
  if (!(isMinor(ctx) && decider(ctx) === 'representative')) recipients.push(p.recipients.patient);
  if (rep) recipients.push(p.recipients.representative(oneLine(rep.relation, 100)));
  else if (isMinor(ctx)) recipients.push(missing(p.placeholder.representative));
  const referrerName = input.referrer.name.trim();
  if (withReferrer) recipients.push(referrerName ? `${p.recipients.referrer} (${oneLine(referrerName)})` : p.recipients.referrer);
  const gp = input.gpName?.trim();
  // When the referrer is the GP, naming them twice would suggest two copies to two people.
  if (!gp || gp !== referrerName) recipients.push(`${p.recipients.gp} (${gp ? oneLine(gp) : missing(p.placeholder.gpName)})`);
  if (input.reporting.selfReferred && input.reporting.informTreatingClinicianConsent === 'given') {
    recipients.push(p.recipients.treating);
  }
  return recipients;
}

export function arrangementsSection(ctx: ComposeContext): string {
  const { input, p, missing } = ctx;
  const paragraphs = [p.noTakeover, p.reportTo(reportRecipients(ctx, true))];
  if (input.reporting.selfReferred) {
    const consent = input.reporting.informTreatingClinicianConsent;
    if (consent === 'given') paragraphs.push(p.selfReferredConsent);
    else if (consent === 'refused') paragraphs.push(p.selfReferredRefused);
    else paragraphs.push(`${p.selfReferredUnknown} ${missing(p.placeholder.informTreating)}`);
  }
  if (ctx.shared.length) {
    paragraphs.push(p.consentStatement(p.consentLead[decider(ctx)], ctx.shared.map((c) => oneLine(c.label, 200))));
  }
  return paragraphs.join('\n\n');
}

/** Person completing the record and distribution list (UK outpatient-letter mandatory headings). */
export function authorSection(ctx: ComposeContext): string {
  const { input, p, missing } = ctx;
  const r = input.referrer;
  const lines = [
    p.closing,
    '',
    r.name.trim() ? oneLine(r.name) : missing(p.placeholder.referrerName),
    r.role.trim() ? oneLine(r.role) : missing(p.placeholder.referrerRole),
    r.organisation.trim() ? oneLine(r.organisation) : missing(p.placeholder.organisation),
  ];
  if (r.address?.trim()) lines.push(oneLine(r.address));
  if (r.phone?.trim()) lines.push(`${p.label.phone} ${oneLine(r.phone, 60)}`);
  if (r.agbCode?.trim()) lines.push(`AGB ${oneLine(r.agbCode, 20)}`);
  lines.push('', `${p.label.distribution}: ${reportRecipients(ctx, false).join(', ')}`);
  return lines.join('\n');
}
