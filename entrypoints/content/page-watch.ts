/**
 * Tells the reader when the page may show something new: DOM mutations (debounced, so a portal that
 * re-renders often costs one re-read) and single-page navigation (history API and hash changes).
 * Mutations caused by our own host element are ignored.
 *
 * A change of address is reported at once, before the debounced re-read: whatever the portal renders
 * for the new address must never be paired with the patient of the old one.
 */
export interface PageWatchOptions {
  debounceMs: number;
  ignore: (node: Node) => boolean;
  /** Re-read the page (debounced). */
  onChange(): void;
  /** The address changes or changed: called at once, before the portal renders the new route. */
  onAddress(): void;
  /** The DOM changed: called at once, in the mutation observer's own microtask, before the next paint, with the page's records. */
  onMutation(records: MutationRecord[]): void;
  signal: AbortSignal;
  /** How often the address is compared, for navigations no event reports. */
  pollMs?: number;
}

interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

export function watchPage(options: PageWatchOptions): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!options.signal.aborted) options.onChange();
    }, options.debounceMs);
  };

  let address = location.href;
  const addressChanged = () => {
    if (options.signal.aborted) return;
    address = location.href;
    options.onAddress();
    schedule();
  };
  // Events that fire only after the address is already new report nothing new when it is not.
  const checkAddress = () => {
    if (location.href !== address) addressChanged();
  };

  const observer = new MutationObserver((records) => {
    const page = records.filter((r) => !options.ignore(r.target));
    if (page.length === 0) return;
    checkAddress();
    options.onMutation(page);
    schedule();
  });
  observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: false });

  // Content scripts live in an isolated world and cannot patch the page's history.pushState. The
  // Navigation API's `navigate` event fires for every navigation of the page, pushState included, in
  // every world, before the new route renders; popstate, hashchange, the mutation observer and a cheap
  // address poll cover browsers without it.
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('navigate', addressChanged, { signal: options.signal });
    navigation.addEventListener('currententrychange', checkAddress, { signal: options.signal });
  }
  window.addEventListener('popstate', addressChanged, { signal: options.signal });
  window.addEventListener('hashchange', addressChanged, { signal: options.signal });
  // A page restored from the back/forward cache is a new visit: nothing confirmed before holds.
  window.addEventListener('pageshow', (event) => event.persisted && addressChanged(), { signal: options.signal });
  const poll = setInterval(checkAddress, options.pollMs ?? 250);
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearInterval(poll);
    if (timer !== undefined) clearTimeout(timer);
  });
}
