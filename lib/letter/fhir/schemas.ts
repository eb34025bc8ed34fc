import * as z from 'zod/mini';

/**
 * The subset of FHIR R4 this export writes, as zod schemas: the builder's output is parsed with them
 * before it leaves, and the unit test additionally checks it against the full R4 StructureDefinitions.
 * Strict objects, so a misspelt element fails here rather than at the receiving system.
 */

const nonEmpty = z.string().check(z.minLength(1));
const fhirDateTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/));
const fhirDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const uuidUrn = z.string().check(z.regex(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/));

export const CodingSchema = z.strictObject({
  system: nonEmpty,
  code: nonEmpty,
  display: z.optional(nonEmpty),
});
export const CodeableConceptSchema = z.strictObject({
  coding: z.optional(z.array(CodingSchema).check(z.minLength(1))),
  text: z.optional(nonEmpty),
});
export const IdentifierSchema = z.strictObject({
  system: nonEmpty,
  value: nonEmpty,
  type: z.optional(CodeableConceptSchema),
});
export const ReferenceSchema = z.strictObject({ reference: uuidUrn, display: z.optional(nonEmpty) });
const HumanNameSchema = z.strictObject({ text: nonEmpty });
const ContactPointSchema = z.strictObject({ system: z.literal('phone'), value: nonEmpty });
const AddressSchema = z.strictObject({ text: nonEmpty });

export const PatientSchema = z.strictObject({
  resourceType: z.literal('Patient'),
  identifier: z.optional(z.array(IdentifierSchema)),
  name: z.optional(z.array(HumanNameSchema)),
  gender: z.optional(z.enum(['male', 'female', 'other', 'unknown'])),
  birthDate: z.optional(fhirDate),
});

export const PractitionerSchema = z
  .strictObject({
    resourceType: z.literal('Practitioner'),
    identifier: z.optional(z.array(IdentifierSchema)),
    name: z.optional(z.array(HumanNameSchema)),
    telecom: z.optional(z.array(ContactPointSchema)),
    address: z.optional(z.array(AddressSchema)),
  })
  .check(z.refine((p) => Object.keys(p).length > 1, 'An empty Practitioner tells the receiver nothing'));

export const OrganizationSchema = z.strictObject({
  resourceType: z.literal('Organization'),
  name: nonEmpty,
});

export const PractitionerRoleSchema = z.strictObject({
  resourceType: z.literal('PractitionerRole'),
  practitioner: z.optional(ReferenceSchema),
  organization: z.optional(ReferenceSchema),
  code: z.optional(z.array(CodeableConceptSchema)),
});

export const ServiceRequestSchema = z.strictObject({
  resourceType: z.literal('ServiceRequest'),
  status: z.enum(['draft', 'active']),
  intent: z.enum(['proposal', 'order']),
  priority: z.enum(['routine', 'urgent']),
  code: CodeableConceptSchema,
  subject: ReferenceSchema,
  authoredOn: fhirDateTime,
  requester: z.optional(ReferenceSchema),
  performer: z.optional(z.array(ReferenceSchema).check(z.minLength(1))),
  reasonCode: z.array(CodeableConceptSchema).check(z.minLength(1)),
  supportingInfo: z.optional(z.array(ReferenceSchema)),
  note: z.optional(z.array(z.strictObject({ text: nonEmpty }))),
});

export const ConsentSchema = z.strictObject({
  resourceType: z.literal('Consent'),
  status: z.enum(['active', 'rejected']),
  scope: CodeableConceptSchema,
  category: z.array(CodeableConceptSchema).check(z.minLength(1)),
  patient: ReferenceSchema,
  dateTime: fhirDateTime,
  performer: z.optional(z.array(ReferenceSchema)),
  policy: z.array(z.strictObject({ uri: z.url() })).check(z.minLength(1)),
  provision: z.strictObject({ type: z.enum(['permit', 'deny']), code: z.array(CodeableConceptSchema).check(z.minLength(1)) }),
});

export const DocumentReferenceSchema = z.strictObject({
  resourceType: z.literal('DocumentReference'),
  status: z.literal('current'),
  docStatus: z.enum(['preliminary', 'final']),
  type: CodeableConceptSchema,
  subject: ReferenceSchema,
  date: fhirDateTime,
  author: z.optional(z.array(ReferenceSchema).check(z.minLength(1))),
  description: nonEmpty,
  content: z
    .array(
      z.strictObject({
        attachment: z.strictObject({
          contentType: z.literal('text/plain; charset=utf-8'),
          language: z.enum(['nl', 'en']),
          data: z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
          title: nonEmpty,
          creation: fhirDateTime,
        }),
      }),
    )
    .check(z.length(1)),
});

export const ResourceSchema = z.discriminatedUnion('resourceType', [
  PatientSchema,
  PractitionerSchema,
  OrganizationSchema,
  PractitionerRoleSchema,
  ServiceRequestSchema,
  ConsentSchema,
  DocumentReferenceSchema,
]);
export type FhirResource = z.infer<typeof ResourceSchema>;

export const BundleSchema = z.strictObject({
  resourceType: z.literal('Bundle'),
  type: z.literal('collection'),
  timestamp: fhirDateTime,
  entry: z.array(z.strictObject({ fullUrl: uuidUrn, resource: ResourceSchema })).check(z.minLength(1)),
});
export type FhirBundle = z.infer<typeof BundleSchema>;
