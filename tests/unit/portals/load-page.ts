import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PORTALS_DIR = join(import.meta.dirname, '../../portals');

/** Puts a fixture page into the happy-dom document: head and body as the page has them, scripts inert. */
export function loadPage(relativePath: string): Document {
  const html = readFileSync(join(PORTALS_DIR, relativePath), 'utf8');
  // Stylesheets are not fetched in unit tests; the pages' own layout does not matter to the adapters.
  const inner = (/<html[^>]*>([\s\S]*)<\/html>/i.exec(html)?.[1] ?? html).replace(/<link\b[^>]*>/gi, '');
  document.documentElement.innerHTML = inner;
  const lang = /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1];
  if (lang) document.documentElement.lang = lang;
  else document.documentElement.removeAttribute('lang');
  return document;
}

export function pageUrl(relativePath: string): URL {
  return new URL(`http://127.0.0.1:5175/${relativePath}`);
}
