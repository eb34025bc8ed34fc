/**
 * Which parts of the page a batch of DOM mutations touched, so that a re-read reads only those: the
 * entry blocks whose text changed, and blocks the page added beside an entry block. Anything else —
 * a change outside every entry block (where the banner and the page's own structure live), a removed
 * block that was not an entry — asks for the page to be read whole. Parts the readers never read
 * (navigation, clocks, hidden parts, scripts) are no change of the record.
 */
export interface ChangePlan {
  whole: boolean;
  /** Entry blocks whose content changed. */
  dirty: Set<Element>;
  /** Blocks added next to an entry block (`sibling`), to be read as entries if the reader agrees. */
  added: Array<{ el: Element; sibling: Element }>;
}

/** More records than this in one re-read is a re-render of the page, not a small change. */
export const MAX_RECORDS = 2000;

const UNREAD = 'nav, [role="navigation"], [role="timer"], [role="marquee"], [aria-hidden="true"], [hidden], script, style, noscript, template';

export function emptyPlan(): ChangePlan {
  return { whole: false, dirty: new Set(), added: [] };
}

/**
 * Adds `records` to `plan`. `isEntry` says whether an element is an entry block of the last read;
 * `ours` whether a node is the extension's own host element.
 */
export function planChanges(plan: ChangePlan, records: readonly MutationRecord[], isEntry: (el: Element) => boolean, ours: (node: Node) => boolean): ChangePlan {
  if (plan.whole) return plan;
  for (const record of records) {
    const target = record.target;
    // A target that left the page was removed with an ancestor: that removal has its own record.
    if (!target.isConnected) continue;
    const owner = entryAround(target, isEntry);
    if (owner) {
      plan.dirty.add(owner);
      continue;
    }
    if (unread(target)) continue;
    if (record.type !== 'childList') return whole(plan);
    for (const node of record.removedNodes) {
      if (ours(node) || blank(node) || (node.nodeType === 1 && isEntry(node as Element))) continue;
      return whole(plan);
    }
    for (const node of record.addedNodes) {
      if (ours(node) || blank(node) || !node.isConnected) continue;
      const sibling = node.nodeType === 1 ? entrySibling(node as Element, isEntry) : undefined;
      if (!sibling || isEntry(node as Element)) return whole(plan);
      plan.added.push({ el: node as Element, sibling });
    }
  }
  return plan;
}

function whole(plan: ChangePlan): ChangePlan {
  plan.whole = true;
  plan.dirty.clear();
  plan.added = [];
  return plan;
}

/** The entry block a node lies in (the node itself included), if any. */
function entryAround(node: Node, isEntry: (el: Element) => boolean): Element | undefined {
  for (let at: Node | null = node; at; at = at.parentNode) {
    if (at.nodeType === 1 && isEntry(at as Element)) return at as Element;
  }
  return undefined;
}

function entrySibling(el: Element, isEntry: (el: Element) => boolean): Element | undefined {
  for (let at = el.previousElementSibling; at; at = at.previousElementSibling) if (isEntry(at)) return at;
  for (let at = el.nextElementSibling; at; at = at.nextElementSibling) if (isEntry(at)) return at;
  return undefined;
}

function unread(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(UNREAD);
}

function blank(node: Node): boolean {
  return (node.nodeType === 3 && !(node.nodeValue ?? '').trim()) || node.nodeType === 8;
}
