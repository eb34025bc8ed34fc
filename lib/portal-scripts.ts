import type { PortalEntry } from './managed-policy';
import { PORTAL_SCRIPT_PREFIX, scriptIdForPattern } from './sites';

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
 * Registrations that are not the portal script's are left alone.
 */
export function planPortalScripts(entries: readonly PortalEntry[], hasAccess: (pattern: string) => boolean, registeredIds: readonly string[]): PortalScriptPlan {
  const wanted = new Map<string, string>();
  for (const { pattern } of entries) if (hasAccess(pattern)) wanted.set(scriptIdForPattern(pattern), pattern);
  const registered = new Set(registeredIds);
  return {
    unregister: registeredIds.filter((id) => id.startsWith(PORTAL_SCRIPT_PREFIX) && !wanted.has(id)),
    register: [...wanted].filter(([id]) => !registered.has(id)).map(([id, pattern]) => ({ id, pattern })),
  };
}
