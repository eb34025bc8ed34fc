import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pageClosure } from '../../../bench/bundle';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('pageClosure: what a page loads', () => {
  it('counts a chunk once when the page preloads it by its root path and a script imports it by a relative one', () => {
    dir = mkdtempSync(join(tmpdir(), 'so-bundle-'));
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(join(dir, 'page.html'), '<script type="module" src="/chunks/page.js"></script><link rel="modulepreload" href="/chunks/shared.js">');
    writeFileSync(join(dir, 'chunks/page.js'), 'import{a}from"./shared.js";const l=()=>import("./lazy.js");');
    writeFileSync(join(dir, 'chunks/shared.js'), 'export const a=1;');
    writeFileSync(join(dir, 'chunks/lazy.js'), 'export const b=2;');
    // The output folder given relative to the working directory, as a caller may.
    for (const outDir of [dir, relative(process.cwd(), dir)]) {
      expect(pageClosure(outDir, 'page.html').map((f) => relative(dir!, f)).sort()).toEqual(['chunks/page.js', 'chunks/shared.js']);
      expect(pageClosure(outDir, 'page.html', { lazy: true }).length).toBe(3);
    }
  });
});
