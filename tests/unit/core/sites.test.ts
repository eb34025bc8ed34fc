import { describe, expect, it } from 'vitest';
import { grantsPortalsPerSite, isBuiltInOrigin, isOriginEnabled, normaliseOrigin, originToMatchPattern, policyPortalPattern, scriptIdForOrigin } from '../../../lib/sites';

describe('sites', () => {
  it('normalises what a user types into an origin', () => {
    expect(normaliseOrigin('portal.example.nl')).toBe('https://portal.example.nl');
    expect(normaliseOrigin(' https://portal.example.nl/dossier?x=1 ')).toBe('https://portal.example.nl');
    expect(normaliseOrigin('http://intranet:8080/a')).toBe('http://intranet:8080');
  });

  it('refuses what is not a web address', () => {
    for (const bad of ['', 'javascript:alert(1)', 'file:///etc/passwd', 'ftp://x.nl', 'https://user:pw@x.nl', 'https://']) {
      expect(normaliseOrigin(bad), bad).toBeUndefined();
    }
  });

  it('builds match patterns without ports', () => {
    expect(originToMatchPattern('https://portal.example.nl:8443')).toBe('https://portal.example.nl/*');
    expect(scriptIdForOrigin('https://portal.example.nl')).toBe('portal:https://portal.example.nl/*');
  });

  it('knows the built-in demo origins and nothing more', () => {
    expect(isBuiltInOrigin('http://127.0.0.1:5175')).toBe(true);
    expect(isBuiltInOrigin('http://localhost')).toBe(true);
    expect(isBuiltInOrigin('https://localhost.evil.nl')).toBe(false);
    expect(isBuiltInOrigin('not a url')).toBe(false);
  });

  it('enables only what the user enabled', () => {
    expect(isOriginEnabled('https://a.nl', ['https://a.nl'])).toBe(true);
    expect(isOriginEnabled('https://b.nl', ['https://a.nl'])).toBe(false);
    expect(isOriginEnabled('http://a.nl', ['https://a.nl'])).toBe(false);
  });
});

describe('policyPortalPattern', () => {
  it('turns origins and host patterns into match patterns', () => {
    expect(policyPortalPattern('https://portaal.ziekenhuis.nl')).toBe('https://portaal.ziekenhuis.nl/*');
    expect(policyPortalPattern(' https://Portaal.Ziekenhuis.nl/ ')).toBe('https://portaal.ziekenhuis.nl/*');
    expect(policyPortalPattern('https://portaal.ziekenhuis.nl:8443/*')).toBe('https://portaal.ziekenhuis.nl/*');
    expect(policyPortalPattern('http://*.ziekenhuis.nl/*')).toBe('http://*.ziekenhuis.nl/*');
    expect(policyPortalPattern('http://intranet/*')).toBe('http://intranet/*');
  });

  it('refuses anything broader than a host, other schemes, paths and credentials', () => {
    for (const bad of ['<all_urls>', '*://*/*', 'https://*/*', 'https://*.nl/*', 'https://*.10.0.0.1/*', 'ftp://files.example.nl/*', 'javascript:alert(1)', 'https://a.example.nl/dossier/*', 'https://user:pw@a.example.nl/*', 'https://a.example.nl/?x=1', '', 'portaal.ziekenhuis.nl']) {
      expect(policyPortalPattern(bad), bad).toBeUndefined();
    }
  });

  it('tells a build that grants portals per site from one that holds every web host from install', () => {
    // The demo build (loopback built in) and the store build (nothing at install) grant portals per site.
    expect(grantsPortalsPerSite({ host_permissions: ['http://localhost/*', 'http://127.0.0.1/*'], optional_host_permissions: ['https://*/*', 'http://*/*'] })).toBe(true);
    expect(grantsPortalsPerSite({ host_permissions: [], optional_host_permissions: ['https://*/*', 'http://*/*'] })).toBe(true);
    // The organisation build: every web host required, none optional.
    expect(grantsPortalsPerSite({ host_permissions: ['https://*/*', 'http://*/*'] })).toBe(false);
    expect(grantsPortalsPerSite({ host_permissions: ['https://*/*', 'http://*/*'], optional_host_permissions: [] })).toBe(false);
    expect(grantsPortalsPerSite({ manifest_version: 2, permissions: ['https://*/*'] })).toBe(false);
  });
});
