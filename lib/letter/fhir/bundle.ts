import { applyConsent } from '../consent-filter';
import { workingDiagnosis } from '../entry-lines';
import { phrasesFor } from '../phrases';
import { recordPhrasesFor } from '../phrases-record';
import { toPlainText } from '../compose';
import type { EnclosedCategory, Letter, LetterInput } from '../schemas';
import { utf8ToBase64 } from './base64';
import { BundleSchema, type FhirBundle, type FhirResource } from './schemas';
import { normalizeSpace } from '../../text';

/**
 * FHIR R4 export of a second-opinion request.
 *
 * Bundle type `collection`, not `document`: a FHIR document is an attested, immutable clinical
 * document that must start with a Composition and carry a Bundle identifier; our letter is the
 * clinician's editable text carried as a DocumentReference, next to the resources a receiving system
 * needs to file the request (patient, requester, request, consents). A `transaction` would instead
 * instruct the receiver's server to write, which is not ours to decide. A collection is exactly "a set
 * of resources collected into a single package for ease of distribution".
 */
export interface FhirExportOptions {
  /** ISO date-time with zone, e.g. 2025-06-02T10:15:00+02:00. */
  now: string;
  /** UUID generator; tests pass a deterministic one. */
  ids?: () => string;
  /**
   * A refused *sensitive* category is left out of the Bundle by default: a rejected Consent for "HIV"
   * would itself tell the receiver what the patient chose not to share.
   */
  includeSensitiveRefusals?: boolean;
}

export const FHIR_SYSTEMS = {
  bsn: 'http://fhir.nl/fhir/NamingSystem/bsn',
  agb: 'http://fhir.nl/fhir/NamingSystem/agb-z',
  loinc: 'http://loinc.org',
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  /** Our own catalogue ids (problems, imaging, mental-health, …). */
  dataCategory: 'urn:second-opinion-sidebar:data-category',
  /**
   * Patient numbers a portal shows (hospital number, practice number, …) have no national naming system;
   * each kind gets a stable local URI so every identifier carries a system, as FHIR asks.
   */
  patientNumber: 'urn:second-opinion-sidebar:patient-number',
  /**
   * The rule a Consent records a decision under: the WGBO (Dutch Civil Code 7:457), under which the
   * patient's data go to someone outside the treatment only with the patient's consent. No code of
   * HL7's consentpolicycodes names it, so it is given as Consent.policy.uri (R4 asks for a policy or a
   * policyRule, ppc-1).
   */
  wgboConsentPolicy: 'https://wetten.overheid.nl/BWBR0005290/#Boek7_Titeldeel7_Afdeling5_Artikel457',
} as const;

/** LOINC 57133-1 "Referral note"; LOINC 59284-0 "Patient Consent". */
const REFERRAL_NOTE = '57133-1';
const PATIENT_CONSENT = '59284-0';

function defaultIds(): string {
  return globalThis.crypto.randomUUID();
}

function nonEmpty(text: string | undefined): string | undefined {
  const trimmed = normalizeSpace(text ?? '');
  return trimmed ? trimmed : undefined;
}

export function toFhirBundle(input: LetterInput, letter: Letter, opts: FhirExportOptions): FhirBundle {
  const nextId = opts.ids ?? defaultIds;
  const entries: Array<{ fullUrl: string; resource: FhirResource }> = [];
  const add = (resource: FhirResource): string => {
    const fullUrl = `urn:uuid:${nextId()}`;
    entries.push({ fullUrl, resource });
    return fullUrl;
  };
  const p = phrasesFor(letter.lang);
  const finished = letter.placeholders.length === 0;

  const patient = input.patient;
  const patientName = nonEmpty(patient?.name);
  const patientUrl = add({
    resourceType: 'Patient',
    ...(patient?.identifiers.length
      ? {
          identifier: patient.identifiers.map((id) =>
            id.system === 'bsn'
              ? { system: FHIR_SYSTEMS.bsn, value: id.value }
              : { system: `${FHIR_SYSTEMS.patientNumber}:${id.system}`, value: id.value, type: { text: id.label ?? p.identifier[id.system] } },
          ),
        }
      : {}),
    ...(patientName ? { name: [{ text: patientName }] } : {}),
    ...(patient?.sex ? { gender: patient.sex } : {}),
    ...(patient?.birthDate ? { birthDate: patient.birthDate } : {}),
  });
  const patientRef = { reference: patientUrl, ...(patientName ? { display: patientName } : {}) };

  const referrerRef = addReferrer(input, add);

  const performer = addPerformer(input, add);

  const letterText = toPlainText(letter);
  const documentUrl = add({
    resourceType: 'DocumentReference',
    status: 'current',
    // Open placeholders mean the clinician has not finished the letter.
    docStatus: finished ? 'final' : 'preliminary',
    type: { coding: [{ system: FHIR_SYSTEMS.loinc, code: REFERRAL_NOTE }], text: p.title },
    subject: patientRef,
    date: opts.now,
    ...(referrerRef ? { author: [referrerRef] } : {}),
    description: p.title,
    content: [
      {
        attachment: {
          contentType: 'text/plain; charset=utf-8',
          language: letter.lang,
          data: utf8ToBase64(letterText),
          title: p.title,
          creation: opts.now,
        },
      },
    ],
  });

  const view = applyConsent(input.categories, input.entries);
  const diagnosis = workingDiagnosis(view.entries.filter((e) => e.kind === 'problem'));
  const questionText = nonEmpty(letter.sections.find((s) => s.id === 'question')?.text);
  const withheld = withheldNote(input, letter.lang);
  const notes = [...(questionText ? [{ text: questionText }] : []), ...(withheld ? [{ text: withheld }] : [])];
  add({
    resourceType: 'ServiceRequest',
    status: finished ? 'active' : 'draft',
    // A referral the referrer signs and sends for the giver to act on: an order, not a mere proposal.
    intent: 'order',
    priority: input.urgency ?? 'routine',
    code: { text: 'Second opinion' },
    subject: patientRef,
    authoredOn: opts.now,
    ...(referrerRef ? { requester: referrerRef } : {}),
    ...(performer ? { performer: [performer] } : {}),
    reasonCode: [
      { text: input.question === 'unknown' ? 'Second opinion' : p.reasonLine[input.question] },
      ...(diagnosis ? [{ text: diagnosis }] : []),
    ],
    supportingInfo: [{ reference: documentUrl }],
    ...(notes.length ? { note: notes } : {}),
  });

  for (const category of input.categories) {
    if (!shouldRecordConsent(category, opts)) continue;
    const permit = category.consent === 'given';
    add({
      resourceType: 'Consent',
      status: permit ? 'active' : 'rejected',
      scope: { coding: [{ system: FHIR_SYSTEMS.consentScope, code: 'patient-privacy' }] },
      category: [{ coding: [{ system: FHIR_SYSTEMS.loinc, code: PATIENT_CONSENT }] }],
      patient: patientRef,
      dateTime: opts.now,
      performer: [patientRef],
      policy: [{ uri: FHIR_SYSTEMS.wgboConsentPolicy }],
      provision: {
        type: permit ? 'permit' : 'deny',
        code: [
          {
            coding: [{ system: FHIR_SYSTEMS.dataCategory, code: category.id }],
            ...(nonEmpty(category.label) ? { text: nonEmpty(category.label)! } : {}),
          },
        ],
      },
    });
  }

  return BundleSchema.parse({ resourceType: 'Bundle', type: 'collection', timestamp: opts.now, entry: entries });
}

/**
 * The data the giver will not receive, and why: every category the clinician selected without the
 * patient's consent, refused or not yet asked (the letter names them the same way). A sensitive
 * category is named by its kind only, as in the letter.
 */
function withheldNote(input: LetterInput, lang: Letter['lang']): string | undefined {
  const r = recordPhrasesFor(lang);
  const lines = input.categories
    .filter((c) => c.consent !== 'given' && !c.guardOnly)
    .map((c) => `${c.sensitive ? r.sensitiveWithheld : c.label}: ${c.consent === 'refused' ? r.notShared.refused : r.notShared.unknown}`);
  return lines.length ? `${r.notSharedHeading}: ${[...new Set(lines)].join('; ')}` : undefined;
}

/** Only recorded answers become Consents; an unanswered question ("unknown") is no consent decision. */
function shouldRecordConsent(category: EnclosedCategory, opts: FhirExportOptions): boolean {
  if (category.consent === 'given') return true;
  if (category.consent === 'refused') return !category.sensitive || !!opts.includeSensitiveRefusals;
  return false;
}

/**
 * The referrer from the clinician profile in the options page: a Practitioner when a person is known
 * (name, AGB code, phone or address), else their Organization when only that is filled in, else nothing.
 * An empty resource tells the receiver nothing and a reference to it only suggests a known requester.
 */
function addReferrer(input: LetterInput, add: (resource: FhirResource) => string): { reference: string; display?: string } | undefined {
  const referrer = input.referrer;
  const name = nonEmpty(referrer.name);
  const agb = nonEmpty(referrer.agbCode);
  const phone = nonEmpty(referrer.phone);
  const address = nonEmpty(referrer.address);
  if (name || agb || phone || address) {
    const url = add({
      resourceType: 'Practitioner',
      ...(agb ? { identifier: [{ system: FHIR_SYSTEMS.agb, value: agb }] } : {}),
      ...(name ? { name: [{ text: name }] } : {}),
      ...(phone ? { telecom: [{ system: 'phone' as const, value: phone }] } : {}),
      ...(address ? { address: [{ text: address }] } : {}),
    });
    return { reference: url, ...(name ? { display: name } : {}) };
  }
  const organisation = nonEmpty(referrer.organisation);
  if (organisation) return { reference: add({ resourceType: 'Organization', name: organisation }), display: organisation };
  return undefined;
}

/** The second-opinion giver when known: a clinician, a centre, or the clinician at the centre. */
function addPerformer(
  input: LetterInput,
  add: (resource: FhirResource) => string,
): { reference: string; display?: string } | undefined {
  const name = nonEmpty(input.recipient?.name);
  const organisation = nonEmpty(input.recipient?.organisation);
  const practitioner = name ? add({ resourceType: 'Practitioner', name: [{ text: name }] }) : undefined;
  const org = organisation ? add({ resourceType: 'Organization', name: organisation }) : undefined;
  if (practitioner && org) {
    const role = add({
      resourceType: 'PractitionerRole',
      practitioner: { reference: practitioner, display: name! },
      organization: { reference: org, display: organisation! },
    });
    return { reference: role, display: `${name}, ${organisation}` };
  }
  if (practitioner) return { reference: practitioner, display: name! };
  if (org) return { reference: org, display: organisation! };
  return undefined;
}
