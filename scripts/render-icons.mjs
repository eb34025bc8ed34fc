import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM } from './chromium.mjs';

/**
 * Renders the one icon drawing (assets/icon.svg) to the PNG sizes the browser stores and toolbars use.
 * Chrome does not accept SVG icons, so the PNGs are checked in under public/icons/; run this after
 * changing the drawing: `node scripts/render-icons.mjs`.
 */
export const ICON_SIZES = [16, 32, 48, 128];

const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const outDir = new URL('../public/icons/', import.meta.url);
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox'] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await page.locator('svg').screenshot({ path: new URL(`icon-${size}.png`, outDir).pathname, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`icons: ${ICON_SIZES.map((s) => `icon-${s}.png`).join(', ')} in public/icons/`);
