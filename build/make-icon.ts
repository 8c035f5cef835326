// Draws build/icon.png (512×512) from the SVG below with Chromium, so the icon stays editable as
// text. Run: npx tsx build/make-icon.ts (needs /usr/bin/chromium). The PNG is committed.
import path from 'node:path';
import { chromium } from 'playwright-core';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <rect x="16" y="16" width="480" height="480" rx="96" fill="#1d4e89"/>
  <rect x="96" y="112" width="320" height="300" rx="24" fill="#ffffff"/>
  <rect x="136" y="160" width="56" height="56" rx="10" fill="#2e7d32"/>
  <path d="M148 188 l14 14 l22 -28" stroke="#fff" stroke-width="12" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
  <rect x="216" y="174" width="160" height="28" rx="14" fill="#9fb3cc"/>
  <rect x="136" y="244" width="56" height="56" rx="10" fill="#2e7d32"/>
  <path d="M148 272 l14 14 l22 -28" stroke="#fff" stroke-width="12" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
  <rect x="216" y="258" width="160" height="28" rx="14" fill="#9fb3cc"/>
  <rect x="136" y="328" width="56" height="56" rx="10" fill="none" stroke="#e0a800" stroke-width="10"/>
  <rect x="216" y="342" width="120" height="28" rx="14" fill="#9fb3cc"/>
</svg>`;

async function main() {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${SVG}</body></html>`);
  await page.screenshot({ path: path.join(__dirname, 'icon.png'), omitBackground: true });
  await browser.close();
}

void main();
