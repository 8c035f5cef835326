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

/**
 * Added by the CLI's printer (pipePrinter.ts) only: browser features a report printer never uses,
 * started by default in a headless Chromium (extensions, a spare renderer, the omnibox popup's
 * WebUI preloaded in its own renderer, translation, crash reporting). playwright (chromiumPrinter.ts)
 * passes its own --disable-features list, which one here would replace, so it does not get these.
 * WebUIOmniboxAimPopup: Chromium ≥ 14x loads the omnibox's "AI mode" popup
 * (chrome://omnibox-popup.top-chrome/omnibox_popup_aim.html) in a renderer of its own at start, even
 * headless and with WebUIOmniboxPopup off: ≈ 0.4 s of CPU per CLI export, a fifth of all it used
 * (tests/reports/pipePrinter.test.ts checks that the page's is the only renderer).
 */
export const PIPE_ONLY_ARGS = [
  '--disable-extensions',
  '--disable-component-extensions-with-background-pages',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--disable-breakpad',
  '--disable-crash-reporter',
  '--disable-client-side-phishing-detection',
  '--disable-domain-reliability',
  '--password-store=basic',
  '--mute-audio',
  '--disable-features=Translate,MediaRouter,OptimizationHints,PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxAimPopup,SpareRendererForSitePerProcess',
];
