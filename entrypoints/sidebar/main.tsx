import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidebarApp } from '../../components/SidebarApp';
import { resolveLanguage } from '../../lib/i18n';
import { parseSettings, SETTINGS_KEY } from '../../lib/settings';
import { connectToPage } from './connection';
import './style.css';

// "Dismiss for this patient" is remembered by patient key (a hash), in the extension's own storage.
const dismissals = {
  async isDismissed(key: string) {
    const stored = await browser.storage.local.get(`dismissed:${key}`);
    return stored[`dismissed:${key}`] === true;
  },
  async dismiss(key: string) {
    await browser.storage.local.set({ [`dismissed:${key}`]: true });
  },
};

async function start(): Promise<void> {
  const settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  const lang = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  const root = document.getElementById('app');
  if (!root) return;
  render(<SidebarApp lang={lang} settings={settings} connect={connectToPage} services={{ now: () => new Date() }} dismissals={dismissals} />, root);
}

void start();
