import * as z from 'zod/mini';
import type { DraftStore } from './draft-store';
import type { StoreErrorCode } from './errors';
import { AuditActionSchema, AuditEntrySchema, DraftSchema, DraftSummarySchema, ExportFileSchema, NewDraftSchema, RevisionSchema } from './schemas';

/**
 * What crosses the channel between the extension pages (sidebars, the options page) and the drafts store
 * in the background: one request and one answer schema per store method, and the one change event.
 * Browsers that block third-party storage (a common hospital policy) deny IndexedDB to the sidebar frame,
 * which sits inside the portal page; the background is always first-party, so the store lives there.
 */

const IdSchema = z.string().check(z.minLength(1), z.maxLength(100));
const DaysSchema = z.int().check(z.minimum(0), z.maximum(36_500));
/** Dates cannot cross a JSON message channel: they travel as ISO strings and arrive as Dates. */
const WireDateSchema = z.pipe(
  z.iso.datetime({ offset: true }),
  z.transform((iso) => new Date(iso)),
);

const SaveResultSchema = z.union([z.object({ ok: z.literal(true), draft: DraftSchema }), z.object({ ok: z.literal(false), conflict: DraftSchema })]);
const ImportResultSchema = z.union([
  z.object({ ok: z.literal(true), imported: z.int(), skipped: z.int(), keptNewer: z.array(IdSchema) }),
  z.object({ ok: z.literal(false), message: z.string().check(z.maxLength(2000)) }),
]);
const QuarantinedSchema = z.object({ key: z.string().check(z.maxLength(400)), error: z.string().check(z.maxLength(2000)), at: z.string().check(z.maxLength(40)) });
const Nothing = z.void();

/** Per method: the arguments as they travel (parsed by the store host) and the result (parsed by the caller). */
const CALLS = {
  findForPatient: { args: z.tuple([z.string().check(z.minLength(1), z.maxLength(128))]), result: z.optional(DraftSchema) },
  get: { args: z.tuple([IdSchema]), result: z.optional(DraftSchema) },
  create: { args: z.tuple([NewDraftSchema]), result: DraftSchema },
  save: { args: z.tuple([DraftSchema]), result: SaveResultSchema },
  saveAsNewRevision: { args: z.tuple([DraftSchema]), result: DraftSchema },
  listRevisions: { args: z.tuple([IdSchema]), result: z.array(RevisionSchema) },
  restoreRevision: { args: z.tuple([IdSchema, z.int().check(z.minimum(1))]), result: DraftSchema },
  audit: {
    args: z.tuple([
      IdSchema,
      z.object({
        action: AuditActionSchema,
        categories: z.optional(z.array(z.string().check(z.maxLength(60))).check(z.maxLength(200))),
        detail: z.optional(z.string().check(z.maxLength(500))),
      }),
    ]),
    result: Nothing,
  },
  listAudit: { args: z.tuple([IdSchema]), result: z.array(AuditEntrySchema) },
  listDrafts: {
    args: z.tuple([z.optional(z.object({ query: z.optional(z.string().check(z.maxLength(200))), limit: z.optional(z.int().check(z.minimum(1), z.maximum(100_000))) }))]),
    result: z.array(DraftSummarySchema),
  },
  remove: { args: z.tuple([IdSchema]), result: Nothing },
  deleteAll: { args: z.tuple([]), result: Nothing },
  exportAll: { args: z.tuple([]), result: ExportFileSchema },
  // The store checks an import file as a whole itself, and says what is wrong with it.
  importAll: { args: z.tuple([z.unknown()]), result: ImportResultSchema },
  purgeExpired: { args: z.tuple([WireDateSchema, DaysSchema]), result: z.array(DraftSummarySchema) },
  expiringSoon: { args: z.tuple([WireDateSchema, DaysSchema, z.optional(DaysSchema)]), result: z.array(DraftSummarySchema) },
  quarantined: { args: z.tuple([]), result: z.array(QuarantinedSchema) },
} satisfies { [M in keyof Omit<DraftStore, 'close' | 'rekeyPatient'>]: { args: z.ZodMiniType; result: z.ZodMiniType } };

export type StoreMethod = keyof typeof CALLS;
type Calls = typeof CALLS;
/** A method's arguments as they travel, and as the store receives them. */
export type WireArgs<M extends StoreMethod> = z.input<Calls[M]['args']>;
export type StoreArgs<M extends StoreMethod> = z.output<Calls[M]['args']>;
/** A method's result as the store hands it over, and as the caller receives it after checking. */
export type WireResult<M extends StoreMethod> = z.input<Calls[M]['result']>;
export type StoreResult<M extends StoreMethod> = z.output<Calls[M]['result']>;

/** The table typed per method, so code generic over the method keeps each method's own types. */
export const STORE_CALLS: {
  [M in StoreMethod]: { args: z.ZodMiniType<StoreArgs<M>, WireArgs<M>>; result: z.ZodMiniType<StoreResult<M>, WireResult<M>> };
} = CALLS;

export function isStoreMethod(name: unknown): name is StoreMethod {
  return typeof name === 'string' && Object.hasOwn(CALLS, name);
}

/** The envelope; the method is checked with isStoreMethod, then the arguments against its own schema. */
export const StoreRequestSchema = z.object({
  type: z.literal('store'),
  method: z.string().check(z.maxLength(40)),
  args: z.array(z.unknown()).check(z.maxLength(4)),
});

const ERROR_CODES = ['quota', 'unavailable', 'blocked', 'corrupt', 'unknown'] as const satisfies readonly StoreErrorCode[];
/** The answer's envelope; `value` is checked against the method's result schema by the caller. */
export const StoreResponseSchema = z.union([
  // A method without a result answers without `value`: the channel drops undefined.
  z.object({ ok: z.literal(true), value: z.optional(z.unknown()) }),
  z.object({ ok: z.literal(false), code: z.enum(ERROR_CODES), message: z.string().check(z.maxLength(500)) }),
]);
export type StoreResponse = z.infer<typeof StoreResponseSchema>;

/** A draft was saved or deleted, by any page of the extension. Ids and revisions only, never patient data. */
export const DraftChangeSchema = z.object({
  type: z.enum(['draft-saved', 'draft-deleted']),
  id: IdSchema,
  revision: z.optional(z.int().check(z.minimum(1))),
});
export type DraftChange = z.infer<typeof DraftChangeSchema>;

/** The change event as the store host tells it to every open extension page. */
export const DraftChangeMessageSchema = z.object({ type: z.literal('draft-change'), change: DraftChangeSchema });
export type DraftChangeMessage = z.infer<typeof DraftChangeMessageSchema>;
