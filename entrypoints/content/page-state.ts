import { PAGE_STATE_TOP_CHARS, quickPageState } from '../../lib/page-state';
import { normalizeSpace } from '../../lib/text';

/**
 * Collects, from the live page, the strings a page state is made of (lib/page-state.ts hashes them):
 * the address, the title and the visible text at the top of the page. The walk stops after a couple
 * of thousand characters, so it is cheap enough to run on every DOM change, also on a huge record.
 */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'NAV', 'SECOND-OPINION-SIDEBAR']);
// A clock or a session timer ticks without the patient changing; ARIA gives them these roles.
const SKIPPED_ROLES = new Set(['navigation', 'timer', 'marquee']);
const BLOCK_TAGS = new Set(['ARTICLE', 'BR', 'DD', 'DIV', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'LI', 'P', 'SECTION', 'TABLE', 'TR']);
const HIDING_STYLE = /(display\s*:\s*none|visibility\s*:\s*hidden)/i;
const REJECT = 2;
const ACCEPT = 1;

function skipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' || SKIPPED_ROLES.has(el.getAttribute('role') ?? '')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/**
 * Visible text from the top of the page with blocks on lines of their own. An image stands for itself
 * by its address and alternative text: a banner drawn as a picture changes its picture with the patient.
 */
export function topText(doc: Document, limit = PAGE_STATE_TOP_CHARS): string {
  const root = doc.body ?? doc.documentElement;
  const pieces: string[] = [];
  let length = 0;
  const walker = doc.createTreeWalker(root, 1 | 4, {
    acceptNode: (node) => (node.nodeType === 1 && skipped(node as Element) ? REJECT : ACCEPT),
  });
  for (let node = walker.nextNode(); node && length < limit; node = walker.nextNode()) {
    let piece = '';
    if (node.nodeType === 3) {
      // Separate text of neighbouring elements ("DOB" in one span, the date in the next).
      piece = ` ${node.nodeValue ?? ''}`;
    } else {
      const el = node as Element;
      if (el.tagName === 'IMG') piece = `\n[${el.getAttribute('alt') ?? ''} ${(el.getAttribute('src') ?? '').slice(0, 200)}]\n`;
      else if (BLOCK_TAGS.has(el.tagName)) piece = '\n';
      else if (el.tagName === 'TD' || el.tagName === 'TH') piece = ' ';
    }
    if (!piece) continue;
    pieces.push(piece);
    length += piece.length;
  }
  return pieces
    .join('')
    .split('\n')
    .map(normalizeSpace)
    .filter((line) => line.length > 0)
    .join('\n')
    .slice(0, limit);
}

export interface QuickState {
  url: string;
  title: string;
  top: string;
  quick: string;
}

/** The part of the page state that can be checked at once on every change of the page. */
export function readQuickState(doc: Document = document, url = location.href): QuickState {
  const parts = { url, title: doc.title, top: topText(doc) };
  return { ...parts, quick: quickPageState(parts) };
}
