import { z } from 'zod';

/**
 * The subset of FHIR R4 this export writes, as zod schemas: the builder's output is parsed with them
 * before it leaves, and the unit test additionally checks it against the full R4 StructureDefinitions.
 * Strict objects, so a misspelt element fails here rather than at the receiving system.
 */

const fhirDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
const fhirDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const uuidUrn = z.string().regex(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

export const CodingSchema = z.strictObject({
  system: z.string().min(1),
  code: z.string().min(1),
  display: z.string().min(1).optional(),
});
export const CodeableConceptSchema = z.strictObject({
  coding: z.array(CodingSchema).min(1).optional(),
  text: z.string().min(1).optional(),
});
export const IdentifierSchema = z.strictObject({
  system: z.string().min(1),
  value: z.string().min(1),
  type: CodeableConceptSchema.optional(),
});
export const ReferenceSchema = z.strictObject({ reference: uuidUrn, display: z.string().min(1).optional() });
const HumanNameSchema = z.strictObject({ text: z.string().min(1) });
const ContactPointSchema = z.strictObject({ system: z.literal('phone'), value: z.string().min(1) });
const AddressSchema = z.strictObject({ text: z.string().min(1) });

export const PatientSchema = z.strictObject({
  resourceType: z.literal('Patient'),
  identifier: z.array(IdentifierSchema).optional(),
  name: z.array(HumanNameSchema).optional(),
  gender: z.enum(['male', 'female', 'other', 'unknown']).optional(),
  birthDate: fhirDate.optional(),
});

export const PractitionerSchema = z
  .strictObject({
    resourceType: z.literal('Practitioner'),
    identifier: z.array(IdentifierSchema).optional(),
    name: z.array(HumanNameSchema).optional(),
    telecom: z.array(ContactPointSchema).optional(),
    address: z.array(AddressSchema).optional(),
  })
  .refine((p) => Object.keys(p).length > 1, 'An empty Practitioner tells the receiver nothing');

export const OrganizationSchema = z.strictObject({
  resourceType: z.literal('Organization'),
  name: z.string().min(1),
});

export const PractitionerRoleSchema = z.strictObject({
  resourceType: z.literal('PractitionerRole'),
  practitioner: ReferenceSchema.optional(),
  organization: ReferenceSchema.optional(),
  code: z.array(CodeableConceptSchema).optional(),
});

export const ServiceRequestSchema = z.strictObject({
  resourceType: z.literal('ServiceRequest'),
  status: z.enum(['draft', 'active']),
  intent: z.enum(['proposal', 'order']),
  priority: z.enum(['routine', 'urgent']),
  code: CodeableConceptSchema,
  subject: ReferenceSchema,
  authoredOn: fhirDateTime,
  requester: ReferenceSchema.optional(),
  performer: z.array(ReferenceSchema).min(1).optional(),
  reasonCode: z.array(CodeableConceptSchema).min(1),
  supportingInfo: z.array(ReferenceSchema).optional(),
  note: z.array(z.strictObject({ text: z.string().min(1) })).optional(),
});

export const ConsentSchema = z.strictObject({
  resourceType: z.literal('Consent'),
  status: z.enum(['active', 'rejected']),
  scope: CodeableConceptSchema,
  category: z.array(CodeableConceptSchema).min(1),
  patient: ReferenceSchema,
  dateTime: fhirDateTime,
  performer: z.array(ReferenceSchema).optional(),
  policy: z.array(z.strictObject({ uri: z.string().url() })).min(1),
  provision: z.strictObject({ type: z.enum(['permit', 'deny']), code: z.array(CodeableConceptSchema).min(1) }),
});

export const DocumentReferenceSchema = z.strictObject({
  resourceType: z.literal('DocumentReference'),
  status: z.literal('current'),
  docStatus: z.enum(['preliminary', 'final']),
  type: CodeableConceptSchema,
  subject: ReferenceSchema,
  date: fhirDateTime,
  author: z.array(ReferenceSchema).min(1).optional(),
  description: z.string().min(1),
  content: z
    .array(
      z.strictObject({
        attachment: z.strictObject({
          contentType: z.literal('text/plain; charset=utf-8'),
          language: z.enum(['nl', 'en']),
          data: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
          title: z.string().min(1),
          creation: fhirDateTime,
        }),
      }),
    )
    .length(1),
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
  entry: z.array(z.strictObject({ fullUrl: uuidUrn, resource: ResourceSchema })).min(1),
});
export type FhirBundle = z.infer<typeof BundleSchema>;
