import { browser } from 'wxt/browser';
import { extensionOrigin } from './extension-origin';

/**
 * The iframe that holds the sidebar (an extension page, so the portal can read neither its DOM nor its
 * storage). Created on first opening, never before the portal's own load event.
 */
export function createSidebarFrame(options: {
  panel: HTMLElement;
  title: string;
  /** Handed to this frame, and to no other frame. */
  token: string;
  /** Whether the frame is still wanted once the portal has loaded. */
  wanted(): boolean;
}): { ensure(): void } {
  let frame: HTMLIFrameElement | undefined;
  let waitingForLoad = false;

  const ensure = () => {
    if (frame) return;
    // A frame added before the portal finished loading would hold back the portal's own load event.
    if (document.readyState !== 'complete') {
      if (!waitingForLoad) {
        waitingForLoad = true;
        window.addEventListener('load', () => options.wanted() && ensure(), { once: true });
      }
      return;
    }
    frame = document.createElement('iframe');
    frame.src = browser.runtime.getURL('/sidebar.html');
    // Posted into this frame's window only; a page script cannot read messages sent to another origin.
    // The target is the extension's real origin: with Chrome's dynamic resource URLs the frame's address
    // hides the extension id, but the document inside still has the extension's own origin.
    frame.addEventListener('load', () => frame?.contentWindow?.postMessage({ type: 'so-token', token: options.token }, extensionOrigin()));
    frame.title = options.title;
    // Named by the extension's real origin: the frame's dynamic address is only an alias of it.
    frame.setAttribute('allow', `clipboard-write ${extensionOrigin()}`);
    options.panel.append(frame);
  };
  return { ensure };
}
