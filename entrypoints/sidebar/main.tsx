import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ManagedNote } from '../../components/ManagedNote';
import { SidebarApp } from '../../components/SidebarApp';
import { loadSettings, type LoadedSettings } from '../../lib/effective-settings';
import { createTranslator, resolveLanguage } from '../../lib/i18n';
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
const services = { now: () => new Date() };

async function start(): Promise<void> {
  const first = await loadSettings(browser.storage);
  const lang = resolveLanguage(first.settings.language, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  const root = document.getElementById('app');
  if (!root) return;
  const t = createTranslator(lang);
  const draw = ({ settings, policy }: LoadedSettings) =>
    render(
      <>
        <SidebarApp lang={lang} settings={settings} connect={connectToPage} services={services} dismissals={dismissals} />
        <ManagedNote t={t} policy={policy} />
      </>,
      root,
    );
  // The organisation's values apply as soon as its policy changes, without reopening the sidebar.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void loadSettings(browser.storage).then(draw);
  });
  draw(first);
}

void start();
