/**
 * Tells the reader when the page may show something new: DOM mutations (debounced, so a portal that
 * re-renders often costs one re-read) and single-page navigation (history API and hash changes).
 * Mutations caused by our own host element are ignored.
 */
export function watchPage(options: { debounceMs: number; ignore: (node: Node) => boolean; onChange(): void; signal: AbortSignal }): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!options.signal.aborted) options.onChange();
    }, options.debounceMs);
  };

  const observer = new MutationObserver((records) => {
    if (records.some((r) => !options.ignore(r.target))) schedule();
  });
  observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: false });

  // Content scripts live in an isolated world and cannot patch the page's history.pushState; the
  // DOM mutations that follow a SPA navigation, plus popstate/hashchange, are what we can observe.
  window.addEventListener('popstate', schedule, { signal: options.signal });
  window.addEventListener('hashchange', schedule, { signal: options.signal });
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
}
