import { browser, type Browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { resolveLanguage, sidebarLanguage, storedLanguageSetting, storedSidebarLanguageSetting } from '../../lib/language';
import { SETTINGS_KEY } from '../../lib/settings-key';
import { launcherText } from '../../lib/launcher-text';
import { guardRuntimeMessage, guardToContent } from '../../lib/content-guards';
import type { ToSidebar } from '../../lib/messages';
import { isOwnExtensionSender, READER_PORT } from '../../lib/sender';
import { BUILT_IN_MATCHES } from '../../lib/sites';
import { DEFAULT_SHORTCUT, matchesShortcut } from '../../lib/shortcut';
import { createFrameHost, DEFAULT_WIDTH, extensionOrigin, type FrameHost, type FrameHostState } from './frame-host';
import { readPageLanguage } from './page-language';
import { createReadLink } from './background-link';
import { createPageReader } from './page-reader';
import { watchPage } from './page-watch';
import { whenIdle, yieldToPage } from './yield';

// Thin wiring: pick the adapter, read the page, keep the sidebar current. The portal's thread only
// reads: what was read goes to the background, which detects and decides the flag (reader-host.ts),
// and the verdict comes back here for the launcher and the sidebar. Everything it sends to the
// sidebar is plain data validated on arrival; it never stores anything and never writes patient data
// into the portal's DOM.
export default defineContentScript({
  matches: [...BUILT_IN_MATCHES],
  // At the document's start, not at "idle" or "end": Chromium injects those in a task of their own and
  // holds the portal's load event until they ran — behind the portal's first layout of a long record,
  // which delayed the load event by seconds. Started early, the script only listens; it reads nothing
  // and observes nothing before the load event and an idle moment (afterPortalLoaded).
  runAt: 'document_start',
  async main() {
    if (window.top !== window) return;
    const marker = window as unknown as { __secondOpinionSidebar?: boolean };
    if (marker.__secondOpinionSidebar) return;
    marker.__secondOpinionSidebar = true;

    const storedSettings = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    const fallbackLang = resolveLanguage(storedLanguageSetting(storedSettings), browser.i18n.getUILanguage());
    // The launcher speaks the sidebar's language, which by default is the page's own.
    const launcherLang = () =>
      sidebarLanguage(storedSidebarLanguageSetting(storedSettings), reader.current()?.lang ?? readPageLanguage(document), fallbackLang);
    const uiKey = `ui:${location.origin}`;
    const saved = (await browser.storage.local.get(uiKey))[uiKey] as Partial<FrameHostState> | undefined;

    const lifetime = new AbortController();
    const ports = new Set<Browser.runtime.Port>();
    const send = (message: ToSidebar) => {
      for (const port of ports) port.postMessage(message);
    };

    const token = randomToken();
    // The launcher is mounted once the portal has loaded and painted: inserting it earlier would make
    // the browser do the portal's pending style work at once, as one long task charged to us.
    let mounted: FrameHost | undefined;
    const host = (): FrameHost => {
      if (!mounted) {
        mounted = createFrameHost({
          text: launcherText(launcherLang()),
          token,
          initial: {
            open: saved?.open === true,
            width: typeof saved?.width === 'number' ? saved.width : DEFAULT_WIDTH,
            ...(typeof saved?.top === 'number' ? { top: saved.top } : {}),
          },
          onStateChange: (state) => void browser.storage.local.set({ [uiKey]: state }),
        });
        mounted.setStatus(reader.current()?.status ?? 'none');
      }
      return mounted;
    };
    const reader = createPageReader({
      link: createReadLink({ connect: () => browser.runtime.connect({ name: READER_PORT }), pause: yieldToPage }),
      onSnapshot(snapshot) {
        mounted?.setStatus(snapshot.status);
        send({ type: 'snapshot', snapshot });
      },
    });

    const sidebarPage = `${extensionOrigin()}/sidebar.html`;
    browser.runtime.onConnect.addListener((port) => {
      // Only our own sidebar frame may connect; the portal cannot open a runtime port at all.
      if (port.name !== 'sidebar' || !isOwnExtensionSender(port.sender, browser.runtime.id)) return;
      if (!port.sender?.url?.startsWith(sidebarPage)) return;
      let trusted = false;
      port.onDisconnect.addListener(() => ports.delete(port));
      port.onMessage.addListener((raw: unknown) => {
        const message = guardToContent(raw);
        if (!message) return;
        // Until the port shows the token of the frame we mounted, it gets nothing and may do nothing.
        if (!trusted && (message.type !== 'hello' || message.token !== token)) return;
        switch (message.type) {
          case 'hello': {
            trusted = true;
            ports.add(port);
            const current = reader.current();
            if (current) port.postMessage({ type: 'snapshot', snapshot: current } satisfies ToSidebar);
            break;
          }
          case 'close-sidebar':
            host().close();
            break;
          case 'resize-sidebar':
            host().setWidth(message.width);
            break;
          case 'locate-entry': {
            const element = reader.locate(message.entryId);
            if (element) {
              element.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
              host().highlight(element.getBoundingClientRect());
            }
            break;
          }
          case 'confirm-patient':
            reader.confirmPatient(message.patient, message.pageState);
            break;
        }
      });
    });

    // The content script uses the browser's own API, without the polyfill (see wxt.config.ts): it
    // answers through sendResponse, which every browser supports, rather than a returned promise.
    browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: unknown) => void) => {
      if (!isOwnExtensionSender(sender, browser.runtime.id)) return undefined;
      const message = guardRuntimeMessage(raw);
      if (message?.type === 'toggle-sidebar') {
        toggleFromCommand();
        sendResponse(true);
      }
      return undefined;
    });

    // The browser handles the command shortcut when the page does not see the key first; inside the
    // page the same, user-rebindable shortcut is matched here. When both fire for one key press, the
    // command that follows a keyboard toggle is the same press and is ignored.
    let keyToggleAt = -Infinity;
    const toggleFromCommand = () => {
      if (performance.now() - keyToggleAt < 1000) return;
      host().toggle();
    };
    const toggleFromKey = () => {
      keyToggleAt = performance.now();
      host().toggle();
    };
    // Listen at once with the default binding; the user's own binding replaces it when it arrives,
    // asked for once the portal has loaded (a message may wake the background worker, and its start
    // must not compete with the portal's).
    let shortcut = DEFAULT_SHORTCUT;
    const askShortcut = () =>
      void browser.runtime
        .sendMessage({ type: 'get-shortcut' })
        .then((bound: unknown) => {
          if (typeof bound === 'string') shortcut = bound;
        })
        .catch(() => undefined);
    window.addEventListener(
      'keydown',
      (event) => {
        // Synthetic events dispatched by portal scripts are ignored: only the user's keys count.
        if (event.isTrusted && !event.repeat && shortcut && matchesShortcut(event, shortcut)) {
          event.preventDefault();
          toggleFromKey();
        }
      },
      { capture: true, signal: lifetime.signal },
    );

    // WXT's own context can be invalidated by a window event any page script can forge, so the
    // content script keeps its own lifetime and ends it only when the extension itself is gone
    // (updated or removed), which shows as a missing runtime id.
    const alive = setInterval(() => {
      if (!browser.runtime?.id) lifetime.abort();
    }, 3000);
    lifetime.signal.addEventListener('abort', () => {
      clearInterval(alive);
      mounted?.destroy();
    });
    await afterPortalLoaded();
    if (lifetime.signal.aborted) return;
    askShortcut();
    // Nothing is read or observed before the portal has loaded: the portal's own start (its parse
    // included) comes first, and the first read below reads whatever changed before it.
    let started = false;
    watchPage({
      debounceMs: 150,
      ignore: (node) => node === document.documentElement || node.nodeName.toLowerCase() === 'second-opinion-sidebar',
      onChange: () => void (started && reader.scan()),
      onAddress: () => reader.addressChanged(),
      onMutation: (records) => reader.domChanged(records),
      signal: lifetime.signal,
    });
    // The launcher in a task of its own: with the observer above it made one long task on a huge record.
    await yieldToPage();
    if (lifetime.signal.aborted) return;
    host();
    await whenIdle();
    started = true;
    await reader.scan();
  },
});

/**
 * The frame's secret. `crypto.randomUUID` exists only in secure contexts, and a content script shares
 * its page's: on a portal served over plain http (an intranet host) it is missing. `getRandomValues`
 * is there in every context.
 */
function randomToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The portal's load event, then its first idle moment: an idle period comes only after the browser has
 * drawn a frame. Not an animation frame: the portal's first paint of a huge record runs in that same
 * task, and a callback of ours inside it would make the whole paint count as ours.
 */
function afterPortalLoaded(): Promise<void> {
  const painted = () => yieldToPage().then(() => whenIdle());
  if (document.readyState === 'complete') return painted();
  return new Promise((resolve) => window.addEventListener('load', () => void painted().then(resolve), { once: true }));
}
