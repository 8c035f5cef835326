// How the CLI, the report tests, the UI tests (tests/e2e/browser.ts) and the benchmarks start
// Debian's Chromium: headless, offline machines (no background networking, no component
// updates), Thai UI language.
import fs from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's chromium-headless-shell: the same Blink and printing as chromium, without a browser's UI.
 * Its binary itself: the /usr/bin/chromium-headless-shell script runs it without exec, so the
 * printer would hold a shell, not the browser, as the process it kills and waits for.
 */
export const HEADLESS_SHELL_PATH = '/usr/lib/chromium/chromium-headless-shell';

/**
 * The CLI's printer (pipePrinter.ts): CHROMIUM_PATH when set, else the headless shell where it is
 * installed, else chromium. The shell starts in a fraction of the time and CPU (no profile services,
 * no browser UI: the CLI's plan PDF used 0.9 s of CPU instead of 1.4 s) and prints the same pages
 * (tests/reports/pipeSame.test.ts); chromium, a full browser run headless, stays the fallback.
 */
export function pipeChromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return fs.existsSync(HEADLESS_SHELL_PATH) ? HEADLESS_SHELL_PATH : '/usr/bin/chromium';
}

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
 * --font-render-hinting=slight: text measured with the hinting chromium takes from Debian's default
 * fontconfig (slight); the headless shell's own default (full) moves glyph advances, and the plan
 * came out on 29 pages instead of 28. With it, both print the same pixels.
 */
export const PIPE_ONLY_ARGS = [
  '--font-render-hinting=slight',
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
