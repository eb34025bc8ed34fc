import { browser } from 'wxt/browser';
import type { DetectionStatus } from '../../lib/messages';
import type { LauncherText } from '../../lib/launcher-text';
import { coversContent, placeLauncher, type ProbeMemo } from './launcher-place';

/**
 * The only UI the extension puts into the portal page: a launcher tab and the frame that holds the
 * sidebar (an extension page, so the portal can read neither its DOM nor its storage). Both live in a
 * shadow root under one host element whose inline `!important` styles beat a portal's global CSS.
 * No patient data is ever rendered here.
 */

const HOST_TAG = 'second-opinion-sidebar';
export const MIN_WIDTH = 300;
export const MAX_WIDTH = 720;
export const DEFAULT_WIDTH = 400;
/** Pages larger than this many elements are overlaid rather than pushed (see render). */
const OVERLAY_ABOVE_ELEMENTS = 25_000;
const FLAGGED: ReadonlySet<DetectionStatus> = new Set(['requested', 'considering']);

const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'top: 0',
  'right: 0',
  'height: 100vh',
  'width: 0',
  'z-index: 2147483647',
  'display: block',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'pointer-events: none',
]
  .map((rule) => `${rule} !important`)
  .join(';');

/** The launcher's two sizes: the tab, and the handle it shrinks to where the margin holds portal text. */
const FULL = { width: 32, height: 150 };
const HANDLE = { width: 24, height: 56 };
const DEFAULT_TOP = 0.4;
const MOVE_STEP = 24;

const SHADOW_CSS = `
:host { all: initial; }
.launcher {
  position: fixed; top: var(--so-top, 40vh); right: 0; pointer-events: auto;
  display: flex; flex-direction: column; align-items: center; gap: 6px;
  writing-mode: vertical-rl; padding: 12px 6px; width: ${FULL.width}px; height: ${FULL.height}px; box-sizing: border-box; justify-content: center;
  font: 600 13px/1.2 system-ui, sans-serif; color: #fff; background: #1d4f91;
  border: 2px solid #fff; border-right: 0; border-radius: 8px 0 0 8px; cursor: pointer;
  box-shadow: -2px 2px 6px rgba(0,0,0,.25); touch-action: none; z-index: 2;
}
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

export interface FrameHostState {
  open: boolean;
  width: number;
  /** The launcher's place along the edge, as a share of the window height (0 top, 1 bottom). */
  top?: number;
}

export interface FrameHost {
  setStatus(status: DetectionStatus): void;
  open(): void;
  close(): void;
  toggle(): void;
  isOpen(): boolean;
  setWidth(width: number): void;
  highlight(rect: DOMRect): void;
  destroy(): void;
}

export function extensionOrigin(): string {
  return new URL(browser.runtime.getURL('/')).origin;
}

function clampShare(share: number): number {
  return Number.isFinite(share) ? Math.min(0.95, Math.max(0, share)) : DEFAULT_TOP;
}

export function clampWidth(width: number, viewport: number): number {
  const max = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.floor(viewport * 0.6)));
  return Math.round(Math.min(max, Math.max(MIN_WIDTH, width)));
}

export function createFrameHost(options: {
  text: LauncherText;
  /** Handed to the sidebar frame this host mounts, and to no other frame. */
  token: string;
  initial: FrameHostState;
  onStateChange(state: FrameHostState): void;
}): FrameHost {
  const { text } = options;
  const host = document.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = SHADOW_CSS;

  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.dataset.testid = 'so-launcher';
  launcher.dataset.status = 'none';
  launcher.title = text.launcherMoveHint;
  launcher.dataset.collapsed = 'true';
  const label = document.createElement('span');
  label.className = 'label';
  label.textContent = text.launcherLabel;
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.setAttribute('aria-hidden', 'true');
  launcher.append(badge, label);

  const panel = document.createElement('div');
  panel.className = 'panel';
  const resize = document.createElement('button');
  resize.type = 'button';
  resize.className = 'resize';
  resize.setAttribute('aria-label', text.resizeHandle);
  resize.title = text.resizeHandle;
  panel.append(resize);

  shadow.append(style, launcher, panel);
  document.documentElement.append(host);

  const mode: 'push' | 'overlay' = document.getElementsByTagName('*').length > OVERLAY_ABOVE_ELEMENTS ? 'overlay' : 'push';
  host.dataset.mode = mode;
  let state: FrameHostState = {
    open: false,
    width: clampWidth(options.initial.width, window.innerWidth),
    top: clampShare(options.initial.top ?? DEFAULT_TOP),
  };
  let frame: HTMLIFrameElement | undefined;
  let waitingForLoad = false;
  let status: DetectionStatus = 'none';

  // Where the launcher is drawn: the wanted place, or the nearest one that covers no portal content.
  let placed = { top: Math.round((state.top ?? DEFAULT_TOP) * window.innerHeight), collapsed: true };
  const place = () => {
    const wanted = (state.top ?? DEFAULT_TOP) * window.innerHeight;
    // With the sidebar open the launcher sits against its left edge, so the portal beside it is checked.
    const right = state.open ? state.width : 0;
    const memo: ProbeMemo = new Map();
    placed = placeLauncher(wanted, { full: FULL, handle: HANDLE }, right, (box) => coversContent(box, host, document, memo), {
      width: document.documentElement.clientWidth,
      height: window.innerHeight,
    });
    host.style.setProperty('--so-top', `${placed.top}px`);
    launcher.dataset.collapsed = String(placed.collapsed);
    launcher.dataset.placed = 'true';
  };
  let placeSoon: ReturnType<typeof setTimeout> | undefined;
  const schedulePlace = () => {
    clearTimeout(placeSoon);
    placeSoon = setTimeout(() => requestAnimationFrame(place), 150);
  };

  const render = () => {
    host.style.setProperty('--so-width', `${state.width}px`);
    host.style.setProperty('--so-top', `${placed.top}px`);
    launcher.dataset.open = String(state.open);
    launcher.setAttribute('aria-expanded', String(state.open));
    launcher.setAttribute('aria-label', state.open ? text.launcherClose : FLAGGED.has(status) ? text.launcherFlagged : text.launcherOpen);
    panel.dataset.open = String(state.open);
    // Push the portal aside instead of covering its controls, except on a huge record, where reflowing
    // every note would freeze the portal for a second: there the sidebar overlays the page's right edge.
    const root = document.documentElement.style;
    if (state.open && mode === 'push') root.setProperty('margin-right', `${state.width}px`, 'important');
    else root.removeProperty('margin-right');
  };

  const ensureFrame = () => {
    if (frame) return;
    // A frame added before the portal finished loading would hold back the portal's own load event.
    if (document.readyState !== 'complete') {
      if (!waitingForLoad) {
        waitingForLoad = true;
        window.addEventListener('load', () => state.open && ensureFrame(), { once: true });
      }
      return;
    }
    frame = document.createElement('iframe');
    const src = browser.runtime.getURL('/sidebar.html');
    frame.src = src;
    // Posted into this frame's window only; a page script cannot read messages sent to another origin.
    // The target is the extension's real origin: with Chrome's dynamic resource URLs the frame's address
    // hides the extension id, but the document inside still has the extension's own origin.
    frame.addEventListener('load', () => frame?.contentWindow?.postMessage({ type: 'so-token', token: options.token }, extensionOrigin()));
    frame.title = text.sidebarTitle;
    // Named by the extension's real origin: the frame's dynamic address is only an alias of it.
    frame.setAttribute('allow', `clipboard-write ${extensionOrigin()}`);
    panel.append(frame);
  };

  const update = (next: Partial<FrameHostState>) => {
    const moved = (next.open !== undefined && next.open !== state.open) || (next.width !== undefined && next.width !== state.width);
    state = { ...state, ...next };
    if (state.open) ensureFrame();
    render();
    // After the portal was pushed aside (or back): what lies beside the launcher has changed.
    if (moved) place();
    options.onStateChange(state);
  };

  // A portal script can reach an open shadow root and call click(); only real user input counts.
  let dragged = false;
  launcher.addEventListener('click', (event) => {
    if (event.isTrusted && !dragged) update({ open: !state.open });
    dragged = false;
  });

  // Move the launcher along the edge: drag it, or the arrow keys while it has focus. Remembered per site.
  const moveTo = (topPx: number) => {
    placed = { top: Math.round(Math.min(Math.max(topPx, 8), window.innerHeight - HANDLE.height - 8)), collapsed: placed.collapsed };
    state = { ...state, top: clampShare(placed.top / window.innerHeight) };
    render();
  };
  launcher.addEventListener('pointerdown', (event) => {
    if (!event.isTrusted || event.button !== 0) return;
    const startY = event.clientY;
    const startTop = placed.top;
    dragged = false;
    const move = (e: PointerEvent) => {
      if (!dragged && Math.abs(e.clientY - startY) < 5) return;
      if (!dragged) {
        dragged = true;
        launcher.setPointerCapture(e.pointerId);
        launcher.dataset.dragging = 'true';
      }
      moveTo(startTop + e.clientY - startY);
    };
    const up = () => {
      launcher.removeEventListener('pointermove', move);
      launcher.removeEventListener('pointerup', up);
      launcher.removeEventListener('pointercancel', up);
      if (!dragged) return;
      delete launcher.dataset.dragging;
      place();
      render();
      options.onStateChange(state);
    };
    launcher.addEventListener('pointermove', move);
    launcher.addEventListener('pointerup', up);
    launcher.addEventListener('pointercancel', up);
  });
  launcher.addEventListener('keydown', (event) => {
    if (!event.isTrusted || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const step = (event.shiftKey ? 4 : 1) * MOVE_STEP * (event.key === 'ArrowUp' ? -1 : 1);
    moveTo(placed.top + step);
    schedulePlace();
    options.onStateChange(state);
  });
  // What lies under the edge changes with scrolling, resizing and the portal's own updates.
  window.addEventListener('scroll', schedulePlace, { passive: true, capture: true });
  window.addEventListener('resize', schedulePlace);

  // Drag to resize; arrow keys on the focused handle resize too (keyboard users).
  resize.addEventListener('pointerdown', (event) => {
    if (!event.isTrusted) return;
    event.preventDefault();
    resize.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => {
      state = { ...state, width: clampWidth(window.innerWidth - e.clientX, window.innerWidth) };
      render();
    };
    const up = () => {
      resize.removeEventListener('pointermove', move);
      resize.removeEventListener('pointerup', up);
      place();
      options.onStateChange(state);
    };
    resize.addEventListener('pointermove', move);
    resize.addEventListener('pointerup', up);
  });
  resize.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    const step = event.key === 'ArrowLeft' ? 20 : event.key === 'ArrowRight' ? -20 : 0;
    if (step) update({ width: clampWidth(state.width + step, window.innerWidth) });
  });

  render();
  schedulePlace();
  // The frame (a new document in its own process) is added in a task of its own, apart from the host.
  if (options.initial.open) setTimeout(() => update({ open: true }), 0);

  return {
    setStatus(next) {
      status = next;
      launcher.dataset.status = next;
      launcher.dataset.flagged = String(FLAGGED.has(next));
      render();
      schedulePlace();
    },
    open: () => update({ open: true }),
    close: () => update({ open: false }),
    toggle: () => update({ open: !state.open }),
    isOpen: () => state.open,
    setWidth: (width) => update({ width: clampWidth(width, window.innerWidth) }),
    highlight(rect) {
      const box = document.createElement('div');
      box.className = 'highlight';
      Object.assign(box.style, {
        left: `${rect.left - 4}px`,
        top: `${rect.top - 4}px`,
        width: `${rect.width + 8}px`,
        height: `${rect.height + 8}px`,
      });
      shadow.append(box);
      setTimeout(() => (box.style.opacity = '0'), 1400);
      setTimeout(() => box.remove(), 2100);
    },
    destroy() {
      clearTimeout(placeSoon);
      window.removeEventListener('scroll', schedulePlace, { capture: true });
      window.removeEventListener('resize', schedulePlace);
      document.documentElement.style.removeProperty('margin-right');
      host.remove();
    },
  };
}
