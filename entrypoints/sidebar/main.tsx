import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidebarApp } from '../../components/SidebarApp';
import { resolveLanguage } from '../../lib/i18n';
import { PatientKeyReplySchema, type PagePatient } from '../../lib/messages';
import { parseSettings, SETTINGS_KEY } from '../../lib/settings';
import { dismiss, isDismissed, undismiss } from '../../lib/store/dismissals';
import { connectToPage } from './connection';
import './style.css';

// "Dismiss for this patient" is remembered by patient key, with its date, in the extension's own
// storage; the retention purge and "Delete all" remove it (lib/store/dismissals.ts).
const dismissals = {
  isDismissed: (key: string) => isDismissed(browser.storage.local, key),
  dismiss: (key: string) => dismiss(browser.storage.local, key, new Date()),
  undismiss: (key: string) => undismiss(browser.storage.local, key),
};

/** The patient key comes from the background, which alone holds the per-install secret. */
async function patientKeyOf(patient: PagePatient): Promise<string> {
  const reply = PatientKeyReplySchema.safeParse(await browser.runtime.sendMessage({ type: 'patient-key', patient }));
  if (!reply.success) throw new Error('No patient key from the background');
  return reply.data.key;
}

async function start(): Promise<void> {
  const settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  const lang = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  const root = document.getElementById('app');
  if (!root) return;
  render(<SidebarApp lang={lang} settings={settings} connect={connectToPage} services={{ now: () => new Date() }} dismissals={dismissals} patientKeyOf={patientKeyOf} />, root);
}

void start();
