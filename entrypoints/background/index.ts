import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import * as z from 'zod/mini';
import { isOwnExtensionSender, parseMessage, RuntimeMessageSchema } from '../../lib/messages';
import { affectsSettings, loadSettings } from '../../lib/effective-settings';
import { portalPatterns } from '../../lib/managed-policy';
import { planPortalScripts, PORTAL_SCRIPT_RUN_AT } from '../../lib/portal-scripts';
import { isBuiltInOrigin } from '../../lib/sites';
import { singleFlight } from '../../lib/single-flight';
import { answerPatientKey, storeHost } from './store-host';
import { acceptReaderPort } from './reader-host';

// Kept small on purpose: toolbar action, keyboard command, the readers' detection (reader-host.ts),
// and keeping the per-portal content script registrations in step with the host permissions the user granted.
const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
/** Only the kind is read here; each host checks the whole message against its own schema. */
const MessageKindSchema = z.object({ type: z.string().check(z.maxLength(40)) });

export default defineBackground(() => {
  browser.action.onClicked.addListener((tab) => void toggleInTab(tab));
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-sidebar') return;
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target) await toggleInTab(target);
  });

  // Content scripts post what they read; detection and the flag's decision happen here (reader-host.ts).
  browser.runtime.onConnect.addListener((port) => void acceptReaderPort(port, browser.runtime.id, browser.runtime.getURL('/')));

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isOwnExtensionSender(sender, browser.runtime.id)) return undefined;
    // Content scripts run inside portal pages and never touch drafts: only extension pages may.
    const kind = MessageKindSchema.safeParse(raw).data?.type;
    if (kind === 'store') return isExtensionPage(sender.url) ? storeHost.answer(raw) : undefined;
    if (kind === 'patient-key') return isExtensionPage(sender.url) ? answerPatientKey(raw) : undefined;
    const message = parseMessage(RuntimeMessageSchema, raw);
    if (!message) return undefined;
    if (message.type === 'get-shortcut') return currentShortcut();
    if (message.type === 'open-options') return browser.runtime.openOptionsPage();
    return undefined;
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (!affectsSettings(changes, area)) return;
    void syncPortalScripts();
    // An organisation that shortens retention by policy expects it to apply now, not at the next start.
    if (area === 'managed') void storeHost.purgeExpired();
  });
  browser.permissions.onRemoved.addListener(() => void syncPortalScripts());
  browser.permissions.onAdded.addListener(() => void syncPortalScripts());
  browser.runtime.onInstalled.addListener(() => void syncPortalScripts());
  browser.runtime.onStartup.addListener(() => {
    void syncPortalScripts();
    void storeHost.warm();
  });
});

async function toggleInTab(tab: Browser.tabs.Tab): Promise<void> {
  if (tab.id === undefined) return;
  try {
    await browser.tabs.sendMessage(tab.id, { type: 'toggle-sidebar' }, { frameId: 0 });
  } catch {
    // No content script answered: the site is not enabled. Offer to enable it in the options page.
    const origin = safeOrigin(tab.url);
    const hash = origin && !isBuiltInOrigin(origin) ? `#enable=${encodeURIComponent(origin)}` : '';
    await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
  }
}

async function currentShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((c) => c.name === 'toggle-sidebar')?.shortcut ?? '';
}

// One pass at a time, and one more after a change that came during it: two passes side by side could
// let one that read the settings before a policy arrived unregister what the newer one registered.
const portalScriptSync = singleFlight(async () => {
  try {
    await syncPortalScriptsOnce();
  } catch {
    // A failed pass leaves the registrations as they were; the next change or start tries again.
  }
});

/**
 * Registers the content script for every portal the user or the organisation's policy enabled whose
 * host permission is granted, and only those (lib/portal-scripts.ts).
 */
function syncPortalScripts(): Promise<void> {
  return portalScriptSync.run();
}

async function syncPortalScriptsOnce(): Promise<void> {
  const { own, policy } = await loadSettings(browser.storage);
  const entries = portalPatterns(own, policy);
  const held = new Set<string>();
  for (const { pattern } of entries) if (await browser.permissions.contains({ origins: [pattern] })) held.add(pattern);
  const existing = await browser.scripting.getRegisteredContentScripts();
  const plan = planPortalScripts(entries, (pattern) => held.has(pattern), existing);
  if (plan.unregister.length) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  if (plan.register.length) {
    await browser.scripting.registerContentScripts(
      plan.register.map(({ id, pattern }) => ({ id, matches: [pattern], js: [CONTENT_SCRIPT_FILE], runAt: PORTAL_SCRIPT_RUN_AT, persistAcrossSessions: true })),
    );
  }
}

function safeOrigin(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

function isExtensionPage(url: string | undefined): boolean {
  return !!url && url.startsWith(browser.runtime.getURL('/'));
}
