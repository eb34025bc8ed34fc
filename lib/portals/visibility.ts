/**
 * What a clinician does not see, judged from markup alone (cheap, no layout): hidden attributes and
 * inline styles, scripts and templates. And what is page furniture rather than record: navigation,
 * menus, toolbars, tab strips, footers.
 */

/** The extension's own in-page host (launcher and sidebar frame): never part of the record. */
const OWN_UI_TAG = 'SECOND-OPINION-SIDEBAR';
const NEVER_READ_TAGS = new Set([OWN_UI_TAG, 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'OPTION', 'BUTTON', 'TEXTAREA', 'INPUT', 'HEAD']);
const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'MENU']);
const FURNITURE_ROLES = new Set(['navigation', 'contentinfo', 'menubar', 'menu', 'toolbar', 'tablist', 'search', 'tooltip', 'status', 'alertdialog']);
const HIDING_STYLE = /(display\s*:\s*none|visibility\s*:\s*hidden|content-visibility\s*:\s*hidden)/i;

/** Hidden by its own markup: `hidden`, aria-hidden, inline display:none, or never rendered text. */
export function isHiddenItself(el: Element): boolean {
  if (NEVER_READ_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/** Navigation, menus and tab strips: what they name is a place in the portal, not the record. */
export function isFurnitureItself(el: Element): boolean {
  return FURNITURE_TAGS.has(el.tagName.toUpperCase()) || FURNITURE_ROLES.has(el.getAttribute('role') ?? '');
}

/**
 * Hidden by a stylesheet: only a rendering engine knows. Used for the few elements that decide who the
 * patient is (an inactive tab's banner must not count), never for every entry of a long record.
 */
export function isRenderedHidden(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  if (typeof check !== 'function' || !el.isConnected || !hasLayoutEngine(el.ownerDocument)) return false;
  try {
    return !check.call(el, { visibilityProperty: true });
  } catch {
    return false;
  }
}

/**
 * Whether the document is laid out by a browser engine. Test DOMs (happy-dom, jsdom) compute no layout:
 * there, visibility and rendered text are judged from markup only.
 */
export function hasLayoutEngine(doc: Document): boolean {
  const agent = doc.defaultView?.navigator?.userAgent ?? '';
  return agent !== '' && !/HappyDOM|jsdom/i.test(agent);
}
