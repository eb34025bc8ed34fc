import { genericAdapter } from './generic';
import { medplumAdapter } from './medplum';
import type { PortalAdapter } from './types';

/**
 * Every reader in one place: dedicated adapters only for published third-party UIs (see
 * docs/adapters.md), the generic reader last as the main road for every other portal.
 */
export const ADAPTERS: PortalAdapter[] = [medplumAdapter, genericAdapter];

/** The first adapter that recognises the page; the generic one when none does. */
export function pickAdapter(url: URL, doc: Document): PortalAdapter {
  for (const adapter of ADAPTERS) {
    if (adapter === genericAdapter) continue;
    try {
      if (adapter.matches(url, doc)) return adapter;
    } catch {
      // A page built to break one adapter's check must not keep the others from running.
    }
  }
  return genericAdapter;
}
