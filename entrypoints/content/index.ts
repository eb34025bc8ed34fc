import { browser, type Browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createTranslator, resolveLanguage } from '../../lib/i18n';
import { isOwnExtensionSender, parseMessage, RuntimeMessageSchema, ToContentSchema, type ToSidebar } from '../../lib/messages';
import { parseSettings, SETTINGS_KEY } from '../../lib/settings';
import { BUILT_IN_MATCHES } from '../../lib/sites';
import { matchesShortcut } from '../../lib/shortcut';
import { createFrameHost, DEFAULT_WIDTH, type FrameHostState } from './frame-host';
import { createPageReader } from './page-reader';
import { watchPage } from './page-watch';

// Thin wiring: pick the adapter, read the page, keep the sidebar current. Everything it sends to the
// sidebar is plain data validated on arrival; it never stores anything and never writes patient data
// into the portal's DOM.
export default defineContentScript({
  matches: [...BUILT_IN_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    if (window.top !== window) return;
    const marker = window as unknown as { __secondOpinionSidebar?: boolean };
    if (marker.__secondOpinionSidebar) return;
    marker.__secondOpinionSidebar = true;

    const settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
    const t = createTranslator(resolveLanguage(settings.language, browser.i18n.getUILanguage()));
    const uiKey = `ui:${location.origin}`;
    const saved = (await browser.storage.local.get(uiKey))[uiKey] as Partial<FrameHostState> | undefined;

    const ports = new Set<Browser.runtime.Port>();
    const send = (message: ToSidebar) => {
      for (const port of ports) port.postMessage(message);
    };

    const host = createFrameHost({
      t,
      initial: { open: saved?.open === true, width: typeof saved?.width === 'number' ? saved.width : DEFAULT_WIDTH },
      onStateChange: (state) => void browser.storage.local.set({ [uiKey]: state }),
    });
    const reader = createPageReader({
      onSnapshot(snapshot) {
        host.setStatus(snapshot.status);
        send({ type: 'snapshot', snapshot });
      },
    });

    const sidebarUrl = browser.runtime.getURL('/sidebar.html');
    browser.runtime.onConnect.addListener((port) => {
      // Only our own sidebar frame may connect; the portal cannot open a runtime port at all.
      if (port.name !== 'sidebar' || !isOwnExtensionSender(port.sender, browser.runtime.id)) return;
      if (!port.sender?.url?.startsWith(sidebarUrl.replace(/\/sidebar\.html$/, '/'))) return;
      ports.add(port);
      port.onDisconnect.addListener(() => ports.delete(port));
      port.onMessage.addListener((raw: unknown) => {
        const message = parseMessage(ToContentSchema, raw);
        if (!message) return;
        switch (message.type) {
          case 'hello': {
            const current = reader.current();
            if (current) port.postMessage({ type: 'snapshot', snapshot: current } satisfies ToSidebar);
            break;
          }
          case 'close-sidebar':
            host.close();
            break;
          case 'resize-sidebar':
            host.setWidth(message.width);
            break;
          case 'locate-entry': {
            const element = reader.locate(message.entryId);
            if (element) {
              element.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
              host.highlight(element.getBoundingClientRect());
            }
            break;
          }
          case 'confirm-patient':
            reader.confirmPatient(message.patient);
            break;
        }
      });
    });

    browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
      if (!isOwnExtensionSender(sender, browser.runtime.id)) return undefined;
      const message = parseMessage(RuntimeMessageSchema, raw);
      if (message?.type === 'toggle-sidebar') {
        toggle();
        return Promise.resolve(true);
      }
      return undefined;
    });

    // The browser handles the command shortcut when it can; inside the page (and in automation, where
    // browser accelerators do not fire) the same, user-rebindable shortcut is matched here.
    let lastToggle = 0;
    const toggle = () => {
      const now = performance.now();
      if (now - lastToggle < 250) return;
      lastToggle = now;
      host.toggle();
    };
    const shortcut = String((await browser.runtime.sendMessage({ type: 'get-shortcut' }).catch(() => '')) ?? '');
    window.addEventListener(
      'keydown',
      (event) => {
        if (shortcut && matchesShortcut(event, shortcut)) {
          event.preventDefault();
          toggle();
        }
      },
      { capture: true, signal: ctx.signal },
    );

    watchPage({
      debounceMs: 150,
      ignore: (node) => node === document.documentElement || node.nodeName.toLowerCase() === 'second-opinion-sidebar',
      onChange: () => void reader.scan(),
      signal: ctx.signal,
    });
    ctx.onInvalidated(() => host.destroy());
    await reader.scan();
  },
});
