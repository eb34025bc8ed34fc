/**
 * Which pages the extension may run on. In the demo build (`npm start`, the tests) the demo portal on
 * loopback is enabled out of the box; any other portal only after the user grants that origin
 * (optional host permission). The store build (`wxt --mode store`, `npm run zip`) has no built-in
 * portal at all: loopback too is enabled per site like any other.
 */
export const BUILT_IN_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'] as const;

// Set by wxt.config.ts (vite `define`) in the built code; undefined where Node or the unit tests read this file.
declare const __SO_STORE_BUILD__: boolean | undefined;
const STORE_BUILD = typeof __SO_STORE_BUILD__ !== 'undefined' && __SO_STORE_BUILD__;
const BUILT_IN_HOSTS = new Set(STORE_BUILD ? [] : ['localhost', '127.0.0.1']);

/** The origin of a portal address the user typed, or undefined when it is not an http(s) address. */
export function normaliseOrigin(input: string): string | undefined {
  const trimmed = input.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!url.hostname || url.username || url.password) return undefined;
  return url.origin;
}

/** Match pattern for an origin; ports are not part of match patterns, so one pattern covers a host. */
export function originToMatchPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

export function isBuiltInOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && BUILT_IN_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

export function isOriginEnabled(origin: string, enabledOrigins: readonly string[]): boolean {
  if (isBuiltInOrigin(origin)) return true;
  const pattern = safePattern(origin);
  return !!pattern && enabledOrigins.some((o) => safePattern(o) === pattern);
}

function safePattern(origin: string): string | undefined {
  try {
    return originToMatchPattern(origin);
  } catch {
    return undefined;
  }
}

/** Id under which an enabled origin's content script is registered with the scripting API. */
export function scriptIdForOrigin(origin: string): string {
  return scriptIdForPattern(originToMatchPattern(origin));
}

/** Prefix of the ids under which the background registers the portal content script. */
export const PORTAL_SCRIPT_PREFIX = 'portal:';

export function scriptIdForPattern(pattern: string): string {
  return `${PORTAL_SCRIPT_PREFIX}${pattern}`;
}

/**
 * Whether the build grants portals one by one: their hosts are optional host permissions the user
 * allows and may give back. The organisation build has none: it holds every web host from install
 * (required `host_permissions`, fenced by the organisation's policy), so a portal needs no grant and
 * there is none to give back — Chrome refuses to remove a required permission.
 */
export function grantsPortalsPerSite(manifest: object): boolean {
  const optional = (manifest as { optional_host_permissions?: unknown }).optional_host_permissions;
  return Array.isArray(optional) && optional.length > 0;
}

const POLICY_PORTAL = /^(https?):\/\/(\*\.)?([^/*:?#@\s]+)(?::\d{1,5})?(?:\/\*?)?$/i;

/**
 * The match pattern for a portal an organisation's policy enables: an http(s) origin, optionally with
 * `/*` and a `*.` subdomain wildcard (`https://*.ziekenhuis.nl/*`). Paths are not accepted (host access
 * is granted per host anyway); ports are dropped as in `originToMatchPattern`. A wildcard must leave at
 * least two labels, so no policy can open a whole top-level domain.
 */
export function policyPortalPattern(input: string): string | undefined {
  const match = POLICY_PORTAL.exec(input.trim());
  if (!match) return undefined;
  const [, scheme, wildcard, host] = match as unknown as [string, string, string | undefined, string];
  let hostname: string;
  try {
    hostname = new URL(`${scheme.toLowerCase()}://${host}`).hostname;
  } catch {
    return undefined;
  }
  const isAddress = hostname.startsWith('[') || /^[\d.]+$/.test(hostname);
  if (!hostname || (wildcard && (!hostname.includes('.') || isAddress))) return undefined;
  return `${scheme.toLowerCase()}://${wildcard ? '*.' : ''}${hostname}/*`;
}
