import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROUTING_CHANNELS } from '../../../lib/default-recipients';
import { applyManagedPolicy, isPolicyPortal, keepOwnWhereLocked, lockedFields, MANAGED_KEYS, MAX_POLICY_PORTALS, parseManagedPolicy, portalPatterns } from '../../../lib/managed-policy';
import { parseSettings } from '../../../lib/settings';

const own = parseSettings({
  language: 'nl',
  profile: { name: 'dr. E. Voorbeeld', organisation: 'Eigen praktijk', address: 'Dorpsstraat 1', organisationAgbCode: '11111111' },
  enabledOrigins: ['https://eigen-portaal.example.nl'],
  retentionDays: 45,
});

const fullPolicy = {
  enabledPortals: ['https://portaal.rijnoever.example/*', 'https://*.rijnoever.example'],
  allowUserPortals: false,
  organisationName: 'Ziekenhuis Rijnoever',
  organisationAddress: 'Rivierweg 10, 1234 AB Rijnstad',
  organisationAgbCode: '06012345',
  defaultLetterLanguage: 'en',
  retentionDays: 14,
  defaultRecipients: [{ name: 'Tweede Mening Centrum', address: 'Laan 5, Utrecht', routing: 'zorgmail', routingAddress: 'tmc@zorgmail.example' }],
};

describe('parseManagedPolicy', () => {
  it('accepts a complete, valid policy without warnings', () => {
    const { policy, warnings } = parseManagedPolicy(fullPolicy);
    expect(warnings).toEqual([]);
    expect(policy.enabledPortals).toEqual(['https://portaal.rijnoever.example/*', 'https://*.rijnoever.example/*']);
    expect(policy).toMatchObject({ allowUserPortals: false, organisationName: 'Ziekenhuis Rijnoever', organisationAgbCode: '06012345', defaultLetterLanguage: 'en', retentionDays: 14 });
    expect(policy.defaultRecipients).toEqual([fullPolicy.defaultRecipients[0]]);
  });

  it('means "no policy" for nothing at all', () => {
    expect(parseManagedPolicy(undefined)).toEqual({ policy: {}, warnings: [] });
    expect(parseManagedPolicy(null)).toEqual({ policy: {}, warnings: [] });
    expect(parseManagedPolicy({})).toEqual({ policy: {}, warnings: [] });
  });

  it('ignores each malformed value on its own, with a warning naming it, and keeps the rest', () => {
    const { policy, warnings } = parseManagedPolicy({
      ...fullPolicy,
      retentionDays: 0,
      organisationAgbCode: '12AB',
      defaultLetterLanguage: 'de',
      allowUserPortals: 'no',
      organisationName: 42,
    });
    expect(warnings.map((w) => `${w.key}:${w.problem}`).sort()).toEqual(
      ['allowUserPortals', 'defaultLetterLanguage', 'organisationAgbCode', 'organisationName', 'retentionDays'].map((k) => `${k}:invalid-value`),
    );
    expect(policy.retentionDays).toBeUndefined();
    expect(policy.organisationName).toBeUndefined();
    expect(policy.enabledPortals).toHaveLength(2);
    expect(policy.organisationAddress).toBe(fullPolicy.organisationAddress);
  });

  it('bounds retention to 1 to 3650 days', () => {
    expect(parseManagedPolicy({ retentionDays: 1 }).policy.retentionDays).toBe(1);
    expect(parseManagedPolicy({ retentionDays: 3650 }).policy.retentionDays).toBe(3650);
    for (const bad of [3651, -1, 7.5, '14', Number.NaN]) expect(parseManagedPolicy({ retentionDays: bad }).policy.retentionDays, String(bad)).toBeUndefined();
  });

  it('drops a bad entry of a list, not the whole list', () => {
    const { policy, warnings } = parseManagedPolicy({
      enabledPortals: ['https://goed.example.nl', 'javascript:alert(1)', '<all_urls>', 'https://*.nl/*', 'https://pad.example.nl/dossier/*', 7],
      defaultRecipients: [{ name: 'Centrum A', routing: 'post' }, { name: '', routing: 'post' }, { name: 'Centrum B', routing: 'fax' }],
    });
    expect(policy.enabledPortals).toEqual(['https://goed.example.nl/*']);
    expect(policy.defaultRecipients).toEqual([{ name: 'Centrum A', address: '', routing: 'post', routingAddress: '' }]);
    expect(warnings.filter((w) => w.key === 'enabledPortals').map((w) => w.index)).toEqual([1, 2, 3, 4, 5]);
    expect(warnings.filter((w) => w.key === 'defaultRecipients').map((w) => w.index)).toEqual([1, 2]);
    expect(warnings.every((w) => w.problem === 'invalid-item')).toBe(true);
  });

  it('warns about a list that is not a list, an over-long list and unknown keys', () => {
    const many = Array.from({ length: MAX_POLICY_PORTALS + 5 }, (_, i) => `https://p${i}.example.nl`);
    const { policy, warnings } = parseManagedPolicy({ enabledPortals: many, defaultRecipients: 'Centrum A', retentionDay: 7 });
    expect(policy.enabledPortals).toHaveLength(MAX_POLICY_PORTALS);
    expect(warnings).toContainEqual({ key: 'enabledPortals', problem: 'too-many' });
    expect(warnings).toContainEqual({ key: 'defaultRecipients', problem: 'invalid-value' });
    expect(warnings).toContainEqual({ key: 'retentionDay', problem: 'unknown-key' });
  });

  it('never throws on junk', () => {
    for (const junk of ['policy', 42, [1, 2], { enabledPortals: { a: 1 } }, { defaultRecipients: [null, [], 'x'] }, Object.create(null)]) {
      expect(() => parseManagedPolicy(junk)).not.toThrow();
    }
    expect(parseManagedPolicy('policy').warnings).toEqual([{ key: '*', problem: 'invalid-value' }]);
  });
});

describe('merging the policy over the user settings', () => {
  const { policy } = parseManagedPolicy(fullPolicy);

  it('lets every policy value win and keeps the user values it does not set', () => {
    const merged = applyManagedPolicy(own, policy);
    expect(merged.profile).toMatchObject({ name: 'dr. E. Voorbeeld', organisation: 'Ziekenhuis Rijnoever', address: 'Rivierweg 10, 1234 AB Rijnstad', organisationAgbCode: '06012345' });
    expect(merged.language).toBe('nl');
    expect(merged.retentionDays).toBe(14);
    expect(merged.letterLanguage).toBe('en');
    expect(merged.defaultRecipients).toHaveLength(1);
    // Users may not enable portals of their own under this policy.
    expect(merged.enabledOrigins).toEqual([]);
  });

  it('changes nothing without a policy', () => {
    expect(applyManagedPolicy(own, {})).toEqual(own);
    expect(lockedFields({}).size).toBe(0);
  });

  it('locks exactly the fields the policy sets', () => {
    expect([...lockedFields({ retentionDays: 7, organisationName: 'X' })].sort()).toEqual(['organisation', 'retentionDays']);
    expect(lockedFields({ allowUserPortals: true }).has('userPortals')).toBe(false);
    expect(lockedFields({ allowUserPortals: false }).has('userPortals')).toBe(true);
  });

  it('never stores a policy value as the user own: an edit keeps the user value of locked fields', () => {
    const shown = applyManagedPolicy(own, policy);
    const edited = { ...shown, language: 'en' as const, profile: { ...shown.profile, name: 'dr. F. Nieuw' } };
    const stored = keepOwnWhereLocked(own, edited, policy);
    expect(stored.language).toBe('en');
    expect(stored.profile.name).toBe('dr. F. Nieuw');
    expect(stored.profile.organisation).toBe('Eigen praktijk');
    expect(stored.profile.organisationAgbCode).toBe('11111111');
    expect(stored.retentionDays).toBe(45);
    expect(stored.letterLanguage).toBe('auto');
    expect(stored.enabledOrigins).toEqual(['https://eigen-portaal.example.nl']);
    expect(stored.defaultRecipients).toEqual([]);
    // Without the policy the user gets back exactly what they had, plus their own edits.
    expect(applyManagedPolicy(stored, {})).toEqual({ ...own, language: 'en', profile: { ...own.profile, name: 'dr. F. Nieuw' } });
  });

  it('lists policy portals and, where allowed, the user portals as match patterns', () => {
    expect(portalPatterns(own, policy)).toEqual([
      { pattern: 'https://portaal.rijnoever.example/*', source: 'policy' },
      { pattern: 'https://*.rijnoever.example/*', source: 'policy' },
    ]);
    expect(portalPatterns(own, { enabledPortals: ['https://eigen-portaal.example.nl/*', 'https://b.example.nl/*'] })).toEqual([
      { pattern: 'https://eigen-portaal.example.nl/*', source: 'policy' },
      { pattern: 'https://b.example.nl/*', source: 'policy' },
    ]);
    expect(portalPatterns(own, {})).toEqual([{ pattern: 'https://eigen-portaal.example.nl/*', source: 'user' }]);
  });

  it('tells whether a page origin is a policy portal, wildcards included', () => {
    expect(isPolicyPortal('https://portaal.rijnoever.example', policy)).toBe(true);
    expect(isPolicyPortal('https://ok.rijnoever.example:8443', policy)).toBe(true);
    expect(isPolicyPortal('https://rijnoever.example', policy)).toBe(true);
    expect(isPolicyPortal('https://nietrijnoever.example', policy)).toBe(false);
    expect(isPolicyPortal('http://portaal.rijnoever.example', policy)).toBe(false);
    expect(isPolicyPortal('not a url', policy)).toBe(false);
  });
});

describe('the schema shipped for Chrome and Edge', () => {
  const schema = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as {
    type: string;
    properties: Record<string, { type: string; enum?: string[]; minimum?: number; maximum?: number; items?: { type: string; properties?: Record<string, { type: string; enum?: string[] }> } }>;
  };

  it('declares exactly the keys the extension reads, with their types', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual([...MANAGED_KEYS]);
    const types = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, v.type]));
    expect(types).toEqual({
      enabledPortals: 'array',
      allowUserPortals: 'boolean',
      organisationName: 'string',
      organisationAddress: 'string',
      organisationAgbCode: 'string',
      defaultLetterLanguage: 'string',
      retentionDays: 'integer',
      defaultRecipients: 'array',
    });
  });

  it('states the same bounds and choices as the validation', () => {
    expect([schema.properties.retentionDays!.minimum, schema.properties.retentionDays!.maximum]).toEqual([1, 3650]);
    expect(schema.properties.defaultLetterLanguage!.enum).toEqual(['nl', 'en']);
    const recipient = schema.properties.defaultRecipients!.items!;
    expect(Object.keys(recipient.properties!)).toEqual(['name', 'address', 'routing', 'routingAddress']);
    expect(recipient.properties!.routing!.enum).toEqual([...ROUTING_CHANNELS]);
  });

  it('accepts the example policy of docs/deploy.md', () => {
    const doc = readFileSync('docs/deploy.md', 'utf8');
    const example = /<!-- example-policy -->\s*```json\s*([\s\S]*?)```/.exec(doc)?.[1];
    expect(example, 'docs/deploy.md has an example policy block').toBeTruthy();
    const values = Object.values((JSON.parse(example!) as { '3rdparty': { extensions: Record<string, unknown> } })['3rdparty'].extensions)[0];
    expect(parseManagedPolicy(values).warnings).toEqual([]);
  });

  it('gives a complete organisation policy in docs/deploy.md whose browser fence allows exactly the enabled portals', () => {
    const doc = readFileSync('docs/deploy.md', 'utf8');
    const example = /<!-- organisation-policy -->\s*```json\s*([\s\S]*?)```/.exec(doc)?.[1];
    expect(example, 'docs/deploy.md has an organisation policy block').toBeTruthy();
    const policy = JSON.parse(example!) as {
      ExtensionSettings: Record<string, { installation_mode: string; runtime_blocked_hosts: string[]; runtime_allowed_hosts: string[] }>;
      '3rdparty': { extensions: Record<string, unknown> };
    };
    const [id, settings] = Object.entries(policy.ExtensionSettings)[0]!;
    expect(Object.keys(policy['3rdparty'].extensions)).toEqual([id]);
    expect(settings.installation_mode).toBe('force_installed');
    expect(settings.runtime_blocked_hosts).toEqual(['*://*']);
    const parsed = parseManagedPolicy(policy['3rdparty'].extensions[id]);
    expect(parsed.warnings).toEqual([]);
    // The browser's host patterns are the portals' match patterns without the path.
    expect(settings.runtime_allowed_hosts).toEqual(parsed.policy.enabledPortals!.map((pattern) => pattern.replace(/\/\*$/, '')));
  });
});
