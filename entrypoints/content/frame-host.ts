import type { DetectionStatus } from '../../lib/messages';
import type { LauncherText } from '../../lib/launcher-text';
import { showHighlight } from './highlight';
import { HOST_STYLE, SHADOW_CSS } from './host-style';
import { clampShare, createLauncher, DEFAULT_TOP } from './launcher';
import { clearPageMargin, pageLayoutMode, setPageMargin, type PageLayoutMode } from './page-margin';
import { clampWidth, createResizeHandle } from './resize-handle';
import { createSidebarFrame } from './sidebar-frame';

export { extensionOrigin } from './extension-origin';
export { clampWidth, MAX_WIDTH, MIN_WIDTH } from './resize-handle';

/**
 * The only UI the extension puts into the portal page: a launcher tab and the frame that holds the
 * sidebar. Both live in a shadow root under one host element; this module puts the parts together and
 * keeps their shared state (open, width, the launcher's place). No patient data is ever rendered here.
 */

const HOST_TAG = 'second-opinion-sidebar';
export const DEFAULT_WIDTH = 400;

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

/**
 * Appends the host and lifts it into the top layer as a manual popover (never closed by Escape or a
 * click elsewhere). Why: an element added under <html> makes the browser lay out the portal's whole
 * page again at the next hit test or frame — on a record of ten thousand notes 30-45 ms at full speed and
 * a long task on a busy desktop — while an element in the top layer is laid out on its own (about 1 ms).
 * Where the browser cannot show it there, the host stays what it was: a fixed element on top.
 */
function mountInTopLayer(host: HTMLElement): void {
  host.setAttribute('popover', 'manual');
  document.documentElement.append(host);
  try {
    host.showPopover();
  } catch {
    host.removeAttribute('popover');
  }
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

  let state: FrameHostState = {
    open: false,
    width: clampWidth(options.initial.width, window.innerWidth),
    top: clampShare(options.initial.top ?? DEFAULT_TOP),
  };

  const launcher = createLauncher({
    host,
    text,
    share: () => state.top ?? DEFAULT_TOP,
    // With the sidebar open the launcher sits against its left edge, so the portal beside it is checked.
    edge: () => (state.open ? state.width : 0),
    onActivate: () => update({ open: !state.open }),
    onMove(top) {
      state = { ...state, top };
      render();
    },
    onMoveEnd() {
      render();
      options.onStateChange(state);
    },
  });

  const panel = document.createElement('div');
  panel.className = 'panel';
  const resize = createResizeHandle({
    label: text.resizeHandle,
    width: () => state.width,
    onDrag(width) {
      state = { ...state, width };
      render();
    },
    onDragEnd() {
      launcher.place();
      options.onStateChange(state);
    },
    onKey: (width) => update({ width }),
  });
  panel.append(resize);

  shadow.append(style, launcher.element, panel);
  mountInTopLayer(host);

  // Counting the page's elements costs ~15 ms on a record of ten thousand notes: done when the sidebar
  // first opens, not when the launcher is mounted.
  let mode: PageLayoutMode | undefined;
  const layoutMode = () => {
    if (!mode) host.dataset.mode = mode = pageLayoutMode();
    return mode;
  };
  const frame = createSidebarFrame({ panel, title: text.sidebarTitle, token: options.token, wanted: () => state.open });

  const render = () => {
    host.style.setProperty('--so-width', `${state.width}px`);
    launcher.render(state.open);
    panel.dataset.open = String(state.open);
    if (state.open) setPageMargin(layoutMode(), true, state.width);
    else clearPageMargin();
  };

  const update = (next: Partial<FrameHostState>) => {
    const moved = (next.open !== undefined && next.open !== state.open) || (next.width !== undefined && next.width !== state.width);
    state = { ...state, ...next };
    if (state.open) frame.ensure();
    render();
    // After the portal was pushed aside (or back): what lies beside the launcher has changed.
    if (moved) launcher.place();
    options.onStateChange(state);
  };

  render();
  launcher.schedulePlace();
  // The frame (a new document in its own process) is added in a task of its own, apart from the host.
  if (options.initial.open) setTimeout(() => update({ open: true }), 0);

  return {
    setStatus(next) {
      launcher.setStatus(next);
      render();
      launcher.schedulePlace();
    },
    open: () => update({ open: true }),
    close: () => update({ open: false }),
    toggle: () => update({ open: !state.open }),
    isOpen: () => state.open,
    setWidth: (width) => update({ width: clampWidth(width, window.innerWidth) }),
    highlight: (rect) => showHighlight(shadow, rect),
    destroy() {
      launcher.destroy();
      clearPageMargin();
      host.remove();
    },
  };
}
