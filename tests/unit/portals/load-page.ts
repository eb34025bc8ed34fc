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

/** Medplum's page as its components rendered it in Chromium (tests/portals/medplum/capture.mjs). */
export function loadMedplumSnapshot(): Document {
  loadPage('medplum/index.html');
  document.body.innerHTML = readFileSync(join(PORTALS_DIR, 'medplum/snapshot.html'), 'utf8');
  return document;
}

/**
 * Puts a portal page in the document the way a browser shows it at `address`: the address in the
 * location bar, Medplum from its DOM snapshot, and the clinic SPA's script run until it has rendered.
 */
export async function showPortalPage(address: URL): Promise<void> {
  history.replaceState(null, '', address.pathname + address.search);
  const path = address.pathname.slice(1);
  if (path.startsWith('medplum/')) loadMedplumSnapshot();
  else loadPage(path);
  if (path.startsWith('clinic-spa/')) {
    new Function(readFileSync(join(PORTALS_DIR, 'clinic-spa/app.js'), 'utf8'))();
    await new Promise((resolve) => setTimeout(resolve, 160));
  }
}
