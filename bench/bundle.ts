// Bundle sizes as the browser gets them: gzip (level 9) of the content script, and of everything the
// sidebar page loads before it can render — the scripts and stylesheets sidebar.html names, plus
// every chunk those scripts import statically. Dynamic import() chunks are left out: they load later,
// on demand, and are not part of what the user waits for.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipKB = (buffer: Buffer): number => gzipSync(buffer, { level: 9 }).length / 1024;
const round = (x: number): number => Number(x.toFixed(1));

/** Files named by <script src> and <link href> (stylesheet or modulepreload) in an HTML page. */
export function htmlAssets(html: string): string[] {
  const assets: string[] = [];
  for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/gi)) assets.push(src!);
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = /\brel=["']([^"']+)["']/i.exec(tag)?.[1] ?? '';
    const href = /\bhref=["']([^"']+)["']/i.exec(tag)?.[1];
    if (href && /\b(stylesheet|modulepreload)\b/i.test(rel)) assets.push(href);
  }
  return assets;
}

/** Static import/export-from specifiers of an ES module (minified or not); not dynamic import(). */
export function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:^|[;\n}{)\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
  for (const [, spec] of code.matchAll(pattern)) specifiers.push(spec!);
  return specifiers;
}

function resolveAsset(outDir: string, fromFile: string, spec: string): string | null {
  if (/^[a-z]+:/i.test(spec)) return null; // absolute URLs are not part of the bundle
  return spec.startsWith('/') ? resolve(outDir, `.${spec}`) : resolve(dirname(fromFile), spec);
}

/** Dynamic import("…") specifiers: chunks a page loads after its first paint. */
export function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(([, spec]) => spec!);
}

/** Every file the page loads, following static imports (and, with `lazy`, dynamic ones) in its scripts. */
export function pageClosure(outDir: string, htmlFile: string, { lazy = false } = {}): string[] {
  const page = join(outDir, htmlFile);
  const seen = new Set<string>();
  const queue = htmlAssets(readFileSync(page, 'utf8'))
    .map((spec) => resolveAsset(outDir, page, spec))
    .filter((file): file is string => file !== null);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js') || file.endsWith('.mjs')) {
      const code = readFileSync(file, 'utf8');
      for (const spec of [...staticImports(code), ...(lazy ? dynamicImports(code) : [])]) {
        const next = resolveAsset(outDir, file, spec);
        // A specifier that names no file in the output is not a chunk (a string that looked like one).
        if (next && !seen.has(next) && existsSync(next)) queue.push(next);
      }
    }
  }
  return [...seen];
}

export function measureBundle(outDir = resolve('.output/chrome-mv3')) {
  const content = join(outDir, 'content-scripts/content.js');
  // Budgeted: everything the sidebar ever loads, lazy chunks included; reported beside it: what it needs
  // before its first paint (patient and flag), since the letter and categories load after that.
  const sidebarFiles = pageClosure(outDir, 'sidebar.html', { lazy: true });
  const firstPaintFiles = pageClosure(outDir, 'sidebar.html');
  const perFile = sidebarFiles.map((file) => ({ file: relative(outDir, file), gzipKB: round(gzipKB(readFileSync(file))) }));
  return {
    contentScriptGzipKB: round(gzipKB(readFileSync(content))),
    contentScriptRawKB: round(readFileSync(content).length / 1024),
    // Each file is gzipped on its own, as it is served and cached one by one.
    sidebarGzipKB: round(sidebarFiles.reduce((sum, file) => sum + gzipKB(readFileSync(file)), 0)),
    sidebarFirstPaintGzipKB: round(firstPaintFiles.reduce((sum, file) => sum + gzipKB(readFileSync(file)), 0)),
    sidebarFiles: perFile,
  };
}

