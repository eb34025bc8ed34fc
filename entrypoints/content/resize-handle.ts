export const MIN_WIDTH = 300;
export const MAX_WIDTH = 720;

export function clampWidth(width: number, viewport: number): number {
  const max = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.floor(viewport * 0.6)));
  return Math.round(Math.min(max, Math.max(MIN_WIDTH, width)));
}

/**
 * The sidebar's left edge: drag it to resize, or the arrow keys while it has focus (keyboard users).
 * Only real user input counts: a portal script can reach an open shadow root and dispatch events.
 */
export function createResizeHandle(options: {
  label: string;
  width(): number;
  /** Each step of a drag, already clamped to the window. */
  onDrag(width: number): void;
  onDragEnd(): void;
  onKey(width: number): void;
}): HTMLButtonElement {
  const resize = document.createElement('button');
  resize.type = 'button';
  resize.className = 'resize';
  resize.setAttribute('aria-label', options.label);
  resize.title = options.label;

  resize.addEventListener('pointerdown', (event) => {
    if (!event.isTrusted) return;
    event.preventDefault();
    resize.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => options.onDrag(clampWidth(window.innerWidth - e.clientX, window.innerWidth));
    const up = () => {
      resize.removeEventListener('pointermove', move);
      resize.removeEventListener('pointerup', up);
      options.onDragEnd();
    };
    resize.addEventListener('pointermove', move);
    resize.addEventListener('pointerup', up);
  });
  resize.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    const step = event.key === 'ArrowLeft' ? 20 : event.key === 'ArrowRight' ? -20 : 0;
    if (step) options.onKey(clampWidth(options.width() + step, window.innerWidth));
  });
  return resize;
}
