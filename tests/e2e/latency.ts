// Response times measured inside the page: from the user's input event to the next painted frame.
// The in-page code is plain source text: tsx/esbuild would otherwise wrap named functions in a
// `__name` helper that does not exist in the page.
import type { Locator, Page } from 'playwright-core';
import { median } from '../bench/stats';

const TIME_CLICK = `([clickSel, readySel]) => new Promise((resolve, reject) => {
  const target = document.querySelector(clickSel);
  if (!target) return reject(new Error('no element ' + clickSel));
  const t0 = performance.now();
  let finished = false;
  const check = () => {
    if (finished || !document.querySelector(readySel)) return;
    finished = true;
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.now() - t0));
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  target.click();
  check();
  setTimeout(() => { if (!finished) { observer.disconnect(); reject(new Error(readySel + ' did not appear')); } }, 10000);
})`;

const INSTALL_TYPING_PROBE = `() => {
  window.__lat = [];
  // beforeinput, not keydown: Thai text arrives as text input (IME-like), with no key events.
  document.addEventListener('beforeinput', () => { window.__t0 = performance.now(); }, { capture: true });
  document.addEventListener('input', () => {
    const t0 = window.__t0;
    requestAnimationFrame(() => window.__lat.push(performance.now() - t0));
  }, { capture: true });
}`;

/** Clicks `click` and waits until `ready` is in the DOM, then one frame; returns milliseconds. */
export async function timeClick(page: Page, click: string, ready: string): Promise<number> {
  return page.evaluate(`(${TIME_CLICK})(${JSON.stringify([click, ready])})`) as Promise<number>;
}

/** Types `text` into a field; per character, beforeinput → the frame after the input is handled. Returns the median. */
export async function typingLatency(page: Page, field: Locator, text: string): Promise<number> {
  await field.click();
  await page.evaluate(`(${INSTALL_TYPING_PROBE})()`);
  await field.pressSequentially(text, { delay: 30 });
  await page.waitForTimeout(100);
  const samples = (await page.evaluate('window.__lat')) as number[];
  return median(samples);
}
