import { z } from 'zod';
import type { DraftStore } from './draft-store';
import { StoreError, type StoreErrorCode } from './errors';

/**
 * The drafts store reached through a message channel. Browsers that block third-party storage (a
 * common hospital policy) deny IndexedDB to the sidebar frame, which sits inside the portal page; the
 * extension's background context is always first-party. So the store lives there and the sidebar
 * calls it through this small, validated request/response protocol. Transport-agnostic and pure.
 */
export const STORE_METHODS = [
  'findForPatient',
  'get',
  'create',
  'save',
  'saveAsNewRevision',
  'listRevisions',
  'restoreRevision',
  'audit',
  'listAudit',
  'listDrafts',
  'remove',
  'deleteAll',
  'exportAll',
  'importAll',
  'purgeExpired',
  'expiringSoon',
  'quarantined',
] as const satisfies ReadonlyArray<keyof DraftStore>;
export type StoreMethod = (typeof STORE_METHODS)[number];

/** Methods that change drafts; the host tells every open sidebar after one of them succeeds. */
export const MUTATING_METHODS: ReadonlySet<StoreMethod> = new Set([
  'create',
  'save',
  'saveAsNewRevision',
  'restoreRevision',
  'remove',
  'deleteAll',
  'importAll',
  'purgeExpired',
]);

// Dates cannot cross a JSON message channel; these methods take a Date as their first argument.
const DATE_FIRST_ARG: ReadonlySet<StoreMethod> = new Set(['purgeExpired', 'expiringSoon']);

export const StoreRequestSchema = z.object({
  type: z.literal('store'),
  method: z.enum(STORE_METHODS),
  args: z.array(z.unknown()).max(4),
});
export type StoreRequest = z.infer<typeof StoreRequestSchema>;

const ERROR_CODES = ['quota', 'unavailable', 'blocked', 'corrupt', 'unknown'] as const satisfies readonly StoreErrorCode[];
export const StoreResponseSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), code: z.enum(ERROR_CODES), message: z.string().max(500) }),
]);
export type StoreResponse = z.infer<typeof StoreResponseSchema>;

/** Runs one request against the real store. Never throws: malformed requests and failures become error responses. */
export async function handleStoreRequest(store: DraftStore, raw: unknown): Promise<StoreResponse> {
  const parsed = StoreRequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, code: 'unknown', message: 'Malformed store request' };
  return runStoreRequest(store, parsed.data);
}

/** Runs a request that has already been validated with StoreRequestSchema. */
export async function runStoreRequest(store: DraftStore, request: StoreRequest): Promise<StoreResponse> {
  const { method, args } = request;
  const callArgs = DATE_FIRST_ARG.has(method) ? [new Date(String(args[0])), ...args.slice(1)] : args;
  if (DATE_FIRST_ARG.has(method) && Number.isNaN((callArgs[0] as Date).getTime())) {
    return { ok: false, code: 'unknown', message: 'Invalid date' };
  }
  try {
    const fn = store[method] as (...a: unknown[]) => Promise<unknown>;
    const value = await fn.apply(store, callArgs);
    return { ok: true, value: value === undefined ? null : value };
  } catch (error) {
    // Codes and fixed texts only: a store error message never carries patient data across.
    const code: StoreErrorCode = error instanceof StoreError ? error.code : 'unknown';
    return { ok: false, code, message: error instanceof StoreError ? error.message.slice(0, 500) : 'Store operation failed' };
  }
}

/** A DraftStore whose every call is a request over `send`; errors come back as StoreError with their code. */
export function createRemoteStore(send: (request: StoreRequest) => Promise<unknown>): DraftStore {
  const call = async (method: StoreMethod, args: unknown[]): Promise<unknown> => {
    const wireArgs = DATE_FIRST_ARG.has(method) ? [(args[0] as Date).toISOString(), ...args.slice(1)] : args;
    let raw: unknown;
    try {
      raw = await send({ type: 'store', method, args: wireArgs });
    } catch (error) {
      throw new StoreError('unavailable', 'The extension background did not answer', { cause: error });
    }
    const response = StoreResponseSchema.safeParse(raw);
    if (!response.success) throw new StoreError('unavailable', 'No answer from the drafts store');
    if (!response.data.ok) throw new StoreError(response.data.code, response.data.message);
    return response.data.value === null ? undefined : response.data.value;
  };
  const remote = {} as Record<StoreMethod, (...args: unknown[]) => Promise<unknown>>;
  for (const method of STORE_METHODS) remote[method] = (...args: unknown[]) => call(method, args);
  return { ...(remote as unknown as DraftStore), close: () => undefined };
}
