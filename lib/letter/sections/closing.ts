import type { ComposeContext } from '../compose-context';
import { bulletList, oneLine } from '../entry-lines';
import { referrerIsDentist } from '../record/people';
import { decider, isMinor } from './opening';

/**
 * Enclosed data: only categories shared with consent, each with its items; then every category the
 * clinician selected that is not shared, and why (refused, or consent not yet asked), so the giver
 * knows what is missing and nobody reads an absence as "nothing there". A sensitive category is
 * named by its kind only: its own name ("HIV") would tell what the patient withheld.
 */
export function enclosuresSection(ctx: ComposeContext): string {
  const { p } = ctx;
  const withheld = withheldBlock(ctx);
  if (!ctx.shared.length) return [p.noEnclosures, withheld].filter(Boolean).join('\n\n');
  const blocks = ctx.shared.map((category) => {
    const label = oneLine(category.label, 200) + (category.sensitive ? ` (${p.sensitiveConsent})` : '');
    const items = category.items.filter(ctx.allowed).map((item) => oneLine(item));
    return items.length ? `- ${label}\n${bulletList(items, '  ')}` : `- ${label}`;
  });
  return [[p.enclosuresIntro, ...blocks].join('\n'), withheld, p.secureChannel].filter(Boolean).join('\n\n');
}

function withheldBlock(ctx: ComposeContext): string | undefined {
  const { r } = ctx;
  if (!ctx.withheld.length) return undefined;
  const lines = ctx.withheld.map((c) => {
    const label = c.sensitive ? r.sensitiveWithheld : oneLine(c.label, 200);
    return `${label}: ${c.consent === 'refused' ? r.notShared.refused : r.notShared.unknown}`;
  });
  return `${r.notSharedHeading}:\n${bulletList([...new Set(lines)])}`;
}

/**
 * Who receives the report (GUIDE section 3). Medical: the requester, the referrer and the GP, the
 * GP once when the GP referred. Mental health (the expertise centre): the client, the referrer and
 * the GP. Dental (the dental association): the patient and the treating dentist, not the GP. The
 * treating clinician after self-referral only with the patient's explicit consent. For a minor the
 * legal representative receives it: instead of the child under 12, with the child from 12 to 15 (WGBO).
 */
function reportRecipients(ctx: ComposeContext, withReferrer: boolean): string[] {
  const { input, p, r, missing } = ctx;
  const recipients: string[] = [];
  const rep = input.representative;
  if (!(isMinor(ctx) && decider(ctx) === 'representative')) recipients.push(ctx.template === 'mental-health' ? r.recipients.client : p.recipients.patient);
  if (rep) recipients.push(p.recipients.representative(oneLine(rep.relation, 100)));
  else if (isMinor(ctx)) recipients.push(missing(p.placeholder.representative));
  const referrerName = input.referrer.name.trim();
  const named = (role: string, name: string | undefined, fallback: string) => `${role} (${name ? oneLine(name) : missing(fallback)})`;
  if (ctx.template === 'dental') {
    // The referring dentist is the treating one and the letter's author: named in the report's route, not copied to themselves.
    if (referrerIsDentist(input.referrer)) {
      if (withReferrer) recipients.push(named(r.recipients.referringDentist, referrerName, p.placeholder.referrerName));
    } else {
      if (withReferrer) recipients.push(named(p.recipients.referrer, referrerName, p.placeholder.referrerName));
      recipients.push(named(r.recipients.treatingDentist, undefined, r.placeholder.treatingDentist));
    }
  } else if (ctx.referrerIsGp) {
    // The GP referred: the report goes to the GP once; the GP, as the author, is not copied to themselves.
    if (withReferrer) recipients.push(named(r.recipients.gpReferrer, referrerName || input.gpName?.trim(), p.placeholder.gpName));
  } else {
    if (withReferrer) recipients.push(referrerName ? `${p.recipients.referrer} (${oneLine(referrerName)})` : p.recipients.referrer);
    recipients.push(named(p.recipients.gp, input.gpName?.trim(), p.placeholder.gpName));
  }
  if (input.reporting.selfReferred && input.reporting.informTreatingClinicianConsent === 'given') {
    recipients.push(p.recipients.treating);
  }
  return recipients;
}

export function arrangementsSection(ctx: ComposeContext): string {
  const { input, p, r, missing } = ctx;
  const paragraphs = [p.noTakeover];
  if (ctx.template === 'dental') paragraphs.push(r.knmt);
  if (ctx.template === 'mental-health') paragraphs.push(r.relativeInvited);
  paragraphs.push(p.reportTo(reportRecipients(ctx, true)));
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
