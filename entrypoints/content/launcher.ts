import type { DetectionStatus } from '../../lib/messages';
import type { LauncherText } from '../../lib/launcher-text';
import { LAUNCHER_SIZES } from './host-style';
import { coversContent, placeLauncher, withinBudget, type Box, type ProbeMemo } from './launcher-place';

/** The launcher's default place along the edge, as a share of the window height. */
export const DEFAULT_TOP = 0.4;
const MOVE_STEP = 24;
/** One slice of a placement's hit tests lasts at most this long (see withinBudget). */
const PLACE_BUDGET_MS = 8;
const FLAGGED: ReadonlySet<DetectionStatus> = new Set(['requested', 'considering']);

export function clampShare(share: number): number {
  return Number.isFinite(share) ? Math.min(0.95, Math.max(0, share)) : DEFAULT_TOP;
}

export interface Launcher {
  element: HTMLButtonElement;
  setStatus(status: DetectionStatus): void;
  /** Draws the open or closed state at the place last chosen. */
  render(open: boolean): void;
  /** Chooses the place now: the wanted one, or the nearest one that covers no portal content. */
  place(): void;
  /** Chooses the place again once scrolling or the portal's updates have settled. */
  schedulePlace(): void;
  destroy(): void;
}

/**
 * The small tab at the right edge of the portal that opens the sidebar. It keeps to the free margin,
 * and can be dragged along the edge or moved with the arrow keys while it has focus.
 */
export function createLauncher(options: {
  host: HTMLElement;
  text: LauncherText;
  /** The wanted place along the edge, as a share of the window height. */
  share(): number;
  /** How far from the window's right edge the launcher sits (the open sidebar's width, else 0). */
  edge(): number;
  /** A real click that was not the end of a drag. */
  onActivate(): void;
  /** Each step of a move, as the new share of the window height. */
  onMove(share: number): void;
  /** A drag or a key press has moved the launcher to where it stays. */
  onMoveEnd(): void;
}): Launcher {
  const { host, text } = options;
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

  let status: DetectionStatus = 'none';
  let placed = { top: Math.round(options.share() * window.innerHeight), collapsed: true };
  let placeSoon: ReturnType<typeof setTimeout> | undefined;
  // Each hit test walks the portal's layout, and on a record of ten thousand notes one costs
  // milliseconds: a placement runs in slices of PLACE_BUDGET_MS, each in a task of its own, and the
  // hit tests of earlier slices are remembered, so the place found is the same however busy the machine.
  const place = (memo: ProbeMemo) => {
    const wanted = options.share() * window.innerHeight;
    const slice = withinBudget((box: Box, due) => coversContent(box, host, document, memo, due), PLACE_BUDGET_MS);
    let found = placed;
    try {
      found = placeLauncher(wanted, LAUNCHER_SIZES, options.edge(), slice.isCovering, {
        width: document.documentElement.clientWidth,
        height: window.innerHeight,
      });
    } catch {
      // A page whose hit tests throw keeps the launcher where it is; it must still be shown (below).
    }
    if (slice.ranOut()) {
      placeSoon = setTimeout(() => place(memo), 0);
      return;
    }
    placed = found;
    host.style.setProperty('--so-top', `${placed.top}px`);
    launcher.dataset.collapsed = String(placed.collapsed);
    launcher.dataset.placed = 'true';
  };
  const placeNow = () => {
    clearTimeout(placeSoon);
    place(new Map());
  };
  const schedulePlace = () => {
    clearTimeout(placeSoon);
    // A task of its own, not an animation frame: the portal's own rendering in that frame would be
    // counted as ours, and the hit tests bring the layout up to date themselves when they need it.
    placeSoon = setTimeout(() => place(new Map()), 150);
  };

  // A portal script can reach an open shadow root and call click(); only real user input counts.
  let dragged = false;
  launcher.addEventListener('click', (event) => {
    if (event.isTrusted && !dragged) options.onActivate();
    dragged = false;
  });

  const moveTo = (topPx: number) => {
    placed = {
      top: Math.round(Math.min(Math.max(topPx, 8), window.innerHeight - LAUNCHER_SIZES.handle.height - 8)),
      collapsed: placed.collapsed,
    };
    options.onMove(clampShare(placed.top / window.innerHeight));
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
      placeNow();
      options.onMoveEnd();
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
    options.onMoveEnd();
  });
  // What lies under the edge changes with scrolling, resizing and the portal's own updates.
  window.addEventListener('scroll', schedulePlace, { passive: true, capture: true });
  window.addEventListener('resize', schedulePlace);

  return {
    element: launcher,
    setStatus(next) {
      status = next;
      launcher.dataset.status = next;
      launcher.dataset.flagged = String(FLAGGED.has(next));
    },
    render(open) {
      host.style.setProperty('--so-top', `${placed.top}px`);
      launcher.dataset.open = String(open);
      launcher.setAttribute('aria-expanded', String(open));
      launcher.setAttribute('aria-label', open ? text.launcherClose : FLAGGED.has(status) ? text.launcherFlagged : text.launcherOpen);
    },
    place: placeNow,
    schedulePlace,
    destroy() {
      clearTimeout(placeSoon);
      window.removeEventListener('scroll', schedulePlace, { capture: true });
      window.removeEventListener('resize', schedulePlace);
    },
  };
}
