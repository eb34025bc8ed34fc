import { browser } from 'wxt/browser';

/** The extension's real origin: the sidebar frame's address may be a dynamic alias that hides it. */
export function extensionOrigin(): string {
  return new URL(browser.runtime.getURL('/')).origin;
}
