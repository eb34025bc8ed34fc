import { describe, expect, it } from 'vitest';
import { portalPatterns, type ManagedPolicy } from '../../../lib/managed-policy';
import { planPortalScripts, PORTAL_SCRIPT_RUN_AT } from '../../../lib/portal-scripts';
import { parseSettings } from '../../../lib/settings';

const own = parseSettings({ enabledOrigins: ['https://eigen-portaal.example.nl', 'http://intranet.example.nl:8080'] });
const noUserPortals = parseSettings({});
const policy: ManagedPolicy = { enabledPortals: ['https://portaal.ziekenhuis.example/*', 'https://*.ziekenhuis.example/*'] };
/** The organisation build: every host is held from install. */
const holdsAll = () => true;
const registeredPatterns = (plan: ReturnType<typeof planPortalScripts>) => plan.register.map((r) => r.pattern);

describe('planPortalScripts: where the content script is registered', () => {
  it('with every host held, registers only the policy portals and, where allowed, the user portals', () => {
    const plan = planPortalScripts(portalPatterns(own, policy), holdsAll, []);
    expect(registeredPatterns(plan)).toEqual([
      'https://portaal.ziekenhuis.example/*',
      'https://*.ziekenhuis.example/*',
      'https://eigen-portaal.example.nl/*',
      'http://intranet.example.nl/*',
    ]);
    expect(plan.register.map((r) => r.id)).toContain('portal:https://portaal.ziekenhuis.example/*');
    expect(plan.unregister).toEqual([]);
  });

  it('with every host held, never registers a pattern for all pages', () => {
    for (const [settings, managed] of [[own, policy], [own, {}], [noUserPortals, {}], [own, { ...policy, allowUserPortals: false }]] as const) {
      for (const pattern of registeredPatterns(planPortalScripts(portalPatterns(settings, managed), holdsAll, []))) {
        expect(pattern).toMatch(/^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
      }
    }
  });

  it('without a policy runs only where the user enabled, and nowhere for a user who enabled nothing', () => {
    expect(registeredPatterns(planPortalScripts(portalPatterns(own, {}), holdsAll, []))).toEqual(['https://eigen-portaal.example.nl/*', 'http://intranet.example.nl/*']);
    expect(planPortalScripts(portalPatterns(noUserPortals, {}), holdsAll, [])).toEqual({ unregister: [], register: [] });
  });

  it('leaves the user portals out when the policy does not allow them', () => {
    expect(registeredPatterns(planPortalScripts(portalPatterns(own, { ...policy, allowUserPortals: false }), holdsAll, []))).toEqual([
      'https://portaal.ziekenhuis.example/*',
      'https://*.ziekenhuis.example/*',
    ]);
  });

  it('skips a portal whose host access is not granted (the per-site builds)', () => {
    const granted = new Set(['https://eigen-portaal.example.nl/*']);
    expect(registeredPatterns(planPortalScripts(portalPatterns(own, policy), (p) => granted.has(p), []))).toEqual(['https://eigen-portaal.example.nl/*']);
  });

  it('unregisters what is no longer enabled, keeps what is, and leaves registrations of others alone', () => {
    const registered = ['portal:https://portaal.ziekenhuis.example/*', 'portal:https://oud-portaal.example.nl/*', 'something-else'].map((id) => ({ id, runAt: PORTAL_SCRIPT_RUN_AT }));
    const plan = planPortalScripts(portalPatterns(noUserPortals, { enabledPortals: ['https://portaal.ziekenhuis.example/*'] }), holdsAll, registered);
    expect(plan).toEqual({ unregister: ['portal:https://oud-portaal.example.nl/*'], register: [] });
    // The policy goes away: its portal's script goes with it.
    expect(planPortalScripts(portalPatterns(noUserPortals, {}), holdsAll, registered).unregister).toEqual([
      'portal:https://portaal.ziekenhuis.example/*',
      'portal:https://oud-portaal.example.nl/*',
    ]);
  });

  it('registers again a portal script an earlier version registered with another start, and only that one', () => {
    const registered = [
      { id: 'portal:https://portaal.ziekenhuis.example/*', runAt: 'document_idle' },
      { id: 'portal:https://b.ziekenhuis.example/*', runAt: PORTAL_SCRIPT_RUN_AT },
      { id: 'something-else', runAt: 'document_idle' },
    ];
    const plan = planPortalScripts(portalPatterns(noUserPortals, { enabledPortals: ['https://portaal.ziekenhuis.example/*', 'https://b.ziekenhuis.example/*'] }), holdsAll, registered);
    expect(plan.unregister).toEqual(['portal:https://portaal.ziekenhuis.example/*']);
    expect(plan.register).toEqual([{ id: 'portal:https://portaal.ziekenhuis.example/*', pattern: 'https://portaal.ziekenhuis.example/*' }]);
  });
});
