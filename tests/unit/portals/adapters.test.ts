// @vitest-environment happy-dom
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/portals/registry';
import { PORTALS_DIR } from './load-page';

const LIB = join(import.meta.dirname, '../../../lib/portals');

// Dedicated adapters exist only for published third-party UIs (docs/adapters.md). Each one lives in a
// file named after its id, has a fixture page under tests/portals/<id>/ and a unit test of its own.
describe('the adapter list', () => {
  const dedicated = ADAPTERS.filter((adapter) => adapter.id !== 'generic');

  it('ends with the generic reader and holds every id once', () => {
    expect(ADAPTERS.at(-1)?.id).toBe('generic');
    expect(new Set(ADAPTERS.map((adapter) => adapter.id)).size).toBe(ADAPTERS.length);
  });

  for (const adapter of dedicated) {
    it(`${adapter.id}: file lib/portals/${adapter.id}.ts, a fixture page and a test`, () => {
      expect(existsSync(join(LIB, `${adapter.id}.ts`))).toBe(true);
      expect(existsSync(join(PORTALS_DIR, adapter.id))).toBe(true);
      expect(readdirSync(join(PORTALS_DIR, adapter.id)).some((file) => file.endsWith('.html'))).toBe(true);
      expect(existsSync(join(import.meta.dirname, `${adapter.id}.test.ts`))).toBe(true);
    });
  }

  it('has no adapter for the invented demo portals', () => {
    for (const invented of ['hospital', 'gp', 'dental', 'clinic-spa']) {
      expect(ADAPTERS.map((adapter) => adapter.id)).not.toContain(invented);
      expect(existsSync(join(LIB, `${invented}.ts`))).toBe(false);
    }
  });
});
