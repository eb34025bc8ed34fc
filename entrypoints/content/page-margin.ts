/** Pages larger than this many elements are overlaid rather than pushed. */
const OVERLAY_ABOVE_ELEMENTS = 25_000;

export type PageLayoutMode = 'push' | 'overlay';

/**
 * Push the portal aside instead of covering its controls, except on a huge record, where reflowing
 * every note would freeze the portal for a second: there the sidebar overlays the page's right edge.
 */
export function pageLayoutMode(doc: Document = document): PageLayoutMode {
  return doc.getElementsByTagName('*').length > OVERLAY_ABOVE_ELEMENTS ? 'overlay' : 'push';
}

/** The portal's right margin: the sidebar's width while it is open in push mode, the portal's own otherwise. */
export function setPageMargin(mode: PageLayoutMode, open: boolean, width: number, doc: Document = document): void {
  const root = doc.documentElement.style;
  if (open && mode === 'push') root.setProperty('margin-right', `${width}px`, 'important');
  else root.removeProperty('margin-right');
}

export function clearPageMargin(doc: Document = document): void {
  doc.documentElement.style.removeProperty('margin-right');
}
