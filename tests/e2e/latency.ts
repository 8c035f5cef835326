// Response times measured inside the page: from the user's input to the frame after the screen is
// complete, laid out and painted (requestAnimationFrame, then a task: that task runs after the
// frame's paint). Main-thread blocks come from PerformanceObserver 'long-animation-frame' (the
// frames over 50 ms; 'longtask' where the browser lacks it): input arriving then waits that long.
// The in-page code is plain source text: tsx/esbuild would otherwise wrap named functions in a
// `__name` helper that does not exist in the page.
import type { Locator, Page } from 'playwright-core';
import { median } from '../bench/stats';

// Blocks are counted by when they are reported, not by their timestamps: a page under Playwright's
// clock (setFixedTime) sees another performance.now() than the timeline the entries carry.
const INSTALL_BLOCK_PROBE = `() => {
  if (window.__blocks) return;
  const kind = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame') ? 'long-animation-frame' : 'longtask';
  const seen = [];
  const keep = (list) => { for (const e of list) seen.push(e.duration); };
  const observer = new PerformanceObserver((l) => keep(l.getEntries()));
  observer.observe({ type: kind, buffered: true });
  window.__blocks = {
    mark: () => { keep(observer.takeRecords()); return seen.length; },
    since: (mark) => { keep(observer.takeRecords()); return seen.slice(mark).reduce((m, d) => Math.max(m, d), 0); },
  };
  window.__afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
    const c = new MessageChannel();
    c.port1.onmessage = () => resolve(performance.now());
    c.port2.postMessage(0);
  }));
}`;

const MEASURE_CLICK = `([clickSel, readySel]) => new Promise((resolve, reject) => {
  const target = document.querySelector(clickSel);
  if (!target) return reject(new Error('no element ' + clickSel));
  const mark = window.__blocks.mark();
  const t0 = performance.now();
  let finished = false;
  const check = () => {
    if (finished || !document.querySelector(readySel)) return;
    finished = true;
    observer.disconnect();
    window.__afterPaint().then((t1) =>
      // One more frame, so the long-animation-frame entry of the last frame has been delivered.
      window.__afterPaint().then(() => resolve({ ms: t1 - t0, blockMs: window.__blocks.since(mark) })));
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  target.click();
  check();
  setTimeout(() => { if (!finished) { observer.disconnect(); reject(new Error(readySel + ' did not appear')); } }, 15000);
})`;

const INSTALL_TYPING_PROBE = `() => {
  window.__lat = [];
  window.__typingMark = window.__blocks.mark();
  // beforeinput, not keydown: Thai text arrives as text input (IME-like), with no key events.
  document.addEventListener('beforeinput', () => { window.__t0 = performance.now(); }, { capture: true });
  document.addEventListener('input', () => {
    const t0 = window.__t0;
    window.__afterPaint().then((t1) => window.__lat.push(t1 - t0));
  }, { capture: true });
}`;

export interface Interaction {
  /** Input → the frame after the screen is complete has been painted. */
  ms: number;
  /** The longest main-thread block meanwhile (0: none over 50 ms, the observer's threshold). */
  blockMs: number;
}

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(`(${INSTALL_BLOCK_PROBE})()`);
}

/** Clicks `click` and waits until `ready` is in the DOM, then until it is painted. */
export async function measureClick(page: Page, click: string, ready: string): Promise<Interaction> {
  await installProbe(page);
  return page.evaluate(`(${MEASURE_CLICK})(${JSON.stringify([click, ready])})`) as Promise<Interaction>;
}

/** Clicks `click` and waits until `ready` is in the DOM and painted; returns milliseconds. */
export async function timeClick(page: Page, click: string, ready: string): Promise<number> {
  return (await measureClick(page, click, ready)).ms;
}

/** Types `text` into a field: per character, beforeinput → the frame after it is painted (median), and the longest block. */
export async function measureTyping(page: Page, field: Locator, text: string): Promise<Interaction> {
  await field.click();
  await installProbe(page);
  await page.evaluate(`(${INSTALL_TYPING_PROBE})()`);
  await field.pressSequentially(text, { delay: 30 });
  await page.waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length >= n, [...text].length);
  const samples = (await page.evaluate('window.__lat')) as number[];
  const blockMs = (await page.evaluate('window.__blocks.since(window.__typingMark)')) as number;
  return { ms: median(samples), blockMs };
}

/** Types `text` into a field; per character, beforeinput → the painted frame. Returns the median. */
export async function typingLatency(page: Page, field: Locator, text: string): Promise<number> {
  return (await measureTyping(page, field, text)).ms;
}
