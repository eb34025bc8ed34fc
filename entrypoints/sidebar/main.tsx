import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidebarApp } from '../../components/SidebarApp';
import { resolveLanguage } from '../../lib/i18n';
import { parseSettings, SETTINGS_KEY } from '../../lib/settings';
import { connectToPage } from './connection';
import './style.css';

async function start(): Promise<void> {
  const settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  const lang = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  const root = document.getElementById('app');
  if (!root) return;
  render(<SidebarApp lang={lang} settings={settings} connect={connectToPage} />, root);
}

void start();
