/**
 * Where the launcher may sit without covering the portal: its text, images and controls stay visible
 * and clickable. A spot is free when no hit test inside it lands on portal text or a control; empty
 * backgrounds and margins are free. Runs only on layout the browser already has (after load, after a
 * scroll ends), a few dozen hit tests each time.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const CONTROLS = new Set(['IMG', 'INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'SVG', 'CANVAS', 'VIDEO', 'IFRAME', 'OBJECT', 'EMBED', 'PICTURE']);
/** Rows of samples in CSS pixels: finer than a line of text, so a line cannot slip between two rows. */
const STEP = 6;

/** Hit tests already made during one placement, by point: the candidate heights share their rows. */
export type ProbeMemo = Map<string, boolean>;

/**
 * Whether portal content lies inside the box. A few points per row (both edges and the middle), not a
 * dense grid: each hit test costs a fraction of a millisecond on a huge record, and the placement must
 * stay a short task there.
 */
export function coversContent(box: Box, ignore: Element, doc: Document = document, memo: ProbeMemo = new Map(), due: () => boolean = () => false): boolean {
  const columns = [box.left + 1, box.left + Math.round(box.width / 2), box.left + box.width - 1];
  for (let y = box.top + 1; y < box.top + box.height; y += STEP) {
    for (const x of columns) {
      const key = `${x},${y}`;
      let hit = memo.get(key);
      if (hit === undefined) {
        // A tab's height is some 75 hit tests: the slice may end inside one box (see withinBudget).
        if (due()) return true;
        hit = contentAt(x, y, ignore, doc);
        memo.set(key, hit);
      }
      if (hit) return true;
    }
  }
  return false;
}

function contentAt(x: number, y: number, ignore: Element, doc: Document): boolean {
  const element = doc.elementsFromPoint(x, y).find((e) => e !== ignore && !ignore.contains(e));
  if (!element || element === doc.documentElement || element === doc.body) return false;
  if (CONTROLS.has(element.nodeName.toUpperCase())) return true;
  for (const node of element.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE || !node.nodeValue?.trim()) continue;
    const range = doc.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (x >= r.left - 2 && x <= r.right + 2 && y >= r.top - 2 && y <= r.bottom + 2) return true;
    }
  }
  return false;
}

/**
 * A covering check for one slice of a placement: it answers "covered" without testing once `budgetMs`
 * have passed (also between the hit tests of one box, through `due`), so that no slice becomes a long
 * task, and says so (`ranOut`). A placement that ran out is only provisional: it is made again in a
 * later task with the same memo, so it goes on where it stopped, and only a placement that did not run
 * out counts. The answer therefore never depends on how
 * busy the machine is; only how many tasks it takes does.
 */
export function withinBudget(
  isCovering: (box: Box, due: () => boolean) => boolean,
  budgetMs: number,
  now: () => number = () => performance.now(),
): { isCovering: (box: Box) => boolean; ranOut(): boolean } {
  const deadline = now() + budgetMs;
  let ranOut = false;
  // Also handed to the check itself, which asks before each hit test inside one box.
  const due = () => {
    if (!ranOut && now() > deadline) ranOut = true;
    return ranOut;
  };
  return {
    isCovering: (box) => (due() ? true : isCovering(box, due)),
    ranOut: () => ranOut,
  };
}

/**
 * The launcher's place along the right edge: the full tab where the margin is free, else a narrow
 * handle, moved to the nearest free height when even that would cover something. `top` is the wanted
 * top in pixels; the answer stays within the viewport.
 */
export function placeLauncher(
  wanted: number,
  sizes: { full: { width: number; height: number }; handle: { width: number; height: number } },
  right: number,
  isCovering: (box: Box) => boolean,
  viewport: { width: number; height: number },
): { top: number; collapsed: boolean } {
  const clampTop = (top: number, height: number) => Math.round(Math.min(Math.max(top, 8), Math.max(8, viewport.height - height - 8)));
  const box = (top: number, size: { width: number; height: number }): Box => ({ left: viewport.width - right - size.width, top, width: size.width, height: size.height });
  const top = clampTop(wanted, sizes.full.height);
  if (!isCovering(box(top, sizes.full))) return { top, collapsed: false };
  const handleTop = clampTop(wanted, sizes.handle.height);
  if (!isCovering(box(handleTop, sizes.handle))) return { top: handleTop, collapsed: true };
  for (let offset = 24; offset < viewport.height; offset += 24) {
    for (const candidate of [handleTop + offset, handleTop - offset]) {
      const at = clampTop(candidate, sizes.handle.height);
      if (at === candidate && !isCovering(box(at, sizes.handle))) return { top: at, collapsed: true };
    }
  }
  return { top: handleTop, collapsed: true };
}
