import type { PortalEntry } from './managed-policy';
import { PORTAL_SCRIPT_PREFIX, scriptIdForPattern } from './sites';

/**
 * When the portal script starts: at the document's start, where it only listens until the portal has
 * loaded (see the content script). Registrations made with another start are made again.
 */
export const PORTAL_SCRIPT_RUN_AT = 'document_start';

/** A content-script registration as the browser lists it. */
export interface Registration {
  id: string;
  runAt?: string;
}

export interface PortalScriptPlan {
  /** Registered portal scripts that must go: their portal is no longer enabled, or its access went. */
  unregister: string[];
  /** Portals that need the content script and do not have it yet. */
  register: Array<{ id: string; pattern: string }>;
}

/**
 * What to change so that the content script runs on exactly the enabled portals (the policy's and,
 * where the policy allows, the user's: `portalPatterns`) whose host access is held — never on any other
 * page. This is the extension's own fence: a build that holds every host from install (the
 * organisation build) still runs only there, and with no policy only on what the user enabled.
 * Registrations that are not the portal script's are left alone; a portal script registered by an
 * earlier version with another start is registered again.
 */
export function planPortalScripts(entries: readonly PortalEntry[], hasAccess: (pattern: string) => boolean, registrations: readonly Registration[]): PortalScriptPlan {
  const wanted = new Map<string, string>();
  for (const { pattern } of entries) if (hasAccess(pattern)) wanted.set(scriptIdForPattern(pattern), pattern);
  const ours = registrations.filter((r) => r.id.startsWith(PORTAL_SCRIPT_PREFIX));
  // A registration counts as in place only with the current start; one with another start goes and comes back.
  const current = new Set(ours.filter((r) => r.runAt === PORTAL_SCRIPT_RUN_AT).map((r) => r.id));
  return {
    unregister: ours.filter((r) => !wanted.has(r.id) || !current.has(r.id)).map((r) => r.id),
    register: [...wanted].filter(([id]) => !current.has(id)).map(([id, pattern]) => ({ id, pattern })),
  };
}
