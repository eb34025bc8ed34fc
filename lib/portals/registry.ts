import { clinicSpaAdapter } from './clinic-spa';
import { dentalAdapter } from './dental';
import { genericAdapter } from './generic';
import { gpAdapter } from './gp';
import { hospitalAdapter } from './hospital';
import { medplumAdapter } from './medplum';
import type { PortalAdapter } from './types';

/** Every adapter in one place: portal-specific ones first, the generic reader last as the fallback. */
// Adapters that recognise their portal by one marker element come first; Medplum's check looks for
// component structure across the page, which costs more on a huge record, so it runs after them.
export const ADAPTERS: PortalAdapter[] = [
  hospitalAdapter,
  gpAdapter,
  dentalAdapter,
  clinicSpaAdapter,
  medplumAdapter,
  genericAdapter,
];

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
