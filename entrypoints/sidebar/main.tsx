import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ManagedNote } from '../../components/ManagedNote';
import { SidebarApp } from '../../components/SidebarApp';
import { loadSettings, type LoadedSettings } from '../../lib/effective-settings';
import { createTranslator, resolveLanguage } from '../../lib/i18n';
import { PatientKeyReplySchema, type PagePatient } from '../../lib/messages';
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
const services = { now: () => new Date() };

/** The patient key comes from the background, which alone holds the per-install secret. */
async function patientKeyOf(patient: PagePatient): Promise<string> {
  const reply = PatientKeyReplySchema.safeParse(await browser.runtime.sendMessage({ type: 'patient-key', patient }));
  if (!reply.success) throw new Error('No patient key from the background');
  return reply.data.key;
}

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
        <SidebarApp lang={lang} settings={settings} connect={connectToPage} services={services} dismissals={dismissals} patientKeyOf={patientKeyOf} />
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
