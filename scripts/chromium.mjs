import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The Chromium the demo, the browser tests and the benchmark all use: Debian's, never a downloaded
 * browser, started with one set of flags so that every tool sees the same browser.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * New headless mode (it loads extensions; a persistent context is required for that). Background
 * networking is off so that any request the security tests see comes from a page or the extension,
 * not from the browser itself; portal.test maps to loopback as a site that is not enabled.
 */
export const BASE_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--metrics-recording-only',
  '--host-resolver-rules=MAP portal.test 127.0.0.1, MAP *.portal.test 127.0.0.1',
];

/** Flags that load exactly one unpacked extension, or none. */
export function extensionArgs(extensionDir) {
  return extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions'];
}

/** On a fresh Debian machine where we are root, install Chromium; otherwise say exactly what to do. */

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is not installed; installing Debian chromium (apt-get install -y chromium)…');
    try {
      execSync('apt-get install -y chromium', { stdio: 'inherit' });
    } catch {
      execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
    }
    if (existsSync(CHROMIUM)) return CHROMIUM;
  }
  console.error(`Chromium was not found at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}
