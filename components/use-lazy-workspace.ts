import { useEffect, useState } from 'preact/hooks';
import type { ReferralWorkspace } from './ReferralWorkspace';

/**
 * Categories, letter and exports load after the first paint: the patient and the flag show as soon as
 * the sidebar opens, without waiting for the composer, the catalogue and their schemas.
 */
export function useReferralWorkspace(): typeof ReferralWorkspace | null {
  const [component, setComponent] = useState<typeof ReferralWorkspace | null>(null);
  useEffect(() => {
    let cancelled = false;
    void import('./ReferralWorkspace').then((module) => {
      if (!cancelled) setComponent(() => module.ReferralWorkspace);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return component;
}
