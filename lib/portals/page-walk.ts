import { objectSlot } from './object-slot';
import { isFurnitureItself, isHiddenItself } from './visibility';

/**
 * One walk over everything a clinician sees of the page, in reading order: the document, its open
 * shadow roots (web-component portals) and its same-origin frames (framed legacy modules, `srcdoc`
 * message viewers). Hidden subtrees are left out; furniture (navigation, menus, tab strips) is kept
 * apart so that the patient reader can skip it. Closed shadow roots and cross-origin frames stay out
 * of reach, as they should.
 *
 * The walk is shared by the patient reader and the entry reader: one walk per scan, redone only when
 * the page has changed since (a MutationObserver over every root the walk entered says so).
 */
export interface PageWalk {
  /** Visible elements in reading order, furniture included. */
  elements: Element[];
  /** Elements inside navigation, menus and tab strips. */
  furniture: Set<Element>;
  /** The element an element hangs under, across shadow-root and frame boundaries. */
  parentOf(el: Element): Element | null;
  /** Position of an element in `elements`, and the position just past its last visible descendant. */
  indexOf(el: Element): number | undefined;
  endOf(index: number): number;
  /** Characters of visible text in an element and everything it shows (shadow content and frames included). */
  textLength(el: Element): number;
  /** `ownTextLength(el)` as measured by the walk: no second look at the element's text nodes. */
  ownLength(el: Element): number;
}

/** Characters of an element's own text nodes, not its children's. */
export function ownText(el: Element): string {
  if (el.firstElementChild === null) return el.textContent ?? '';
  let text = '';
  for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === 3) text += node.nodeValue ?? '';
  return text;
}

/**
 * `ownText(el).trim().length` without building the string: the walk measures every element of the
 * page, and on a record of ten thousand notes the copies alone cost more than a slice.
 */
export function ownTextLength(el: Element): number {
  const measure = newMeasure();
  if (el.firstElementChild === null) addText(measure, el.textContent ?? '');
  else for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === 3) addText(measure, node.nodeValue ?? '');
  return measured(measure);
}

/** The trimmed length of text seen one text node at a time: where it starts and ends, and how long it is so far. */
interface TextMeasure {
  total: number;
  first: number;
  last: number;
}

const newMeasure = (): TextMeasure => ({ total: 0, first: -1, last: -1 });
const measured = (m: TextMeasure): number => (m.first < 0 ? 0 : m.last - m.first + 1);

function addText(m: TextMeasure, value: string): void {
  if (m.first < 0) {
    for (let i = 0; i < value.length; i++) {
      if (isTrimmedSpace(value.charCodeAt(i))) continue;
      m.first = m.total + i;
      break;
    }
  }
  for (let i = value.length - 1; i >= 0; i--) {
    if (isTrimmedSpace(value.charCodeAt(i))) continue;
    m.last = m.total + i;
    break;
  }
  m.total += value.length;
}

/** The characters String.prototype.trim removes: white space and line terminators. */
function isTrimmedSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const MAX_DEPTH = 4;

/**
 * An element's position in the walk, kept on the element itself rather than in a Map: a Map of a
 * hundred thousand elements rehashes as it grows, and one rehash was a long task of its own.
 */
const positions = objectSlot<Element, number>('walk position');

function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

/** Hosts whose content can change without a mutation record: a frame that loads, an element that attaches a shadow root later. */
interface WatchPoint {
  el: Element;
  content: unknown;
}

const contentOf = (el: Element): unknown => (el.tagName === 'IFRAME' || el.tagName === 'FRAME' ? frameDocument(el)?.body : el.shadowRoot);

type WalkParts = { result: PageWalk; roots: Node[]; watch: WatchPoint[] };

/**
 * How many elements are visited between two looks at the clock: a clock read per element would cost
 * more than the visit, but on a busy machine a few hundred elements of a long record already take
 * longer than a slice.
 */
const CHECK_EVERY = 32;

/**
 * Child nodes of one element visited between two looks at the clock: a list of ten thousand notes is
 * one element with twenty thousand child nodes, which must not be one step either.
 */
const CHILD_NODES_PER_STEP = 256;

/**
 * The walk as steps: it pauses (yields) every few hundred elements so that a caller with a time budget
 * can hand the main thread back to the portal between slices; run to its end it returns the walk.
 */
function* walkSteps(doc: Document): Generator<void, WalkParts, void> {
  const watch: WatchPoint[] = [];
  const elements: Element[] = [];
  const ends: number[] = [];
  const textBefore: number[] = [0];
  const furniture = new Set<Element>();
  const parents = new Map<Element, Element>();
  const roots: Node[] = [doc];
  const root = doc.body ?? doc.documentElement;
  if (root) {
    // The stack as two parallel arrays, so that a walk over a hundred thousand elements allocates no
    // object per element (the garbage it left made collections that were long tasks of their own):
    // an element to enter with its frame/shadow depth and whether it is in furniture (depth * 2 + 1 if
    // so), or null with the position whose subtree has just been left.
    const stackNodes: Array<Element | null> = [root];
    const stackInfo: number[] = [0];
    let sinceCheck = 0;
    while (stackNodes.length > 0) {
      if (++sinceCheck >= CHECK_EVERY) {
        sinceCheck = 0;
        yield;
      }
      const el = stackNodes.pop()!;
      const info = stackInfo.pop()!;
      if (el === null) {
        ends[info] = elements.length;
        continue;
      }
      const depth = info >> 1;
      if (isHiddenItself(el)) continue;
      const isFurniture = (info & 1) === 1 || isFurnitureItself(el);
      const furnished = isFurniture ? 1 : 0;
      const position = elements.length;
      positions.set(el, position);
      elements.push(el);
      stackNodes.push(null);
      stackInfo.push(position);
      if (isFurniture) furniture.add(el);
      // Children go on the stack in reading order and are then turned around, so the first is entered first.
      const firstChild = stackNodes.length;
      if (el.shadowRoot || el.tagName.includes('-') || el.tagName === 'IFRAME' || el.tagName === 'FRAME') watch.push({ el, content: contentOf(el) });
      if (el.shadowRoot && depth < MAX_DEPTH) {
        roots.push(el.shadowRoot);
        for (const child of el.shadowRoot.children) {
          parents.set(child, el);
          stackNodes.push(child);
          stackInfo.push((depth + 1) * 2 + furnished);
        }
      }
      if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
        const inner = depth < MAX_DEPTH ? frameDocument(el) : null;
        const body = inner?.body;
        if (inner && body) {
          roots.push(inner);
          parents.set(body, el);
          stackNodes.push(body);
          stackInfo.push((depth + 1) * 2 + furnished);
        }
      }
      // One pass over the child nodes: the element's own text is measured and its child elements listed.
      // A leaf's text is read as one string: in the content script's world every node handed to script
      // gets a wrapper of its own, and the wrappers of a record's hundred thousand text nodes cost more
      // than the walk itself (their table grew in one long task).
      const own = newMeasure();
      let nodes = 0;
      if (el.firstElementChild === null) addText(own, el.textContent ?? '');
      else for (let node = el.firstChild; node; node = node.nextSibling) {
        if (++nodes % CHILD_NODES_PER_STEP === 0) yield;
        if (node.nodeType === 3) addText(own, node.nodeValue ?? '');
        else if (node.nodeType === 1) {
          stackNodes.push(node as Element);
          stackInfo.push(depth * 2 + furnished);
        }
      }
      textBefore.push(textBefore[position]! + measured(own));
      for (let i = firstChild, j = stackNodes.length - 1; i < j; i++, j--) {
        if (i % CHILD_NODES_PER_STEP === 0) yield;
        const node = stackNodes[i]!;
        stackNodes[i] = stackNodes[j]!;
        stackNodes[j] = node;
        const value = stackInfo[i]!;
        stackInfo[i] = stackInfo[j]!;
        stackInfo[j] = value;
      }
    }
  }
  const parentOf = (el: Element): Element | null => el.parentElement ?? parents.get(el) ?? null;
  const endOf = (position: number): number => ends[position] ?? position + 1;
  // A position left by an earlier walk (or another document's) is checked against this walk's list.
  const indexOf = (el: Element): number | undefined => {
    const position = positions.get(el);
    return position !== undefined && elements[position] === el ? position : undefined;
  };
  const textLength = (el: Element): number => {
    const position = indexOf(el);
    return position === undefined ? (el.textContent ?? '').length : textBefore[endOf(position)]! - textBefore[position]!;
  };
  const ownLength = (el: Element): number => {
    const position = indexOf(el);
    return position === undefined ? ownTextLength(el) : textBefore[position + 1]! - textBefore[position]!;
  };
  return { result: { elements, furniture, parentOf, indexOf, endOf, textLength, ownLength }, roots, watch };
}

interface Cached {
  result: PageWalk;
  observer: MutationObserver | undefined;
  changed: { value: boolean };
  watch: WatchPoint[];
}

const cache = objectSlot<Document, Cached>('page walk');
const OBSERVED: MutationObserverInit = { subtree: true, childList: true, characterData: true, attributes: true };

/** The extension's own launcher and sidebar host changes all the time; that is no change of the page. */
function isPageChange(record: MutationRecord): boolean {
  const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
  if (target?.closest(OWN_HOST)) return false;
  if (record.type === 'childList') {
    const nodes = [...record.addedNodes, ...record.removedNodes];
    if (nodes.length > 0 && nodes.every((node) => node.nodeName.toUpperCase() === OWN_HOST_TAG)) return false;
  }
  return true;
}

const OWN_HOST_TAG = 'SECOND-OPINION-SIDEBAR';
const OWN_HOST = OWN_HOST_TAG.toLowerCase();

function runToEnd(steps: Generator<void, WalkParts, void>): WalkParts {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

function cachedWalk(doc: Document): PageWalk | undefined {
  const cached = cache.get(doc);
  if (cached?.observer && !cached.changed.value && !cached.observer.takeRecords().some(isPageChange) && cached.watch.every((point) => contentOf(point.el) === point.content)) {
    return cached.result;
  }
  return undefined;
}

/**
 * Runs a pass written as steps (a generator that yields every few hundred elements) with the main
 * thread handed back (`pause`) whenever a slice has used `sliceMs`; returns the pass's result.
 */
export async function runInSlices<T>(steps: Generator<void, T, void>, sliceMs: number, pause: () => Promise<void>): Promise<T> {
  let start = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - start > sliceMs) {
      await pause();
      start = performance.now();
    }
  }
}

/** Elements visited between two looks at the clock in a pass over the walk (see CHECK_EVERY). */
export const PASS_CHECK_EVERY = CHECK_EVERY;

/** The walk of the page, reused while nothing in it has changed. */
export function walkPage(doc: Document): PageWalk {
  return cachedWalk(doc) ?? remember(doc, runToEnd(walkSteps(doc)));
}

/**
 * Walks the page in slices of at most `sliceMs` each, awaiting `pause` between them, and caches the
 * walk so that the readers' `walkPage` that follows finds it ready. A huge record (tens of thousands
 * of notes) is then never walked in one long task. When the page changes during the walk the walk is
 * begun again, at most a few times; after that `walkPage` walks it at once when asked.
 */
export async function prepareWalk(doc: Document, sliceMs: number, pause: () => Promise<void>): Promise<void> {
  for (let attempt = 0; attempt < 3 && !cachedWalk(doc); attempt++) {
    const changed = { value: false };
    const Observer = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
    const watcher = typeof Observer === 'function' ? new Observer((records) => void (changed.value ||= records.some(isPageChange))) : undefined;
    watcher?.observe(doc, OBSERVED);
    const steps = walkSteps(doc);
    let start = performance.now();
    let next = steps.next();
    while (!next.done) {
      if (performance.now() - start > sliceMs) {
        await pause();
        start = performance.now();
      }
      next = steps.next();
    }
    if (watcher?.takeRecords().some(isPageChange)) changed.value = true;
    watcher?.disconnect();
    if (!changed.value) remember(doc, next.value);
  }
}

function remember(doc: Document, { result, roots, watch }: WalkParts): PageWalk {
  cache.get(doc)?.observer?.disconnect();
  const Observer = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  const changed = { value: false };
  let observer: MutationObserver | undefined;
  if (typeof Observer === 'function') {
    observer = new Observer((records) => {
      if (records.some(isPageChange)) changed.value = true;
    });
    for (const root of roots) {
      try {
        observer.observe(root, OBSERVED);
      } catch {
        observer = undefined;
        break;
      }
    }
  }
  cache.set(doc, { result, observer, changed, watch });
  return result;
}
