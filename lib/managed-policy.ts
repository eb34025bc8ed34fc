import * as z from 'zod/mini';
import { DefaultRecipientSchema, MAX_DEFAULT_RECIPIENTS, type DefaultRecipient } from './default-recipients';
import { RETENTION_BOUNDS, type Settings } from './settings';
import { originToMatchPattern, policyPortalPattern } from './sites';

/**
 * Settings an organisation's IT sets by browser policy (Chrome/Edge: `3rdparty` extension policy,
 * declared in public/managed-schema.json; Firefox: `3rdparty` in policies.json). They reach the
 * extension as the read-only `storage.managed` area and win over the user's own settings.
 * Chrome checks values against the manifest's schema itself; Firefox passes anything through, so every
 * key is validated here again, one by one: a malformed value is dropped with a warning, never a crash.
 */
export const MAX_POLICY_PORTALS = 200;

const VALUE_SCHEMAS = {
  organisationName: z.string().check(z.trim(), z.maxLength(200)),
  organisationAddress: z.string().check(z.trim(), z.maxLength(400)),
  organisationAgbCode: z.string().check(z.trim(), z.regex(/^\d{8}$/)),
  defaultLetterLanguage: z.enum(['nl', 'en']),
  retentionDays: z.int().check(z.minimum(RETENTION_BOUNDS.min), z.maximum(RETENTION_BOUNDS.max)),
  allowUserPortals: z.boolean(),
};

/** Every key the policy may hold, in the order the options page and the docs list them. */
export const MANAGED_KEYS = [
  'enabledPortals',
  'allowUserPortals',
  'organisationName',
  'organisationAddress',
  'organisationAgbCode',
  'defaultLetterLanguage',
  'retentionDays',
  'defaultRecipients',
] as const;
export type ManagedKey = (typeof MANAGED_KEYS)[number];

export type ManagedPolicy = Partial<{ [K in keyof typeof VALUE_SCHEMAS]: z.infer<(typeof VALUE_SCHEMAS)[K]> }> & {
  /** Match patterns (`https://portaal.ziekenhuis.nl/*`) of the portals the organisation enables. */
  enabledPortals?: string[];
  defaultRecipients?: DefaultRecipient[];
};

export interface PolicyWarning {
  key: string;
  problem: 'unknown-key' | 'invalid-value' | 'invalid-item' | 'too-many';
  /** Position of the rejected entry in a list value (0-based). */
  index?: number;
}

export interface ParsedPolicy {
  policy: ManagedPolicy;
  warnings: PolicyWarning[];
}

function parseList<T>(key: ManagedKey, raw: unknown, max: number, parseItem: (item: unknown) => T | undefined, warnings: PolicyWarning[]): T[] | undefined {
  if (!Array.isArray(raw)) {
    warnings.push({ key, problem: 'invalid-value' });
    return undefined;
  }
  if (raw.length > max) warnings.push({ key, problem: 'too-many' });
  const items: T[] = [];
  raw.slice(0, max).forEach((item, index) => {
    const parsed = parseItem(item);
    if (parsed === undefined) warnings.push({ key, problem: 'invalid-item', index });
    else items.push(parsed);
  });
  return items;
}

/** Validates what `storage.managed.get()` returned, key by key; unknown keys are reported and ignored. */
export function parseManagedPolicy(raw: unknown): ParsedPolicy {
  const warnings: PolicyWarning[] = [];
  const policy: ManagedPolicy = {};
  if (raw === undefined || raw === null) return { policy, warnings };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { policy, warnings: [{ key: '*', problem: 'invalid-value' }] };
  const values = raw as Record<string, unknown>;
  for (const key of Object.keys(values)) {
    if (!(MANAGED_KEYS as readonly string[]).includes(key)) warnings.push({ key, problem: 'unknown-key' });
  }
  if (values.enabledPortals !== undefined) {
    const portals = parseList('enabledPortals', values.enabledPortals, MAX_POLICY_PORTALS, (item) => (typeof item === 'string' ? policyPortalPattern(item) : undefined), warnings);
    if (portals) policy.enabledPortals = [...new Set(portals)];
  }
  if (values.defaultRecipients !== undefined) {
    const recipients = parseList('defaultRecipients', values.defaultRecipients, MAX_DEFAULT_RECIPIENTS, (item) => {
      const parsed = z.safeParse(DefaultRecipientSchema, item);
      return parsed.success ? parsed.data : undefined;
    }, warnings);
    if (recipients) policy.defaultRecipients = recipients;
  }
  for (const key of Object.keys(VALUE_SCHEMAS) as Array<keyof typeof VALUE_SCHEMAS>) {
    if (values[key] === undefined) continue;
    const parsed = z.safeParse(VALUE_SCHEMAS[key] as z.ZodMiniType, values[key]);
    if (parsed.success) (policy as Record<string, unknown>)[key] = parsed.data;
    else warnings.push({ key, problem: 'invalid-value' });
  }
  return { policy, warnings };
}

/** Settings fields a policy can lock, named as the options page shows them. */
export type LockableField = 'organisation' | 'address' | 'organisationAgbCode' | 'letterLanguage' | 'retentionDays' | 'defaultRecipients' | 'userPortals';

export function lockedFields(policy: ManagedPolicy): Set<LockableField> {
  const locked = new Set<LockableField>();
  if (policy.organisationName !== undefined) locked.add('organisation');
  if (policy.organisationAddress !== undefined) locked.add('address');
  if (policy.organisationAgbCode !== undefined) locked.add('organisationAgbCode');
  if (policy.defaultLetterLanguage !== undefined) locked.add('letterLanguage');
  if (policy.retentionDays !== undefined) locked.add('retentionDays');
  if (policy.defaultRecipients !== undefined) locked.add('defaultRecipients');
  if (policy.allowUserPortals === false) locked.add('userPortals');
  return locked;
}

/**
 * The settings every part of the extension works with: the user's own, with each value the policy
 * sets put in its place. The user's own portals drop out when the policy does not allow them; the
 * policy's portals are kept apart (see `portalPatterns`), as they are patterns, not origins.
 */
export function applyManagedPolicy(own: Settings, policy: ManagedPolicy): Settings {
  return {
    ...own,
    profile: {
      ...own.profile,
      organisation: policy.organisationName ?? own.profile.organisation,
      address: policy.organisationAddress ?? own.profile.address,
      organisationAgbCode: policy.organisationAgbCode ?? own.profile.organisationAgbCode,
    },
    enabledOrigins: policy.allowUserPortals === false ? [] : own.enabledOrigins,
    retentionDays: policy.retentionDays ?? own.retentionDays,
    letterLanguage: policy.defaultLetterLanguage ?? own.letterLanguage,
    defaultRecipients: policy.defaultRecipients ?? own.defaultRecipients,
  };
}

/**
 * What is stored as the user's own after an edit in the options page: the edited settings, except
 * that a locked field keeps the user's earlier value. So the policy's values never end up in the
 * user's storage, and removing the policy brings back exactly what the user had.
 */
export function keepOwnWhereLocked(own: Settings, edited: Settings, policy: ManagedPolicy): Settings {
  const locked = lockedFields(policy);
  return {
    ...edited,
    profile: {
      ...edited.profile,
      organisation: locked.has('organisation') ? own.profile.organisation : edited.profile.organisation,
      address: locked.has('address') ? own.profile.address : edited.profile.address,
      organisationAgbCode: locked.has('organisationAgbCode') ? own.profile.organisationAgbCode : edited.profile.organisationAgbCode,
    },
    enabledOrigins: locked.has('userPortals') ? own.enabledOrigins : edited.enabledOrigins,
    retentionDays: locked.has('retentionDays') ? own.retentionDays : edited.retentionDays,
    letterLanguage: locked.has('letterLanguage') ? own.letterLanguage : edited.letterLanguage,
    defaultRecipients: locked.has('defaultRecipients') ? own.defaultRecipients : edited.defaultRecipients,
  };
}

export interface PortalEntry {
  pattern: string;
  source: 'policy' | 'user';
}

/** Every portal the content script should run on (when its host access is granted), policy first, no duplicates. */
export function portalPatterns(own: Settings, policy: ManagedPolicy): PortalEntry[] {
  const entries = new Map<string, PortalEntry>();
  for (const pattern of policy.enabledPortals ?? []) entries.set(pattern, { pattern, source: 'policy' });
  if (policy.allowUserPortals !== false) {
    for (const origin of own.enabledOrigins) {
      const pattern = safeMatchPattern(origin);
      if (pattern && !entries.has(pattern)) entries.set(pattern, { pattern, source: 'user' });
    }
  }
  return [...entries.values()];
}

function safeMatchPattern(origin: string): string | undefined {
  try {
    return originToMatchPattern(origin);
  } catch {
    return undefined;
  }
}

/** Whether a page origin falls under one of the policy's portal patterns. */
export function isPolicyPortal(origin: string, policy: ManagedPolicy): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (policy.enabledPortals ?? []).some((pattern) => {
    const [scheme, rest] = pattern.split('://') as [string, string];
    const host = rest.slice(0, -2);
    if (`${scheme}:` !== url.protocol) return false;
    return host.startsWith('*.') ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host;
  });
}
