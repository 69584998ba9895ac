/**
 * `npx tsx scripts/icons.ts`: renders assets/icons/icon.svg to the PNG sizes
 * electron-builder and the tray use, in the same Chromium the tests use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/harness/chromium';

const dir = path.resolve(import.meta.dirname, '../assets/icons');
const svg = fs.readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const SIZES = [16, 32, 64, 128, 256, 512, 1024];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`,
    );
    const file = size === 512 ? 'icon.png' : `${size}x${size}.png`;
    await page.screenshot({ path: path.join(dir, file), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`icons: ${SIZES.join(', ')} px written to assets/icons/`);
