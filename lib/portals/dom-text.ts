import { normalizeSpace } from '../text';
import { hasLayoutEngine } from './visibility';

/**
 * Reading text out of a portal page without ever interpreting its markup: text nodes only, with
 * block boundaries kept as line breaks, and queries that reach into open shadow roots and
 * same-origin frames (portals built from web components or framed legacy modules).
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'FOOTER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'THEAD', 'TR', 'UL',
]);
const CELL_TAGS = new Set(['TD', 'TH']);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG', 'IFRAME', 'OBJECT']);

/** Zero-width and bidirectional control characters: invisible, and used to make text read differently than it is. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** One-line text for names and labels: invisible controls removed, whitespace collapsed. */
export function cleanLine(text: string | null | undefined): string {
  return normalizeSpace((text ?? '').replace(INVISIBLE, ''));
}

/** Plain text of an element with line breaks between blocks and spaces between table cells. */
export function readableText(root: Element): string {
  // On a rendered element the browser's own innerText already puts blocks on lines and skips scripts
  // and styles; it is one native call instead of a JavaScript walk over every node, which is most of
  // the reading time on a 10,000-note record. Elements that are not rendered take the walk.
  const rendered = renderedText(root);
  if (rendered !== undefined) return tidyLines(rendered);
  const pieces: string[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        pieces.push(child.textContent ?? '');
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (SKIPPED_TAGS.has(tag)) continue;
        const separator = BLOCK_TAGS.has(tag) ? '\n' : CELL_TAGS.has(tag) ? ' ' : '';
        pieces.push(separator);
        walk(child);
        pieces.push(separator);
      }
    }
  };
  walk(root);
  return tidyLines(pieces.join(''));
}

function tidyLines(text: string): string {
  return text
    .split('\n')
    .map(normalizeSpace)
    .filter((line) => line.length > 0)
    .join('\n');
}

function renderedText(root: Element): string | undefined {
  const el = root as HTMLElement;
  if (!el.isConnected || !hasLayoutEngine(el.ownerDocument) || typeof el.innerText !== 'string') return undefined;
  // Laid out and visible: innerText then reflects what the clinician sees (a hidden element's innerText
  // would be its raw textContent, scripts included).
  if (typeof el.getClientRects !== 'function' || el.getClientRects().length === 0) return undefined;
  // Text transformed by CSS (uppercase headings) is read as written, not as displayed.
  const view = el.ownerDocument.defaultView;
  if (!view || view.getComputedStyle(el).textTransform !== 'none') return undefined;
  return el.innerText;
}

/** Hidden by the page itself (attributes or inline style); cheap, no layout. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], template, script, style, noscript')) return true;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = node.getAttribute('style');
    if (style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  }
  return false;
}

/** The document of a same-origin frame, or null (cross-origin frames throw on access). */
function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/**
 * querySelectorAll over a document, its open shadow roots and its same-origin iframes, in tree order
 * of the hosts. Closed shadow roots and cross-origin frames stay out of reach, as they should.
 * The native query does the matching; the walk only looks for shadow hosts and frames, and does not
 * descend into the matches themselves (an entry is not expected to hold further entries), which keeps
 * a 10,000-entry page cheap.
 */
export function deepQuerySelectorAll(root: Document | ShadowRoot | Element, selector: string, maxDepth = 4): Element[] {
  const matched = [...root.querySelectorAll(selector)];
  if (maxDepth <= 0) return matched;
  const isMatch = new Set(matched);
  const found: Element[] = [];
  const stack: Element[] = [...root.children].reverse();
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    if (isMatch.has(el)) {
      found.push(el);
      continue;
    }
    if (el.shadowRoot) found.push(...deepQuerySelectorAll(el.shadowRoot, selector, maxDepth - 1));
    if (el.tagName === 'IFRAME') {
      const inner = frameDocument(el as HTMLIFrameElement);
      if (inner) found.push(...deepQuerySelectorAll(inner, selector, maxDepth - 1));
    }
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Element);
  }
  return found;
}
