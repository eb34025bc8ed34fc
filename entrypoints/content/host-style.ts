/**
 * How the extension's in-page UI looks, and why a portal cannot restyle it: the host element's inline
 * `!important` rules beat a portal's global CSS, and everything else lives inside its shadow root.
 */

/** The launcher's two sizes: the tab, and the handle it shrinks to where the margin holds portal text. */
export const LAUNCHER_SIZES = { full: { width: 32, height: 150 }, handle: { width: 24, height: 56 } } as const;
const { full: FULL, handle: HANDLE } = LAUNCHER_SIZES;

/**
 * The host covers the viewport without taking a click (`pointer-events: none`; its parts take their own)
 * and contains its layout and size: a change inside it (the launcher's flag, its place, the panel) is
 * laid out from the host down, not from the page's root — on a record of ten thousand notes each such
 * change had cost a layout of the whole page (8–42 ms at full speed). Its fixed parts are placed in the
 * host's box, which is why the host is the viewport itself rather than a zero-wide strip at its edge.
 */
export const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'inset: 0',
  'width: auto',
  'height: auto',
  'margin: 0',
  'contain: size layout style',
  'z-index: 2147483647',
  'display: block',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'pointer-events: none',
]
  .map((rule) => `${rule} !important`)
  .join(';');

export const SHADOW_CSS = `
:host { all: initial; }
/* The host sits in the top layer (frame-host.ts); a portal's own ::backdrop style must not dim the page behind it. */
:host::backdrop { display: none !important; }
.launcher {
  position: fixed; top: var(--so-top, 40vh); right: 0; pointer-events: auto;
  display: flex; flex-direction: column; align-items: center; gap: 6px;
  writing-mode: vertical-rl; padding: 12px 6px; width: ${FULL.width}px; height: ${FULL.height}px; box-sizing: border-box; justify-content: center;
  font: 600 13px/1.2 system-ui, sans-serif; color: #fff; background: #1d4f91;
  border: 2px solid #fff; border-right: 0; border-radius: 8px 0 0 8px; cursor: pointer;
  box-shadow: -2px 2px 6px rgba(0,0,0,.25); touch-action: none; z-index: 2;
}
/* Hidden until its first place is chosen: a launcher that moved or shrank a moment after it appeared
   would take a click meant for it, or hand the clinician's click to the portal underneath. */
.launcher:not([data-placed]) { visibility: hidden; }
.launcher:focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }
/* Where the margin holds portal text, only a narrow handle shows; pointing at it or focusing it shows the tab. */
.launcher[data-collapsed="true"]:not(:hover):not(:focus-visible):not([data-dragging="true"]) {
  width: ${HANDLE.width}px; height: ${HANDLE.height}px; padding: 0; justify-content: center; box-shadow: -1px 1px 3px rgba(0,0,0,.25);
}
.launcher[data-collapsed="true"]:not(:hover):not(:focus-visible):not([data-dragging="true"]) .label { display: none; }
.launcher[data-collapsed="true"]:not(:hover):not(:focus-visible):not([data-dragging="true"]) .badge { width: 6px; height: 6px; border-width: 1px; }
.launcher[data-open="true"] { right: var(--so-width); }
.badge { display: none; width: 12px; height: 12px; border-radius: 50%; background: #f2b705; border: 2px solid #fff; }
.launcher[data-flagged="true"] .badge { display: inline-block; }
.panel {
  position: fixed; top: 0; right: 0; height: 100vh; width: var(--so-width);
  display: none; pointer-events: auto; background: #fff; box-shadow: -2px 0 8px rgba(0,0,0,.2);
}
.panel[data-open="true"] { display: block; }
.panel iframe { border: 0; width: 100%; height: 100%; display: block; }
.resize {
  position: absolute; left: -4px; top: 0; width: 8px; height: 100%; cursor: ew-resize; background: transparent;
  border: 0; padding: 0;
}
.resize:focus-visible { outline: 3px solid #f2b705; }
.highlight {
  position: fixed; pointer-events: none; border: 3px solid #f2b705; border-radius: 4px;
  background: rgba(242,183,5,.18); transition: opacity .6s; z-index: 1;
}
`;
