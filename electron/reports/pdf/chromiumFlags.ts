// How the CLI, the report tests, the UI tests (tests/e2e/browser.ts) and the benchmarks start
// Debian's Chromium: headless, offline machines (no background networking, no component
// updates), Thai UI language.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--lang=th-TH',
];
