import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The demo and the browser tests use Debian's Chromium, never a downloaded browser. On a fresh Debian
 * machine where we are root, install it; otherwise say exactly what to do.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) ensureChromium();
